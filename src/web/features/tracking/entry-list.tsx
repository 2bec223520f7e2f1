import { ActionIcon, Badge, Box, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCopy, IconLink, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TimeEntry } from '../../../contracts/tracking.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { useCategoryOptions } from './use-tracking-options.js';
import { formatInstantTime, formatLocalDate, localDateOf } from './workspace-dates.js';

type EntryListProps = {
  entries: TimeEntry[];
  timeZone: string;
  workspaceId: string;
  canEdit: (entry: TimeEntry) => boolean;
  onEdit: (entry: TimeEntry) => void;
  onDuplicate: (entry: TimeEntry) => void;
  /** Give the entry's minutes to posts (finished entries only). */
  onLink: (entry: TimeEntry) => void;
  onDelete: (entry: TimeEntry) => void;
};

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** "Mon, Nov 23 · 09:00–10:30" in the workspace's hours. */
function useWhen(timeZone: string) {
  const { i18n } = useTranslation();
  return (entry: TimeEntry) => {
    const day = formatLocalDate(localDateOf(entry.startedAt, timeZone), i18n.language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
    const start = formatInstantTime(entry.startedAt, timeZone, i18n.language);
    const end = entry.endedAt ? formatInstantTime(entry.endedAt, timeZone, i18n.language) : '…';
    return `${day} · ${start}–${end}`;
  };
}

function useDurationText() {
  const { t } = useTranslation();
  return (entry: TimeEntry) =>
    entry.durationSeconds === null
      ? t('tracking.entries.running')
      : formatDuration(entry.durationSeconds, 'clock');
}

function CategoryLabel({ workspaceId, categoryId }: { workspaceId: string; categoryId: string }) {
  const categories = useCategoryOptions(workspaceId);
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={8} h={8} style={{ borderRadius: 8, flex: 'none' }} bg={`${categories.colorOf(categoryId)}.6`} />
      {categories.nameOf(categoryId)}
    </Group>
  );
}

function EntryActions({
  entry,
  canEdit,
  onEdit,
  onDuplicate,
  onLink,
  onDelete,
}: { entry: TimeEntry } & EntryListProps) {
  const { t } = useTranslation();
  if (!canEdit(entry)) return null;
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      <ActionIcon variant="subtle" aria-label={t('tracking.entries.edit')} onClick={() => onEdit(entry)}>
        <IconPencil size={16} />
      </ActionIcon>
      {entry.endedAt && (
        <ActionIcon
          variant="subtle"
          aria-label={t('tracking.entries.duplicate')}
          onClick={() => onDuplicate(entry)}
        >
          <IconCopy size={16} />
        </ActionIcon>
      )}
      {entry.endedAt && (
        <ActionIcon
          variant="subtle"
          aria-label={t('tracking.entries.linkToPosts')}
          onClick={() => onLink(entry)}
        >
          <IconLink size={16} />
        </ActionIcon>
      )}
      {entry.endedAt && (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('tracking.entries.delete')}
          onClick={() => onDelete(entry)}
        >
          <IconTrash size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}

function EntriesTable(props: EntryListProps) {
  const { t } = useTranslation();
  const when = useWhen(props.timeZone);
  const duration = useDurationText();
  return (
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
        {props.entries.map((entry) => (
          <Table.Tr key={entry.id} data-testid="time-entry">
            <Table.Td style={{ ...tabular, whiteSpace: 'nowrap' }}>{when(entry)}</Table.Td>
            <Table.Td>
              <CategoryLabel workspaceId={props.workspaceId} categoryId={entry.categoryId} />
            </Table.Td>
            <Table.Td>
              {entry.networkKey ? t(`networks.${entry.networkKey}`) : t('tracking.entries.noNetwork')}
            </Table.Td>
            <Table.Td>{entry.userName}</Table.Td>
            <Table.Td c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {entry.note}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color="gray" size="sm">
                {t(`tracking.entries.origin.${entry.origin}`)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right" style={tabular}>
              {duration(entry)}
            </Table.Td>
            <Table.Td>
              <EntryActions entry={entry} {...props} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone a table of eight columns cannot be read: one card per entry instead. */
function EntryCards(props: EntryListProps) {
  const { t } = useTranslation();
  const when = useWhen(props.timeZone);
  const duration = useDurationText();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {props.entries.map((entry) => (
        <Card key={entry.id} component="li" withBorder padding="sm" radius="md" data-testid="time-entry">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600} style={tabular}>
              {when(entry)}
            </Text>
            <Text size="sm" fw={700} style={tabular}>
              {duration(entry)}
            </Text>
          </Group>
          <Group gap="xs" mt={4}>
            <Text size="sm" component="div">
              <CategoryLabel workspaceId={props.workspaceId} categoryId={entry.categoryId} />
            </Text>
            {entry.networkKey && (
              <Text size="sm" c="dimmed">
                {t(`networks.${entry.networkKey}`)}
              </Text>
            )}
            <Badge variant="light" color="gray" size="sm">
              {t(`tracking.entries.origin.${entry.origin}`)}
            </Badge>
          </Group>
          {entry.note && (
            <Text size="sm" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
              {entry.note}
            </Text>
          )}
          <Group justify="space-between" mt={4} wrap="nowrap">
            <Text size="xs" c="dimmed">
              {entry.userName}
            </Text>
            <EntryActions entry={entry} {...props} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** The entries as a table, or as cards on a narrow screen. */
export function EntryList(props: EntryListProps) {
  const isNarrow = useMediaMatch('(max-width: 48em)');
  return isNarrow ? <EntryCards {...props} /> : <EntriesTable {...props} />;
}
