import {
  addMinutesToWallClock,
  assertTimeZone,
  isLocalDate,
  type LocalDate,
  type TimeZoneName,
  type WallClockTime,
} from '../time/index.js';
import type { RoutineBlock } from './routine-block.js';

/** i18n keys of the reference routine's blocks; the web app owns the labels. */
export type ReferenceTemplateKey = 'replies' | 'batch' | 'deep_content' | 'weekly_analysis';

export interface GenerateReferenceWeekInput {
  /** The workspace's category ids playing each role of the method. */
  categoryIds: { communication: string; acquisition: string; blogging: string; analyse: string };
  timeZone: TimeZoneName;
  startsOn: LocalDate;
  /** When replies start each day; the other blocks follow straight after. */
  dayStart?: WallClockTime;
}

export const REFERENCE_WEEK_MINUTES = 360;

/**
 * The 6 h/week reference routine (domain.md §3), as five weekly blocks:
 * Monday 1 h replies then 1 h 30 batch creation and scheduling; Tuesday to Friday 30 min replies;
 * Wednesday 1 h deep content and Friday 30 min weekly analysis straight after the replies.
 * Replies open the day so conversations never wait behind a long task.
 *
 * Ids are deterministic placeholders (`reference-…`) for the API layer to replace when storing.
 * @throws RangeError on a malformed zone, date or dayStart.
 */
export function generateReferenceWeek(input: GenerateReferenceWeekInput): RoutineBlock[] {
  const { categoryIds, timeZone, startsOn } = input;
  assertTimeZone(timeZone);
  if (!isLocalDate(startsOn)) throw new RangeError(`Invalid startsOn: "${startsOn}"`);
  const dayStart = input.dayStart ?? '09:00';
  const afterShortReplies = addMinutesToWallClock(dayStart, 30);
  const block = (
    id: string,
    templateKey: ReferenceTemplateKey,
    weekdays: number[],
    startTime: WallClockTime,
    durationMinutes: number,
    categoryId: string,
  ): RoutineBlock => ({
    id: `reference-${id}`,
    weekdays,
    startTime,
    durationMinutes,
    categoryId,
    networkKey: null,
    note: null,
    templateKey,
    intervalWeeks: 1,
    startsOn,
    endsOn: null,
    timeZone,
  });
  return [
    block('replies-monday', 'replies', [1], dayStart, 60, categoryIds.communication),
    block('batch', 'batch', [1], addMinutesToWallClock(dayStart, 60), 90, categoryIds.acquisition),
    block('replies', 'replies', [2, 3, 4, 5], dayStart, 30, categoryIds.communication),
    block('deep-content', 'deep_content', [3], afterShortReplies, 60, categoryIds.blogging),
    block('weekly-analysis', 'weekly_analysis', [5], afterShortReplies, 30, categoryIds.analyse),
  ];
}
