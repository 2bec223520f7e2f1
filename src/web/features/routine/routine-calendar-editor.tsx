import type { EventClickArg, EventDropArg, EventInput } from '@fullcalendar/core';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useEffect, useMemo, useRef, useState } from 'react';
import { fromLocalDateTime } from './calendar-dates.js';
import type { CalendarEntry } from './calendar-entries.js';
import type { PendingMove } from './move-scope-modal.js';
import type { SelectedOccurrence } from './occurrence-modal.js';

// Stable references: FullCalendar compares its options by identity, and a new object each render
// rebuilt its formatters (Intl.DateTimeFormat, ~0.3 s of a throttled phone's CPU per load).
const plugins = [timeGridPlugin, interactionPlugin];
const views = { timeGridThreeDays: { type: 'timeGrid', duration: { days: 3 } } };
// 24-hour clock in both languages: the routine's times are written HH:MM everywhere else.
const timeFormat = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

export type CalendarView = 'timeGridWeek' | 'timeGridThreeDays';

function toEvent(entry: CalendarEntry): EventInput {
  return {
    id: entry.id,
    title: entry.title,
    start: entry.start,
    end: entry.end,
    // Dark text on the category's palest shade, its strong shade as the border: readable for any colour.
    backgroundColor: `var(--mantine-color-${entry.color}-1)`,
    borderColor: `var(--mantine-color-${entry.color}-7)`,
    textColor: 'var(--mantine-color-black)',
    classNames: [
      'routine-event',
      entry.isCancelled ? 'routine-cancelled' : '',
      entry.isMoved ? 'routine-moved' : '',
    ].filter(Boolean),
    editable: !entry.isCancelled,
    extendedProps: { selected: entry.selected },
  };
}

/**
 * The routine's week on FullCalendar, for editing: drag to move, stretch to resize, pick a free
 * range to add a block, click to edit. Loaded only once someone reaches for the calendar (the
 * light week grid draws it until then); the toolbar and the shown dates stay with its parent,
 * which moves it with `anchor`.
 */
export default function RoutineCalendarEditor({
  entries,
  anchor,
  view,
  language,
  canEdit,
  scrollMinutes,
  onSelect,
  onMove,
  onPickSlot,
}: {
  entries: readonly CalendarEntry[];
  /** A local date inside the range to show (the parent's navigation). */
  anchor: string;
  view: CalendarView;
  language: string;
  canEdit: boolean;
  /** Where the light grid was scrolled to, in minutes since midnight: the editor opens there. */
  scrollMinutes: number;
  onSelect: (selected: SelectedOccurrence) => void;
  onMove: (move: PendingMove) => void;
  onPickSlot: (range: { start: Date; end: Date }) => void;
}) {
  const calendarRef = useRef<FullCalendar>(null);
  const events = useMemo(() => entries.map(toEvent), [entries]);
  // Read once, at mount: FullCalendar takes its first date and scroll position then; later dates
  // go through gotoDate below.
  const [initialDate] = useState(() => fromLocalDateTime(anchor, '12:00'));
  const [initialScroll] = useState(() => {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${pad(Math.floor(scrollMinutes / 60))}:${pad(scrollMinutes % 60)}:00`;
  });

  useEffect(() => {
    const api = calendarRef.current?.getApi();
    if (!api) return;
    const date = fromLocalDateTime(anchor, '12:00');
    if (api.view.type === view) api.gotoDate(date);
    else api.changeView(view, date);
  }, [anchor, view]);
  // The box changes width while the window is still being resized (a phone turned, a window
  // narrowed): FullCalendar measures its columns again once it has settled, or they stay collapsed.
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      window.cancelAnimationFrame(frame);
      frame = window.requestAnimationFrame(() => calendarRef.current?.getApi().updateSize());
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      window.cancelAnimationFrame(frame);
    };
  }, []);

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
    <div ref={boxRef}>
      <FullCalendar
        ref={calendarRef}
        plugins={plugins}
        initialView={view}
        initialDate={initialDate}
        views={views}
        firstDay={1}
        locale={language.startsWith('fr') ? 'fr' : 'en-gb'}
        timeZone="local"
        allDaySlot={false}
        slotMinTime="06:00:00"
        slotMaxTime="22:00:00"
        slotDuration="00:15:00"
        slotLabelInterval="01:00"
        slotLabelFormat={timeFormat}
        eventTimeFormat={timeFormat}
        snapDuration="00:15:00"
        scrollTime={initialScroll}
        // A working day fits without scrolling the page; earlier and later hours scroll inside.
        contentHeight={620}
        nowIndicator
        editable={canEdit}
        eventDurationEditable={canEdit}
        events={events}
        // The parent's toolbar above: labelled buttons instead of FullCalendar's unlabelled icons.
        headerToolbar={false}
        selectable={canEdit}
        selectMirror
        select={(arg) => {
          calendarRef.current?.getApi().unselect();
          onPickSlot({ start: arg.start, end: arg.end });
        }}
        eventDrop={handleChange}
        eventResize={handleChange}
        eventClick={(arg: EventClickArg) => {
          if (canEdit) onSelect(arg.event.extendedProps.selected as SelectedOccurrence);
        }}
      />
    </div>
  );
}
