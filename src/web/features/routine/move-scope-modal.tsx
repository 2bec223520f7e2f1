import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutineBlockView, RoutineOccurrenceView } from '../../../contracts/routine.js';
import { AppModal } from '../../ui/app-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import {
  fromLocalDateTime,
  isoWeekdayOfDate,
  minutesBetween,
  moveSeriesWeekday,
  toLocalDate,
  toLocalTime,
} from './calendar-dates.js';
import { useSaveException, useUpdateBlock } from './routine-queries.js';

/** A block dragged or resized in the calendar, waiting for "this occurrence" or "the whole series". */
export type PendingMove = {
  occurrence: RoutineOccurrenceView;
  start: Date;
  end: Date;
  /** Puts the event back where it was (FullCalendar's revert). */
  revert: () => void;
};

/**
 * After a drag or a resize: move this occurrence only (an exception) or the whole series (its
 * weekday, start and duration). Closing without choosing puts the block back. A 409 (two complex
 * tasks at once) is shown with the server's message and the block goes back too.
 */
export function MoveScopeModal({
  workspaceId,
  pending,
  block,
  onClose,
}: {
  workspaceId: string;
  pending: PendingMove | null;
  block: RoutineBlockView | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const saveException = useSaveException(workspaceId);
  const updateBlock = useUpdateBlock(workspaceId);
  const describe = (date: Date) =>
    `${date.toLocaleDateString(i18n.language, { weekday: 'long', day: 'numeric', month: 'long' })} ${toLocalTime(date)}`;

  if (!pending) return null;
  const { occurrence, start, end } = pending;
  const durationMinutes = minutesBetween(start, end);
  const fromDay = isoWeekdayOfDate(fromLocalDateTime(occurrence.localDate, '12:00'));
  const seriesWeekdays = block ? moveSeriesWeekday(block.weekdays, fromDay, isoWeekdayOfDate(start)) : null;
  const isResizeOnly =
    toLocalDate(start) === occurrence.localDate && toLocalTime(start) === occurrence.startTime;
  const isSeriesPossible = !occurrence.isMoved && seriesWeekdays !== null;
  const handlers = (message: string) => ({
    onSuccess: () => {
      notifySuccess(message);
      onClose();
    },
    onError: (error: unknown) => {
      pending.revert();
      notifyProblem(error);
      onClose();
    },
  });
  const cancel = () => {
    pending.revert();
    onClose();
  };

  return (
    <AppModal
      opened
      onClose={cancel}
      title={
        <Text fw={600}>{isResizeOnly ? t('routine.page.resizeTitle') : t('routine.page.moveTitle')}</Text>
      }
    >
      <Stack>
        <Text size="sm">
          {describe(fromLocalDateTime(occurrence.localDate, occurrence.startTime))} → {describe(start)} (
          {t('routine.page.slotMinutes', { count: durationMinutes })})
        </Text>
        <Button
          loading={saveException.isPending}
          onClick={() =>
            saveException.mutate(
              {
                blockId: occurrence.blockId,
                occurrenceDate: occurrence.occurrenceDate,
                body: {
                  kind: 'moved',
                  newDate: toLocalDate(start),
                  newStartTime: toLocalTime(start),
                  newDurationMinutes: durationMinutes,
                },
              },
              handlers(t('routine.page.occurrenceMoved')),
            )
          }
        >
          {t('routine.page.moveOccurrence')}
        </Button>
        <Button
          variant="light"
          disabled={!isSeriesPossible || !block}
          loading={updateBlock.isPending}
          onClick={() =>
            block &&
            seriesWeekdays &&
            updateBlock.mutate(
              {
                blockId: block.id,
                body: { weekdays: seriesWeekdays, startTime: toLocalTime(start), durationMinutes },
              },
              handlers(t('routine.page.moved')),
            )
          }
        >
          {t('routine.page.moveSeries')}
        </Button>
        {!isSeriesPossible && (
          <Text size="sm" c="dimmed">
            {occurrence.isMoved ? t('routine.page.moveMovedOnly') : t('routine.page.moveSeriesSameDay')}
          </Text>
        )}
        <Button variant="default" onClick={cancel}>
          {t('routine.page.cancel')}
        </Button>
      </Stack>
    </AppModal>
  );
}
