import { Anchor, Button, Card, Group, Pagination, Skeleton, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryFilters, TimeEntry } from '../../../contracts/tracking.js';
import type { Role } from '../../../contracts/workspaces.js';
import { canAccessWorkspace, canEditTimeOf } from '../../../core/access/index.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { currentLanguage } from '../../app/i18n/index.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { EntryFiltersForm } from './entry-filters.js';
import { EntryList } from './entry-list.js';
import { entriesQueryOptions, entryFiltersQuery, useDeleteEntry } from './tracking-queries.js';
import { todayIn } from './workspace-dates.js';

// The entry dialogs (date and time pickers, the zone arithmetic) are fetched when first opened.
const EntryFormModal = lazy(() =>
  import('./entry-form-modal.js').then((module) => ({ default: module.EntryFormModal })),
);
const DuplicateEntryModal = lazy(() =>
  import('./duplicate-entry-modal.js').then((module) => ({ default: module.DuplicateEntryModal })),
);
const LinkEntryModal = lazy(() =>
  import('../content/link-entry-modal.js').then((module) => ({ default: module.LinkEntryModal })),
);

const pageSize = 50;

/** The filtered, paginated list of entries with add, edit, duplicate, delete and exports. */
export function EntriesPanel({
  workspace,
  initialFilters,
}: {
  workspace: { id: string; timeZone: string; role: Role; canManage: boolean };
  initialFilters: EntryFilters;
}) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [filters, setFilters] = useState<EntryFilters>(initialFilters);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<TimeEntry | 'new' | null>(null);
  const [duplicating, setDuplicating] = useState<TimeEntry | null>(null);
  const [linking, setLinking] = useState<TimeEntry | null>(null);
  const [deleting, setDeleting] = useState<TimeEntry | null>(null);
  const entries = useQuery(entriesQueryOptions(workspace.id, filters, page, pageSize));
  const members = useQuery({ ...membersQueryOptions(workspace.id), enabled: workspace.canManage });
  const remove = useDeleteEntry(workspace.id);
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const canEdit = (entry: TimeEntry) =>
    canEditTimeOf({ userId: me.user.id, role: workspace.role }, entry.userId);
  const memberOptions = (members.data ?? []).map((member) => ({ value: member.userId, label: member.name }));
  const today = todayIn(workspace.timeZone);
  const exportQuery = entryFiltersQuery(filters);
  const changeFilters = (next: EntryFilters) => {
    setFilters(next);
    setPage(1);
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
            href={`/api/workspaces/${workspace.id}/time-entries/export.csv?${exportQuery}${exportQuery ? '&' : ''}locale=${currentLanguage()}`}
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
            <EntryList
              entries={entries.data.entries}
              timeZone={workspace.timeZone}
              workspaceId={workspace.id}
              canEdit={canEdit}
              onEdit={setEditing}
              onDuplicate={setDuplicating}
              onLink={setLinking}
              onDelete={setDeleting}
            />
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
      <Suspense fallback={null}>
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
        {linking && (
          <LinkEntryModal workspaceId={workspace.id} entry={linking} onClose={() => setLinking(null)} />
        )}
      </Suspense>
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
