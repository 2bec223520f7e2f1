/**
 * The long tasks of a page load, from a Chromium trace of it and the CPU profile recorded beside
 * it: Lighthouse's total blocking time counts, per task after the first contentful paint, what
 * exceeds 50 ms; this lists those tasks and what ran in each, so that a change can aim at the
 * shape of the main thread's work (one long task against the same work in short ones).
 */

/** Categories a trace needs for the tasks, their contents and the first contentful paint. */
export const longTaskTraceCategories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'loading',
  'blink.user_timing',
];

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string } };
};

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
export type CpuProfile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
};

export type LongTask = {
  /** Milliseconds since the document's navigation started. */
  start: number;
  duration: number;
  isAfterFirstPaint: boolean;
  /** What the task ran, from the trace: "TimerFire", "EvaluateScript index-….js", … */
  kinds: string[];
  /** The functions that took the task's time (self time in the CPU profile's samples). */
  topFrames: Array<{ label: string; ms: number }>;
  /** Playwright's own script (the harness looking at the page), not the page's work. */
  isHarness: boolean;
};

function frameLabel(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url ? url.replace(/.*\//, '') : '(native)';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

/** The renderer thread that ran the page: the main thread with the most task time. */
function pageMainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const mainThreads = events
    .filter(
      (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
    )
    .map((event) => `${event.pid}:${event.tid}`);
  const busy = new Map<string, number>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.name === 'RunTask' && mainThreads.includes(key))
      busy.set(key, (busy.get(key) ?? 0) + (event.dur ?? 0));
  }
  const [key] = [...busy.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!key) return undefined;
  const [pid, tid] = key.split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** The scheduler's own events around a task's work (they name no work). */
function isSchedulerWrapper(name: string): boolean {
  return name === 'RunTask' || name.startsWith('ThreadController') || name.startsWith('BlinkScheduler');
}

function describe(event: TraceEvent): string {
  const data = event.args?.data;
  const file = data?.url ? ` ${data.url.replace(/.*\//, '').replace(/\?.*/, '')}` : '';
  const fn = data?.functionName ? ` ${data.functionName}` : '';
  return `${event.name}${file}${fn}`;
}

/** Every main-thread task of `minimum` ms or more, with what ran in it. */
export function findLongTasks(traceEvents: TraceEvent[], profile: CpuProfile, minimum = 50): LongTask[] {
  const thread = pageMainThread(traceEvents);
  if (!thread) return [];
  const onThread = traceEvents.filter((event) => event.pid === thread.pid && event.tid === thread.tid);
  const navigationStart =
    traceEvents.find((event) => event.name === 'navigationStart' && event.pid === thread.pid)?.ts ??
    Math.min(...onThread.map((event) => event.ts));
  const firstPaint = traceEvents.find(
    (event) => event.name === 'firstContentfulPaint' && event.pid === thread.pid,
  )?.ts;
  const tasks = onThread.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) >= minimum * 1000);

  // The profile's sample times, on the same clock as the trace's.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const sampleTimes: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) {
    time += delta;
    sampleTimes.push(time);
  }

  const profileEnd = sampleTimes.at(-1) ?? Number.POSITIVE_INFINITY;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onThread.filter(
      (event) =>
        event.ph === 'X' &&
        !isSchedulerWrapper(event.name) &&
        event.ts >= task.ts &&
        event.ts < end &&
        (event.dur ?? 0) >= 2000,
    );
    // The task's outermost events only (an event inside another of the list is its detail).
    const outermost = inside.filter(
      (event) =>
        !inside.some(
          (other) =>
            other !== event &&
            other.ts <= event.ts &&
            other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0) &&
            (other.dur ?? 0) > (event.dur ?? 0),
        ),
    );
    const kinds = outermost.map((event) => `${describe(event)} ${((event.dur ?? 0) / 1000).toFixed(0)} ms`);
    const self = new Map<string, number>();
    profile.samples.forEach((id, index) => {
      const at = sampleTimes[index] ?? 0;
      if (at < task.ts || at >= end) return;
      const node = byId.get(id);
      if (!node || node.callFrame.functionName === '(idle)') return;
      const label = frameLabel(node);
      self.set(label, (self.get(label) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
    });
    const topFrames = [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([label, ms]) => ({ label, ms }));
    return {
      start: (task.ts - navigationStart) / 1000,
      duration: (task.dur ?? 0) / 1000,
      isAfterFirstPaint: firstPaint === undefined || task.ts >= firstPaint,
      kinds,
      topFrames,
      // Playwright's own script, or the profiler stopping once the page was drawn.
      isHarness:
        [...self.keys()].some((label) => /^(UtilityScript|InjectedScript) /.test(label)) || end > profileEnd,
    };
  });
}

/** The blocking time the tasks add up to: over 50 ms, after the first contentful paint. */
export function blockingTime(tasks: LongTask[]): number {
  return tasks
    .filter((task) => task.isAfterFirstPaint && !task.isHarness)
    .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}

export function formatLongTasks(tasks: LongTask[]): string {
  const lines = tasks.map((task) => {
    const head = `${task.start.toFixed(0).padStart(6)} ms  ${task.duration.toFixed(0).padStart(4)} ms${task.isAfterFirstPaint ? '' : ' (before FCP)'}${task.isHarness ? ' (harness)' : ''}  ${task.kinds.join(' | ')}`;
    const frames = task.topFrames.map(
      (frame) => `${' '.repeat(16)}${frame.ms.toFixed(0).padStart(4)} ms  ${frame.label}`,
    );
    return [head, ...frames].join('\n');
  });
  return `--- long tasks (${tasks.length}, blocking ${blockingTime(tasks).toFixed(0)} ms after FCP)\n${lines.join('\n')}`;
}
