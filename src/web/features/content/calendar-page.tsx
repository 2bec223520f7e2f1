import { Button, Grid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconClockPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postStatuses } from '../../../contracts/content.js';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import { FilterBar } from '../../ui/filter-bar.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { SegmentedRadios } from '../../ui/segmented-radios.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { todayIn, weekStartOf } from '../tracking/workspace-dates.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { PillarBalancePanel, WeekProgressPanel } from './calendar-panels.js';
import { monthStartOf, nextMonthStart } from './calendar-panels-dates.js';
import { anchorOf, type CalendarRange, type ColourBy, listMonthRange } from './calendar-range.js';
import { ContentCalendar, initialCalendarView } from './content-calendar.js';
import { FilterSelect, useStrategyChoices } from './content-filters.js';
import { calendarPostsQueryOptions, type PostsFilter, usePostAction } from './content-queries.js';
import { PostingSlotsDialog } from './posting-slots-dialog.js';
import { useRoutineContentBlocks } from './routine-content-blocks.js';

/** The editorial calendar: month, week and list views, filters, targets and the line's balance. */
export function CalendarPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const navigate = useNavigate();
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const choices = useStrategyChoices(workspace.id);
  const members = useQuery(membersQueryOptions(workspace.id));
  // The list's period is known at once (its month's posts are the panels' month, preloaded); the
  // grid's once FullCalendar has laid it out.
  const [range, setRange] = useState<CalendarRange | null>(() =>
    initialCalendarView() === 'listMonth' ? listMonthRange(todayIn(workspace.timeZone)) : null,
  );
  const routineBlocks = useRoutineContentBlocks(workspace.id, range, range?.view === 'timeGridWeek');
  const [filter, setFilter] = useState<Omit<PostsFilter, 'from' | 'to'>>({});
  const [colourBy, setColourBy] = useState<ColourBy>('pillar');
  const [slotsOpened, slots] = useDisclosure(false);
  const action = usePostAction(workspace.id);

  const posts = useQuery({
    ...calendarPostsQueryOptions(workspace.id, { ...filter, from: range?.from ?? '', to: range?.to ?? '' }),
    enabled: range !== null,
  });
  // The panels follow the period on screen: its week (today's when today is in view) and its month.
  const today = todayIn(workspace.timeZone);
  const weekStart = weekStartOf(anchorOf(range, today));
  const monthStart = monthStartOf(range ? range.start : today);
  const week = useQuery(
    calendarPostsQueryOptions(workspace.id, { from: weekStart, to: addDaysToDate(weekStart, 7) }),
  );
  const month = useQuery(
    calendarPostsQueryOptions(workspace.id, { from: monthStart, to: nextMonthStart(monthStart) }),
  );

  return (
    <Stack gap="md">
      <ListedPageHeader
        page="calendar"
        actions={
          <Button
            variant="default"
            leftSection={<IconClockPlus size={16} aria-hidden />}
            onClick={slots.open}
          >
            {t('content.calendar.slots')}
          </Button>
        }
      />
      <FilterBar filters={filter}>
        <FilterSelect
          label={t('content.capture.network')}
          placeholder={t('content.ideas.allNetworks')}
          data={choices.networkOptions}
          value={filter.network}
          onChange={(network) => setFilter({ ...filter, network })}
        />
        <FilterSelect
          label={t('content.capture.pillar')}
          placeholder={t('content.ideas.allPillars')}
          data={choices.pillarOptions}
          value={filter.pillarId}
          onChange={(pillarId) => setFilter({ ...filter, pillarId })}
        />
        <FilterSelect
          label={t('content.ideas.status')}
          placeholder={t('content.posts.allStatuses')}
          data={postStatuses.map((status) => ({
            value: status,
            label: t(`content.posts.statuses.${status}`),
          }))}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
        />
        <FilterSelect
          label={t('content.calendar.author')}
          placeholder={t('content.calendar.allAuthors')}
          data={(members.data ?? []).map((member) => ({ value: member.userId, label: member.name }))}
          value={filter.authorUserId}
          onChange={(authorUserId) => setFilter({ ...filter, authorUserId })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="colour-by-label">
            {t('content.calendar.colourBy')}
          </Text>
          <SegmentedRadios
            aria-labelledby="colour-by-label"
            value={colourBy}
            onChange={setColourBy}
            data={[
              { value: 'pillar', label: t('content.calendar.byPillar') },
              { value: 'network', label: t('content.calendar.byNetwork') },
            ]}
          />
        </Stack>
      </FilterBar>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <ContentCalendar
            workspaceId={workspace.id}
            range={range}
            posts={posts.data ?? []}
            postsLoading={posts.isPending}
            pillarIds={choices.pillars.map((pillar) => pillar.id)}
            timeZone={workspace.timeZone}
            colourBy={colourBy}
            canEdit={canWrite}
            routineBlocks={routineBlocks}
            onRangeChange={(next) =>
              setRange((current) =>
                current?.from === next.from &&
                current.to === next.to &&
                current.start === next.start &&
                current.view === next.view
                  ? current
                  : next,
              )
            }
            onOpen={(postId) =>
              void navigate({
                to: '/w/$workspaceId/posts/$postId',
                params: { workspaceId: workspace.id, postId },
              })
            }
            onMove={(postId, date, revert) =>
              action.mutate(
                { postId, action: 'move', body: { date } },
                {
                  onSuccess: () => notifySuccess(t('content.calendar.moved')),
                  onError: (error) => {
                    revert();
                    notifyProblem(error);
                  },
                },
              )
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          {choices.strategy && (
            <Stack gap="md">
              <WeekProgressPanel
                posts={week.data ?? []}
                strategy={choices.strategy}
                weekStart={weekStart}
                timeZone={workspace.timeZone}
              />
              <PillarBalancePanel posts={month.data ?? []} strategy={choices.strategy} />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      <PostingSlotsDialog
        workspaceId={workspace.id}
        opened={slotsOpened}
        onClose={slots.close}
        canEdit={canWrite}
      />
    </Stack>
  );
}
