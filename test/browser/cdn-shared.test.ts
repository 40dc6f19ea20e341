import { expect, oneEvent } from '@open-wc/testing';
import { drawn } from './helpers/rendered.js';

/**
 * The CDN element files as a page under a strict CSP with Trusted Types loads them: each file a `<script
 * type="module">` of its own, in any combination. They share one chunk (dist/cdn/shared.js), so lit, d3, zod, the
 * client registry and Lit's `lit-html` Trusted Types policy exist once, whatever the combination. The page
 * (fixtures/cdn-page.html) is served with the policy in web-test-runner.config.js (CSP_PAGES).
 */
type Chart = HTMLElement & { updateComplete: Promise<boolean> };
interface CdnModule {
  configureClient(proxyUrl: string, options: { fetch: (request: Request) => Promise<Response> }): unknown;
  getClient(proxyUrl: string): unknown;
  [name: string]: unknown;
}
interface CdnPage {
  modules: CdnModule[];
  errors: string[];
  violations: string[];
}

let frame: HTMLIFrameElement | undefined;

/** Opens the CSP page in an iframe, loading `files` (names in dist/cdn) in order; resolves with what it recorded. */
async function openPage(files: string[]): Promise<{ page: CdnPage; doc: Document }> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 1400px; border: 0';
  frame.src = `/test/browser/fixtures/cdn-page.html?files=${files.join(',')}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { cdnPage: Promise<CdnPage> };
  return { page: await win.cdnPage, doc: frame.contentDocument! };
}

/** Creates a chart in the page (createElement + setAttribute: no HTML string, which Trusted Types would refuse). */
function addChart(doc: Document, tag: string, attributes: Record<string, string>): Chart {
  const el = doc.createElement(tag) as Chart;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  doc.body.append(el);
  return el;
}

async function loaded(el: Chart): Promise<SVGSVGElement> {
  await oneEvent(el, 'braze-load');
  return drawn(el);
}

describe('CDN element files under Trusted Types', () => {
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('two element files load together, draw, and share the client configured through one of them', async () => {
    const { page, doc } = await openPage(['segment-trend', 'session-chart']);
    expect(page.errors).to.deep.equal([]);
    const [trendFile, sessionFile] = page.modules as [CdnModule, CdnModule];
    expect(trendFile.getClient, 'one client registry').to.equal(sessionFile.getClient);

    const requested: string[] = [];
    const pageFetch = frame!.contentWindow!.fetch.bind(frame!.contentWindow);
    trendFile.configureClient('/api/braze', {
      fetch: (request) => {
        requested.push(new URL(request.url).pathname);
        return pageFetch(request);
      },
    });
    const trend = addChart(doc, 'braze-segment-trend', {
      'proxy-url': '/api/braze',
      'segment-id': 'seg_all_users',
      length: '14',
      'ending-at': '2024-05-31',
    });
    const sessions = addChart(doc, 'braze-session-chart', {
      'proxy-url': '/api/braze',
      length: '14',
      'ending-at': '2024-05-31',
      compare: 'previous',
    });
    const [trendSvg, sessionSvg] = await Promise.all([loaded(trend), loaded(sessions)]);
    expect(trendSvg.querySelectorAll('path').length).to.be.greaterThan(0);
    expect(sessionSvg.querySelectorAll('rect').length).to.be.greaterThan(0);
    // The session chart (defined by session-chart.js) fetched through the fetch given to segment-trend.js.
    expect(requested).to.include('/api/braze/sessions/data_series');
    expect(requested).to.include('/api/braze/segments/data_series');
    expect(page.violations).to.deep.equal([]);
  });

  it('every element file and the full bundle load together: one class per element, no violation', async () => {
    const files = ['braze-charts', 'segment-trend', 'session-chart', 'send-breakdown'];
    const { page, doc } = await openPage(files);
    expect(page.errors).to.deep.equal([]);
    const [all, trend, sessions, sends] = page.modules as [CdnModule, CdnModule, CdnModule, CdnModule];
    expect(all.BrazeSegmentTrend).to.equal(trend.BrazeSegmentTrend);
    expect(all.BrazeSessionChart).to.equal(sessions.BrazeSessionChart);
    expect(all.BrazeSendBreakdown).to.equal(sends.BrazeSendBreakdown);
    expect(doc.defaultView!.customElements.get('braze-send-breakdown')).to.equal(sends.BrazeSendBreakdown);

    const breakdown = addChart(doc, 'braze-send-breakdown', {
      'proxy-url': '/api/braze',
      'campaign-id': 'camp_welcome_series',
      'send-id': 'send_welcome_day0',
      view: 'funnel',
    });
    const svg = await loaded(breakdown);
    expect(svg.querySelectorAll('rect').length).to.be.greaterThan(0);
    // PNG export draws the chart from a blob: URL, which the policy's img-src allows.
    const png = await (breakdown as Chart & { toPNG(): Promise<Blob> }).toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    const shared = performance
      .getEntriesByType('resource')
      .concat(frame!.contentWindow!.performance.getEntriesByType('resource'))
      .filter((entry) => new URL(entry.name).pathname === '/dist/cdn/shared.js');
    expect(shared.length, 'dist/cdn/shared.js fetched once').to.equal(1);
    expect(page.violations).to.deep.equal([]);
  });
});
