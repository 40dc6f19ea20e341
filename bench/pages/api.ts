/** The window APIs the bench pages expose to bench/run.ts (types only). */

export type Library = 'ours' | 'chartjs' | 'echarts';
export type RenderCase = 'daily-line' | 'hourly-bars' | 'daily-area';

export interface RenderTiming {
  /** ms from start to rendered (ours: braze-load + updateComplete + svg present; others: constructor returned). */
  ready: number;
  /** ms from start to the second animation frame after ready (painted). */
  painted: number;
}

export interface ResizeTiming {
  /** ms per width change, from setting the width until the frame after every chart has redrawn. */
  settle: number[];
  /** Animation frames per width change until every chart had redrawn (not counting the paint frame). */
  frames: number[];
}

export interface RenderBenchApi {
  /** Loads the data of every case (real network, untimed). */
  prepare(): Promise<void>;
  run(library: Library, name: RenderCase): Promise<RenderTiming>;
  /** Mounts `count` charts of `name`, waits until all are drawn; then `resize` changes their width. */
  mountMany(library: 'ours' | 'chartjs', name: RenderCase, count: number, width: number): Promise<void>;
  resize(library: 'ours' | 'chartjs', widths: readonly number[]): Promise<ResizeTiming>;
  unmountMany(): Promise<void>;
  /** Fake-fetch misses (must stay at the warm-up count) and client stats. */
  stats(): { misses: number; requests: number };
}

/** One load of a dashboard page (bench/pages/dashboard-harness.ts); times in ms since navigation start. */
export interface DashboardLoad {
  library: Library;
  charts: number;
  drawn: number;
  errors: string[];
  /** When the page's script started creating the charts (its bundle loaded and evaluated). */
  scriptStart: number;
  /** When every chart had been created and appended (ours: constructed and connected). */
  mounted: number;
  /** The first chart drawn (ours: its `braze-load`; Chart.js: `new Chart` returned). */
  firstDrawn: number;
  /** The last chart drawn. */
  lastDrawn: number;
  /** The frame after the last chart was drawn (painted). */
  allDrawn: number;
  /** Long tasks (over 50 ms) from navigation to `allDrawn`; blocking time sums each one's time over 50 ms. */
  longTasks: { count: number; maxMs: number; blockingMs: number };
  /** PerformanceResourceTiming entries of proxy requests. */
  resourceEntries: number;
  /** Fetches the data layer started (ours: `client.stats.requests`; Chart.js's page: its fetches). */
  clientRequests: number;
  /** When the first proxy request started, and when the first answer had arrived (ms since navigation). */
  firstRequest: number;
  firstResponse: number;
}

export interface DashboardBenchApi {
  /** Removes every chart and empties the page's caches (our client's, Chart.js page's answers). */
  clear(): void;
}

export interface MemoryBenchApi {
  /** Mounts `count` elements in batches of `batch`, each batch awaited (braze-load). Keeps them mounted. */
  mount(count: number, batch: number): Promise<number>;
  /** Removes every mounted element, then `clear()`s the client's cache if asked. */
  unmount(clearCache: boolean): Promise<void>;
  mounted(): number;
}

declare global {
  interface Window {
    renderBench?: RenderBenchApi;
    dashboardBench?: DashboardBenchApi;
    dashboardResult?: DashboardLoad;
    /** Set by the cold-load pages (bench/static-pages.ts) once their chart is drawn, or failed. */
    coldResult?: { drawn?: number; painted?: number; error?: string };
    memoryBench?: MemoryBenchApi;
  }
}
