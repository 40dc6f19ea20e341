/**
 * Main-thread tasks of a page load from a Chromium trace (categories `toplevel` and `blink.user_timing`: light
 * enough not to change what is measured). Each task has its wall time (`dur`, what `PerformanceObserver('longtask')`
 * sees) and its thread CPU time (`tdur`). On this shared 2-core VM a task's wall time also counts the time other
 * processes held the core; its CPU time is the page's own work, so the long-task gate reads CPU time.
 */
import type { Page } from 'puppeteer-core';

const CATEGORIES = ['toplevel', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

export interface TaskTimes {
  /** Tasks of the page's main thread from navigation start to `untilMs` (ms since it). */
  count: number;
  /** The longest task's CPU time (ms). */
  maxCpuMs: number;
  /** Tasks whose CPU time exceeds 50 ms. */
  overBudget: number;
  /** The CPU time of all those tasks (ms): the page's main-thread work. */
  cpuMs: number;
  /** Σ (CPU time − 50 ms) over the tasks longer than that: total blocking time by CPU time. */
  cpuBlockingMs: number;
  /** The longest task's wall time (ms), as the trace saw it. */
  maxWallMs: number;
}

export async function startTasks(page: Page): Promise<void> {
  await page.tracing.start({ categories: CATEGORIES });
}

const RUN_TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Blink runs the microtasks a task queued right after the task's own trace event: they belong to that task. */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';

interface Task {
  start: number;
  end: number;
  cpu: number;
}

/** The page's tasks: outermost RunTask events, each with the microtask checkpoint that follows it. */
function tasksOf(events: readonly TraceEvent[]): Task[] {
  const top = events
    .filter((e) => e.ph === 'X' && (RUN_TASK.has(e.name) || e.name === CHECKPOINT))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = [];
  let last: Task | undefined;
  let lastIsRun = false;
  for (const e of top) {
    const end = e.ts + (e.dur ?? 0);
    // Thread time when the trace has it (a missing one counts as wall time: never less than the truth).
    const cpu = e.tdur ?? e.dur ?? 0;
    if (last && end <= last.end) continue; // nested in the current task
    if (last && lastIsRun && e.name === CHECKPOINT && e.ts - last.end < 1000) {
      last.end = end;
      last.cpu += cpu;
      lastIsRun = false;
      continue;
    }
    last = { start: e.ts, end, cpu };
    lastIsRun = RUN_TASK.has(e.name);
    tasks.push(last);
  }
  return tasks;
}

/** Stops the trace and measures the tasks of the page whose URL starts with `url`, up to `untilMs`. */
export async function stopTasks(page: Page, url: string, untilMs: number): Promise<TaskTimes> {
  const buffer = await page.tracing.stop();
  const events = (
    JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    }
  ).traceEvents;
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(url),
  );
  if (!navigation) throw new Error(`trace: no navigationStart for ${url}`);
  const from = navigation.ts;
  const until = from + untilMs * 1000;
  const tasks = tasksOf(
    events.filter((e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ts >= from),
  ).filter((t) => t.start <= until);
  const cpu = tasks.map((t) => t.cpu / 1000);
  return {
    count: tasks.length,
    maxCpuMs: Math.max(0, ...cpu),
    overBudget: cpu.filter((ms) => ms > 50).length,
    cpuMs: cpu.reduce((sum, ms) => sum + ms, 0),
    cpuBlockingMs: cpu.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
    maxWallMs: Math.max(0, ...tasks.map((t) => (t.end - t.start) / 1000)),
  };
}
