// The demo pages as a visitor meets them (vite dev server, mock Braze, headless Chromium): every chart draws, axe
// finds nothing on the page or in any shadow root (light and dark, WCAG 2.2 AA and best practices), and the console
// stays quiet (no Lit dev-mode warning, no error).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import type { ViteDevServer } from 'vite';
import { launchChromium, serveDemo, settled } from '../../scripts/demo-browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = ['index.html', 'plain.html', 'react.html', 'vue.html', 'gallery.html', 'ssr.html'];

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[];
}

describe('demo pages', { timeout: 180_000 }, () => {
  let server: ViteDevServer;
  let browser: Browser;
  let origin: string;

  before(async () => {
    ({ server, origin } = await serveDemo());
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const file of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${file} (${scheme}): charts drawn, no axe violation in the page or any shadow root, a quiet console`, async () => {
        const page = await browser.newPage();
        const messages: string[] = [];
        page.on('console', (m) => {
          if (['warn', 'warning', 'error'].includes(m.type())) messages.push(`${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
        await settled(page, 60_000);
        const drawn = await page.$$eval(
          'braze-segment-trend, braze-session-chart, braze-send-breakdown',
          (els) => els.filter((el) => el.shadowRoot?.querySelector('svg[part~="svg"]')).length,
        );
        assert.ok(drawn > 0, 'no chart drawn');
        await page.addScriptTag({ path: AXE });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(
            document,
            {
              runOnly: {
                type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
              },
            },
          ),
        )) as AxeResult;
        const violations = result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
        assert.deepEqual(violations, []);
        assert.deepEqual(
          messages.filter((m) => !/\[vite\]/.test(m)),
          [],
        );
        await page.close();
      });
    }
  }
});
