import type { DatesSetArg, EventClickArg, EventDropArg, EventInput } from '@fullcalendar/core';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../contracts/budget.js';
import type { CancelledOccurrenceView, RoutineOccurrenceView } from '../../../contracts/routine.js';
import { phoneMedia, useMediaMatch } from '../../ui/use-media-match.js';
import { fromLocalDateTime, toLocalDate } from './calendar-dates.js';
import type { PendingMove } from './move-scope-modal.js';
import type { SelectedOccurrence } from './occurrence-modal.js';
import { useBlockTitle, useCategoryName } from './routine-queries.js';
import './routine-calendar.css';

// Stable references: FullCalendar compares its options by identity, and a new object each render
// rebuilt its formatters (Intl.DateTimeFormat, ~0.3 s of a throttled phone's CPU per load).
const plugins = [timeGridPlugin, interactionPlugin];
const views = { timeGridThreeDays: { type: 'timeGrid', duration: { days: 3 } } };
// 24-hour clock in both languages: the routine's times are written HH:MM everywhere else.
const timeFormat = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

function toEvent(selected: SelectedOccurrence, category: Category | undefined, title: string): EventInput {
  const { occurrence } = selected;
  const start = fromLocalDateTime(occurrence.localDate, occurrence.startTime);
  // Dark text on the category's palest shade, its strong shade as the border: readable for any colour.
  const color = category?.color ?? 'gray';
  const classNames = [
    selected.isCancelled ? 'routine-cancelled' : '',
    occurrence.isMoved ? 'routine-moved' : '',
  ].filter(Boolean);
  return {
    id: `${occurrence.blockId}|${occurrence.occurrenceDate}${selected.isCancelled ? '|cancelled' : ''}`,
    title,
    start,
    end: new Date(start.getTime() + occurrence.durationMinutes * 60_000),
    backgroundColor: `var(--mantine-color-${color}-1)`,
    borderColor: `var(--mantine-color-${color}-7)`,
    textColor: 'var(--mantine-color-black)',
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
  const categoryName = useCategoryName();
  const blockTitle = useBlockTitle();
  const calendarRef = useRef<FullCalendar>(null);
  const [title, setTitle] = useState('');
  // A phone shows three days at a time: seven columns of 40 px cannot hold a block's name.
  const isPhone = useMediaMatch(phoneMedia);
  const view = isPhone ? 'timeGridThreeDays' : 'timeGridWeek';
  useEffect(() => {
    const api = calendarRef.current?.getApi();
    api?.changeView(view);
    // The view changes while the window is still being resized (a phone turned, a window
    // narrowed): measure the columns again once the layout has settled, or they stay collapsed.
    const frame = window.requestAnimationFrame(() => api?.updateSize());
    return () => window.cancelAnimationFrame(frame);
  }, [view]);
  useEffect(() => {
    if (focusDate) calendarRef.current?.getApi().gotoDate(fromLocalDateTime(focusDate, '12:00'));
  }, [focusDate]);
  const events = useMemo<EventInput[]>(() => {
    const categoryOf = (id: string) => categories.find((category) => category.id === id);
    const live = occurrences.map((occurrence) => {
      const category = categoryOf(occurrence.categoryId);
      const done = occurrence.status === 'done' ? '✓ ' : '';
      // The task first (what to do), then its category when the task is not just the category.
      const task = blockTitle(occurrence, category);
      const kind = categoryName(category);
      const rush = occurrence.isRush ? `${t('rush.prefix')} · ` : '';
      const title = `${done}${rush}${task}${task === kind ? '' : ` · ${kind}`}${occurrence.note ? ` · ${occurrence.note}` : ''}`;
      return toEvent({ isCancelled: false, occurrence }, category, title);
    });
    const gone = cancelled.map((occurrence) => {
      const category = categoryOf(occurrence.categoryId);
      const prefix = occurrence.isRush ? t('rush.prefix') : t('routine.page.cancelledPrefix');
      const title = `${prefix} · ${categoryName(category)}`;
      return toEvent({ isCancelled: true, occurrence }, category, title);
    });
    return [...live, ...gone];
  }, [occurrences, cancelled, categories, categoryName, blockTitle, t]);

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
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={isPhone ? t('routine.page.previousDays') : t('routine.page.previousWeek')}
            onClick={() => calendarRef.current?.getApi().prev()}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={isPhone ? t('routine.page.nextDays') : t('routine.page.nextWeek')}
            onClick={() => calendarRef.current?.getApi().next()}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button variant="default" onClick={() => calendarRef.current?.getApi().today()}>
            {t('routine.page.thisWeek')}
          </Button>
        </Group>
        <Text fw={600} data-testid="routine-week-title" ta="right">
          {title}
        </Text>
      </Group>
      {isPhone && canEdit && (
        <Text size="xs" c="dimmed" mb={4}>
          {t('routine.page.longPressHint')}
        </Text>
      )}
      <FullCalendar
        ref={calendarRef}
        plugins={plugins}
        initialView={view}
        views={views}
        firstDay={1}
        locale={i18n.language.startsWith('fr') ? 'fr' : 'en-gb'}
        timeZone="local"
        allDaySlot={false}
        slotMinTime="06:00:00"
        slotMaxTime="22:00:00"
        slotDuration="00:15:00"
        slotLabelInterval="01:00"
        slotLabelFormat={timeFormat}
        eventTimeFormat={timeFormat}
        snapDuration="00:15:00"
        scrollTime="08:00:00"
        // A working day fits without scrolling the page; earlier and later hours scroll inside.
        contentHeight={620}
        nowIndicator
        editable={canEdit}
        eventDurationEditable={canEdit}
        events={events}
        // Mantine's own toolbar above: labelled buttons instead of FullCalendar's unlabelled icons.
        headerToolbar={false}
        datesSet={(arg: DatesSetArg) => {
          setTitle(arg.view.title);
          onRangeChange({ from: toLocalDate(arg.start), to: toLocalDate(new Date(arg.end.getTime() - 1)) });
        }}
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
    </section>
  );
}
