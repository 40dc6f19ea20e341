// Cumulative Layout Shift of the demo pages, as Lighthouse scores it (the largest session window of layout-shift
// entries without recent input: gaps under 1 s, windows up to 5 s), in headless Chromium at a desktop viewport
// (1350×940) and a mobile one (412×823 at 1.75×, touch). `npm run cls [-- --page plain.html] [--runs 3]`; prints
// one line per page and viewport, worst run and median. Serves the demo itself (vite, mock Braze).
import type { Page } from 'puppeteer-core';
import { launchChromium, serveDemo, settled } from './demo-browser.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const pages = (option('page') ?? 'plain.html,react.html,vue.html').split(',');
const runs = Number(option('runs') ?? 3);
const port = Number(option('port') ?? 5184);

const VIEWPORTS = {
  desktop: { width: 1350, height: 940, deviceScaleFactor: 1 },
  mobile: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
} as const;

/** Records every layout-shift entry from the first byte on. */
function observe(): void {
  const shifts: { value: number; startTime: number }[] = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) shifts.push({ value: entry.value, startTime: entry.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The largest session window (Lighthouse's CLS). */
export function sessionWindowCls(shifts: readonly { value: number; startTime: number }[]): number {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.startTime - last > 1000 || s.startTime - start > 5000) {
      sum = 0;
      start = s.startTime;
    }
    sum += s.value;
    last = s.startTime;
    best = Math.max(best, sum);
  }
  return best;
}

async function measure(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  await new Promise((r) => setTimeout(r, 1500));
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts: { value: number; startTime: number }[] }).__shifts,
  );
  return sessionWindowCls(shifts);
}

const { server, origin } = await serveDemo(port);
const browser = await launchChromium();
try {
  for (const file of pages) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const values: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(viewport);
        await page.evaluateOnNewDocument(observe);
        values.push(await measure(page, `${origin}/${file}`));
        await context.close();
      }
      values.sort((a, b) => a - b);
      const median = values[Math.floor(values.length / 2)] ?? 0;
      console.log(`${file} ${name}: CLS median ${median.toFixed(3)}, worst ${values.at(-1)!.toFixed(3)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
