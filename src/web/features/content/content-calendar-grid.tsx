import type { DatesSetArg, EventDropArg, EventInput } from '@fullcalendar/core';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { type RefObject, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarPost } from '../../../contracts/content-calendar.js';
import { addDaysToDate } from '../../../core/time/index.js';
import { fromLocalDateTime, toLocalDate } from '../routine/calendar-dates.js';
import { toZonedInputValue } from '../tracking/zoned-input-value.js';
import { colourOfPost, postTitle } from './calendar-post-labels.js';
import type { CalendarRange, ColourBy } from './calendar-range.js';
import type { RoutineBackground } from './routine-content-blocks.js';
import './content-calendar.css';

// Stable references: FullCalendar resets its view (and calls datesSet again) when options change.
const locales = [frLocale];
const eventTimeFormat = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];

/** What the toolbar asks of the grid (prev, next, today), by FullCalendar's own API. */
export type CalendarGridHandle = RefObject<FullCalendar | null>;

/**
 * Posts on FullCalendar's month or week, at the WORKSPACE's wall-clock times shown as floating
 * local times (as the routine calendar does): a member abroad sees Paris hours for a Paris
 * workspace. Loaded only when one of these views is shown (a phone opens on the list, drawn
 * without FullCalendar: content-calendar-list.tsx); posts are dragged to another day here.
 */
export default function ContentCalendarGrid({
  calendarRef,
  initialView,
  initialDate,
  posts,
  pillarIds,
  timeZone,
  colourBy,
  canEdit,
  routineBlocks,
  onDatesSet,
  onOpen,
  onMove,
}: {
  calendarRef: CalendarGridHandle;
  initialView: CalendarRange['view'];
  initialDate: string;
  posts: readonly CalendarPost[];
  pillarIds: readonly string[];
  timeZone: string;
  colourBy: ColourBy;
  canEdit: boolean;
  /** The routine's content blocks, shown faintly behind the posts in the week view. */
  routineBlocks: readonly RoutineBackground[];
  onDatesSet: (title: string, range: CalendarRange) => void;
  onOpen: (postId: string) => void;
  onMove: (postId: string, date: string, revert: () => void) => void;
}) {
  const { t, i18n } = useTranslation();
  // FullCalendar reads it once; kept so that a later render does not hand it another.
  const [openingDate] = useState(initialDate);
  const events = useMemo<EventInput[]>(
    () =>
      posts.flatMap((post) => {
        if (!post.scheduledAt) return [];
        const local = toZonedInputValue(Date.parse(post.scheduledAt), timeZone);
        const colour = colourOfPost(post, colourBy, pillarIds);
        return [
          {
            id: post.id,
            // The month cell shows the start (ellipsis); the list view and screen readers get all of it.
            title: postTitle(post, t),
            start: fromLocalDateTime(local.slice(0, 10), local.slice(11, 16)),
            backgroundColor: `var(--mantine-color-${colour}-1)`,
            borderColor: `var(--mantine-color-${colour}-7)`,
            textColor: 'var(--mantine-color-black)',
            classNames: [`content-status-${post.status}`],
            // Only scheduled posts move; published ones are history.
            editable: canEdit && post.status === 'scheduled',
          },
        ];
      }),
    [posts, pillarIds, timeZone, colourBy, canEdit, t],
  );
  const backgrounds = useMemo<EventInput[]>(
    () =>
      routineBlocks.map((block) => ({
        id: `routine-${block.id}`,
        title: block.title,
        start: fromLocalDateTime(block.date, block.startTime),
        // A block running past midnight ends the next day.
        end: fromLocalDateTime(
          block.endTime > block.startTime ? block.date : addDaysToDate(block.date, 1),
          block.endTime,
        ),
        display: 'background',
        classNames: ['content-routine-block'],
      })),
    [routineBlocks],
  );
  const allEvents = useMemo(() => [...backgrounds, ...events], [backgrounds, events]);

  return (
    <FullCalendar
      ref={calendarRef}
      plugins={plugins}
      initialView={initialView}
      initialDate={openingDate}
      locales={locales}
      locale={i18n.language.startsWith('fr') ? 'fr' : 'en-gb'}
      firstDay={1}
      timeZone="local"
      headerToolbar={false}
      height="auto"
      allDaySlot={false}
      slotMinTime="06:00:00"
      slotMaxTime="23:00:00"
      eventTimeFormat={eventTimeFormat}
      dayMaxEvents={4}
      eventDisplay="block"
      nowIndicator
      noEventsText={t('content.calendar.empty')}
      events={allEvents}
      eventDurationEditable={false}
      datesSet={(arg: DatesSetArg) =>
        onDatesSet(arg.view.title, {
          from: toLocalDate(arg.start),
          to: toLocalDate(arg.end),
          view: arg.view.type as CalendarRange['view'],
          start: toLocalDate(arg.view.currentStart),
        })
      }
      eventClick={(arg) => {
        arg.jsEvent.preventDefault();
        onOpen(arg.event.id);
      }}
      eventDrop={(arg: EventDropArg) => {
        if (!arg.event.start) return arg.revert();
        // The day changes; the server keeps the time of day on the workspace's clock.
        onMove(arg.event.id, toLocalDate(arg.event.start), arg.revert);
      }}
    />
  );
}
