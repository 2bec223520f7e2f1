import { Button, Card, Grid, Group, Menu, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconListDetails, IconPlus, IconWand } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { occurrencesViewSchema } from '../../../contracts/routine.js';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { describeTimeZone } from '../../ui/time-zones.js';
import { phoneMedia, useMediaMatch } from '../../ui/use-media-match.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { formatLocalDate, todayIn } from '../tracking/workspace-dates.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import type { BlockDraft } from './block-form.js';
import {
  calendarRangeAt,
  firstFullRoutineWeek,
  fromLocalDateTime,
  isoWeekdayOfDate,
  minutesBetween,
  toLocalDate,
  toLocalTime,
} from './calendar-dates.js';
import { ComparisonPanel } from './comparison-panel.js';
import { IcsPanel } from './ics-panel.js';
import { MoveScopeModal, type PendingMove } from './move-scope-modal.js';
import type { SelectedOccurrence } from './occurrence-modal.js';
import { RoutineCalendar } from './routine-calendar.js';
import {
  blocksQueryOptions,
  categoriesQueryOptions,
  occurrencesQueryOptions,
  useCategoryName,
  useGenerateReferenceWeek,
} from './routine-queries.js';
import { mondayOfDate, RushWeekSwitch } from './rush-week-switch.js';

// The block dialogs (their forms, date and time pickers) are fetched when first opened, not with the week.
const OccurrenceModal = lazy(() =>
  import('./occurrence-modal.js').then((module) => ({ default: module.OccurrenceModal })),
);
const AddBlockModal = lazy(() =>
  import('./add-block-modal.js').then((module) => ({ default: module.AddBlockModal })),
);
const GenerateFromBudgetModal = lazy(() =>
  import('./generate-from-budget-modal.js').then((module) => ({ default: module.GenerateFromBudgetModal })),
);

/** The week's routine kept, in words: done of the past blocks, to mark, to come, and the zone. */
function WeekAdherence({ view, today }: { view: z.infer<typeof occurrencesViewSchema>; today: string }) {
  const { t, i18n } = useTranslation();
  const { adherence } = view;
  const period =
    view.from <= today && today <= view.to ? t('routine.page.periodThisWeek') : t('routine.page.periodShown');
  const parts = [
    adherence.planned === 0
      ? t('routine.page.adherenceNone', { period })
      : t('routine.page.adherence', {
          period,
          done: adherence.done,
          planned: adherence.planned,
          count: adherence.done,
        }),
    adherence.toMark > 0 && t('routine.page.adherenceToMark', { count: adherence.toMark }),
    adherence.pending > 0 && t('routine.page.adherencePending', { count: adherence.pending }),
    describeTimeZone(view.timeZone, i18n.language),
  ].filter(Boolean);
  return (
    <Text size="sm" c="dimmed" mt="xs" data-testid="routine-adherence">
      {parts.join(' · ')}
    </Text>
  );
}

