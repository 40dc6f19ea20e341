/**
 * `npm run bench`: our elements against Chart.js (and ECharts for single charts) in headless Chromium (Debian's
 * /usr/bin/chromium, never downloaded), in one bounded run. Prints tables, writes bench/results.json, and exits
 * non-zero when a gate fails: the dashboard's requests are not deduplicated, a task of the 60-chart dashboard takes
 * over 50 ms, the heap does not return after removing the elements, a preload is not used. Never part of `npm test`.
 *
 * Sections (method notes in README "Performance"): bundle sizes, render, re-render (resize), the dashboard side by
 * side with Chart.js and its scale (20, 60, 200 charts), memory, cold first chart (throttled network), Lighthouse.
 * Knobs: BENCH_RUNS (render runs per case and library, default 25), BENCH_DASHBOARD_RUNS (loads of the 60-chart
 * dashboard per library, default 5), BENCH_SCALE_RUNS (loads at 0, 20 and 200 charts, default 3), BENCH_COLD_RUNS
 * (default 5), BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_ONLY (comma-separated sections, e.g. `dashboard,cold`),
 * BENCH_PORT (the server's port, default any free one).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { buildPages, measureBundles, type BundleSize, type PageName } from './build.js';
import { COLD_PAGE_NAMES, loadCold, THROTTLE, type ColdRun } from './cold.js';
import { distinctUrls, plan } from './pages/dashboard-plan.js';
import { COLD_URLS, LH_URLS } from './static-pages.js';
import {
  DASHBOARD_LIBRARIES,
  loadDashboard,
  summarize,
  type DashboardLibrary,
  type DashboardRun,
  type DashboardSummary,
} from './dashboard.js';
import { benchLighthouse, medianRun, type LighthouseRun } from './lighthouse.js';
import type { Library, RenderCase, RenderTiming } from './pages/api.js';
import { heapAfterGc, kb, MB, mb, median, percentile, ratio, round, table } from './report.js';
import { startServer, type BenchServer } from './server.js';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const knob = (name: string, fallback: number, min = 1) =>
  Math.max(min, Number(process.env[name] ?? fallback) || fallback);
const RUNS = knob('BENCH_RUNS', 25, 20);
const WARMUP = 3;
const DASHBOARD_RUNS = knob('BENCH_DASHBOARD_RUNS', 5);
const SCALE_RUNS = knob('BENCH_SCALE_RUNS', 3);
const COLD_RUNS = knob('BENCH_COLD_RUNS', 5);
const LIGHTHOUSE_RUNS = knob('BENCH_LIGHTHOUSE_RUNS', 3);
const SECTIONS = ['render', 'dashboard', 'memory', 'cold', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];
const ONLY = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(',')).split(',').map((s) => s.trim()));
const enabled = (section: Section) => ONLY.has(section);
/** The dashboard sizes: the issue's 60, and 20 → 200 for a tenfold scale. */
const DASHBOARD_SIZE = 60;
const SCALE_SIZES = [20, DASHBOARD_SIZE, 200] as const;
const RESIZE_CHARTS = 30;
const RESIZE_WIDTHS = [600, 520, 680, 440, 720, 400, 640, 480, 560, 360] as const;
const MEMORY_ELEMENTS = 1_000;
const MEMORY_BATCH = 100;
/** Gate: heap after removal + GC may exceed the baseline by at most this many bytes and this fraction. */
const HEAP_SLACK_BYTES = 5 * MB;
const HEAP_SLACK_RATIO = 0.2;
/** Gate: what 200 charts leave behind after removal may exceed what 20 leave by at most this much. */
const SCALE_RETAINED_SLACK_BYTES = 1 * MB;
/** Gate: no task of the 60-chart dashboard may take longer than this (ms of main-thread CPU time). */
const LONG_TASK_MS = 50;
/** The whole run is killed after this long (it takes about a third of it on a 2-core machine). */
const DEADLINE_MS = 20 * 60_000;

