/**
 * Cold first chart: one chart on a page loaded in a fresh browser context (empty HTTP cache) over a throttled
 * network (CDP `Network.emulateNetworkConditions`: 9 Mbps down, 1.5 Mbps up, 170 ms round trip, DevTools' "Fast 4G"),
 * from navigation to the chart drawn. Ours: the CDN files and the element's two proxy requests; Chart.js: its UMD
 * file and the same two requests made by the page. Each with and without the preload hints the README recommends.
 */
import type { Browser } from 'puppeteer-core';
import type { BenchServer } from './server.js';
import { COLD_PAGES, type ColdPage } from './static-pages.js';

export const THROTTLE = {
  offline: false,
  latency: 170,
  downloadThroughput: (9_000_000 / 8) | 0,
  uploadThroughput: (1_500_000 / 8) | 0,
};

export interface ColdRun {
  page: ColdPage;
  /** ms from navigation start to the chart drawn (ours: `braze-load`; Chart.js: `new Chart` returned). */
  drawn: number;
  /** …and to the frame after it (painted). */
  painted: number;
  /** When the first proxy request started (resource timing, ms since navigation). */
  dataStart: number;
  /** When the last script file finished loading. */
  scriptsEnd: number;
  /** Requests that reached the proxy (2: a preload must be used, not repeated). */
  proxyRequests: number;
  error?: string;
}

export const COLD_PAGE_NAMES = Object.keys(COLD_PAGES) as ColdPage[];

export async function loadCold(browser: Browser, server: BenchServer, name: ColdPage): Promise<ColdRun> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THROTTLE);
    server.resetCount();
    await page.goto(`${server.url}/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.coldResult !== undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const data = entries.filter((e) => new URL(e.name).pathname.startsWith('/api/'));
      const scripts = entries.filter((e) => e.name.endsWith('.js'));
      return {
        ...window.coldResult!,
        dataStart: Math.min(...data.map((e) => e.startTime)),
        scriptsEnd: Math.max(0, ...scripts.map((e) => e.responseEnd)),
      };
    });
    return {
      page: name,
      drawn: result.drawn ?? Number.NaN,
      painted: result.painted ?? Number.NaN,
      dataStart: result.dataStart,
      scriptsEnd: result.scriptsEnd,
      proxyRequests: server.proxyRequests(),
      ...(result.error ? { error: result.error } : {}),
    };
  } finally {
    await context.close();
  }
}
