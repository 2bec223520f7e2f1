import { describe, expect, it } from 'vitest';
import { detectTrackerFormat } from './tracker-formats.js';

const TOGGL =
  'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()';
const TOGGL_NEWER =
  'Member,Email,Client,Project,Project color,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)';
const CLOCKIFY =
  'Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)';

describe('detectTrackerFormat', () => {
  it('recognises a Toggl Track detailed report and locates its columns', () => {
    expect(detectTrackerFormat(TOGGL.split(','))).toEqual({
      ok: true,
      format: 'toggl',
      columns: {
        user: 0,
        email: 1,
        client: 2,
        project: 3,
        task: 4,
        description: 5,
        billable: 6,
        startDate: 7,
        startTime: 8,
        endDate: 9,
        endTime: 10,
        duration: 11,
        tags: 12,
      },
    });
  });

  it('tolerates newer Toggl columns, other cases, spaces and order', () => {
    const detection = detectTrackerFormat(TOGGL_NEWER.split(','));
    expect(detection).toMatchObject({
      ok: true,
      format: 'toggl',
      columns: { user: 0, description: 6, tags: 13 },
    });
    const shuffled = ['  DURATION ', 'end TIME', 'Start   Time', 'start date', 'Description'];
    expect(detectTrackerFormat(shuffled)).toMatchObject({
      ok: true,
      format: 'toggl',
      columns: { duration: 0, endTime: 1, startTime: 2, startDate: 3, description: 4 },
    });
  });

  it('recognises Clockify by its duration columns', () => {
    expect(detectTrackerFormat(CLOCKIFY.split(','))).toMatchObject({
      ok: true,
      format: 'clockify',
      columns: { project: 0, user: 4, email: 6, startDate: 9, duration: 13, durationDecimal: 14 },
    });
    const decimalOnly = CLOCKIFY.replace('Duration (h),', '').split(',');
    expect(detectTrackerFormat(decimalOnly)).toMatchObject({ ok: true, format: 'clockify' });
  });

  it('lists the expected columns when the header is not an export it knows', () => {
    const detection = detectTrackerFormat(['Date', 'Hours', 'Notes']);
    expect(detection).toEqual({
      ok: false,
      error: {
        code: 'unknown_format',
        message:
          'This is not a Toggl Track or Clockify detailed report. Expected columns: Toggl: Description, Start date, Start time, End time, Duration; Clockify: Description, Start Date, Start Time, End Time, Duration (h) or Duration (decimal).',
        params: {
          togglColumns: 'Description, Start date, Start time, End time, Duration',
          clockifyColumns:
            'Description, Start Date, Start Time, End Time, Duration (h) or Duration (decimal)',
          foundColumns: 'Date, Hours, Notes',
        },
      },
    });
    expect(detectTrackerFormat(TOGGL.replace('Start time,', '').split(','))).toMatchObject({ ok: false });
  });
});
