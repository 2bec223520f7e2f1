import { Button, Chip, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { type KeyboardEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem } from '../../ui/notify.js';
import { useWriteBatchPost } from './content-work-queries.js';
import { LengthCounters, measureVersions } from './length-counters.js';

export type ComposerIdea = Pick<Idea, 'id' | 'text' | 'link' | 'pillarId' | 'network'>;

/**
 * The fast composer: text and networks, Ctrl/Cmd+Enter saves the post into the next free slot of
 * its networks and brings back a blank composer, focused, for the next one.
 */
export function BatchComposer({
  workspaceId,
  sessionId,
  networks,
  idea,
  onIdeaUsed,
  textRef,
}: {
  workspaceId: string;
  sessionId: string | null;
  networks: readonly NetworkKey[];
  idea: ComposerIdea | null;
  onIdeaUsed: () => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation();
  const write = useWriteBatchPost(workspaceId);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<NetworkKey[] | null>(null);
  // An idea picked from the notebook brings its text and network; the last choice stays otherwise.
  const [ideaSeen, setIdeaSeen] = useState<string | null>(null);
  if (idea && idea.id !== ideaSeen) {
    setIdeaSeen(idea.id);
    setText(idea.text);
    if (idea.network && networks.includes(idea.network)) setChosen([idea.network]);
  }
  const selected = chosen ?? [...networks];
  const lengths = measureVersions(
    text,
    selected.map((network) => ({ network, text: null })),
  );
  const isOver = lengths.some((length) => length.isOver);
  const canSave = sessionId !== null && text.trim().length > 0 && selected.length > 0 && !isOver;

  function save() {
    if (!canSave || !sessionId || write.isPending) return;
    const sent = text;
    write.mutate(
      {
        sessionId,
        body: {
          text,
          networks: selected,
          link: idea?.link ?? null,
          pillarId: idea?.pillarId ?? null,
          ideaId: idea?.id ?? null,
        },
      },
      {
        onSuccess: () => {
          // What was typed meanwhile (the next post already begun) is kept.
          setText((current) => (current === sent ? '' : current));
          onIdeaUsed();
          textRef.current?.focus();
        },
        onError: notifyProblem,
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="batch-composer-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="batch-composer-title">
          {t('content.batch.composerTitle')}
        </Title>
        {idea && (
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t('content.batch.fromIdea')}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconX size={12} aria-hidden />}
              onClick={onIdeaUsed}
            >
              {t('content.batch.dropIdea')}
            </Button>
          </Group>
        )}
        <GrowingTextarea
          ref={textRef}
          label={t('content.batch.text')}
          placeholder={t('content.batch.textPlaceholder')}
          minRows={5}
          maxRows={14}
          value={text}
          disabled={sessionId === null}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          data-testid="batch-text"
        />
        <LengthCounters lengths={lengths} />
        <Chip.Group multiple value={selected} onChange={(value) => setChosen(value as NetworkKey[])}>
          <Group gap="xs" role="group" aria-label={t('content.editor.networks')}>
            {networks.map((network) => (
              <Chip key={network} value={network} disabled={sessionId === null}>
                {t(`networks.${network}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd>Ctrl</Kbd> + <Kbd>{t('content.batch.enterKey')}</Kbd> {t('content.batch.shortcut')}
          </Text>
          <Button onClick={save} disabled={!canSave} loading={write.isPending} data-testid="batch-save">
            {t('content.batch.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
