import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../contracts/budget.js';
import type { CancelledOccurrenceView, RoutineOccurrenceView } from '../../../contracts/routine.js';
import { fromLocalDateTime, toLocalTime } from './calendar-dates.js';
import type { SelectedOccurrence } from './occurrence-modal.js';
import { useBlockTitle, useCategoryName } from './routine-queries.js';

/**
 * One block of the routine calendar as both of its drawings use it: the light week grid that a
 * page load paints, and FullCalendar, which takes over when someone edits.
 */
export type CalendarEntry = {
  id: string;
  title: string;
  localDate: string;
  startTime: string;
  endTime: string;
  start: Date;
  end: Date;
  /** The category's Mantine colour: its palest shade behind, its strong shade as the border. */
  color: string;
  isCancelled: boolean;
  isMoved: boolean;
  selected: SelectedOccurrence;
};

function toEntry(selected: SelectedOccurrence, category: Category | undefined, title: string): CalendarEntry {
  const { occurrence } = selected;
  const start = fromLocalDateTime(occurrence.localDate, occurrence.startTime);
  const end = new Date(start.getTime() + occurrence.durationMinutes * 60_000);
  return {
    id: `${occurrence.blockId}|${occurrence.occurrenceDate}${selected.isCancelled ? '|cancelled' : ''}`,
    title,
    localDate: occurrence.localDate,
    startTime: occurrence.startTime,
    endTime: toLocalTime(end),
    start,
    end,
    color: category?.color ?? 'gray',
    isCancelled: selected.isCancelled,
    isMoved: occurrence.isMoved,
    selected,
  };
}

/** The shown range's live occurrences, titled (done mark, rush, task · category, note), then the cancelled ones. */
export function useCalendarEntries(
  occurrences: readonly RoutineOccurrenceView[],
  cancelled: readonly CancelledOccurrenceView[],
  categories: readonly Category[],
): CalendarEntry[] {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const blockTitle = useBlockTitle();
  return useMemo(() => {
    const categoryOf = (id: string) => categories.find((category) => category.id === id);
    const live = occurrences.map((occurrence) => {
      const category = categoryOf(occurrence.categoryId);
      const done = occurrence.status === 'done' ? '✓ ' : '';
      // The task first (what to do), then its category when the task is not just the category.
      const task = blockTitle(occurrence, category);
      const kind = categoryName(category);
      const rush = occurrence.isRush ? `${t('rush.prefix')} · ` : '';
      const title = `${done}${rush}${task}${task === kind ? '' : ` · ${kind}`}${occurrence.note ? ` · ${occurrence.note}` : ''}`;
      return toEntry({ isCancelled: false, occurrence }, category, title);
    });
    const gone = cancelled.map((occurrence) => {
      const category = categoryOf(occurrence.categoryId);
      const prefix = occurrence.isRush ? t('rush.prefix') : t('routine.page.cancelledPrefix');
      return toEntry({ isCancelled: true, occurrence }, category, `${prefix} · ${categoryName(category)}`);
    });
    return [...live, ...gone];
  }, [occurrences, cancelled, categories, categoryName, blockTitle, t]);
}
