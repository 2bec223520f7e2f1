import type { DatesSetArg, EventClickArg, EventDropArg, EventInput } from '@fullcalendar/core';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../contracts/budget.js';
import type { CancelledOccurrenceView, RoutineOccurrenceView } from '../../../contracts/routine.js';
import { fromLocalDateTime, toLocalDate } from './calendar-dates.js';
import type { PendingMove } from './move-scope-modal.js';
import type { SelectedOccurrence } from './occurrence-modal.js';
import { useCategoryName } from './routine-queries.js';
import './routine-calendar.css';

function toEvent(selected: SelectedOccurrence, category: Category | undefined, title: string): EventInput {
  const { occurrence } = selected;
  const start = fromLocalDateTime(occurrence.localDate, occurrence.startTime);
  const color = `var(--mantine-color-${category?.color ?? 'gray'}-8)`;
  const classNames = [
    selected.isCancelled ? 'routine-cancelled' : '',
    occurrence.isMoved ? 'routine-moved' : '',
    !selected.isCancelled && selected.occurrence.status === 'done' ? 'routine-done' : '',
  ].filter(Boolean);
  return {
    id: `${occurrence.blockId}|${occurrence.occurrenceDate}${selected.isCancelled ? '|cancelled' : ''}`,
    title,
    start,
    end: new Date(start.getTime() + occurrence.durationMinutes * 60_000),
    backgroundColor: color,
    borderColor: color,
    textColor: '#fff',
    classNames,
    editable: !selected.isCancelled,
    extendedProps: { selected, blockId: occurrence.blockId, occurrenceDate: occurrence.occurrenceDate },
  };
}

/**
 * The routine's week on FullCalendar, on the workspace's wall-clock times: live occurrences (drag
 * to move, stretch to resize, click to edit) and cancelled ones, struck through, to restore.
 */
export function RoutineCalendar({
  occurrences,
  cancelled,
  categories,
  canEdit,
  onRangeChange,
  onSelect,
  onMove,
}: {
  occurrences: readonly RoutineOccurrenceView[];
  cancelled: readonly CancelledOccurrenceView[];
  categories: readonly Category[];
  canEdit: boolean;
  onRangeChange: (range: { from: string; to: string }) => void;
  onSelect: (selected: SelectedOccurrence) => void;
  onMove: (move: PendingMove) => void;
}) {
  const { t, i18n } = useTranslation();
  const categoryName = useCategoryName();
  const events = useMemo<EventInput[]>(() => {
    const categoryOf = (id: string) => categories.find((category) => category.id === id);
    const live = occurrences.map((occurrence) => {
      const category = categoryOf(occurrence.categoryId);
      const title = `${categoryName(category)}${occurrence.note ? ` · ${occurrence.note}` : ''}`;
      return toEvent({ isCancelled: false, occurrence }, category, title);
    });
    const gone = cancelled.map((occurrence) => {
      const category = categoryOf(occurrence.categoryId);
      const title = `${t('routine.page.cancelledPrefix')} · ${categoryName(category)}`;
      return toEvent({ isCancelled: true, occurrence }, category, title);
    });
    return [...live, ...gone];
  }, [occurrences, cancelled, categories, categoryName, t]);

  function handleChange(info: EventDropArg | EventResizeDoneArg) {
    const selected = info.event.extendedProps.selected as SelectedOccurrence;
    const { start, end } = info.event;
    if (selected.isCancelled || !start || !end) {
      info.revert();
      return;
    }
    onMove({ occurrence: selected.occurrence, start, end, revert: info.revert });
  }

  return (
    <section className="routine-calendar" aria-label={t('routine.page.calendar')}>
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
        // 24-hour clock in both languages: the routine's times are written HH:MM everywhere else.
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        snapDuration="00:15:00"
        scrollTime="08:00:00"
        // A working day fits without scrolling the page; earlier and later hours scroll inside.
        contentHeight={620}
        nowIndicator
        editable={canEdit}
        eventDurationEditable={canEdit}
        events={events}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: '' }}
        buttonText={{ today: t('routine.today.title') }}
        buttonHints={{ prev: t('routine.page.previousWeek'), next: t('routine.page.nextWeek') }}
        datesSet={(arg: DatesSetArg) =>
          onRangeChange({ from: toLocalDate(arg.start), to: toLocalDate(new Date(arg.end.getTime() - 1)) })
        }
        eventDrop={handleChange}
        eventResize={handleChange}
        eventClick={(arg: EventClickArg) => {
          if (canEdit) onSelect(arg.event.extendedProps.selected as SelectedOccurrence);
        }}
      />
    </section>
  );
}
