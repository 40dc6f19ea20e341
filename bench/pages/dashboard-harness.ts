/**
 * What both dashboard pages (ours, Chart.js) share: the grid, the clock and the long-task observer. A page hands
 * `runDashboard` a function that draws the planned charts and says when each one is drawn; the harness publishes
 * the timings as `window.dashboardResult`, then bench/run.ts reads the heap over CDP, calls
 * `window.dashboardBench.clear()` and reads it again.
 */
import type { DashboardLoad, Library } from './api.js';
import { chartCount, plan, PROXY, type PlannedChart } from './dashboard-plan.js';
import { painted } from './common.js';

// Buffered: the tasks before this module ran (parsing and evaluating the bundle) count too.
const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

/** A long task blocks input for its time over 50 ms (Lighthouse's total blocking time, over the whole load). */
const BLOCKING_FROM_MS = 50;

export interface DashboardPage {
  library: Library;
  /** Draws every chart into `grid`; calls `drawn()` once per chart when it is on screen, or `failed()`. */
  mount(
    grid: HTMLElement,
    charts: readonly PlannedChart[],
    drawn: () => void,
    failed: (why: string) => void,
  ): void;
  /** Removes every chart and empties the page's caches. */
  clear(grid: HTMLElement): void;
  /** Fetches the page's data layer started, when it counts them (our client's `stats.requests`). */
  requests?(): number;
}

export function runDashboard(page: DashboardPage): void {
  const charts = plan(chartCount());
  const grid = document.createElement('div');
  grid.style.cssText =
    'display:grid;grid-template-columns:repeat(3,400px);gap:8px;font:14px system-ui,sans-serif;--braze-chart-height:200px';
  document.body.append(grid);
  const errors: string[] = [];
  let drawn = 0;
  let firstDrawn = Number.NaN;
  let lastDrawn = Number.NaN;
  const scriptStart = performance.now();
  let mounted = Number.NaN;
  const finish = async () => {
    await painted();
    const allDrawn = performance.now();
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith(`${PROXY}/`)) as PerformanceResourceTiming[];
    const durations = longTasks.filter((t) => t.startTime < allDrawn).map((t) => t.duration);
    const result: DashboardLoad = {
      library: page.library,
      charts: charts.length,
      drawn,
      errors,
      scriptStart,
      mounted,
      firstDrawn,
      lastDrawn,
      allDrawn,
      longTasks: {
        count: durations.length,
        maxMs: Math.max(0, ...durations),
        blockingMs: durations.reduce((sum, d) => sum + Math.max(0, d - BLOCKING_FROM_MS), 0),
      },
      resourceEntries: requests.length,
      clientRequests: page.requests?.() ?? requests.length,
      firstRequest: Math.min(...requests.map((entry) => entry.startTime)),
      firstResponse: Math.min(...requests.map((entry) => entry.responseEnd)),
    };
    window.dashboardResult = result;
  };
  const settled = () => {
    const now = performance.now();
    if (Number.isNaN(firstDrawn)) firstDrawn = now;
    lastDrawn = now;
    if (drawn + errors.length === charts.length) void finish();
  };
  window.dashboardBench = { clear: () => page.clear(grid) };
  if (charts.length === 0) {
    void finish();
    return;
  }
  page.mount(
    grid,
    charts,
    () => {
      drawn++;
      settled();
    },
    (why) => {
      errors.push(why);
      settled();
    },
  );
  mounted = performance.now();
}
