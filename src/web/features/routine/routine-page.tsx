import type { DatesSetArg, EventClickArg, EventDropArg, EventInput } from '@fullcalendar/core';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import {
  Box,
  Button,
  Card,
  Code,
  CopyButton,
  Grid,
  Group,
  NumberInput,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconWand } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutineOccurrenceView } from '../../../contracts/routine.js';
import { AppModal } from '../../ui/app-modal.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import {
  blocksQueryOptions,
  categoriesQueryOptions,
  comparisonQueryOptions,
  occurrencesQueryOptions,
  useCategoryName,
  useCreateMyFeed,
  useDeleteBlock,
  useGenerateReferenceWeek,
  useUpdateBlock,
} from './routine-queries.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** Local (floating) date of a FullCalendar date: the calendar shows wall-clock times of the workspace. */
const localDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const localTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
const isoWeekday = (date: Date) => ((date.getDay() + 6) % 7) + 1;
const hours = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10} h`;

function mondayOf(date: Date): Date {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - (isoWeekday(monday) - 1));
  return monday;
}

function ComparisonPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const comparison = useQuery(comparisonQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="sm">
        {t('routine.page.comparison')}
      </Title>
      {comparison.isPending && <Skeleton h={120} />}
      {comparison.isError && (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      )}
      {comparison.data && (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="right">{t('routine.page.budgetH')}</Table.Th>
              <Table.Th ta="right">{t('routine.page.routineH')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.data.rows.map((row) => (
              <Table.Tr key={row.categoryId}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Box
                      w={10}
                      h={10}
                      style={{ borderRadius: 5, background: `var(--mantine-color-${row.color}-6)` }}
                    />
                    <Text size="sm">{categoryName(row)}</Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{hours(row.budgetMinutes)}</Table.Td>
                <Table.Td ta="right" c={row.differenceMinutes < 0 ? 'orange' : undefined}>
                  {hours(row.routineMinutes)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>{t('routine.page.total')}</Table.Td>
              <Table.Td ta="right">{hours(comparison.data.totalBudgetMinutes)}</Table.Td>
              <Table.Td ta="right">{hours(comparison.data.totalRoutineMinutes)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function IcsPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const feed = useCreateMyFeed(workspaceId);
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="xs">
        {t('routine.page.ics')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('routine.page.icsHelp')}
      </Text>
      {feed.data && (
        <Stack gap="xs" mb="sm">
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {feed.data.url}
          </Code>
          <CopyButton value={feed.data.url}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                {copied ? t('routine.page.copied') : t('routine.page.copy')}
              </Button>
            )}
          </CopyButton>
        </Stack>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconCalendarPlus size={14} />}
        loading={feed.isPending}
        onClick={() => feed.mutate(undefined, { onError: notifyProblem })}
      >
        {feed.data ? t('routine.page.icsRegenerate') : t('routine.page.icsCreate')}
      </Button>
    </Card>
  );
}

function EditBlockModal({
  workspaceId,
  occurrence,
  onClose,
}: {
  workspaceId: string;
  occurrence: RoutineOccurrenceView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateBlock(workspaceId);
  const remove = useDeleteBlock(workspaceId);
  const [note, setNote] = useState('');
  const [duration, setDuration] = useState<number | string>(60);
  const [confirming, confirm] = useDisclosure(false);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const key = occurrence ? `${occurrence.blockId}-${occurrence.occurrenceDate}` : null;
  if (occurrence && shownFor !== key) {
    setShownFor(key);
    setNote(occurrence.note ?? '');
    setDuration(occurrence.durationMinutes);
  }
  return (
    <>
      <AppModal
        opened={Boolean(occurrence) && !confirming}
        onClose={onClose}
        title={t('routine.page.editTitle')}
      >
        {occurrence && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate(
                {
                  blockId: occurrence.blockId,
                  body: { note: note.trim() === '' ? null : note.trim(), durationMinutes: Number(duration) },
                },
                {
                  onSuccess: () => {
                    notifySuccess(t('routine.page.saved'));
                    onClose();
                  },
                  onError: notifyProblem,
                },
              );
            }}
          >
            <Stack>
              <Text size="sm" c="dimmed">
                {occurrence.localDate} · {occurrence.startTime}–{occurrence.endTime}
              </Text>
              <Textarea
                label={t('routine.page.note')}
                value={note}
                maxLength={1000}
                autosize
                minRows={2}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              <NumberInput
                label={t('routine.page.duration')}
                value={duration}
                onChange={setDuration}
                min={15}
                max={720}
                step={15}
              />
              <Group justify="space-between">
                <Button color="red" variant="subtle" onClick={confirm.open}>
                  {t('routine.page.delete')}
                </Button>
                <Button type="submit" loading={update.isPending}>
                  {t('routine.page.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </AppModal>
      <ConfirmModal
        opened={confirming}
        onClose={confirm.close}
        title={t('routine.page.delete')}
        confirmLabel={t('routine.page.delete')}
        isPending={remove.isPending}
        onConfirm={() => {
          if (!occurrence) return;
          remove.mutate(occurrence.blockId, {
            onSuccess: () => notifySuccess(t('routine.page.deleted')),
            onError: notifyProblem,
            onSettled: () => {
              confirm.close();
              onClose();
            },
          });
        }}
      >
        {t('routine.page.deleteConfirm')}
      </ConfirmModal>
    </>
  );
}

export function RoutinePage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const [range, setRange] = useState(() => {
    const monday = mondayOf(new Date());
    const sunday = new Date(monday);
    sunday.setDate(sunday.getDate() + 6);
    return { from: localDate(monday), to: localDate(sunday) };
  });
  const occurrences = useQuery(occurrencesQueryOptions(workspace.id, range.from, range.to));
  const blocks = useQuery(blocksQueryOptions(workspace.id));
  const categories = useQuery(categoriesQueryOptions(workspace.id));
  const categoryName = useCategoryName();
  const update = useUpdateBlock(workspace.id);
  const generate = useGenerateReferenceWeek(workspace.id);
  const [generating, generateConfirm] = useDisclosure(false);
  const [editing, setEditing] = useState<RoutineOccurrenceView | null>(null);
  const canEdit = workspace.role !== 'viewer';

  const events = useMemo<EventInput[]>(() => {
    return (occurrences.data?.occurrences ?? []).map((occurrence) => {
      const category = categories.data?.find((item) => item.id === occurrence.categoryId);
      const start = new Date(`${occurrence.localDate}T${occurrence.startTime}:00`);
      const end = new Date(start.getTime() + occurrence.durationMinutes * 60_000);
      const color = `var(--mantine-color-${category?.color ?? 'gray'}-6)`;
      return {
        id: `${occurrence.blockId}|${occurrence.occurrenceDate}`,
        title: `${categoryName(category)}${occurrence.note ? ` · ${occurrence.note}` : ''}`,
        start,
        end,
        backgroundColor: color,
        borderColor: color,
        classNames: occurrence.status === 'done' ? ['fc-done'] : [],
        extendedProps: { occurrence },
      };
    });
  }, [occurrences.data, categories.data, categoryName]);

  function onChange(info: EventDropArg | EventResizeDoneArg) {
    const occurrence = info.event.extendedProps.occurrence as RoutineOccurrenceView;
    const block = blocks.data?.find((item) => item.id === occurrence.blockId);
    const start = info.event.start;
    const end = info.event.end;
    if (!block || !start || !end) {
      info.revert();
      return;
    }
    const oldDay = isoWeekday(new Date(`${occurrence.localDate}T12:00:00`));
    const newDay = isoWeekday(start);
    const weekdays = [...new Set(block.weekdays.map((day) => (day === oldDay ? newDay : day)))].sort();
    update.mutate(
      {
        blockId: block.id,
        body: {
          weekdays,
          startTime: localTime(start),
          durationMinutes: Math.round((end.getTime() - start.getTime()) / 60_000),
        },
      },
      {
        onSuccess: () => notifySuccess(t('routine.page.moved')),
        onError: (error) => {
          info.revert();
          notifyProblem(error);
        },
      },
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('routine.page.title')}
        subtitle={t('routine.page.subtitle')}
        actions={
          canEdit && (
            <Button leftSection={<IconWand size={16} />} variant="light" onClick={generateConfirm.open}>
              {t('routine.page.generate')}
            </Button>
          )
        }
      />
      {occurrences.isError && (
        <ErrorState error={occurrences.error} onRetry={() => void occurrences.refetch()} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder radius="md" p="xs" style={{ overflowX: 'auto' }}>
            <Box miw={640}>
              <FullCalendar
                plugins={[timeGridPlugin, interactionPlugin]}
                initialView="timeGridWeek"
                firstDay={1}
                locale={i18n.language.startsWith('fr') ? 'fr' : 'en-gb'}
                timeZone="local"
                allDaySlot={false}
                slotMinTime="06:00:00"
                slotMaxTime="22:00:00"
                slotDuration="00:15:00"
                slotLabelInterval="01:00"
                snapDuration="00:15:00"
                height="auto"
                nowIndicator
                editable={canEdit}
                eventDurationEditable={canEdit}
                events={events}
                headerToolbar={{ left: 'prev,next today', center: 'title', right: '' }}
                buttonText={{ today: t('routine.today.title') }}
                datesSet={(arg: DatesSetArg) => {
                  const last = new Date(arg.end.getTime() - 1);
                  const next = { from: localDate(arg.start), to: localDate(last) };
                  if (next.from !== range.from || next.to !== range.to) setRange(next);
                }}
                eventDrop={onChange}
                eventResize={onChange}
                eventClick={(arg: EventClickArg) => {
                  if (canEdit) setEditing(arg.event.extendedProps.occurrence as RoutineOccurrenceView);
                }}
              />
            </Box>
          </Card>
          {occurrences.data && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('routine.page.adherence', {
                done: occurrences.data.adherence.done,
                planned: occurrences.data.adherence.planned,
              })}{' '}
              · {occurrences.data.timeZone}
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <ComparisonPanel workspaceId={workspace.id} />
            <IcsPanel workspaceId={workspace.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <EditBlockModal workspaceId={workspace.id} occurrence={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={generating}
        onClose={generateConfirm.close}
        title={t('routine.page.generateConfirmTitle')}
        confirmLabel={t('routine.page.generate')}
        isPending={generate.isPending}
        onConfirm={() =>
          generate.mutate(undefined, {
            onSuccess: () => notifySuccess(t('routine.page.generated')),
            onError: notifyProblem,
            onSettled: generateConfirm.close,
          })
        }
      >
        {t('routine.page.generateConfirm')}
      </ConfirmModal>
    </Stack>
  );
}
