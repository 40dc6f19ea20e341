// The demo served and opened the way the scripts and the demo-pages test need it: vite with the demo's config (mock
// Braze), headless Chromium, and a wait until every chart on a page has drawn (or shown its error or empty view).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

/** Serves demo/ on `port` (0: any free port); resolves with the server and its origin. */
export async function serveDemo(port = 0): Promise<{ server: ViteDevServer; origin: string }> {
  const server = await createServer({
    configFile: 'demo/vite.config.ts',
    server: { port, strictPort: port !== 0 },
    logLevel: 'silent',
  });
  await server.listen();
  return { server, origin: server.resolvedUrls!.local[0]!.replace(/\/$/, '') };
}

/** Debian's headless Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** Resolves once every chart on the page has drawn, failed or found nothing to draw, and two frames passed. */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      // Every braze-charts element, whichever of them the page uses.
      const charts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('braze-'));
      return (
        charts.length > 0 &&
        charts.every((el) =>
          el.shadowRoot?.querySelector('svg[part~="svg"], [part="tiles"], [part="error"], [part="empty"]'),
        )
      );
    },
    { timeout },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Media features through CDP (puppeteer's own check does not know `forced-colors`). */
export async function emulate(page: Page, features: Record<string, string>): Promise<void> {
  const session = await page.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}
