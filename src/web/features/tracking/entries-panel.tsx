import {
  ActionIcon,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Pagination,
  Skeleton,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCopy, IconDownload, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryFilters, TimeEntry } from '../../../contracts/tracking.js';
import { getLocalDate } from '../../../core/time/zoned-bounds.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { DuplicateEntryModal } from './duplicate-entry-modal.js';
import { EntryFiltersForm } from './entry-filters.js';
import { EntryFormModal } from './entry-form-modal.js';
import { entriesQueryOptions, entryFiltersQuery, useDeleteEntry } from './tracking-queries.js';
import { useCategoryOptions } from './use-tracking-options.js';
import { formatInstantTime, formatLocalDate, todayIn } from './workspace-dates.js';

const pageSize = 50;
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** The filtered, paginated list of entries with add, edit, duplicate, delete and exports. */
export function EntriesPanel({
  workspace,
  initialFilters,
}: {
  workspace: { id: string; timeZone: string; role: string; canManage: boolean };
  initialFilters: EntryFilters;
}) {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const [filters, setFilters] = useState<EntryFilters>(initialFilters);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<TimeEntry | 'new' | null>(null);
  const [duplicating, setDuplicating] = useState<TimeEntry | null>(null);
  const [deleting, setDeleting] = useState<TimeEntry | null>(null);
  const entries = useQuery(entriesQueryOptions(workspace.id, filters, page, pageSize));
  const members = useQuery({ ...membersQueryOptions(workspace.id), enabled: workspace.canManage });
  const categories = useCategoryOptions(workspace.id);
  const remove = useDeleteEntry(workspace.id);
  const canWrite = workspace.role !== 'viewer';
  const canEdit = (entry: TimeEntry) => canWrite && (entry.userId === me.user.id || workspace.canManage);
  const memberOptions = (members.data ?? []).map((member) => ({ value: member.userId, label: member.name }));
  const today = todayIn(workspace.timeZone);
  const exportQuery = entryFiltersQuery(filters);
  const changeFilters = (next: EntryFilters) => {
    setFilters(next);
    setPage(1);
  };
  const when = (entry: TimeEntry) => {
    const day = formatLocalDate(getLocalDate(entry.startedAt, workspace.timeZone), i18n.language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
    const start = formatInstantTime(entry.startedAt, workspace.timeZone, i18n.language);
    const end = entry.endedAt ? formatInstantTime(entry.endedAt, workspace.timeZone, i18n.language) : '…';
    return `${day} · ${start}–${end}`;
  };

  return (
    <Card withBorder radius="md">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5">
          {t('tracking.entries.title')}
        </Title>
        <Group gap="sm">
          <Anchor
            size="sm"
            href={`/api/workspaces/${workspace.id}/time-entries/export.csv?${exportQuery}`}
            download
          >
            <IconDownload size={14} aria-hidden /> {t('tracking.entries.exportCsv')}
          </Anchor>
          <Anchor
            size="sm"
            href={`/api/workspaces/${workspace.id}/time-entries/export.json?${exportQuery}`}
            download
          >
            <IconDownload size={14} aria-hidden /> {t('tracking.entries.exportJson')}
          </Anchor>
          {canWrite && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
              {t('tracking.entries.add')}
            </Button>
          )}
        </Group>
      </Group>
      <EntryFiltersForm
        workspaceId={workspace.id}
        filters={filters}
        onChange={changeFilters}
        members={workspace.canManage ? memberOptions : []}
      />
      {entries.isPending && <Skeleton h={160} />}
      {entries.isError && <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />}
      {entries.data && (
        <>
          <Group justify="space-between" mb="xs" gap="xs">
            <Text size="sm" c="dimmed" data-testid="entries-summary">
              {t('tracking.entries.summary', {
                count: entries.data.total,
                duration: formatDuration(entries.data.totalSeconds, 'compact'),
              })}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => changeFilters(initialFilters)}>
              {t('tracking.entries.reset')}
            </Button>
          </Group>
          {entries.data.entries.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('tracking.entries.none')}
            </Text>
          ) : (
            <Table.ScrollContainer
              minWidth={760}
              type="native"
              tabIndex={0}
              role="region"
              aria-label={t('tracking.entries.title')}
            >
              <Table fz="sm" striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('tracking.entries.columns.when')}</Table.Th>
                    <Table.Th>{t('tracking.entries.columns.category')}</Table.Th>
                    <Table.Th>{t('tracking.entries.columns.network')}</Table.Th>
                    <Table.Th>{t('tracking.entries.columns.member')}</Table.Th>
                    <Table.Th>{t('tracking.entries.columns.note')}</Table.Th>
                    <Table.Th>{t('tracking.entries.columns.origin')}</Table.Th>
                    <Table.Th ta="right">{t('tracking.entries.columns.duration')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('tracking.entries.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.data.entries.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td style={{ ...tabular, whiteSpace: 'nowrap' }}>{when(entry)}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Box
                            w={8}
                            h={8}
                            style={{ borderRadius: 8, flex: 'none' }}
                            bg={`${categories.colorOf(entry.categoryId)}.6`}
                          />
                          {categories.nameOf(entry.categoryId)}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {entry.networkKey
                          ? t(`networks.${entry.networkKey}`)
                          : t('tracking.entries.noNetwork')}
                      </Table.Td>
                      <Table.Td>{entry.userName}</Table.Td>
                      <Table.Td c="dimmed" maw={240} style={{ overflowWrap: 'anywhere' }}>
                        {entry.note}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color="gray" size="sm">
                          {t(`tracking.entries.origin.${entry.origin}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right" style={tabular}>
                        {entry.durationSeconds === null
                          ? t('tracking.entries.running')
                          : formatDuration(entry.durationSeconds, 'clock')}
                      </Table.Td>
                      <Table.Td>
                        {canEdit(entry) && (
                          <Group gap={2} wrap="nowrap" justify="flex-end">
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('tracking.entries.edit')}
                              onClick={() => setEditing(entry)}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                            {entry.endedAt && (
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('tracking.entries.duplicate')}
                                onClick={() => setDuplicating(entry)}
                              >
                                <IconCopy size={16} />
                              </ActionIcon>
                            )}
                            {entry.endedAt && (
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={t('tracking.entries.delete')}
                                onClick={() => setDeleting(entry)}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {entries.data.total > pageSize && (
            <Group justify="center" mt="sm">
              <Pagination
                total={Math.ceil(entries.data.total / pageSize)}
                value={page}
                onChange={setPage}
                size="sm"
              />
            </Group>
          )}
        </>
      )}
      {editing !== null && (
        <EntryFormModal
          workspaceId={workspace.id}
          timeZone={workspace.timeZone}
          entry={editing === 'new' ? null : editing}
          defaultDate={filters.to && filters.to < today ? filters.to : today}
          members={editing === 'new' && workspace.canManage ? memberOptions : []}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      {duplicating && (
        <DuplicateEntryModal
          workspaceId={workspace.id}
          entry={duplicating}
          defaultDate={today}
          onClose={() => setDuplicating(null)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('tracking.entries.deleteTitle')}
        confirmLabel={t('tracking.entries.delete')}
        isPending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('tracking.entries.deleted'));
              setDeleting(null);
            },
            onError: notifyProblem,
          })
        }
      >
        {t('tracking.entries.deleteConfirm')}
      </ConfirmModal>
    </Card>
  );
}
