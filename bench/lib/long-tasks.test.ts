import { describe, expect, it } from 'vitest';
import { blockingTime, type CpuProfile, findLongTasks } from './long-tasks.js';

const main = { pid: 1, tid: 10 };
const threadName = { name: 'thread_name', ph: 'M', ...main, ts: 0, args: { name: 'CrRendererMain' } };
const other = { name: 'thread_name', ph: 'M', pid: 2, tid: 20, ts: 0, args: { name: 'CrRendererMain' } };

/** A profile sampling `work` every millisecond from 1,000 µs to 400,000 µs. */
function profileOf(work: string): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (let time = 1000; time <= 400_000; time += 1000) {
    samples.push(2);
    timeDeltas.push(1000);
  }
  return {
    startTime: 0,
    samples,
    timeDeltas,
    nodes: [
      {
        id: 1,
        callFrame: { functionName: '(root)', url: '', lineNumber: 0, columnNumber: 0 },
        children: [2],
      },
      {
        id: 2,
        callFrame: { functionName: work, url: 'http://x/assets/index.js', lineNumber: 0, columnNumber: 9 },
      },
    ],
  };
}

describe('findLongTasks', () => {
  const events = [
    threadName,
    other,
    { name: 'navigationStart', ph: 'R', ...main, ts: 0 },
    { name: 'RunTask', ph: 'X', ...main, ts: 10_000, dur: 40_000 },
    { name: 'firstContentfulPaint', ph: 'R', ...main, ts: 60_000 },
    { name: 'RunTask', ph: 'X', ...main, ts: 100_000, dur: 120_000 },
    { name: 'ThreadControllerImpl::RunTask', ph: 'X', ...main, ts: 100_000, dur: 120_000 },
    { name: 'TimerFire', ph: 'X', ...main, ts: 101_000, dur: 118_000 },
    { name: 'FunctionCall', ph: 'X', ...main, ts: 102_000, dur: 100_000 },
    { name: 'RunTask', ph: 'X', ...main, ts: 300_000, dur: 80_000 },
    { name: 'RunTask', ph: 'X', pid: 2, tid: 20, ts: 0, dur: 10_000 },
  ];

  it('lists the page thread’s tasks over the floor, with what ran in them and their functions', () => {
    const tasks = findLongTasks(events, profileOf('warmUp'));
    expect(tasks.map((task) => [task.start, task.duration])).toEqual([
      [100, 120],
      [300, 80],
    ]);
    expect(tasks[0]?.kinds).toEqual(['TimerFire 118 ms']);
    expect(tasks[0]?.topFrames[0]?.label).toBe('warmUp index.js:1:10');
    expect(tasks[0]?.topFrames[0]?.ms).toBeCloseTo(120, -1);
  });

  it('counts what exceeds 50 ms in each task after the first contentful paint', () => {
    const tasks = findLongTasks(events, profileOf('warmUp'), 30);
    expect(tasks).toHaveLength(3);
    expect(tasks[0]?.isAfterFirstPaint).toBe(false);
    expect(blockingTime(tasks)).toBe(70 + 30);
  });

  it('leaves out a task that outlives the profile (the profiler stopping)', () => {
    const tasks = findLongTasks(
      [...events, { name: 'RunTask', ph: 'X', ...main, ts: 390_000, dur: 90_000 }],
      profileOf('work'),
    );
    expect(tasks.at(-1)?.isHarness).toBe(true);
    expect(blockingTime(tasks)).toBe(70 + 30);
  });
});
