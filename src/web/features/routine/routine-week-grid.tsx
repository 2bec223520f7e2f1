import type { RefObject } from 'react';
import { dateTimeFormat } from '../../../core/format/date-time-format.js';
import { useBeforeFirstPaint } from '../../ui/use-before-first-paint.js';
import { fromLocalDateTime, toLocalDate } from './calendar-dates.js';
import type { CalendarEntry } from './calendar-entries.js';
import type { SelectedOccurrence } from './occurrence-modal.js';
import {
  gridEndMinutes,
  gridScrollMinutes,
  gridStartMinutes,
  minutesOfTime,
  placeDayItems,
  slotMinutes,
} from './week-grid-layout.js';

const slotCount = (gridEndMinutes - gridStartMinutes) / slotMinutes;
const hours = Array.from({ length: (gridEndMinutes - gridStartMinutes) / 60 }, (_, index) => 6 + index);
const slotsFrom = (count: number) => `calc(${count} * var(--routine-slot))`;

function DayColumn({
  date,
  label,
  entries,
  canEdit,
  onSelect,
  nowMinutes,
}: {
  date: string;
  label: string;
  entries: readonly CalendarEntry[];
  canEdit: boolean;
  onSelect: (selected: SelectedOccurrence) => void;
  nowMinutes: number | null;
}) {
  const placed = placeDayItems(
    entries.map((entry) => ({
      id: entry.id,
      startMinutes: minutesOfTime(entry.startTime),
      // A block running past midnight ends at the bottom of the day.
      endMinutes: entry.end.getDate() === entry.start.getDate() ? minutesOfTime(entry.endTime) : 24 * 60,
      entry,
    })),
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a day of the week grid is a labelled group of its blocks, not a form fieldset.
    <div className="routine-grid-day" data-date={date} role="group" aria-label={label}>
      <div className="routine-grid-lanes">
        {placed.map(({ item: { entry }, topSlots, heightSlots, lane, lanes }) => {
          const className = [
            'routine-grid-event',
            'routine-event',
            entry.isCancelled ? 'routine-cancelled' : '',
            entry.isMoved ? 'routine-moved' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const style = {
            top: slotsFrom(topSlots),
            // FullCalendar keeps 1 px between touching blocks.
            height: `calc(${heightSlots} * var(--routine-slot) - 1px)`,
            left: `${(lane / lanes) * 100}%`,
            width: `${100 / lanes}%`,
            backgroundColor: `var(--mantine-color-${entry.color}-1)`,
            borderColor: `var(--mantine-color-${entry.color}-7)`,
          };
          const content = (
            <>
              <span className="routine-grid-time">
                {entry.startTime} - {entry.endTime}
              </span>{' '}
              <span className="routine-grid-title">{entry.title}</span>
            </>
          );
          // Only an editor can open a block (as on FullCalendar): a viewer's blocks are text.
          return canEdit ? (
            <button
              key={entry.id}
              type="button"
              className={className}
              style={style}
              onClick={() => onSelect(entry.selected)}
            >
              {content}
            </button>
          ) : (
            <div key={entry.id} className={className} style={style}>
              {content}
            </div>
          );
        })}
      </div>
      {nowMinutes !== null && (
        <div
          className="routine-grid-now"
          style={{ top: slotsFrom((nowMinutes - gridStartMinutes) / slotMinutes) }}
        />
      )}
    </div>
  );
}

/**
 * The routine's days drawn with plain elements: what a page load paints, at once, while
 * FullCalendar (a third of the page's script time on a phone) is only fetched when someone
 * reaches for the calendar to edit it. Same hours, rows and colours as FullCalendar's time grid,
 * so the hand-over does not move anything; blocks open with a click or Enter.
 */
export function RoutineWeekGrid({
  dates,
  entries,
  language,
  canEdit,
  onSelect,
  scrollRef,
}: {
  dates: readonly string[];
  entries: readonly CalendarEntry[];
  language: string;
  canEdit: boolean;
  onSelect: (selected: SelectedOccurrence) => void;
  /** The scrolling box, so the editor can open where this grid was scrolled. */
  scrollRef: RefObject<HTMLDivElement | null>;
}) {
  const locale = language.startsWith('fr') ? 'fr' : 'en-GB';
  // Opened on the working day, as FullCalendar's scrollTime: earlier hours above, scrolled away.
  // Measured and scrolled in the first frame rather than the commit: a scroll offset written (or a
  // size read) in the commit made the browser lay the whole new page out there (219 ms at 4x).
  useBeforeFirstPaint(() => {
    const box = scrollRef.current;
    const canvas = box?.firstElementChild;
    if (!box || !canvas) return;
    box.scrollTop =
      (canvas.getBoundingClientRect().height / slotCount) *
      ((gridScrollMinutes - gridStartMinutes) / slotMinutes);
    box.dataset.scrolledToWorkday = '';
  });
  const now = new Date();
  const today = toLocalDate(now);
  const nowMinutes = now.getHours() * 60 + now.getMinutes();
  const columns = { '--routine-days': dates.length } as React.CSSProperties;
  return (
    <div className="routine-grid" style={columns}>
      <div className="routine-grid-head" aria-hidden="true">
        <span />
        {dates.map((date) => (
          <span key={date} className={date === today ? 'routine-grid-today' : undefined}>
            {dateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'numeric' }).format(
              fromLocalDateTime(date, '12:00'),
            )}
          </span>
        ))}
      </div>
      <div className="routine-grid-body" ref={scrollRef}>
        <div className="routine-grid-canvas" style={{ height: slotsFrom(slotCount) }}>
          <div className="routine-grid-axis" aria-hidden="true">
            {hours.map((hour) => (
              <span key={hour} style={{ top: slotsFrom((hour * 60 - gridStartMinutes) / slotMinutes) }}>
                {`${String(hour).padStart(2, '0')}:00`}
              </span>
            ))}
          </div>
          {dates.map((date) => (
            <DayColumn
              key={date}
              date={date}
              label={dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(
                fromLocalDateTime(date, '12:00'),
              )}
              entries={entries.filter((entry) => entry.localDate === date)}
              canEdit={canEdit}
              onSelect={onSelect}
              nowMinutes={
                date === today && nowMinutes >= gridStartMinutes && nowMinutes < gridEndMinutes
                  ? nowMinutes
                  : null
              }
            />
          ))}
        </div>
      </div>
    </div>
  );
}
