import { useQuery } from '@tanstack/react-query';
import { addDaysToDate } from '../../../core/time/index.js';
import {
  categoriesQueryOptions,
  occurrencesQueryOptions,
  useBlockTitle,
} from '../routine/routine-queries.js';

/** A routine block shown behind the posts: its local wall-clock start and end, and its task. */
export type RoutineBackground = {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  title: string;
};

/**
 * The routine's content blocks (the batch session, deep content, any block of the blogging or
 * acquisition categories) of the week on screen, for the editorial calendar's week view: the time
 * set aside for writing, seen beside what it produced. Only fetched while the week view shows.
 */
export function useRoutineContentBlocks(
  workspaceId: string,
  range: { from: string; to: string } | null,
  isWeekView: boolean,
): RoutineBackground[] {
  const blockTitle = useBlockTitle();
  const enabled = range !== null && isWeekView;
  const categories = useQuery({ ...categoriesQueryOptions(workspaceId), enabled });
  const occurrences = useQuery({
    // The routine's `to` is the last day shown (inclusive); the calendar's is the day after.
    ...occurrencesQueryOptions(workspaceId, range?.from ?? '', range ? addDaysToDate(range.to, -1) : ''),
    enabled,
  });
  if (!enabled || !occurrences.data || !categories.data) return [];
  const contentCategoryIds = new Set(
    categories.data
      .filter((category) => category.referenceKey === 'blogging' || category.referenceKey === 'acquisition')
      .map((category) => category.id),
  );
  return occurrences.data.occurrences
    .filter(
      (occurrence) =>
        occurrence.templateKey === 'batch' ||
        occurrence.templateKey === 'deep_content' ||
        contentCategoryIds.has(occurrence.categoryId),
    )
    .map((occurrence) => ({
      id: `${occurrence.blockId}:${occurrence.occurrenceDate}`,
      date: occurrence.localDate,
      startTime: occurrence.startTime,
      endTime: occurrence.endTime,
      title: blockTitle(
        occurrence,
        categories.data.find((category) => category.id === occurrence.categoryId),
      ),
    }));
}
