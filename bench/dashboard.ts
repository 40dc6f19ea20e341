/**
 * Dashboard section of `npm run bench`: the same charts drawn by our elements and by Chart.js (bench/pages/
 * dashboard*.ts), at several sizes, each load in a fresh browser context without HTTP cache. Per load: the page's
 * own timings and long tasks, the requests that reached the proxy, the JS heap after GC with every chart drawn and
 * again after removing them all (and emptying the caches), and the DOM node count.
 */
import type { Browser } from 'puppeteer-core';
import type { DashboardLoad, Library } from './pages/api.js';
import { distinctUrls, plan } from './pages/dashboard-plan.js';
import { heapAfterGc, median, round } from './report.js';
import type { BenchServer } from './server.js';
import { startTasks, stopTasks, type TaskTimes } from './tasks.js';

export type DashboardLibrary = Extract<Library, 'ours' | 'chartjs'>;
export const DASHBOARD_LIBRARIES: readonly DashboardLibrary[] = ['ours', 'chartjs'];

export interface DashboardRun extends DashboardLoad {
  distinctQueries: number;
  proxyRequests: number;
  /** The distinct proxy URLs, sorted (both libraries must ask for the same). */
  proxyUrls: string[];
  heapBytes: number;
  heapAfterClearBytes: number;
  domNodes: number;
  /** The load's main-thread tasks from the trace (CPU and wall time). */
  tasks: TaskTimes;
}

const PAGE: Record<DashboardLibrary, string> = { ours: 'dashboard', chartjs: 'dashboard-chartjs' };

/** One fresh load of the dashboard of `charts` charts drawn by `library`. */
export async function loadDashboard(
  browser: Browser,
  server: BenchServer,
  library: DashboardLibrary,
  charts: number,
): Promise<DashboardRun> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setCacheEnabled(false);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
    const cdp = await page.createCDPSession();
    server.resetCount();
    const url = `${server.url}/${PAGE[library]}.html?n=${charts}`;
    await startTasks(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.dashboardResult !== undefined, { timeout: 90_000 });
    const result = (await page.evaluate(() => window.dashboardResult))!;
    const tasks = await stopTasks(page, url, result.allDrawn);
    const proxyUrls = server.proxyUrls();
    const heapBytes = await heapAfterGc(cdp);
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    await page.evaluate(async () => {
      window.dashboardBench?.clear();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const heapAfterClearBytes = await heapAfterGc(cdp);
    return {
      ...result,
      errors: [...result.errors, ...errors],
      distinctQueries: distinctUrls(plan(charts)).length,
      proxyRequests: proxyUrls.length,
      proxyUrls: [...new Set(proxyUrls)].sort(),
      heapBytes,
      heapAfterClearBytes,
      domNodes: nodes,
      tasks,
    };
  } finally {
    await context.close();
  }
}

/** Medians (and worst cases) over the loads of one library and size. */
export interface DashboardSummary {
  library: DashboardLibrary;
  charts: number;
  loads: number;
  scriptStart: number;
  firstDrawn: number;
  allDrawn: number;
  /** The longest task of any load. */
  longestTask: number;
  /** Long tasks over all loads. */
  longTasks: number;
  /** Median total blocking time. */
  blockingMs: number;
  /** The longest task's CPU time in any load (trace). */
  longestCpu: number;
  /** Tasks over 50 ms of CPU time, all loads. */
  cpuLongTasks: number;
  /** Median main-thread CPU time from navigation to all drawn (trace). */
  cpuMs: number;
  firstRequest: number;
  firstResponse: number;
  heapBytes: number;
  heapAfterClearBytes: number;
  domNodes: number;
}

export function summarize(runs: readonly DashboardRun[]): DashboardSummary {
  const first = runs[0]!;
  // NaN (no chart to draw) comes back from the page as null.
  const m = (pick: (run: DashboardRun) => number, digits = 1) =>
    round(median(runs.map((run) => pick(run) ?? Number.NaN)), digits);
  return {
    library: first.library as DashboardLibrary,
    charts: first.charts,
    loads: runs.length,
    scriptStart: m((r) => r.scriptStart),
    firstDrawn: m((r) => r.firstDrawn),
    allDrawn: m((r) => r.allDrawn),
    longestTask: round(Math.max(...runs.map((r) => r.longTasks.maxMs)), 1),
    longTasks: runs.reduce((sum, r) => sum + r.longTasks.count, 0),
    blockingMs: m((r) => r.longTasks.blockingMs),
    longestCpu: round(Math.max(...runs.map((r) => r.tasks.maxCpuMs)), 1),
    cpuLongTasks: runs.reduce((sum, r) => sum + r.tasks.overBudget, 0),
    cpuMs: m((r) => r.tasks.cpuMs, 0),
    firstRequest: m((r) => r.firstRequest),
    firstResponse: m((r) => r.firstResponse),
    heapBytes: m((r) => r.heapBytes, 0),
    heapAfterClearBytes: m((r) => r.heapAfterClearBytes, 0),
    domNodes: m((r) => r.domNodes, 0),
  };
}
