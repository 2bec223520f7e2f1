import type { DatesSetArg, EventDropArg, EventInput } from '@fullcalendar/core';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { ActionIcon, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarPost } from '../../../contracts/content-calendar.js';
import { addDaysToDate } from '../../../core/time/index.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { fromLocalDateTime, toLocalDate } from '../routine/calendar-dates.js';
import { toZonedInputValue } from '../tracking/zoned-input-value.js';
import { colourOfNetwork, colourOfPillar } from './content-colours.js';
import type { RoutineBackground } from './routine-content-blocks.js';
import './content-calendar.css';

// Stable references: FullCalendar resets its view (and calls datesSet again) when options change.
const locales = [frLocale];
const eventTimeFormat = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];

/** The month cell's start of a text, cut between characters (an emoji is not split in two). */
const excerptOf = (text: string) => Array.from(text.trim()).slice(0, 80).join('');

export type CalendarView = 'dayGridMonth' | 'timeGridWeek' | 'listMonth';
export type ColourBy = 'pillar' | 'network';

/**
 * Posts on FullCalendar, at the WORKSPACE's wall-clock times shown as floating local times (as
 * the routine calendar does): a member abroad sees Paris hours for a Paris workspace.
 */
export function ContentCalendar({
  posts,
  pillarIds,
  timeZone,
  colourBy,
  canEdit,
  routineBlocks = [],
  onRangeChange,
  onOpen,
  onMove,
}: {
  posts: readonly CalendarPost[];
  pillarIds: readonly string[];
  timeZone: string;
  colourBy: ColourBy;
  canEdit: boolean;
  /** The routine's content blocks, shown faintly behind the posts in the week view. */
  routineBlocks?: readonly RoutineBackground[];
  onRangeChange: (range: { from: string; to: string; view: CalendarView; start: string }) => void;
  onOpen: (postId: string) => void;
  onMove: (postId: string, date: string, revert: () => void) => void;
}) {
  const { t, i18n } = useTranslation();
  const calendarRef = useRef<FullCalendar>(null);
  const isPhone = useMediaMatch('(max-width: 40em)');
  const [view, setView] = useState<CalendarView>(isPhone ? 'listMonth' : 'dayGridMonth');
  const [title, setTitle] = useState('');
  useEffect(() => {
    calendarRef.current?.getApi().changeView(view);
  }, [view]);

  const events = useMemo<EventInput[]>(
    () =>
      posts.flatMap((post) => {
        if (!post.scheduledAt) return [];
        const local = toZonedInputValue(Date.parse(post.scheduledAt), timeZone);
        const colour =
          colourBy === 'pillar'
            ? colourOfPillar(post.pillarId, pillarIds)
            : colourOfNetwork(post.versions[0]?.network ?? 'other');
        const networks = post.versions.map((version) => t(`networks.${version.network}`)).join(', ');
        const status = t(`content.posts.statuses.${post.status}`);
        return [
          {
            id: post.id,
            // The month cell shows the start (ellipsis); the list view and screen readers get all of it.
            title: `${excerptOf(post.excerpt) || t('content.posts.untitled')} · ${networks} · ${status}`,
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

  const api = () => calendarRef.current?.getApi();
  return (
    <section className="content-calendar" aria-label={t('content.calendar.title')}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('content.calendar.previous')}
            onClick={() => api()?.prev()}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('content.calendar.next')}
            onClick={() => api()?.next()}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
          <Button variant="default" onClick={() => api()?.today()}>
            {t('content.calendar.today')}
          </Button>
          <Text fw={600} ml="xs" data-testid="calendar-title">
            {title}
          </Text>
        </Group>
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as CalendarView)}
          data={[
            { value: 'dayGridMonth', label: t('content.calendar.month') },
            { value: 'timeGridWeek', label: t('content.calendar.week') },
            { value: 'listMonth', label: t('content.calendar.list') },
          ]}
        />
      </Group>
      <FullCalendar
        ref={calendarRef}
        plugins={plugins}
        initialView={view}
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
        datesSet={(arg: DatesSetArg) => {
          setTitle(arg.view.title);
          onRangeChange({
            from: toLocalDate(arg.start),
            to: toLocalDate(arg.end),
            view: arg.view.type as CalendarView,
            start: toLocalDate(arg.view.currentStart),
          });
        }}
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
    </section>
  );
}
