import { Button, Group, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkKey } from '../../../contracts/networks.js';
import { isProblem } from '../../app/api.js';
import { AppModal } from '../../ui/app-modal.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { strategyQueryOptions } from '../strategy/strategy-queries.js';
import { useCreateIdea } from './content-queries.js';
import { queueIdea } from './offline-ideas.js';

const empty = {
  text: '',
  link: '',
  pillarId: null as string | null,
  network: null as string | null,
  tags: [] as string[],
};

/** The quick capture: the text is enough; link, pillar, network and tags are there if wanted. */
export function IdeaCaptureModal({
  workspaceId,
  opened,
  onClose,
  initial,
}: {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
  /** What another app shared (the PWA's share target). */
  initial?: { text?: string | undefined; link?: string | undefined };
}) {
  const { t } = useTranslation();
  const strategy = useQuery(strategyQueryOptions(workspaceId));
  const create = useCreateIdea(workspaceId);
  const [draft, setDraft] = useState(() => ({
    ...empty,
    text: initial?.text ?? '',
    link: initial?.link ?? '',
  }));
  const fieldError = (path: string) =>
    isProblem(create.error) ? create.error.errors.find((error) => error.path === path)?.message : undefined;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!draft.text.trim()) return;
    const body = {
      text: draft.text,
      link: draft.link.trim() || null,
      pillarId: draft.pillarId,
      network: draft.network as NetworkKey | null,
      tags: draft.tags,
    };
    create.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('content.capture.saved'));
        setDraft(empty);
        onClose();
      },
      onError: (error) => {
        // Offline: kept on this device and sent when it is back online (idea-capture.tsx).
        if (isProblem(error, 'network')) {
          queueIdea(window.localStorage, { workspaceId, body, queuedAt: new Date().toISOString() });
          notifySuccess(t('content.capture.queued'));
          setDraft(empty);
          onClose();
          return;
        }
        if (!isProblem(error) || error.errors.length === 0) notifyProblem(error);
      },
    });
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={t('content.capture.title')}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <GrowingTextarea
            label={t('content.capture.text')}
            placeholder={t('content.capture.textPlaceholder')}
            minRows={3}
            maxRows={10}
            required
            data-autofocus
            value={draft.text}
            onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value })}
            onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
            error={fieldError('text')}
          />
          <TextInput
            label={t('content.capture.link')}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={draft.link}
            onChange={(event) => setDraft({ ...draft, link: event.currentTarget.value })}
            error={fieldError('link')}
          />
          <Group grow align="flex-start">
            <Select
              label={t('content.capture.pillar')}
              placeholder={t('content.capture.none')}
              clearable
              data={(strategy.data?.pillars ?? []).map((pillar) => ({
                value: pillar.id,
                label: pillar.name,
              }))}
              value={draft.pillarId}
              onChange={(pillarId) => setDraft({ ...draft, pillarId })}
            />
            <Select
              label={t('content.capture.network')}
              placeholder={t('content.capture.none')}
              clearable
              data={(strategy.data?.networks ?? []).map((item) => ({
                value: item.network,
                label: t(`networks.${item.network}`),
              }))}
              value={draft.network}
              onChange={(network) => setDraft({ ...draft, network })}
            />
          </Group>
          <TagsInput
            label={t('content.capture.tags')}
            placeholder={t('content.capture.tagsPlaceholder')}
            maxTags={20}
            value={draft.tags}
            onChange={(tags) => setDraft({ ...draft, tags })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!draft.text.trim()}>
              {t('content.capture.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
