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

export interface DashboardResult {
  elements: number;
  distinctQueries: number;
  loaded: number;
  errors: string[];
  /** ms from appending the 60 elements to the last braze-load (+ paint frame). */
  allRendered: number;
  /** performance.now() at that moment (ms since navigation start). */
  sinceNavigation: number;
  clientRequests: number;
  clientDeduped: number;
  clientCacheHits: number;
  resourceEntries: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
}

export interface DashboardBenchApi {
  run(): Promise<DashboardResult>;
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
    memoryBench?: MemoryBenchApi;
  }
}
