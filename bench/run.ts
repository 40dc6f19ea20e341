/**
 * `npm run bench`: our elements against Chart.js and ECharts in headless Chromium (Debian's /usr/bin/chromium,
 * never downloaded), in one bounded run. Prints a table, writes bench/results.json, and exits non-zero when the
 * dashboard's requests are not deduplicated or the heap does not return to its baseline. Never part of `npm test`.
 *
 * Sections (method notes in README "Performance"): bundle sizes, render, re-render (resize), dashboard scale,
 * memory. Knobs: BENCH_RUNS (render runs per case and library, default 25), BENCH_DASHBOARD_RUNS (default 5).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { buildPages, measureBundles, type BundleSize, type PageName } from './build.js';
import type { DashboardResult, Library, RenderCase, RenderTiming } from './pages/api.js';
import { startServer, type BenchServer } from './server.js';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const RUNS = Math.max(20, Number(process.env.BENCH_RUNS ?? 25));
const WARMUP = 3;
const DASHBOARD_RUNS = Math.max(1, Number(process.env.BENCH_DASHBOARD_RUNS ?? 5));
const RESIZE_CHARTS = 30;
const RESIZE_WIDTHS = [600, 520, 680, 440, 720, 400, 640, 480, 560, 360] as const;
const MEMORY_ELEMENTS = 1_000;
const MEMORY_BATCH = 100;
const MB = 1024 * 1024;
/** Gate: heap after removal + GC may exceed the baseline by at most this many bytes and this fraction. */
const HEAP_SLACK_BYTES = 5 * MB;
const HEAP_SLACK_RATIO = 0.2;
/** The whole run is killed after this long (it takes well under half of it on a 2-core machine). */
const DEADLINE_MS = 8 * 60_000;

/** The tests' Chromium flags, plus `gc()` for the memory measures. */
const ARGS = [...CHROMIUM_ARGS, '--js-flags=--expose-gc'];

const CASES: readonly RenderCase[] = ['daily-line', 'hourly-bars', 'daily-area'];
const LIBRARIES: readonly Library[] = ['ours', 'chartjs', 'echarts'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function table(
  title: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): void {
  const cells = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(cells[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of cells.slice(1)) console.log(line(row));
}

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

async function benchDashboard(browser: Browser, server: BenchServer) {
  const runs: (DashboardResult & { proxyRequests: number })[] = [];
  for (let i = 0; i < DASHBOARD_RUNS; i++) {
    server.resetCount();
    const page = await open(browser, server, 'dashboard');
    const result = await page.evaluate(() => {
      const api = window.dashboardBench;
      if (!api) throw new Error('dashboard page not ready');
      return api.run();
    });
    runs.push({ ...result, proxyRequests: server.proxyRequests() });
    await close(page);
  }
  return runs;
}

// ---------- memory ----------

async function benchMemory(browser: Browser, server: BenchServer) {
  const page = await open(browser, server, 'memory');
  const cdp = await page.createCDPSession();
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
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

// ---------- main ----------

async function main(): Promise<number> {
  const t0 = performance.now();
  console.log('Measuring bundles (vite build, minify, es2022, gzip -9)…');
  const bundles: BundleSize[] = await measureBundles();
  console.log('Building bench pages…');
  // A temp dir, so that neither git nor the linters see the bundled pages.
  const out = await mkdtemp(join(tmpdir(), 'braze-bench-pages-'));
  await buildPages(out);
  const server = await startServer(out);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    protocolTimeout: 120_000,
  });
  const failures: string[] = [];
  try {
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      chromium: await browser.version(),
      platform: `${process.platform} ${process.arch}`,
    };
    console.log(
      `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`,
    );
    console.log(`Render: ${RUNS} runs per case and library…`);
    const render = await benchRender(browser, server);
    console.log(`Dashboard: ${DASHBOARD_RUNS} page loads…`);
    const dashboard = await benchDashboard(browser, server);
    console.log(`Memory: ${MEMORY_ELEMENTS} elements, twice…`);
    const memory = await benchMemory(browser, server);

    // ---- report ----
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
    table(
      `Dashboard: 60 elements, mock proxy over HTTP, ${DASHBOARD_RUNS} fresh page loads`,
      [
        'load',
        'distinct queries',
        'proxy reqs',
        'client.stats.requests',
        'resource entries',
        'deduped',
        'all rendered ms',
        'since nav ms',
        'long tasks',
        'long task ms',
      ],
      dashboard.map((d, i) => [
        String(i + 1),
        d.distinctQueries,
        d.proxyRequests,
        d.clientRequests,
        d.resourceEntries,
        d.clientDeduped,
        d.allRendered.toFixed(0),
        d.sinceNavigation.toFixed(0),
        d.longTasks.count,
        d.longTasks.totalMs.toFixed(0),
      ]),
    );
    table(
      `Memory: ${MEMORY_ELEMENTS} elements mounted in batches of ${MEMORY_BATCH}, removed; GC via CDP`,
      ['measure', 'value'],
      [
        ['baseline heap (after warm-up)', `${(memory.baselineBytes / MB).toFixed(2)} MB`],
        [`heap with ${memory.elements} mounted`, `${(memory.mountedBytes / MB).toFixed(2)} MB`],
        ['bytes per mounted element', `${memory.bytesPerElement}`],
        ['mount time of 1,000 elements', `${memory.mountMs} ms`],
        ['heap after removal + TTL + GC', `${(memory.afterRemovalBytes / MB).toFixed(2)} MB`],
        ['heap after 2nd cycle + clear() + GC', `${(memory.afterSecondCycleBytes / MB).toFixed(2)} MB`],
        ['element instances alive after removal', `${memory.liveElementsAfterRemoval}`],
      ],
    );

    // ---- gates ----
    for (const [i, d] of dashboard.entries()) {
      const counts = [d.proxyRequests, d.clientRequests, d.resourceEntries];
      if (counts.some((n) => n !== d.distinctQueries)) {
        failures.push(
          `dashboard load ${i + 1}: requests ${counts.join('/')} (proxy/client/resource) ≠ ${d.distinctQueries} distinct queries`,
        );
      }
      if (d.loaded !== d.elements)
        failures.push(`dashboard load ${i + 1}: ${d.loaded}/${d.elements} loaded ${d.errors.join('; ')}`);
    }
    if (render.fakeMissesDuringTimedRuns !== 0) {
      failures.push(`render: ${render.fakeMissesDuringTimedRuns} timed runs went to the network`);
    }
    const limit = Math.min(
      memory.baselineBytes + HEAP_SLACK_BYTES,
      memory.baselineBytes * (1 + HEAP_SLACK_RATIO),
    );
    for (const [label, bytes] of [
      ['after removal', memory.afterRemovalBytes],
      ['after the second cycle', memory.afterSecondCycleBytes],
    ] as const) {
      if (bytes > limit) {
        failures.push(
          `memory: heap ${label} ${(bytes / MB).toFixed(2)} MB > limit ${(limit / MB).toFixed(2)} MB`,
        );
      }
    }
    if (memory.liveElementsAfterRemoval > 0) {
      failures.push(`memory: ${memory.liveElementsAfterRemoval} removed elements still alive after GC`);
    }

    const results = {
      date: new Date().toISOString(),
      durationS: round((performance.now() - t0) / 1000, 1),
      machine,
      bundles,
      render,
      dashboard,
      memory: { ...memory, limitBytes: Math.round(limit) },
      failures,
    };
    await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWrote ${RESULTS} in ${results.durationS} s.`);
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