export function RoutinePage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const isPhone = useMediaMatch(phoneMedia);
  const blocks = useQuery(blocksQueryOptions(workspace.id));
  const today = todayIn(workspace.timeZone);
  // A routine that only begins later this week (generated on a Friday) is shown on its first full week.
  const focusDate = firstFullRoutineWeek(
    (blocks.data ?? []).map((block) => block.startsOn),
    today,
  );
  // The route loader asked for this range (routine-page-data.ts): the first drawing has its blocks.
  const [range, setRange] = useState(() => calendarRangeAt(focusDate ?? toLocalDate(new Date()), isPhone));
  const occurrences = useQuery(occurrencesQueryOptions(workspace.id, range.from, range.to));
  const categories = useQuery(categoriesQueryOptions(workspace.id));
  const categoryName = useCategoryName();
  const generate = useGenerateReferenceWeek(workspace.id);
  const [confirmingReference, referenceConfirm] = useDisclosure(false);
  const [fromBudgetOpened, fromBudget] = useDisclosure(false);
  // The selection outlives the modal's closing animation, so its title does not blink.
  const [selected, setSelected] = useState<SelectedOccurrence | null>(null);
  const [isOccurrenceOpen, occurrenceModal] = useDisclosure(false);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const [newBlock, setNewBlock] = useState<BlockDraft | null>(null);
  const occurrenceWanted = useOpenedOnce(isOccurrenceOpen);
  const addBlockWanted = useOpenedOnce(newBlock !== null);
  const fromBudgetWanted = useOpenedOnce(fromBudgetOpened);
  const defaultCategoryId = categories.data?.find((category) => !category.isArchived)?.id ?? '';
  function startNewBlock(start: Date, end: Date) {
    setNewBlock({
      categoryId: defaultCategoryId,
      weekdays: [String(isoWeekdayOfDate(start))],
      startTime: toLocalTime(start),
      durationMinutes: Math.max(15, minutesBetween(start, end)),
      intervalWeeks: 1,
      startsOn: toLocalDate(start) < toLocalDate(new Date()) ? toLocalDate(new Date()) : toLocalDate(start),
      endsOn: '',
      networkKey: '',
      note: '',
      title: '',
      description: '',
    });
  }
  const canEdit = canAccessWorkspace(workspace.role, 'write');
  const blockCount = blocks.data?.length ?? 0;
  // What the calendar shows in a week: a series on three weekdays is three blocks to a person.
  const weeklyBlockCount = (blocks.data ?? []).reduce((sum, block) => sum + block.weekdays.length, 0);
  const findBlock = (blockId: string | undefined) => blocks.data?.find((block) => block.id === blockId);

  function generateReferenceWeek() {
    generate.mutate(undefined, {
      onSuccess: () => notifySuccess(t('routine.page.generated')),
      onError: notifyProblem,
      onSettled: referenceConfirm.close,
    });
  }

  // Replacing a routine asks first; an empty one is simply filled.
  const askReferenceWeek = () => (blockCount > 0 ? referenceConfirm.open() : generateReferenceWeek());
  function addBlockToday() {
    const start = fromLocalDateTime(toLocalDate(new Date()), '09:00');
    startNewBlock(start, new Date(start.getTime() + 30 * 60_000));
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('routine.page.title')}
        subtitle={isPhone ? undefined : t('routine.page.subtitle')}
        actions={
          canEdit &&
          (isPhone ? (
            // On a phone three wide buttons would push the calendar below the fold: one menu.
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button leftSection={<IconWand size={16} />} variant="light" h={44}>
                  {t('routine.page.actions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconWand size={16} />} mih={44} onClick={askReferenceWeek}>
                  {t('routine.page.generate')}
                </Menu.Item>
                <Menu.Item leftSection={<IconPlus size={16} />} mih={44} onClick={addBlockToday}>
                  {t('routine.page.addBlock')}
                </Menu.Item>
                <Menu.Item leftSection={<IconListDetails size={16} />} mih={44} onClick={fromBudget.open}>
                  {t('routine.page.generateFromBudget')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : (
            <Group gap="xs">
              <Button
                leftSection={<IconWand size={16} />}
                variant="light"
                loading={generate.isPending && !confirmingReference}
                onClick={askReferenceWeek}
              >
                {t('routine.page.generate')}
              </Button>
              <Button leftSection={<IconPlus size={16} />} variant="default" onClick={addBlockToday}>
                {t('routine.page.addBlock')}
              </Button>
              <Button leftSection={<IconListDetails size={16} />} variant="default" onClick={fromBudget.open}>
                {t('routine.page.generateFromBudget')}
              </Button>
            </Group>
          ))
        }
      />
      {occurrences.isError && (
        <ErrorState error={occurrences.error} onRetry={() => void occurrences.refetch()} />
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Card withBorder radius="md" p="xs">
            <div>
              <RoutineCalendar
                occurrences={occurrences.data?.occurrences ?? []}
                cancelled={occurrences.data?.cancelled ?? []}
                categories={categories.data ?? []}
                canEdit={canEdit}
                onRangeChange={(next) => {
                  if (next.from !== range.from || next.to !== range.to) setRange(next);
                }}
                onSelect={(next) => {
                  setSelected(next);
                  occurrenceModal.open();
                }}
                onMove={setPendingMove}
                onPickSlot={({ start, end }) => startNewBlock(start, end)}
                focusDate={focusDate}
              />
            </div>
          </Card>
          {focusDate && blocks.data && (
            <Text size="sm" mt="xs" data-testid="routine-first-week">
              {t('routine.page.firstWeekNotice', {
                date: formatLocalDate(
                  [...blocks.data.map((block) => block.startsOn)].sort()[0] ?? today,
                  i18n.language,
                  { weekday: 'long', day: 'numeric', month: 'long' },
                ),
              })}
            </Text>
          )}
          {occurrences.data && <WeekAdherence view={occurrences.data} today={today} />}
          {occurrences.data && blockCount > 0 && (
            <Card withBorder radius="md" mt="sm" p="sm">
              <RushWeekSwitch
                workspaceId={workspace.id}
                weekStart={mondayOfDate(range.from)}
                isOn={occurrences.data.rushWeeks.includes(mondayOfDate(range.from))}
                today={today}
                canManage={canAccessWorkspace(workspace.role, 'manage')}
              />
            </Card>
          )}
        </Grid.Col>
        {/* Beside the calendar on wide screens; below it, side by side, on a laptop. */}
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 1 }}>
            <ComparisonPanel workspaceId={workspace.id} />
            <IcsPanel workspaceId={workspace.id} />
          </SimpleGrid>
        </Grid.Col>
      </Grid>
      {occurrenceWanted && (
        <Suspense fallback={null}>
          <OccurrenceModal
            workspaceId={workspace.id}
            selected={selected}
            opened={isOccurrenceOpen}
            block={findBlock(selected?.occurrence.blockId)}
            categoryLabel={categoryName(
              categories.data?.find((category) => category.id === selected?.occurrence.categoryId),
            )}
            onClose={occurrenceModal.close}
          />
        </Suspense>
      )}
      <MoveScopeModal
        workspaceId={workspace.id}
        pending={pendingMove}
        block={findBlock(pendingMove?.occurrence.blockId)}
        onClose={() => setPendingMove(null)}
      />
      {addBlockWanted && (
        <Suspense fallback={null}>
          <AddBlockModal workspaceId={workspace.id} initial={newBlock} onClose={() => setNewBlock(null)} />
        </Suspense>
      )}
      {fromBudgetWanted && (
        <Suspense fallback={null}>
          <GenerateFromBudgetModal
            workspaceId={workspace.id}
            opened={fromBudgetOpened}
            existingBlocks={weeklyBlockCount}
            onClose={fromBudget.close}
          />
        </Suspense>
      )}
      <ConfirmModal
        opened={confirmingReference}
        onClose={referenceConfirm.close}
        title={t('routine.page.generateConfirmTitle')}
        confirmLabel={t('routine.page.generate')}
        isPending={generate.isPending}
        onConfirm={generateReferenceWeek}
      >
        {t('routine.page.generateConfirm')}
      </ConfirmModal>
    </Stack>
  );
}
