import {
  Alert,
  Box,
  Button,
  Card,
  Group,
  List,
  Select,
  Skeleton,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { parseDurationInput } from '../../../core/tracking/parse-duration-input.js';
import { isProblem } from '../../app/api.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifySuccess } from '../../ui/notify.js';
import { timesheetQueryOptions, trackingKey, useSetTimesheetCell } from './tracking-queries.js';
import { useCategoryOptions } from './use-tracking-options.js';
import { formatLocalDate, todayIn } from './workspace-dates.js';

type CellKey = `${string}|${number}`;
const cellKey = (categoryId: string, dayIndex: number): CellKey => `${categoryId}|${dayIndex}`;
const shown = (seconds: number) => (seconds === 0 ? '' : formatDuration(seconds, 'clock'));
/** The category column stays in view while a phone scrolls the days sideways. */
const stickyColumn = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
} as const;

/**
 * The week as categories × days, for typing day totals fast ("1:30", "1,5", "90m"). Edited cells
 * are saved together, one request per cell; a cell the server refuses keeps its text and says why.
 */
export function TimesheetGrid({
  workspaceId,
  weekStart,
  timeZone,
  canEdit,
  members,
}: {
  workspaceId: string;
  weekStart: string;
  timeZone: string;
  canEdit: boolean;
  /** Managers may fill in a teammate's week; empty for everyone else. */
  members: { value: string; label: string }[];
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState<string | null>(null);
  const timesheet = useQuery(timesheetQueryOptions(workspaceId, weekStart, userId));
  const categories = useCategoryOptions(workspaceId);
  const setCell = useSetTimesheetCell(workspaceId);
  const [drafts, setDrafts] = useState<Map<CellKey, string>>(new Map());
  const [serverErrors, setServerErrors] = useState<Map<CellKey, string>>(new Map());
  const [isSaving, setIsSaving] = useState(false);
  const today = todayIn(timeZone);

  if (timesheet.isPending) return <Skeleton h={320} radius="md" />;
  if (timesheet.isError)
    return <ErrorState error={timesheet.error} onRetry={() => void timesheet.refetch()} />;
  const sheet = timesheet.data;
  const dayLabel = (date: string) =>
    formatLocalDate(date, i18n.language, { weekday: 'short', day: 'numeric' });
  const cellName = (categoryId: string, dayIndex: number) =>
    t('tracking.timesheet.cellLabel', {
      category: categories.nameOf(categoryId),
      day: dayLabel(sheet.days[dayIndex] ?? ''),
    });

  const parsedDrafts = [...drafts].map(([key, text]) => {
    const [categoryId = '', day = '0'] = key.split('|');
    return {
      key,
      categoryId,
      dayIndex: Number(day),
      text,
      parsed: parseDurationInput(text === '' ? '0' : text),
    };
  });
  const parseErrors = parsedDrafts.flatMap((draft) =>
    draft.parsed.ok
      ? []
      : [
          {
            key: draft.key,
            message: t(`tracking.duration.${draft.parsed.error.code}`, { input: draft.text }),
          },
        ],
  );
  const errorOf = (key: CellKey) =>
    parseErrors.find((error) => error.key === key)?.message ?? serverErrors.get(key);

  const edit = (key: CellKey, text: string) => {
    setDrafts((previous) => new Map(previous).set(key, text));
    setServerErrors((previous) => {
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
  };

  async function save() {
    setIsSaving(true);
    const failures = new Map<CellKey, string>();
    const remaining = new Map(drafts);
    for (const draft of parsedDrafts) {
      if (!draft.parsed.ok) continue;
      const date = sheet.days[draft.dayIndex] ?? '';
      const row = sheet.rows.find((item) => item.categoryId === draft.categoryId);
      if ((row?.secondsByDay[draft.dayIndex] ?? 0) !== draft.parsed.seconds) {
        try {
          await setCell.mutateAsync({
            categoryId: draft.categoryId,
            date,
            seconds: draft.parsed.seconds,
            ...(userId ? { userId } : {}),
          });
        } catch (error) {
          failures.set(draft.key, isProblem(error) ? error.detail : t('errors.unexpectedDetail'));
          continue;
        }
      }
      remaining.delete(draft.key);
    }
    await queryClient.invalidateQueries({ queryKey: trackingKey(workspaceId) });
    setDrafts(remaining);
    setServerErrors(failures);
    setIsSaving(false);
    if (failures.size === 0) notifySuccess(t('tracking.timesheet.saved'));
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && parseErrors.length === 0 && drafts.size > 0) void save();
  };
  const allErrors = [...parseErrors, ...[...serverErrors].map(([key, message]) => ({ key, message }))];

  return (
    <Card withBorder radius="md">
      <Group justify="space-between" align="flex-end" gap="sm" mb={4}>
        <Title order={2} size="h5">
          {t('tracking.timesheet.title')}
        </Title>
        {members.length > 0 && (
          <Select
            size="xs"
            w={220}
            label={t('tracking.timesheet.member')}
            placeholder={t('tracking.imports.memberDefault')}
            data={members}
            value={userId}
            onChange={(value) => {
              // Drafts belong to the week on screen: another member's week starts clean.
              setDrafts(new Map());
              setServerErrors(new Map());
              setUserId(value);
            }}
            clearable
            disabled={isSaving}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {canEdit ? t('tracking.timesheet.help') : t('tracking.timesheet.readOnly')}
      </Text>
      <Table.ScrollContainer
        minWidth={720}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={t('tracking.timesheet.title')}
      >
        <Table fz="sm" verticalSpacing={4} withRowBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={stickyColumn}>
                {t('tracking.timesheet.category')}
              </Table.Th>
              {sheet.days.map((date) => (
                <Table.Th key={date} scope="col" ta="center" c={date === today ? 'teal.9' : undefined}>
                  {dayLabel(date)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('tracking.timesheet.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.rows.map((row) => (
              <Table.Tr key={row.categoryId}>
                <Table.Th scope="row" fw={500} style={stickyColumn}>
                  <Group gap={6} wrap="nowrap">
                    <Box
                      w={10}
                      h={10}
                      style={{ borderRadius: 2, flex: 'none' }}
                      bg={`${categories.colorOf(row.categoryId)}.6`}
                    />
                    {categories.nameOf(row.categoryId)}
                  </Group>
                </Table.Th>
                {row.secondsByDay.map((seconds, dayIndex) => {
                  const key = cellKey(row.categoryId, dayIndex);
                  const date = sheet.days[dayIndex] ?? '';
                  const isFuture = date > today;
                  return (
                    <Table.Td key={key} ta="center">
                      <TextInput
                        size="xs"
                        w={68}
                        mx="auto"
                        aria-label={cellName(row.categoryId, dayIndex)}
                        title={isFuture ? t('tracking.timesheet.futureDay') : undefined}
                        value={drafts.get(key) ?? shown(seconds)}
                        onChange={(event) => edit(key, event.currentTarget.value)}
                        onKeyDown={onKeyDown}
                        error={Boolean(errorOf(key))}
                        disabled={!canEdit || isFuture || isSaving}
                        styles={{ input: { textAlign: 'center', fontVariantNumeric: 'tabular-nums' } }}
                        inputMode="decimal"
                        autoComplete="off"
                      />
                    </Table.Td>
                  );
                })}
                <Table.Td
                  ta="right"
                  c={row.totalSeconds === 0 ? 'dimmed' : undefined}
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatDuration(row.totalSeconds, 'clock')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" style={stickyColumn}>
                {t('tracking.timesheet.total')}
              </Table.Th>
              {sheet.dayTotals.map((seconds, dayIndex) => (
                <Table.Td
                  key={sheet.days[dayIndex]}
                  ta="center"
                  fw={600}
                  style={{ fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatDuration(seconds, 'clock')}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatDuration(sheet.totalSeconds, 'clock')}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {allErrors.length > 0 && (
        <Alert color="red" mt="sm" role="alert">
          <List size="sm">
            {allErrors.map((error) => {
              const [categoryId = '', day = '0'] = error.key.split('|');
              return (
                <List.Item key={error.key}>
                  {t('tracking.timesheet.cellError', {
                    cell: cellName(categoryId, Number(day)),
                    message: error.message,
                  })}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      )}
      {canEdit && (
        <Group justify="flex-end" mt="sm" gap="sm">
          {drafts.size > 0 && (
            <>
              <Text size="sm" c="dimmed">
                {t('tracking.timesheet.unsaved', { count: drafts.size })}
              </Text>
              <Button
                variant="default"
                onClick={() => {
                  setDrafts(new Map());
                  setServerErrors(new Map());
                }}
                disabled={isSaving}
              >
                {t('tracking.timesheet.discard')}
              </Button>
            </>
          )}
          <Button
            onClick={() => void save()}
            loading={isSaving}
            disabled={drafts.size === 0 || parseErrors.length > 0}
          >
            {t('tracking.timesheet.save')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