/** The tests' Chromium flags, plus `gc()` for the memory measures. */
const ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];

const CASES: readonly RenderCase[] = ['daily-line', 'hourly-bars', 'daily-area'];
const LIBRARIES: readonly Library[] = ['ours', 'chartjs', 'echarts'];
const LABEL: Record<DashboardLibrary, string> = { ours: 'braze-charts', chartjs: 'Chart.js' };

async function open(browser: Browser, server: BenchServer, name: PageName): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setCacheEnabled(false);
  page.on('pageerror', (error) => console.error(`[${name}] page error:`, error));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[${name}] console:`, message.text());
  });
  await page.goto(`${server.url}/${name}.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    (key: string) => (window as unknown as Record<string, unknown>)[key] !== undefined,
    {},
    `${name}Bench`,
  );
  return page;
}

async function close(page: Page): Promise<void> {
  await page.browserContext().close();
}

/** Main-thread task time (ms) from the CDP Performance domain. */
async function taskMs(page: Page): Promise<number> {
  const metrics = await page.metrics();
  return (metrics.TaskDuration ?? 0) * 1000;
}

// ---------- render ----------

interface Summary {
  ready: number;
  painted: number;
  paintedP90: number;
}

async function benchRender(browser: Browser, server: BenchServer) {
  const page = await open(browser, server, 'render');
  await page.evaluate(() => window.renderBench?.prepare());
  const one = (library: Library, name: RenderCase) =>
    page.evaluate(
      (l: Library, n: RenderCase) => {
        const api = window.renderBench;
        if (!api) throw new Error('render page not ready');
        return api.run(l, n);
      },
      library,
      name,
    );
  for (let i = 0; i < WARMUP; i++)
    for (const name of CASES) for (const library of LIBRARIES) await one(library, name);
  const warm = await page.evaluate(() => window.renderBench?.stats());
  const samples = new Map<string, RenderTiming[]>();
  for (let i = 0; i < RUNS; i++) {
    for (const name of CASES) {
      // Rotate the order so that no library always runs first (or right after a GC-heavy neighbour).
      for (let j = 0; j < LIBRARIES.length; j++) {
        const library = LIBRARIES[(i + j) % LIBRARIES.length]!;
        const key = `${name}/${library}`;
        samples.set(key, [...(samples.get(key) ?? []), await one(library, name)]);
      }
    }
  }
  const after = await page.evaluate(() => window.renderBench?.stats());
  const summary: Record<string, Summary> = {};
  for (const [key, runs] of samples) {
    const painted = runs.map((r) => r.painted);
    summary[key] = {
      ready: round(median(runs.map((r) => r.ready))),
      painted: round(median(painted)),
      paintedP90: round(percentile(painted, 90)),
    };
  }

  // Re-render: 30 charts, 10 widths, ours vs Chart.js.
  const resize: Record<
    string,
    { settle: number; settleMax: number; frames: number; taskMsPerResize: number }
  > = {};
  for (const library of ['ours', 'chartjs'] as const) {
    await page.evaluate(
      (l: 'ours' | 'chartjs', count: number) => window.renderBench?.mountMany(l, 'daily-line', count, 640),
      library,
      RESIZE_CHARTS,
    );
    const resizeAll = (widths: readonly number[]) =>
      page.evaluate(
        (l: 'ours' | 'chartjs', w: readonly number[]) => {
          const api = window.renderBench;
          if (!api) throw new Error('render page not ready');
          return api.resize(l, w);
        },
        library,
        widths,
      );
    await resizeAll([620, 660, 640]);
    const before = await taskMs(page);
    const timing = await resizeAll(RESIZE_WIDTHS);
    const cpu = (await taskMs(page)) - before;
    resize[library] = {
      settle: round(median(timing.settle)),
      settleMax: round(Math.max(...timing.settle)),
      frames: median(timing.frames),
      taskMsPerResize: round(cpu / RESIZE_WIDTHS.length),
    };
    await page.evaluate(() => window.renderBench?.unmountMany());
  }
  await close(page);
  const fakeMissesDuringTimedRuns = (after?.misses ?? 0) - (warm?.misses ?? 0);
  return { runs: RUNS, summary, resize, fakeMissesDuringTimedRuns };
}

