import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../contracts/content.js';
import type { LinkableEntry, PostEffort } from '../../../contracts/post-efforts.js';
import type { Role } from '../../../contracts/workspaces.js';
import { canAccessWorkspace, canEditTimeOf } from '../../../core/access/index.js';
import { formatMinutes } from '../../../core/format/format-minutes.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useCategoryOptions } from '../tracking/use-tracking-options.js';
import {
  linkableEntriesQueryOptions,
  postEffortsQueryOptions,
  useLinkEntry,
  useUnlinkEntry,
} from './effort-queries.js';
import { formatPostTime } from './post-status-badge.js';

type PanelWorkspace = { id: string; timeZone: string; role: Role };

/**
 * The post's effort, source by source (batch share, timer on the post, entries linked by hand:
 * who, when, how long), and a picker to link one of the person's recent entries.
 */
export function PostEffortPanel({ post, workspace }: { post: Post; workspace: PanelWorkspace }) {
  const { t, i18n } = useTranslation();
  const efforts = useQuery(postEffortsQueryOptions(workspace.id, post.id));
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="post-effort-title"
      data-testid="post-effort-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="post-effort-title">
            {t('content.effort.title')}
          </Title>
          {efforts.data && (
            <Text fw={700} data-testid="post-effort-total">
              {t('content.effort.total', {
                duration: formatMinutes(efforts.data.totalMinutes, i18n.language),
              })}
            </Text>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('content.effort.help')}
        </Text>
        {efforts.isError && <ErrorState error={efforts.error} onRetry={() => void efforts.refetch()} />}
        {efforts.data &&
          (efforts.data.efforts.length === 0 ? (
            <Text size="sm">{t('content.effort.empty')}</Text>
          ) : (
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {efforts.data.efforts.map((effort) => (
                <EffortRow key={effort.id} effort={effort} post={post} workspace={workspace} />
              ))}
            </Stack>
          ))}
        {canWrite && <LinkEntryForm post={post} workspace={workspace} />}
      </Stack>
    </Paper>
  );
}

function EffortRow({
  effort,
  post,
  workspace,
}: {
  effort: PostEffort;
  post: Post;
  workspace: PanelWorkspace;
}) {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const unlink = useUnlinkEntry(workspace.id);
  const categories = useCategoryOptions(workspace.id);
  const when = formatPostTime(effort.startedAt, workspace.timeZone, i18n.language);
  const entry = effort.entry;
  const canUnlink =
    entry !== null &&
    effort.userId !== null &&
    canEditTimeOf({ userId: me.user.id, role: workspace.role }, effort.userId);
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs" data-testid="post-effort-row">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {t(`content.effort.sources.${effort.source}`)} · {formatMinutes(effort.minutes, i18n.language)}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('content.effort.byWhom', { name: effort.userName ?? t('content.effort.someone'), when })}
          {entry &&
            ` · ${t('content.effort.ofEntry', {
              duration: formatMinutes(entry.minutes, i18n.language),
              entry: [categories.nameOf(entry.categoryId), entry.note].filter(Boolean).join(' — '),
            })}`}
        </Text>
      </div>
      {canUnlink && (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('content.effort.unlinkNamed', { when })}
          loading={unlink.isPending}
          onClick={() =>
            unlink.mutate(
              { entryId: entry.id, postId: post.id },
              { onSuccess: () => notifySuccess(t('content.effort.unlinked')), onError: notifyProblem },
            )
          }
        >
          <IconUnlink size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}

function LinkEntryForm({ post, workspace }: { post: Post; workspace: PanelWorkspace }) {
  const { t, i18n } = useTranslation();
  const entries = useQuery(linkableEntriesQueryOptions(workspace.id, post.id));
  const categories = useCategoryOptions(workspace.id);
  const link = useLinkEntry(workspace.id);
  const [entryId, setEntryId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | ''>('');
  const chosen = entries.data?.find((entry) => entry.id === entryId) ?? null;
  const label = (entry: LinkableEntry) => {
    const base = t('content.effort.entryOption', {
      when: formatPostTime(entry.startedAt, workspace.timeZone, i18n.language),
      category: categories.nameOf(entry.categoryId),
      duration: formatMinutes(entry.minutes, i18n.language),
    });
    const state = entry.isLinkedToPost
      ? t('content.effort.entryAlready')
      : entry.minutesLeft === 0
        ? t('content.effort.entryFull')
        : t('content.effort.entryLeft', { left: formatMinutes(entry.minutesLeft, i18n.language) });
    return `${base}${entry.note ? ` · ${entry.note}` : ''} (${state})`;
  };
  if (entries.data?.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('content.effort.noEntries')}
      </Text>
    );
  const options = (entries.data ?? []).map((entry) => ({
    value: entry.id,
    label: label(entry),
    disabled: entry.isLinkedToPost || entry.minutesLeft === 0,
  }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!entryId) return;
        link.mutate(
          { entryId, postId: post.id, minutes: minutes === '' ? null : minutes },
          {
            onSuccess: () => {
              notifySuccess(t('content.effort.linked'));
              setEntryId(null);
              setMinutes('');
            },
            onError: notifyProblem,
          },
        );
      }}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('content.effort.linkTitle')}
        </Text>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('content.effort.entry')}
            description={t('content.effort.linkHelp')}
            placeholder={t('content.effort.entryPlaceholder')}
            nothingFoundMessage={t('content.effort.noEntries')}
            data={options}
            value={entryId}
            onChange={setEntryId}
            searchable
            style={{ flex: '1 1 18rem' }}
            comboboxProps={{ withinPortal: true }}
          />
          <NumberInput
            label={t('content.effort.minutes')}
            value={minutes}
            onChange={(value) => setMinutes(typeof value === 'number' ? value : '')}
            min={1}
            max={chosen?.minutesLeft}
            allowDecimal={false}
            w="8rem"
          />
          <Button
            type="submit"
            leftSection={<IconLink size={14} aria-hidden />}
            loading={link.isPending}
            disabled={!entryId}
          >
            {t('content.effort.link')}
          </Button>
        </Group>
        {chosen && (
          <Text size="xs" c="dimmed">
            {t('content.effort.minutesHelp', { left: formatMinutes(chosen.minutesLeft, i18n.language) })}
          </Text>
        )}
      </Stack>
    </form>
  );
}
