// Pictures of the charts as people see them: `npm run look -- [--prefix after] [--only name,…]` serves the demo
// (vite, mock Braze), opens demo/gallery.html in headless Chromium at each case's viewport, theme, direction and
// colour mode, and writes one small PNG per card to docs/screenshots/<prefix>-<case>-<card>.png (quantized to 64
// colours with `pngquant` when it is installed). Each case names what it looks for.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { emulate, launchChromium, serveDemo, settled } from './demo-browser.js';

interface Case {
  name: string;
  /** Viewport width (the cards are sized by `w`, or fill the page). */
  viewport: number;
  query: Record<string, string>;
  colorScheme?: 'light' | 'dark';
  forcedColors?: boolean;
}

/** The worst cases of issue 12, each at the width, theme, language and direction it shows at. */
export const CASES: readonly Case[] = [
  { name: 'trend-768', viewport: 900, query: { w: '768', only: 'trend,trend-decline,trend-one' } },
  { name: 'trend-320-de', viewport: 400, query: { w: '320', lang: 'de', only: 'trend' } },
  { name: 'sessions-1440', viewport: 1500, query: { w: '1440', only: 'sessions,sessions-line' } },
  { name: 'sessions-320', viewport: 400, query: { w: '320', only: 'sessions,sessions-compare' } },
  { name: 'sessions-240', viewport: 300, query: { w: '240', only: 'sessions-compare' } },
  {
    name: 'sessions-de-768',
    viewport: 900,
    query: { w: '768', lang: 'de', only: 'sessions-compare,sessions-line' },
  },
  { name: 'sends-320', viewport: 400, query: { w: '320', only: 'sends-daily,sends-totals,sends-funnel' } },
  {
    name: 'campaign-768',
    viewport: 900,
    query: { w: '768', only: 'campaign-daily,campaign-conversions,campaign-totals,campaign-funnel' },
  },
  {
    name: 'campaign-320',
    viewport: 400,
    query: { w: '320', only: 'campaign-daily,campaign-totals,campaign-funnel' },
  },
  {
    name: 'campaign-dark-rtl-768',
    viewport: 900,
    query: { w: '768', theme: 'dark', lang: 'ar', dir: 'rtl', only: 'campaign-conversions,campaign-funnel' },
  },
  {
    name: 'campaign-forced-1440',
    viewport: 1500,
    forcedColors: true,
    query: { w: '1440', only: 'campaign-daily,campaign-funnel' },
  },
  { name: 'sends-474', viewport: 560, query: { w: '474', only: 'sends-totals' } },
  { name: 'sends-de-268', viewport: 340, query: { w: '268', lang: 'de', only: 'sends-funnel' } },
  {
    name: 'sends-768',
    viewport: 900,
    query: { w: '768', only: 'sends-daily,sends-conversions,sends-totals,sends-funnel' },
  },
  {
    name: 'dark-768',
    viewport: 900,
    query: { w: '768', theme: 'dark', only: 'trend,sessions-compare,sends-conversions' },
  },
  // Only the OS is dark: the page (light cards) sets no theme.
  { name: 'os-dark-768', viewport: 900, colorScheme: 'dark', query: { w: '768', only: 'trend,sends-daily' } },
  {
    name: 'rtl-768',
    viewport: 900,
    query: { w: '768', lang: 'he', dir: 'rtl', only: 'trend,sends-totals,sends-funnel' },
  },
  {
    name: 'rtl-320',
    viewport: 400,
    query: { w: '320', lang: 'ar', dir: 'rtl', only: 'sessions-compare,sends-funnel' },
  },
  {
    name: 'canvas-768',
    viewport: 900,
    query: { w: '768', only: 'canvas-daily,canvas-steps-daily,canvas-totals,canvas-steps' },
  },
  { name: 'canvas-320', viewport: 400, query: { w: '320', only: 'canvas-daily,canvas-totals,canvas-steps' } },
  {
    name: 'canvas-1440-dark',
    viewport: 1500,
    query: { w: '1440', theme: 'dark', only: 'canvas-daily,canvas-steps' },
  },
  {
    name: 'canvas-rtl-de-768',
    viewport: 900,
    query: { w: '768', lang: 'de', dir: 'rtl', only: 'canvas-totals,canvas-steps' },
  },
  {
    name: 'canvas-forced-768',
    viewport: 900,
    forcedColors: true,
    query: { w: '768', only: 'canvas-daily,canvas-steps' },
  },
  { name: 'more-320', viewport: 400, query: { w: '320', only: 'kpi-overview,kpi-trend,events,purchases' } },
  {
    name: 'more-rtl-dark-768',
    viewport: 900,
    query: { w: '768', lang: 'ar', dir: 'rtl', theme: 'dark', only: 'kpi-overview,events,purchases' },
  },
  {
    name: 'more-forced-1440',
    viewport: 1500,
    forcedColors: true,
    query: { w: '1440', only: 'kpi-overview,kpi-trend,events,purchases' },
  },
  {
    name: 'forced-768',
    viewport: 900,
    forcedColors: true,
    query: { w: '768', only: 'sessions-compare,sends-daily,sends-funnel' },
  },
];

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const prefix = option('prefix') ?? 'after';
const only = option('only')?.split(',');
const outDir = option('out') ?? 'docs/screenshots';
const port = Number(option('port') ?? process.env.LOOK_PORT ?? 5183);

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const { server, origin } = await serveDemo(port);
  const browser = await launchChromium();
  let quantize = true;
  try {
    for (const c of CASES) {
      if (only && !only.includes(c.name)) continue;
      const page = await browser.newPage();
      await page.setViewport({ width: c.viewport, height: 900, deviceScaleFactor: 1 });
      await emulate(page, {
        'prefers-color-scheme': c.colorScheme ?? 'light',
        'forced-colors': c.forcedColors ? 'active' : 'none',
        'prefers-reduced-motion': 'reduce',
      });
      const query = new URLSearchParams(c.query).toString();
      await page.goto(`${origin}/gallery.html?${query}`, { waitUntil: 'load' });
      await settled(page);
      for (const card of await page.$$('section.card')) {
        const id = await card.evaluate((el) => el.id);
        const file = `${outDir}/${prefix}-${c.name}-${id}.png`;
        await card.screenshot({ path: file });
        if (quantize) {
          try {
            execFileSync('pngquant', ['--force', '--skip-if-larger', '--output', file, '64', file]);
          } catch {
            quantize = false;
          }
        }
        console.log(file);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