// ---------- dashboard ----------

/**
 * The dashboard at every size, ours and Chart.js alternating load by load (so both see the same machine): an empty
 * page (0 charts: the heap baseline), 20, 60 (the side-by-side case, more loads) and 200 charts.
 */
async function benchDashboard(browser: Browser, server: BenchServer) {
  const runs = new Map<string, DashboardRun[]>();
  for (const charts of [0, ...SCALE_SIZES]) {
    const loads = charts === DASHBOARD_SIZE ? DASHBOARD_RUNS : SCALE_RUNS;
    for (let i = 0; i < loads; i++) {
      for (const library of i % 2 ? [...DASHBOARD_LIBRARIES].reverse() : DASHBOARD_LIBRARIES) {
        const key = `${library}/${charts}`;
        runs.set(key, [...(runs.get(key) ?? []), await loadDashboard(browser, server, library, charts)]);
      }
    }
  }
  const summary: Record<string, DashboardSummary & { heapOverEmptyBytes: number }> = {};
  for (const [key, list] of runs) {
    const s = summarize(list);
    const empty = summarize(runs.get(`${s.library}/0`)!);
    summary[key] = { ...s, heapOverEmptyBytes: s.heapBytes - empty.heapBytes };
  }
  return { runs: Object.fromEntries(runs), summary };
}

type DashboardResults = Awaited<ReturnType<typeof benchDashboard>>;

