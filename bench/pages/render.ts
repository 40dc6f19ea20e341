/**
 * Render and re-render page: our elements, Chart.js and ECharts draw the same data at the same size in the same
 * page session. Driven by bench/run.ts through `window.renderBench`.
 */
import Chart from 'chart.js/auto';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
// The define files, as a page would import them (braze-charts/segment-trend …).
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import { configureClient } from '../../src/public-api.js';
import type { BrazeChartElement } from '../../src/public-api.js';
import type { Library, RenderBenchApi, RenderCase, RenderTiming, ResizeTiming } from './api.js';
import { createFakeFetch, gc, loaded, painted, withTimeout } from './common.js';

echarts.use([LineChart, BarChart, GridComponent, SVGRenderer]);

const PROXY = '/api/braze';
const WIDTH = 640;
const HEIGHT = 240;
const fake = createFakeFetch();
// ttlMs 0: every run goes through the (fake) fetch, JSON parsing and validation, as a first load does.
const client = configureClient(PROXY, { fetch: fake.fetch, ttlMs: 0, retries: 0 });

interface CaseSpec {
  tag: 'braze-session-chart' | 'braze-segment-trend';
  attributes: Record<string, string>;
  /** The request whose answer Chart.js and ECharts draw. */
  dataUrl: string;
  kind: 'line' | 'bar' | 'area';
  value: 'sessions' | 'size';
}

const CASES: Record<RenderCase, CaseSpec> = {
  'daily-line': {
    tag: 'braze-session-chart',
    attributes: { unit: 'day', length: '100', 'ending-at': '2024-05-31', variant: 'line' },
    dataUrl: `${PROXY}/sessions/data_series?length=100&unit=day&ending_at=2024-05-31`,
    kind: 'line',
    value: 'sessions',
  },
  'hourly-bars': {
    tag: 'braze-session-chart',
    attributes: {
      unit: 'hour',
      length: '100',
      'ending-at': '2024-05-31T23:00:00Z',
      variant: 'bars',
      'time-zone': 'UTC',
    },
    dataUrl: `${PROXY}/sessions/data_series?length=100&unit=hour&ending_at=2024-05-31T23:00:00Z`,
    kind: 'bar',
    value: 'sessions',
  },
  'daily-area': {
    tag: 'braze-segment-trend',
    attributes: { 'segment-id': 'seg_all_users', length: '100', 'ending-at': '2024-05-31' },
    dataUrl: `${PROXY}/segments/data_series?segment_id=seg_all_users&length=100&ending_at=2024-05-31`,
    kind: 'area',
    value: 'size',
  },
};

interface Series {
  labels: string[];
  values: number[];
}
const series = new Map<RenderCase, Series>();

const stage = document.createElement('div');
stage.style.cssText = `width:${WIDTH}px;font:14px system-ui,sans-serif;--braze-chart-height:${HEIGHT}px`;
document.body.append(stage);

function box(width: number): HTMLDivElement {
  const div = document.createElement('div');
  div.style.cssText = `position:relative;width:${width}px;height:${HEIGHT}px`;
  return div;
}

function ourElement(spec: CaseSpec): BrazeChartElement {
  const el = document.createElement(spec.tag);
  el.setAttribute('proxy-url', PROXY);
  for (const [name, value] of Object.entries(spec.attributes)) el.setAttribute(name, value);
  return el;
}

function svgOf(el: BrazeChartElement): SVGSVGElement | null {
  return el.renderRoot.querySelector('svg[part="svg"]');
}

/** Resolves when `el` has its chart svg (after braze-load and the element's update). */
async function drawn(el: BrazeChartElement, load: Promise<void>): Promise<void> {
  await load;
  await el.updateComplete;
  while (!svgOf(el)) {
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!svgOf(el)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(el.renderRoot, { childList: true, subtree: true });
    });
    await el.updateComplete;
  }
}

interface Rendered {
  width(): number;
  destroy(): void;
}

function chartjsConfig(spec: CaseSpec, data: Series, onRender?: () => void) {
  return {
    type: spec.kind === 'bar' ? ('bar' as const) : ('line' as const),
    data: {
      labels: data.labels,
      datasets: [
        {
          label: spec.value,
          data: data.values,
          fill: spec.kind === 'area',
          pointRadius: 0,
          borderWidth: 2,
        },
      ],
    },
    options: {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
    },
    plugins: onRender ? [{ id: 'bench-render', afterRender: onRender }] : [],
  };
}

function chartjs(parent: HTMLElement, spec: CaseSpec, data: Series, onRender?: () => void): Rendered {
  const canvas = document.createElement('canvas');
  parent.append(canvas);
  const chart = new Chart(canvas, chartjsConfig(spec, data, onRender));
  return { width: () => chart.width, destroy: () => chart.destroy() };
}

function echart(parent: HTMLElement, spec: CaseSpec, data: Series): Rendered {
  const chart = echarts.init(parent, undefined, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 56, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value' },
    series: [
      spec.kind === 'bar'
        ? { type: 'bar', data: data.values }
        : {
            type: 'line',
            data: data.values,
            showSymbol: false,
            ...(spec.kind === 'area' ? { areaStyle: {} } : {}),
          },
    ],
  });
  return { width: () => chart.getWidth(), destroy: () => chart.dispose() };
}

