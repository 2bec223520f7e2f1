import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.js';
import { formatCents } from '../../ui/money.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { categoriesQueryOptions, useCategoryName } from '../routine/routine-queries.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { formatElapsed } from './header-timer.js';
import {
  entriesQueryOptions,
  plannedVsActualQueryOptions,
  useCreateEntry,
  useDeleteEntry,
} from './tracking-queries.js';

const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
function addDays(date: string, days: number): string {
  const value = new Date(`${date}T12:00:00`);
  value.setDate(value.getDate() + days);
  return toDate(value);
}
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

function AddEntryForm({ workspaceId, defaultDate }: { workspaceId: string; defaultDate: string }) {
  const { t } = useTranslation();
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const create = useCreateEntry(workspaceId);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [date, setDate] = useState(defaultDate);
  const [time, setTime] = useState('09:00');
  const [minutes, setMinutes] = useState<number | string>(30);
  const [note, setNote] = useState('');
  const options = (categories.data ?? [])
    .filter((category) => !category.isArchived)
    .map((category) => ({ value: category.id, label: categoryName(category) }));
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="sm">
        {t('routine.time.add')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!categoryId || !date || !time) return;
          create.mutate(
            {
              categoryId,
              startedAt: new Date(`${date}T${time}:00`).toISOString(),
              durationSeconds: Math.round(Number(minutes) * 60),
              note,
            },
            {
              onSuccess: () => {
                notifySuccess(t('routine.time.added'));
                setNote('');
              },
              onError: notifyProblem,
            },
          );
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm">
          <Select
            label={t('routine.timer.category')}
            data={options}
            value={categoryId}
            onChange={setCategoryId}
            required
          />
          <TextInput
            type="date"
            label={t('routine.time.date')}
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            required
          />
          <TextInput
            type="time"
            label={t('routine.time.startTime')}
            value={time}
            onChange={(event) => setTime(event.currentTarget.value)}
            required
          />
          <NumberInput
            label={t('routine.time.minutes')}
            value={minutes}
            onChange={setMinutes}
            min={1}
            max={1440}
            required
          />
          <TextInput
            label={t('routine.time.note')}
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={create.isPending} disabled={!categoryId}>
            {t('routine.time.add')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

export function TimePage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const [week, setWeek] = useState(() => toDate(new Date()));
  const report = useQuery(plannedVsActualQueryOptions(workspace.id, week));
  const weekStart = report.data?.week.weekStart;
  const weekEnd = weekStart ? addDays(weekStart, 6) : undefined;
  const entries = useQuery({
    ...entriesQueryOptions(workspace.id, weekStart ?? '', weekEnd ?? ''),
    enabled: Boolean(weekStart),
  });
  const categories = useQuery(categoriesQueryOptions(workspace.id));
  const categoryName = useCategoryName();
  const remove = useDeleteEntry(workspace.id);
  const findCategory = (id: string) => categories.data?.find((item) => item.id === id);
  const exportQuery = weekStart && weekEnd ? `?from=${weekStart}&to=${weekEnd}` : '';
  const formatDay = (date: string) =>
    new Date(`${date}T12:00:00`).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long' });

  const chartData = (report.data?.rows ?? []).map((row) => ({
    category: categoryName(findCategory(row.categoryId)),
    budget: hours(row.budgetMinutes),
    routine: hours(row.routineMinutes),
    tracked: hours(row.trackedMinutes),
  }));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('routine.time.title')}
        subtitle={
          weekStart ? t('routine.time.weekOf', { date: formatDay(weekStart) }) : t('routine.time.subtitle')
        }
        actions={
          <Group gap="xs">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('routine.time.previous')}
              onClick={() => setWeek(addDays(weekStart ?? week, -7))}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
            <Button variant="default" onClick={() => setWeek(toDate(new Date()))}>
              {t('routine.time.thisWeek')}
            </Button>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('routine.time.next')}
              onClick={() => setWeek(addDays(weekStart ?? week, 7))}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Group>
        }
      />
      {report.isPending && <Skeleton h={300} radius="md" />}
      {report.isError && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder radius="md">
              <Text size="sm" c="dimmed">
                {t('routine.time.trackedTotal')}
              </Text>
              <Text fw={700} size="xl">
                {hours(report.data.totals.trackedMinutes)} h / {hours(report.data.totals.budgetMinutes)} h
              </Text>
            </Card>
            <Card withBorder radius="md">
              <Text size="sm" c="dimmed">
                {t('routine.time.cost')}
              </Text>
              <Text fw={700} size="xl">
                {formatCents(report.data.totals.trackedCostCents, report.data.currency, i18n.language)}
              </Text>
              {report.data.membersWithoutHourlyCost.length > 0 && (
                <Text size="xs" c="orange">
                  {t('routine.time.noCost', {
                    names: report.data.membersWithoutHourlyCost.map((member) => member.name).join(', '),
                  })}
                </Text>
              )}
            </Card>
            <Card withBorder radius="md">
              <Text size="sm" c="dimmed">
                {t('routine.time.adherence')}
              </Text>
              <Text fw={700} size="xl">
                {report.data.adherence.done} / {report.data.adherence.planned}
              </Text>
            </Card>
          </SimpleGrid>
          <Card withBorder radius="md">
            <BarChart
              h={300}
              data={chartData}
              dataKey="category"
              withLegend
              unit=" h"
              series={[
                { name: 'budget', label: t('routine.time.budget'), color: 'gray.5' },
                { name: 'routine', label: t('routine.time.routine'), color: 'indigo.4' },
                { name: 'tracked', label: t('routine.time.tracked'), color: 'teal.6' },
              ]}
              xAxisProps={{ interval: 0, angle: -20, textAnchor: 'end', height: 60 }}
            />
          </Card>
        </>
      )}
      {weekStart && <AddEntryForm key={weekStart} workspaceId={workspace.id} defaultDate={weekStart} />}
      <Card withBorder radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h5">
            {t('routine.time.entries')}
          </Title>
          <Group gap="xs">
            <Anchor
              size="sm"
              href={`/api/workspaces/${workspace.id}/time-entries/export.csv${exportQuery}`}
              download
            >
              <IconDownload size={14} /> {t('routine.time.exportCsv')}
            </Anchor>
            <Anchor
              size="sm"
              href={`/api/workspaces/${workspace.id}/time-entries/export.json${exportQuery}`}
              download
            >
              <IconDownload size={14} /> {t('routine.time.exportJson')}
            </Anchor>
          </Group>
        </Group>
        {entries.isPending && <Skeleton h={120} />}
        {entries.isError && <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />}
        {entries.data && entries.data.entries.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('routine.time.noEntries')}
          </Text>
        )}
        {entries.data && entries.data.entries.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table fz="sm" striped>
              <Table.Tbody>
                {entries.data.entries.map((entry) => {
                  const started = new Date(entry.startedAt);
                  return (
                    <Table.Tr key={entry.id}>
                      <Table.Td>
                        {started.toLocaleDateString(i18n.language, { weekday: 'short', day: 'numeric' })}{' '}
                        {started.toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}
                      </Table.Td>
                      <Table.Td>{categoryName(findCategory(entry.categoryId))}</Table.Td>
                      <Table.Td>{entry.userName}</Table.Td>
                      <Table.Td c="dimmed">{entry.note}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color="gray" size="sm">
                          {t(`routine.time.origin.${entry.origin}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {entry.durationSeconds === null
                          ? t('routine.time.running')
                          : formatElapsed(entry.durationSeconds)}
                      </Table.Td>
                      <Table.Td w={40}>
                        {entry.endedAt && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('routine.time.deleteEntry')}
                            loading={remove.isPending && remove.variables === entry.id}
                            onClick={() =>
                              remove.mutate(entry.id, {
                                onSuccess: () => notifySuccess(t('routine.time.deleted')),
                                onError: notifyProblem,
                              })
                            }
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