function reportDashboard({ summary, runs }: DashboardResults): void {
  const at = (library: DashboardLibrary, charts: number) => summary[`${library}/${charts}`]!;
  const ours = at('ours', DASHBOARD_SIZE);
  const theirs = at('chartjs', DASHBOARD_SIZE);
  const requests = (library: DashboardLibrary) =>
    `${median(runs[`${library}/${DASHBOARD_SIZE}`]!.map((r) => r.proxyRequests))} / ${
      runs[`${library}/${DASHBOARD_SIZE}`]![0]!.distinctQueries
    }`;
  const rows: [string, number, number, (v: number) => string][] = [
    ['bundle evaluated (ms since navigation)', ours.scriptStart, theirs.scriptStart, (v) => v.toFixed(0)],
    ['first proxy request sent', ours.firstRequest, theirs.firstRequest, (v) => v.toFixed(0)],
    ['first answer arrived', ours.firstResponse, theirs.firstResponse, (v) => v.toFixed(0)],
    ['first chart drawn (ms since navigation)', ours.firstDrawn, theirs.firstDrawn, (v) => v.toFixed(0)],
    ['all 60 drawn + painted (ms since navigation)', ours.allDrawn, theirs.allDrawn, (v) => v.toFixed(0)],
    ['main-thread CPU, navigation → all drawn (trace) ms', ours.cpuMs, theirs.cpuMs, (v) => v.toFixed(0)],
    ['longest task, CPU (trace, any load) ms', ours.longestCpu, theirs.longestCpu, (v) => v.toFixed(1)],
    ['tasks over 50 ms CPU (all loads)', ours.cpuLongTasks, theirs.cpuLongTasks, String],
    [
      'longest task, wall (longtask observer, any load) ms',
      ours.longestTask,
      theirs.longestTask,
      // The observer reports only tasks over 50 ms.
      (v) => (v ? v.toFixed(0) : 'none > 50'),
    ],
    ['long tasks over 50 ms, wall (all loads)', ours.longTasks, theirs.longTasks, String],
    ['total blocking time, wall (median) ms', ours.blockingMs, theirs.blockingMs, (v) => v.toFixed(0)],
    ['JS heap after GC, all drawn', ours.heapBytes, theirs.heapBytes, mb],
    ['JS heap over the empty page', ours.heapOverEmptyBytes, theirs.heapOverEmptyBytes, mb],
    ['DOM nodes (shadow roots included)', ours.domNodes, theirs.domNodes, String],
  ];
  table(
    `Dashboard: the same ${DASHBOARD_SIZE} charts (20 segment trends, 20 session charts, 20 send breakdowns) from the same proxy JSON, ` +
      `${DASHBOARD_RUNS} fresh loads each (medians)`,
    ['measure', 'braze-charts', 'Chart.js', 'ours / Chart.js'],
    [
      ...rows.map(([label, a, b, format]) => [label, format(a), format(b), ratio(a, b)]),
      ['proxy requests / distinct queries (median)', requests('ours'), requests('chartjs'), ''],
    ],
  );
  const scaleRows: (string | number)[][] = [];
  for (const library of DASHBOARD_LIBRARIES) {
    for (const charts of SCALE_SIZES) {
      const s = at(library, charts);
      const list = runs[`${library}/${charts}`]!;
      scaleRows.push([
        `${LABEL[library]} ${charts}`,
        s.firstDrawn.toFixed(0),
        s.allDrawn.toFixed(0),
        s.cpuMs.toFixed(0),
        (s.cpuMs / charts).toFixed(1),
        mb(s.heapOverEmptyBytes),
        kb(s.heapOverEmptyBytes / charts),
        s.longestCpu.toFixed(1),
        `${median(list.map((r) => r.proxyRequests))} / ${list[0]!.distinctQueries}`,
        mb(s.heapAfterClearBytes),
      ]);
    }
  }
  table(
    `Scale: 20, 60 and 200 charts (medians of ${SCALE_RUNS} loads, ${DASHBOARD_RUNS} at 60; heap after removal: all charts removed, caches emptied, GC)`,
    [
      'library, charts',
      'first ms',
      'all drawn ms',
      'CPU ms',
      'CPU / chart',
      'heap over empty',
      'heap / chart',
      'longest task CPU',
      'requests / distinct',
      'heap after removal',
    ],
    scaleRows,
  );
  const [small, mid, large] = SCALE_SIZES;
  for (const library of DASHBOARD_LIBRARIES) {
    const [a, b, c] = SCALE_SIZES.map((n) => at(library, n));
    /** Cost of each chart added between two sizes. */
    const marginal = (
      pick: (s: DashboardSummary & { heapOverEmptyBytes: number }) => number,
      x = a!,
      y = b!,
    ) => (pick(y) - pick(x)) / (y.charts - x.charts);
    const cpu = [marginal((s) => s.cpuMs), marginal((s) => s.cpuMs, b, c)];
    const heap = [marginal((s) => s.heapOverEmptyBytes), marginal((s) => s.heapOverEmptyBytes, b, c)];
    console.log(
      `${LABEL[library]}: each chart added costs ${cpu[0]!.toFixed(1)} ms CPU and ${kb(heap[0]!)} (${small} → ${mid}), ` +
        `${cpu[1]!.toFixed(1)} ms and ${kb(heap[1]!)} (${mid} → ${large}): ×${ratio(cpu[1]!, cpu[0]!)} and ×${ratio(heap[1]!, heap[0]!)} ` +
        `(1 = linear); ${large} charts cost ${ratio(c!.cpuMs, a!.cpuMs)}× the CPU and ${ratio(c!.heapOverEmptyBytes, a!.heapOverEmptyBytes)}× the heap of ${small}`,
    );
  }
}