function seriesOf(name: RenderCase): Series {
  const data = series.get(name);
  if (!data) throw new Error(`prepare() first: no data for ${name}`);
  return data;
}

async function run(library: Library, name: RenderCase): Promise<RenderTiming> {
  const spec = CASES[name];
  const data = seriesOf(name);
  gc();
  await painted();
  let ready: number;
  let start: number;
  let cleanup: () => void;
  if (library === 'ours') {
    const el = ourElement(spec);
    const load = loaded(el);
    start = performance.now();
    stage.append(el);
    await withTimeout(drawn(el, load), 10_000, `${spec.tag} ${name}`);
    ready = performance.now();
    cleanup = () => el.remove();
  } else {
    const parent = box(WIDTH);
    stage.append(parent);
    start = performance.now();
    const chart = library === 'chartjs' ? chartjs(parent, spec, data) : echart(parent, spec, data);
    ready = performance.now();
    cleanup = () => {
      chart.destroy();
      parent.remove();
    };
  }
  await painted();
  const end = performance.now();
  cleanup();
  return { ready: ready - start, painted: end - start };
}

// ---------- re-render: many charts, one width ----------

const column = document.createElement('div');
document.body.append(column);
interface Many {
  library: 'ours' | 'chartjs';
  els: BrazeChartElement[];
  charts: Rendered[];
  /** Called after each Chart.js render (its afterRender hook). */
  onRender: () => void;
}
let many: Many | undefined;

async function mountMany(library: 'ours' | 'chartjs', name: RenderCase, count: number, width: number) {
  await unmountMany();
  const spec = CASES[name];
  column.style.cssText = `width:${width}px;--braze-chart-height:${HEIGHT}px;font:14px system-ui,sans-serif`;
  const state: Many = { library, els: [], charts: [], onRender: () => undefined };
  many = state;
  if (library === 'ours') {
    const els = Array.from({ length: count }, () => ourElement(spec));
    const done = els.map((el) => drawn(el, loaded(el)));
    column.append(...els);
    await withTimeout(Promise.all(done), 30_000, `${count} × ${spec.tag}`);
    state.els = els;
  } else {
    const data = seriesOf(name);
    for (let i = 0; i < count; i++) {
      const parent = document.createElement('div');
      parent.style.cssText = `position:relative;height:${HEIGHT}px`;
      column.append(parent);
      state.charts.push(chartjs(parent, spec, data, () => state.onRender()));
    }
  }
  await painted();
}

async function resize(library: 'ours' | 'chartjs', widths: readonly number[]): Promise<ResizeTiming> {
  const state = many;
  if (!state || state.library !== library) throw new Error('mountMany() first');
  const timing: ResizeTiming = { settle: [], frames: [] };
  for (const width of widths) {
    gc();
    await painted();
    let frames = 0;
    let counting = true;
    const countFrames = () => {
      if (!counting) return;
      frames++;
      requestAnimationFrame(countFrames);
    };
    requestAnimationFrame(countFrames);
    let allDone: Promise<void>;
    const start = performance.now();
    if (library === 'ours') {
      const before = state.els.map((el) => svgOf(el)?.getAttribute('width'));
      allDone = new Promise((resolve) => {
        let pending = state.els.length;
        state.els.forEach((el, i) => {
          const observer = new MutationObserver(() => {
            if (svgOf(el)?.getAttribute('width') === before[i]) return;
            observer.disconnect();
            if (--pending === 0) resolve();
          });
          observer.observe(el.renderRoot, { attributes: true, childList: true, subtree: true });
        });
      });
      column.style.width = `${width}px`;
      await withTimeout(allDone, 10_000, `resize ours to ${width}`);
      await Promise.all(state.els.map((el) => el.updateComplete));
    } else {
      const before = state.charts.map((chart) => chart.width());
      allDone = new Promise((resolve) => {
        state.onRender = () => {
          if (state.charts.some((chart, i) => chart.width() === before[i])) return;
          state.onRender = () => undefined;
          resolve();
        };
      });
      column.style.width = `${width}px`;
      await withTimeout(allDone, 10_000, `resize chartjs to ${width}`);
    }
    const ready = performance.now();
    counting = false;
    timing.settle.push(ready - start);
    timing.frames.push(frames);
  }
  await painted();
  return timing;
}

async function unmountMany(): Promise<void> {
  if (!many) return;
  for (const chart of many.charts) chart.destroy();
  column.replaceChildren();
  many = undefined;
  await painted();
}

async function prepare(): Promise<void> {
  for (const [name, spec] of Object.entries(CASES) as [RenderCase, CaseSpec][]) {
    const response = await fetch(spec.dataUrl);
    if (!response.ok) throw new Error(`${spec.dataUrl}: HTTP ${response.status}`);
    const body = (await response.json()) as { data: Record<string, unknown>[] };
    series.set(name, {
      labels: body.data.map((point) => String(point.time)),
      values: body.data.map((point) => Number(point[spec.value])),
    });
  }
}

const api: RenderBenchApi = {
  prepare,
  run,
  mountMany,
  resize,
  unmountMany,
  stats: () => ({ misses: fake.misses(), requests: client.stats.requests }),
};
window.renderBench = api;
