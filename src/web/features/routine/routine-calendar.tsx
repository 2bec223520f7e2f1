import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { lazy, Suspense, startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../contracts/budget.js';
import type { CancelledOccurrenceView, RoutineOccurrenceView } from '../../../contracts/routine.js';
import { phoneMedia, useMediaMatch } from '../../ui/use-media-match.js';
import { addDays, calendarRangeAt, datesBetween, fromLocalDateTime, toLocalDate } from './calendar-dates.js';
import { useCalendarEntries } from './calendar-entries.js';
import type { PendingMove } from './move-scope-modal.js';
import type { SelectedOccurrence } from './occurrence-modal.js';
import { RoutineWeekGrid } from './routine-week-grid.js';
import { gridEndMinutes, gridScrollMinutes, gridStartMinutes } from './week-grid-layout.js';
import './routine-calendar.css';

const RoutineCalendarEditor = lazy(() => import('./routine-calendar-editor.js'));

/** "23 – 29 nov. 2026": the shown dates, as the toolbar's title. */
function formatRange(range: { from: string; to: string }, language: string) {
  const format = new Intl.DateTimeFormat(language.startsWith('fr') ? 'fr' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return format.formatRange(fromLocalDateTime(range.from, '12:00'), fromLocalDateTime(range.to, '12:00'));
}

/**
 * The minutes since midnight at the top of the light grid's scrolled box. The grid scrolls to the
 * working day in its first frame, and a pointer already over the calendar (the page opened from a
 * link there) reaches for the editor before that frame: its box still at the top of the day is
 * not a place someone scrolled to.
 */
function scrolledMinutes(box: HTMLDivElement | null): number {
  const canvas = box?.firstElementChild;
  if (!box || !canvas || box.dataset.scrolledToWorkday === undefined) return gridScrollMinutes;
  const height = canvas.getBoundingClientRect().height;
  if (height <= 0) return gridScrollMinutes;
  const minutes = gridStartMinutes + (box.scrollTop / height) * (gridEndMinutes - gridStartMinutes);
  return Math.round(minutes / 15) * 15;
}

/**
 * The routine's week (three days on a phone), on the workspace's wall-clock times: live
 * occurrences (drag to move, stretch to resize, click to edit) and cancelled ones, struck
 * through, to restore. A page load paints the light week grid; FullCalendar, which does the
 * dragging, is fetched and takes its place as soon as an editor's pointer reaches the calendar.
 * The shown dates live here, so both drawings and the toolbar agree.
 */
export function RoutineCalendar({
  occurrences,
  cancelled,
  categories,
  canEdit,
  onRangeChange,
  onSelect,
  onMove,
  onPickSlot,
  focusDate,
}: {
  occurrences: readonly RoutineOccurrenceView[];
  cancelled: readonly CancelledOccurrenceView[];
  categories: readonly Category[];
  canEdit: boolean;
  onRangeChange: (range: { from: string; to: string }) => void;
  onSelect: (selected: SelectedOccurrence) => void;
  onMove: (move: PendingMove) => void;
  /** A free range picked with the pointer: the start of a new block. */
  onPickSlot: (range: { start: Date; end: Date }) => void;
  /** A date to bring into view when it changes (the first week a new routine fills). */
  focusDate?: string | null;
}) {
  const { t, i18n } = useTranslation();
  // A phone shows three days at a time: seven columns of 40 px cannot hold a block's name.
  const isPhone = useMediaMatch(phoneMedia);
  // The page's first range starts there too (and its route loader asked for it).
  const [anchor, setAnchor] = useState(() => focusDate ?? toLocalDate(new Date()));
  const [isEditing, setEditing] = useState(false);
  const gridScrollRef = useRef<HTMLDivElement>(null);
  const [editorScroll, setEditorScroll] = useState(gridScrollMinutes);
  const entries = useCalendarEntries(occurrences, cancelled, categories);
  const range = calendarRangeAt(anchor, isPhone);
  useEffect(() => {
    if (focusDate) setAnchor(focusDate);
  }, [focusDate]);
  // The page's handler is a new function at each of its renders: only a new range is news.
  const reportRange = useRef(onRangeChange);
  reportRange.current = onRangeChange;
  useEffect(() => {
    reportRange.current({ from: range.from, to: range.to });
  }, [range.from, range.to]);

  // Hovering, touching or pressing the calendar is the sign someone is about to drag, resize or
  // pick a range: only then is FullCalendar worth its weight. A viewer never needs it.
  function startEditing() {
    if (!canEdit || isEditing) return;
    setEditorScroll(scrolledMinutes(gridScrollRef.current));
    // A transition: the grid stays, the same elements under the pointer, until FullCalendar is
    // ready to take its place in one commit.
    startTransition(() => setEditing(true));
  }
  const step = isPhone ? 3 : 7;
  const grid = (
    <RoutineWeekGrid
      dates={datesBetween(range.from, range.to)}
      entries={entries}
      language={i18n.language}
      canEdit={canEdit}
      onSelect={onSelect}
      scrollRef={gridScrollRef}
    />
  );

  return (
    <section
      className="routine-calendar"
      aria-label={t('routine.page.calendar')}
      onPointerOver={startEditing}
      onPointerDown={startEditing}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={isPhone ? t('routine.page.previousDays') : t('routine.page.previousWeek')}
            onClick={() => setAnchor(addDays(anchor, -step))}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={isPhone ? t('routine.page.nextDays') : t('routine.page.nextWeek')}
            onClick={() => setAnchor(addDays(anchor, step))}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button variant="default" onClick={() => setAnchor(toLocalDate(new Date()))}>
            {t('routine.page.thisWeek')}
          </Button>
        </Group>
        <Text fw={600} data-testid="routine-week-title" ta="right">
          {formatRange(range, i18n.language)}
        </Text>
      </Group>
      {isPhone && canEdit && (
        <Text size="xs" c="dimmed" mb={4}>
          {t('routine.page.longPressHint')}
        </Text>
      )}
      <Suspense fallback={grid}>
        {isEditing ? (
          <RoutineCalendarEditor
            entries={entries}
            anchor={anchor}
            view={isPhone ? 'timeGridThreeDays' : 'timeGridWeek'}
            language={i18n.language}
            canEdit={canEdit}
            scrollMinutes={editorScroll}
            onSelect={onSelect}
            onMove={onMove}
            onPickSlot={onPickSlot}
          />
        ) : (
          grid
        )}
      </Suspense>
    </section>
  );
}