function dashboardGates({ summary, runs }: DashboardResults, failures: string[]): void {
  for (const [key, list] of Object.entries(runs)) {
    for (const [i, run] of list.entries()) {
      const counts = [run.proxyRequests, run.resourceEntries, run.clientRequests];
      if (counts.some((n) => n !== run.distinctQueries)) {
        failures.push(
          `dashboard ${key} load ${i + 1}: requests ${counts.join('/')} (proxy/resource timing/client) ≠ ${run.distinctQueries} distinct queries`,
        );
      }
      if (run.drawn !== run.charts || run.errors.length)
        failures.push(
          `dashboard ${key} load ${i + 1}: ${run.drawn}/${run.charts} drawn ${run.errors.join('; ')}`,
        );
      if (key === `ours/${DASHBOARD_SIZE}` && run.tasks.overBudget > 0) {
        failures.push(
          `dashboard ${key} load ${i + 1}: ${run.tasks.overBudget} task(s) over ${LONG_TASK_MS} ms of CPU (longest ${run.tasks.maxCpuMs.toFixed(1)} ms)`,
        );
      }
    }
  }
  for (const charts of SCALE_SIZES) {
    const [ours, theirs] = DASHBOARD_LIBRARIES.map((l) => runs[`${l}/${charts}`]![0]!.proxyUrls.join('\n'));
    if (ours !== theirs)
      failures.push(`dashboard ${charts}: ours and Chart.js asked the proxy for different URLs`);
  }
  const small = summary[`ours/${SCALE_SIZES[0]}`]!;
  const large = summary[`ours/${SCALE_SIZES[2]}`]!;
  if (large.heapAfterClearBytes > small.heapAfterClearBytes + SCALE_RETAINED_SLACK_BYTES) {
    failures.push(
      `dashboard: after removing ${large.charts} charts the heap is ${mb(large.heapAfterClearBytes)}, ` +
        `over ${mb(small.heapAfterClearBytes)} (${small.charts} charts) + ${mb(SCALE_RETAINED_SLACK_BYTES)}`,
    );
  }
}

// ---------- memory ----------

async function benchMemory(browser: Browser, server: BenchServer) {
  const page = await open(browser, server, 'memory');
  const cdp = await page.createCDPSession();
  const heap = () => heapAfterGc(cdp);
  const mount = (count: number) =>
    page.evaluate(
      (n: number, batch: number) => window.memoryBench?.mount(n, batch) ?? Promise.resolve(0),
      count,
      MEMORY_BATCH,
    );
  const unmount = (clear: boolean) => page.evaluate((c: boolean) => window.memoryBench?.unmount(c), clear);
  const liveElements = async () => {
    let live = 0;
    for (const tag of ['braze-segment-trend', 'braze-session-chart', 'braze-send-breakdown']) {
      const prototype = await page.evaluateHandle((t: string) => customElements.get(t)?.prototype ?? {}, tag);
      const instances = await page.queryObjects(prototype);
      live += await instances.evaluate((list: unknown[]) => list.length);
      await instances.dispose();
      await prototype.dispose();
    }
    return live;
  };

  // Warm-up: code, Lit templates, styles and the fake fetch's table are allocated once, before the baseline.
  await mount(60);
  await unmount(true);
  const baseline = await heap();
  const started = performance.now();
  const mounted = await mount(MEMORY_ELEMENTS);
  const mountMs = performance.now() - started;
  const withMounted = await heap();
  await unmount(false);
  await new Promise((resolve) => setTimeout(resolve, 1_200)); // past the bench client's 1 s TTL
  const afterRemoval = await heap();
  // A second full cycle: a leak would grow the heap again; this one ends with client.clear().
  await mount(MEMORY_ELEMENTS);
  await unmount(true);
  const afterSecondCycle = await heap();
  const live = await liveElements();
  await close(page);
  return {
    elements: mounted,
    mountMs: round(mountMs, 0),
    baselineBytes: baseline,
    mountedBytes: withMounted,
    afterRemovalBytes: afterRemoval,
    afterSecondCycleBytes: afterSecondCycle,
    bytesPerElement: Math.round((withMounted - baseline) / MEMORY_ELEMENTS),
    liveElementsAfterRemoval: live,
  };
}

type MemoryResults = Awaited<ReturnType<typeof benchMemory>>;

