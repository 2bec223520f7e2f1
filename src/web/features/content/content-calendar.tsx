import { ActionIcon, Button, Group, Loader, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { type ComponentProps, type ComponentType, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarPost } from '../../../contracts/content-calendar.js';
import { SegmentedRadios } from '../../ui/segmented-radios.js';
import { isPhoneScreen } from '../../ui/use-media-match.js';
import { formatLocalDate, todayIn } from '../tracking/workspace-dates.js';
import { nextMonthStart } from './calendar-panels-dates.js';
import {
  anchorOf,
  type CalendarRange,
  type CalendarView,
  type ColourBy,
  listMonthRange,
  previousMonthStart,
} from './calendar-range.js';
import type ContentCalendarGrid from './content-calendar-grid.js';
import type { CalendarGridHandle } from './content-calendar-grid.js';
import { ContentCalendarList } from './content-calendar-list.js';

type Grid = ComponentType<ComponentProps<typeof ContentCalendarGrid>>;

/**
 * FullCalendar (month and week) is a file of its own (~250 KB): fetched when a grid is shown. On
 * a wide screen the page opens on the month, so it is asked for as soon as this module runs (the
 * server's page has already named it for a wide screen: scripts/route-preloads.mjs); a phone opens
 * on the list and fetches it only if its person picks the month or the week.
 */
let loadedGrid: Grid | null = null;
let gridLoad: Promise<Grid> | null = null;
const loadGrid = () => {
  gridLoad ??= import('./content-calendar-grid.js').then((module) => {
    loadedGrid = module.default;
    return loadedGrid;
  });
  return gridLoad;
};
if (typeof window !== 'undefined' && !isPhoneScreen()) void loadGrid();

/** The grid's component once loaded (at once when it already is: no empty frame between). */
function useCalendarGrid(wanted: boolean): Grid | null {
  const [grid, setGrid] = useState<Grid | null>(() => loadedGrid);
  useEffect(() => {
    if (!wanted || grid) return;
    let current = true;
    void loadGrid().then((loaded) => current && setGrid(() => loaded));
    return () => {
      current = false;
    };
  }, [wanted, grid]);
  return grid;
}

/** The view a screen opens on: the list on a phone, the month elsewhere. */
export const initialCalendarView = (): CalendarView => (isPhoneScreen() ? 'listMonth' : 'dayGridMonth');

/**
 * The editorial calendar: its toolbar (previous, next, today, the period's title, the view), the
 * month's list drawn by the page, or FullCalendar's month and week. `range` is the period on
 * screen, kept by the page (it asks for that period's posts); the list's is known at once, the
 * grid's once FullCalendar has laid it out.
 */
export function ContentCalendar({
  workspaceId,
  range,
  posts,
  postsLoading,
  pillarIds,
  timeZone,
  colourBy,
  canEdit,
  routineBlocks = [],
  onRangeChange,
  onOpen,
  onMove,
}: {
  workspaceId: string;
  range: CalendarRange | null;
  posts: readonly CalendarPost[];
  postsLoading: boolean;
  pillarIds: readonly string[];
  timeZone: string;
  colourBy: ColourBy;
  canEdit: boolean;
  /** The routine's content blocks, shown faintly behind the posts in the week view. */
  routineBlocks?: ComponentProps<Grid>['routineBlocks'];
  onRangeChange: (range: CalendarRange) => void;
  onOpen: (postId: string) => void;
  onMove: (postId: string, date: string, revert: () => void) => void;
}) {
  const { t, i18n } = useTranslation();
  const calendarRef: CalendarGridHandle = useRef(null);
  const [view, setView] = useState<CalendarView>(() => range?.view ?? initialCalendarView());
  const [gridTitle, setGridTitle] = useState('');
  const isList = view === 'listMonth';
  const Grid = useCalendarGrid(!isList);
  const today = todayIn(timeZone);

  useEffect(() => {
    if (!isList) calendarRef.current?.getApi().changeView(view);
  }, [view, isList]);

  const listMonth = range?.view === 'listMonth' ? range.start : listMonthRange(anchorOf(range, today)).start;
  const title = isList
    ? formatLocalDate(listMonth, i18n.language, { month: 'long', year: 'numeric' })
    : gridTitle;
  // The list moves by months itself; the grid by FullCalendar's own steps (a month, a week).
  const move = (step: 'prev' | 'next' | 'today') => {
    if (!isList) return calendarRef.current?.getApi()[step]();
    const month =
      step === 'today' ? today : step === 'prev' ? previousMonthStart(listMonth) : nextMonthStart(listMonth);
    onRangeChange(listMonthRange(month));
  };
  const changeView = (next: CalendarView) => {
    setView(next);
    if (next === 'listMonth') onRangeChange(listMonthRange(anchorOf(range, today)));
  };

  return (
    <section className="content-calendar" aria-label={t('content.calendar.title')}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('content.calendar.previous')}
            onClick={() => move('prev')}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('content.calendar.next')}
            onClick={() => move('next')}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" onClick={() => move('today')}>
            {t('content.calendar.today')}
          </Button>
          <Text fw={600} ml="xs" data-testid="calendar-title" aria-live="polite">
            {title}
          </Text>
        </Group>
        <SegmentedRadios
          value={view}
          onChange={changeView}
          data={[
            { value: 'dayGridMonth', label: t('content.calendar.month') },
            { value: 'timeGridWeek', label: t('content.calendar.week') },
            { value: 'listMonth', label: t('content.calendar.list') },
          ]}
        />
      </Group>
      {isList && range?.view === 'listMonth' ? (
        <ContentCalendarList
          workspaceId={workspaceId}
          range={range}
          posts={posts}
          loading={postsLoading}
          pillarIds={pillarIds}
          timeZone={timeZone}
          colourBy={colourBy}
        />
      ) : !isList && Grid ? (
        <Grid
          calendarRef={calendarRef}
          initialView={view}
          initialDate={anchorOf(range, today)}
          posts={posts}
          pillarIds={pillarIds}
          timeZone={timeZone}
          colourBy={colourBy}
          canEdit={canEdit}
          routineBlocks={routineBlocks}
          onDatesSet={(nextTitle, nextRange) => {
            setGridTitle(nextTitle);
            onRangeChange(nextRange);
          }}
          onOpen={onOpen}
          onMove={onMove}
        />
      ) : (
        <Group justify="center" py="xl">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Group>
      )}
    </section>
  );
}
