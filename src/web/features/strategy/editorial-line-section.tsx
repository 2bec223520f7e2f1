import { Badge, Button, Chip, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentFormats, type StrategyView } from '../../../contracts/strategy.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useStrategyWrite } from './strategy-queries.js';

type Format = (typeof contentFormats)[number];

/** The strategy in a few lines, its tone and the content formats it relies on. */
export function EditorialLineSection({
  view,
  workspaceId,
  canEdit,
}: {
  view: StrategyView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'strategy');
  const [summary, setSummary] = useState(view.summary ?? '');
  const [tone, setTone] = useState(view.tone ?? '');
  const [formats, setFormats] = useState<Format[]>(view.formats);

  useEffect(() => {
    setSummary(view.summary ?? '');
    setTone(view.tone ?? '');
    setFormats(view.formats);
  }, [view]);

  const isDirty =
    summary !== (view.summary ?? '') ||
    tone !== (view.tone ?? '') ||
    JSON.stringify(formats) !== JSON.stringify(view.formats);

  function save() {
    write.mutate(
      {
        method: 'PATCH',
        path: 'strategy',
        body: { summary: summary.trim() || null, tone: tone.trim() || null, formats },
      },
      { onSuccess: () => notifySuccess(t('common.saved')), onError: notifyProblem },
    );
  }

  if (!canEdit) return <EditorialLineReadOnly view={view} />;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('budget.strategy.editorialLine')}
        </Title>
        <GrowingTextarea
          label={t('budget.strategy.summary')}
          placeholder={t('budget.strategy.summaryPlaceholder')}
          minRows={2}
          maxLength={4000}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
        />
        <TextInput
          label={t('budget.strategy.tone')}
          placeholder={t('budget.strategy.tonePlaceholder')}
          value={tone}
          maxLength={200}
          onChange={(event) => setTone(event.currentTarget.value)}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" size="sm" fw={500} mb={6} p={0}>
            {t('budget.strategy.formats')}
          </Text>
          <Chip.Group multiple value={formats} onChange={(value) => setFormats(value as Format[])}>
            <Group gap="xs">
              {contentFormats.map((format) => (
                <Chip key={format} value={format} size="sm">
                  {t(`budget.strategy.formatNames.${format}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
        <Group justify="flex-end">
          <Button loading={write.isPending} disabled={!isDirty} onClick={save}>
            {t('budget.strategy.saveEditorialLine')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** What a viewer sees: the editorial line as text, and only the formats actually chosen. */
function EditorialLineReadOnly({ view }: { view: StrategyView }) {
  const { t } = useTranslation();
  const notSet = (
    <Text size="sm" c="dimmed">
      {t('common.notSet')}
    </Text>
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('budget.strategy.editorialLine')}
        </Title>
        <div>
          <Text size="sm" fw={500}>
            {t('budget.strategy.summary')}
          </Text>
          {view.summary ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {view.summary}
            </Text>
          ) : (
            notSet
          )}
        </div>
        <div>
          <Text size="sm" fw={500}>
            {t('budget.strategy.tone')}
          </Text>
          {view.tone ? <Text size="sm">{view.tone}</Text> : notSet}
        </div>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('budget.strategy.formats')}
          </Text>
          {view.formats.length > 0 ? (
            <Group gap="xs">
              {view.formats.map((format) => (
                <Badge key={format} variant="light" color="gray">
                  {t(`budget.strategy.formatNames.${format}`)}
                </Badge>
              ))}
            </Group>
          ) : (
            notSet
          )}
        </div>
      </Stack>
    </Paper>
  );
}