function memoryLimit(memory: MemoryResults): number {
  return Math.min(memory.baselineBytes + HEAP_SLACK_BYTES, memory.baselineBytes * (1 + HEAP_SLACK_RATIO));
}

function reportMemory(memory: MemoryResults): void {
  table(
    `Memory: ${MEMORY_ELEMENTS} elements mounted in batches of ${MEMORY_BATCH}, removed; GC via CDP`,
    ['measure', 'value'],
    [
      ['baseline heap (after warm-up)', mb(memory.baselineBytes)],
      [`heap with ${memory.elements} mounted`, mb(memory.mountedBytes)],
      ['bytes per mounted element', `${memory.bytesPerElement}`],
      ['mount time of 1,000 elements', `${memory.mountMs} ms`],
      ['heap after removal + TTL + GC', mb(memory.afterRemovalBytes)],
      ['heap after 2nd cycle + clear() + GC', mb(memory.afterSecondCycleBytes)],
      ['element instances alive after removal', `${memory.liveElementsAfterRemoval}`],
    ],
  );
}

function memoryGates(memory: MemoryResults, failures: string[]): void {
  const limit = memoryLimit(memory);
  for (const [label, bytes] of [
    ['after removal', memory.afterRemovalBytes],
    ['after the second cycle', memory.afterSecondCycleBytes],
  ] as const) {
    if (bytes > limit) failures.push(`memory: heap ${label} ${mb(bytes)} > limit ${mb(limit)}`);
  }
  if (memory.liveElementsAfterRemoval > 0) {
    failures.push(`memory: ${memory.liveElementsAfterRemoval} removed elements still alive after GC`);
  }
}

// ---------- cold first chart ----------

async function benchCold(browser: Browser, server: BenchServer) {
  const runs = new Map<string, ColdRun[]>();
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const name of COLD_PAGE_NAMES)
      runs.set(name, [...(runs.get(name) ?? []), await loadCold(browser, server, name)]);
  }
  const summary: Record<string, { drawn: number; painted: number; dataStart: number; scriptsEnd: number }> =
    {};
  for (const [name, list] of runs) {
    const m = (pick: (run: ColdRun) => number) => round(median(list.map(pick)), 0);
    summary[name] = {
      drawn: m((r) => r.drawn),
      painted: m((r) => r.painted),
      dataStart: m((r) => r.dataStart),
      scriptsEnd: m((r) => r.scriptsEnd),
    };
  }
  return { runs: Object.fromEntries(runs), summary };
}

type ColdResults = Awaited<ReturnType<typeof benchCold>>;

const COLD_LABEL: Record<string, string> = {
  'cold-ours': 'braze-charts: element file only',
  'cold-ours-modulepreload': 'braze-charts + modulepreload of shared.js',
  'cold-ours-preload': '… + preload of its two requests',
  'cold-chartjs': 'Chart.js: script, then fetch',
  'cold-chartjs-preload': 'Chart.js + preload of the two requests',
};

function reportCold({ summary }: ColdResults): void {
  const base = summary['cold-chartjs']!;
  table(
    `Cold first chart: one 30-day segment trend, fresh context, ${THROTTLE.latency} ms RTT, ` +
      `${(THROTTLE.downloadThroughput * 8) / 1e6} Mbps down (CDP), median of ${COLD_RUNS} loads; ms since navigation`,
    ['page', 'scripts loaded', 'data request sent', 'chart drawn', 'painted', 'painted / Chart.js'],
    COLD_PAGE_NAMES.map((name) => {
      const s = summary[name]!;
      return [
        COLD_LABEL[name] ?? name,
        s.scriptsEnd,
        s.dataStart,
        s.drawn,
        s.painted,
        ratio(s.painted, base.painted),
      ];
    }),
  );
}

