/**
 * Render scheduling shared by every chart on the page, so that a dashboard never holds the main thread for long.
 * Updates run at once while the current task has spent less than {@link BUDGET_MS} on them; the rest wait for the
 * next task (a `MessageChannel` message: not throttled like timers, and input and paint get their turn between
 * tasks). The first chart is never delayed: an update that finds the budget unspent runs right away, as Lit would.
 * Waiting work goes in this order: starting requests (cheap, and the network then works while we draw), then
 * updates that draw data, then the rest (loading views).
 */

/** The most main-thread time (ms) chart updates may take in one task before the rest yield to the next task. */
export const BUDGET_MS = 12;

/** One element's pending update. */
export interface UpdateJob {
  /** Starts what the update will need (its requests); cheap, and run before any waiting update. */
  start(): void;
  /** The update itself. */
  run(): void;
  /** True when the update has data (or an error) to show. */
  urgent(): boolean;
}

interface Waiting {
  job: UpdateJob;
  started: boolean;
  resolve(): void;
  reject(error: unknown): void;
}

const queue: Waiting[] = [];
/**
 * When the current task started running updates (-1: none since the last yield). The task evaluating this library
 * (often with the page's other modules, and upgrading the elements already in the page) has no budget at all.
 */
let sliceStart = Number.NEGATIVE_INFINITY;
let posted = false;
let channel: MessageChannel | undefined;
/** Whether the task loading ICU's data was posted (see drain). */
let warmed = false;

/** Ends the slice with this task: the next message starts a new one (and runs what waits). */
function post(): void {
  if (posted) return;
  posted = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = drain;
  }
  channel.port2.postMessage(null);
}

function spent(): boolean {
  const now = performance.now();
  if (sliceStart === -1) sliceStart = now;
  return now - sliceStart >= BUDGET_MS;
}

function next(): Waiting | undefined {
  return (
    queue.find((w) => !w.started) ??
    queue.splice(
      Math.max(
        0,
        queue.findIndex((w) => w.job.urgent()),
      ),
      1,
    )[0]
  );
}

function drain(event: MessageEvent): void {
  // The page's first Intl object loads ICU's data (20–40 ms on a slow machine): in a task of its own after the first
  // requests started (the network works meanwhile), rather than in the first chart drawn from an answer.
  if (event.data) return void new Intl.NumberFormat();
  posted = false;
  sliceStart = -1;
  let waiting: Waiting | undefined;
  while (queue.length && !spent() && (waiting = next())) {
    const { job } = waiting;
    try {
      if (!waiting.started) {
        waiting.started = true;
        job.start();
      } else {
        job.run();
        waiting.resolve();
      }
    } catch (error) {
      const index = queue.indexOf(waiting);
      if (index >= 0) queue.splice(index, 1);
      waiting.reject(error);
    }
  }
  sliceStart = -1;
  if (!warmed) channel!.port2.postMessage((warmed = true));
  if (queue.length) post();
}

/**
 * Counts element work done outside updates (constructing and connecting: a page's 60 elements upgrade in one task)
 * toward this task's budget, so that their first updates wait for the next task when it is spent.
 */
export function touch(): void {
  if (sliceStart === -1) later();
  spent();
}

/** Ends this task's slice with a later task even when no drain comes (a timer callback begins a task of its own). */
function later(): void {
  setTimeout(() => (sliceStart = -1));
}

/**
 * Runs `job` now when this task still has budget and nothing waits; otherwise queues it (starting its requests
 * now if the budget allows) and returns a promise that settles once it ran — Lit's `scheduleUpdate` awaits it.
 */
export function schedule(job: UpdateJob): Promise<void> | undefined {
  const free = !spent();
  post();
  if (free) job.start();
  if (free && !queue.length) {
    job.run();
    return undefined;
  }
  return new Promise<void>((resolve, reject) => {
    queue.push({ job, started: free, resolve, reject });
  });
}

later();
