import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chartStyleHash, renderChart, type ChartTag } from '../../src/ssr/index.js';

const CHARTS: [ChartTag, Record<string, string>][] = [
  ['braze-segment-trend', { 'segment-id': 'seg_all_users' }],
  ['braze-session-chart', { compare: 'previous' }],
  ['braze-send-breakdown', { 'campaign-id': 'camp_welcome_series', 'send-id': 'send_welcome_day0' }],
  ['braze-kpi-overview', { length: '30' }],
  ['braze-kpi-trend', { metric: 'stickiness' }],
  ['braze-event-trend', { event: 'Added to Cart', picker: 'true', compare: 'previous' }],
  ['braze-purchase-trend', { metric: 'revenue', currency: 'EUR' }],
  ['braze-campaign-breakdown', { 'campaign-id': 'camp_cart_abandonment' }],
  ['braze-canvas-breakdown', { 'canvas-id': 'canvas_onboarding' }],
];

/** The text of the first `<style>` in `markup`. */
const styleOf = (markup: string) => /<style>([\s\S]*?)<\/style>/.exec(markup)?.[1] ?? '';

describe('braze-charts/ssr: renderChart', () => {
  const realFetch = globalThis.fetch;
  const requested: string[] = [];
  before(() => {
    globalThis.fetch = (input: RequestInfo | URL) => {
      requested.push(String(input));
      return Promise.reject(new Error('no requests on the server'));
    };
  });
  after(() => {
    globalThis.fetch = realFetch;
  });

  for (const [tag, attributes] of CHARTS) {
    it(`${tag}: the loading view in a declarative shadow root, without requesting anything`, async () => {
      const markup = await renderChart(tag, { 'proxy-url': '/api/braze', ...attributes });
      assert.match(markup, new RegExp(`^<${tag} [^>]*proxy-url="/api/braze"`));
      assert.match(markup, /<template shadowroot="open" shadowrootmode="open"><style>/);
      assert.match(markup, new RegExp(`</template></${tag}>$`));
      for (const part of ['base', 'header', 'plot', 'loading', 'toolbar'])
        assert.match(markup, new RegExp(`part="${part}"`), part);
      assert.match(markup, /class="skeleton"/);
      assert.match(markup, /Loading…/);
      // Nothing a strict CSP (no style-src-attr 'unsafe-inline') would block, and no error view.
      assert.doesNotMatch(markup, /\sstyle=/);
      assert.doesNotMatch(markup, /part="error"/);
      assert.deepEqual(requested, []);
    });
  }

  it('says which `style-src` hash allows the shadow root’s styles', async () => {
    for (const [tag] of CHARTS) {
      const markup = await renderChart(tag, { 'proxy-url': '/api/braze' });
      const expected = createHash('sha256').update(styleOf(markup)).digest('base64');
      assert.equal(await chartStyleHash(tag), `'sha256-${expected}'`, tag);
    }
  });

  it('escapes attribute values, writes boolean attributes bare and leaves out false, null and undefined', async () => {
    const markup = await renderChart('braze-segment-trend', {
      'proxy-url': '/api/braze?a=1&b="2"<x>',
      'segment-id': 'seg_1',
      'no-export': true,
      theme: undefined,
      locale: null,
      'refresh-interval': false,
      length: 14,
    });
    const open = markup.slice(0, markup.indexOf('>') + 1);
    assert.match(open, /proxy-url="\/api\/braze\?a=1&amp;b=&quot;2&quot;&lt;x&gt;"/);
    assert.match(open, / no-export[ >]/);
    assert.match(open, /length="14"/);
    assert.doesNotMatch(open, /theme|locale|refresh-interval/);
  });

  it('renders in the locale asked for (the server knows no page language), English without one', async () => {
    await import('../../src/locales/de.js');
    const markup = await renderChart('braze-segment-trend', { locale: 'de', 'segment-id': 's' });
    assert.match(markup, /Wird geladen…/);
    assert.match(await renderChart('braze-segment-trend', { 'segment-id': 's' }), /Loading…/);
  });

  it('refuses a tag that is not a chart and an attribute name that is not one', async () => {
    await assert.rejects(renderChart('script' as ChartTag), /Not a braze-charts element/);
    await assert.rejects(renderChart('braze-segment-trend', { 'onload="x"': '1' }), /Invalid attribute name/);
  });

  it('leaves nothing behind that keeps Node running (no message port, interval or socket)', async () => {
    const script =
      "const { renderChart } = await import('./src/ssr/index.ts');" +
      "for (const tag of ['braze-segment-trend', 'braze-session-chart', 'braze-send-breakdown'])" +
      "  await renderChart(tag, { 'proxy-url': '/api/braze' });";
    const exit = await new Promise<{ code: number | null; killed: boolean }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { cwd: fileURLToPath(new URL('../..', import.meta.url)), timeout: 30_000 },
        () => resolve({ code: child.exitCode, killed: child.killed }),
      );
    });
    assert.deepEqual(exit, { code: 0, killed: false });
  });
});