function coldGates({ runs }: ColdResults, failures: string[]): void {
  for (const [name, list] of Object.entries(runs)) {
    for (const [i, run] of list.entries()) {
      if (run.error) failures.push(`cold ${name} load ${i + 1}: ${run.error}`);
      if (run.proxyRequests !== 2)
        failures.push(
          `cold ${name} load ${i + 1}: ${run.proxyRequests} proxy requests for 2 distinct (a preload unused?)`,
        );
    }
  }
}

// ---------- Lighthouse ----------

function reportLighthouse(results: LighthouseRun[][]): void {
  const rows = results.map((list) => {
    const run = medianRun(list);
    const metric = (name: string) => {
      const m = run.metrics[name];
      return m ? `${m.display}${m.cost ? ` (−${m.cost})` : ''}` : '';
    };
    return [
      `${run.page === 'lh-ours' ? 'braze-charts' : 'Chart.js'} ${run.formFactor}`,
      `${run.performance} (${list.map((r) => r.performance).join(', ')})`,
      metric('FCP'),
      metric('LCP'),
      metric('TBT'),
      metric('CLS'),
      metric('SI'),
      `${run.accessibility}${run.accessibilityFailures.length ? ` (${run.accessibilityFailures.join(', ')})` : ''}`,
    ];
  });
  table(
    `Lighthouse 12 (simulated throttling), a page with the three charts; median score of ${LIGHTHOUSE_RUNS} runs ` +
      `(all runs in brackets), that run's metrics with the points each one cost`,
    ['page', 'performance', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', 'accessibility'],
    rows,
  );
}

// ---------- main ----------

function reportBundles(bundles: readonly BundleSize[]): void {
  const ours = bundles.find((b) => b.entry === 'src/index.ts');
  table(
    'Bundle (vite build, minified, es2022, self-contained; gzip level 9)',
    ['bundle', 'min', 'min+gzip', 'full ours / this (gzip)'],
    bundles.map((b) => [
      b.name,
      kb(b.minBytes),
      kb(b.gzipBytes),
      ours ? (ours.gzipBytes / b.gzipBytes).toFixed(2) : '',
    ]),
  );
}

type RenderResults = Awaited<ReturnType<typeof benchRender>>;

function reportRender(render: RenderResults): void {
  const renderRows: (string | number)[][] = [];
  for (const name of CASES) {
    const mine = render.summary[`${name}/ours`];
    for (const library of LIBRARIES) {
      const s = render.summary[`${name}/${library}`];
      if (!s || !mine) continue;
      renderRows.push([
        `${name} ${library}`,
        s.ready.toFixed(1),
        s.painted.toFixed(1),
        s.paintedP90.toFixed(1),
        library === 'ours' ? '' : (mine.ready / s.ready).toFixed(2),
        library === 'ours' ? '' : (mine.painted / s.painted).toFixed(2),
      ]);
    }
  }
  table(
    `Render, 640×240, median of ${RUNS} runs (ms)`,
    ['case / library', 'ready', 'painted', 'painted p90', 'ours/this ready', 'ours/this painted'],
    renderRows,
  );
  table(
    `Re-render: ${RESIZE_CHARTS} charts (daily-line) through ${RESIZE_WIDTHS.length} widths`,
    ['library', 'settle median ms', 'settle max ms', 'frames', 'main-thread ms / resize'],
    Object.entries(render.resize).map(([library, r]) => [
      library,
      r.settle.toFixed(1),
      r.settleMax.toFixed(1),
      r.frames,
      r.taskMsPerResize.toFixed(1),
    ]),
  );
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  const loadBefore = load();
  console.log('Measuring bundles (vite build, minify, es2022, gzip -9)…');
  const bundles: BundleSize[] = await measureBundles();
  console.log('Building bench pages and the CDN files…');
  // A temp dir, so that neither git nor the linters see the bundled pages.
  const out = await mkdtemp(join(tmpdir(), 'braze-bench-pages-'));
  await buildPages(out);
  const server = await startServer(out, Number(process.env.BENCH_PORT ?? 0));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    protocolTimeout: 120_000,
  });
  const failures: string[] = [];
  try {
    // Every answer the pages ask for, in the proxy's cache before the first timed load.
    await server.warm([
      ...distinctUrls(plan(Math.max(...SCALE_SIZES))),
      ...COLD_URLS,
      ...Object.values(LH_URLS),
    ]);
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      chromium: await browser.version(),
      platform: `${process.platform} ${process.arch}`,
      loadAverageBefore: loadBefore,
    };
    console.log(
      `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}, load average ${loadBefore}`,
    );
    let render: RenderResults | undefined;
    let dashboard: DashboardResults | undefined;
    let memory: MemoryResults | undefined;
    let cold: ColdResults | undefined;
    let lighthouse: LighthouseRun[][] | undefined;
    if (enabled('render')) {
      console.log(`Render: ${RUNS} runs per case and library…`);
      render = await benchRender(browser, server);
    }
    if (enabled('dashboard')) {
      console.log(
        `Dashboard: 0/20/60/200 charts, ours and Chart.js, ${SCALE_RUNS}/${SCALE_RUNS}/${DASHBOARD_RUNS}/${SCALE_RUNS} loads each…`,
      );
      dashboard = await benchDashboard(browser, server);
    }
    if (enabled('memory')) {
      console.log(`Memory: ${MEMORY_ELEMENTS} elements, twice…`);
      memory = await benchMemory(browser, server);
    }
    if (enabled('cold')) {
      console.log(`Cold first chart: ${COLD_PAGE_NAMES.length} pages × ${COLD_RUNS} throttled loads…`);
      cold = await benchCold(browser, server);
    }
    if (enabled('lighthouse')) {
      console.log(`Lighthouse: 2 pages × mobile/desktop × ${LIGHTHOUSE_RUNS}…`);
      lighthouse = await benchLighthouse(server, LIGHTHOUSE_RUNS);
    }
    const loadAfter = load();

    // ---- report and gates ----
    reportBundles(bundles);
    if (render) {
      reportRender(render);
      if (render.fakeMissesDuringTimedRuns !== 0)
        failures.push(`render: ${render.fakeMissesDuringTimedRuns} timed runs went to the network`);
    }
    if (dashboard) {
      reportDashboard(dashboard);
      dashboardGates(dashboard, failures);
    }
    if (memory) {
      reportMemory(memory);
      memoryGates(memory, failures);
    }
    if (cold) {
      reportCold(cold);
      coldGates(cold, failures);
    }
    if (lighthouse) reportLighthouse(lighthouse);
    console.log(`\nLoad average (1/5/15 min) before: ${loadBefore}, after: ${loadAfter} (2 cores).`);

    const results = {
      date: new Date().toISOString(),
      durationS: round((performance.now() - t0) / 1000, 1),
      machine: { ...machine, loadAverageAfter: loadAfter },
      bundles,
      render,
      dashboard: dashboard && {
        summary: dashboard.summary,
        // URLs are long and the same in every load: keep them once per size.
        runs: Object.fromEntries(
          Object.entries(dashboard.runs).map(([key, list]) => [
            key,
            list.map(({ proxyUrls, ...run }, i) => (i === 0 ? { ...run, proxyUrls } : run)),
          ]),
        ),
      },
      memory: memory && { ...memory, limitBytes: Math.round(memoryLimit(memory)) },
      cold,
      lighthouse,
      failures,
    };
    await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Wrote ${RESULTS} in ${results.durationS} s.`);
  } finally {
    await browser.close();
    await server.close();
    await rm(out, { recursive: true, force: true });
  }
  for (const failure of failures) console.error(`FAIL ${failure}`);
  return failures.length ? 1 : 0;
}

const deadline = setTimeout(() => {
  console.error(`bench: gave up after ${DEADLINE_MS / 1000} s`);
  process.exit(2);
}, DEADLINE_MS);
deadline.unref();

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
