import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configureClient } from '../../src/data/client.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import '../../src/define/segment-trend.js';
import type { ReactEvents } from './fixtures/ssr-app.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { drawn } from './helpers/rendered.js';

/**
 * Server-rendered pages (scripts/wtr-ssr.ts renders them in Node): charts as braze-charts/ssr renders them
 * (declarative shadow DOM) under a strict CSP, and a React app of braze-charts/react wrappers by renderToString.
 * The page stays as the server sent it until the test defines the elements or hydrates the app
 * (fixtures/ssr-client.ts), so what it shows before any chart code runs can be measured.
 */
type Chart = HTMLElement & { updateComplete: Promise<unknown> };
interface SsrPage {
  record: { violations: string[]; loads: string[]; errors: string[]; shifts: number[] };
  define(hold?: boolean): Promise<void>;
  release(): void;
  hydrate(): Promise<void>;
}
const TAGS = ['braze-segment-trend', 'braze-session-chart', 'braze-send-breakdown'];

let frame: HTMLIFrameElement | undefined;

async function open(path: string): Promise<{ page: SsrPage; doc: Document; win: Window }> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 1600px; border: 0';
  frame.src = path;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { ssrPage: SsrPage };
  return { page: win.ssrPage, doc: frame.contentDocument!, win };
}

const charts = (doc: Document) => TAGS.map((tag) => doc.querySelector<Chart>(tag)!);
const heights = (els: Element[]) => els.map((el) => el.getBoundingClientRect().height);
const frames = (win: Window, n: number) =>
  Array.from({ length: n }).reduce<Promise<unknown>>(
    (p) => p.then(() => new Promise((resolve) => win.requestAnimationFrame(resolve))),
    Promise.resolve(),
  );
/** Resolves once every chart of `doc` fired braze-load (recorded by the page from its start). */
async function allLoaded(win: Window, page: SsrPage): Promise<void> {
  while (TAGS.some((tag) => !page.record.loads.includes(tag)) && !page.record.errors.length)
    await frames(win, 1);
}

describe('server rendering', () => {
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('braze-charts/ssr: the loading view is there, styled and at its height, before any chart code runs', async () => {
    const { page, doc, win } = await open('/__ssr/lit.html');
    const els = charts(doc);
    for (const el of els) {
      expect(win.customElements.get(el.localName), 'not defined yet').to.equal(undefined);
      expect(el.shadowRoot, `${el.localName}: declarative shadow root`).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part="loading"] .skeleton')).to.not.equal(null);
      // The shadow root's <style> applies (allowed by its hash): the plot box has its 240px.
      expect(el.shadowRoot!.querySelector('[part="plot"]')!.getBoundingClientRect().height).to.equal(240);
    }
    const before = heights(els);
    const roots = els.map((el) => el.shadowRoot);
    await page.define(true);
    await Promise.all(els.map((el) => el.updateComplete));
    // The element took the server's shadow root over and drew the same loading view in it, once.
    expect(els.map((el) => el.shadowRoot)).to.deep.equal(roots);
    for (const el of els) {
      expect(el.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('style'), 'the inline <style> gave way to adopted styles').to.equal(
        null,
      );
    }
    expect(heights(els), 'the same loading view').to.deep.equal(before);
    page.release();

    await allLoaded(win, page);
    expect(page.record.errors).to.deep.equal([]);
    for (const el of els)
      expect((await drawn(el)).querySelectorAll('path, rect').length).to.be.greaterThan(0);
    const drawnHeights = heights(els);
    drawnHeights.forEach((height, i) => expect(height, TAGS[i]).to.be.closeTo(before[i]!, 24));
    const cls = page.record.shifts.reduce((sum, value) => sum + value, 0);
    expect(cls, 'layout shift from server HTML to drawn charts').to.be.below(0.01);
    expect(page.record.violations).to.deep.equal([]);
  });

  it('React: wrappers rendered by renderToString wait for hydration, then draw and call their event props', async () => {
    const { page, doc, win } = await open('/__ssr/react.html');
    const els = charts(doc);
    for (const el of els) {
      expect(el.hasAttribute('defer-hydration'), `${el.localName} rendered with defer-hydration`).to.equal(
        true,
      );
      expect(el.hasAttribute('proxy-url'), 'props are set by hydration, not by the server').to.equal(false);
    }
    // Defined long before React hydrates (a slow bundle): loading, no request, no configuration error.
    await page.define();
    await frames(win, 3);
    for (const el of els) {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]'), el.localName).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]'), el.localName).to.equal(null);
    }
    expect(page.record.errors).to.deep.equal([]);
    const requests = () =>
      win.performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/api/'));
    expect(requests()).to.deep.equal([]);

    await page.hydrate();
    await allLoaded(win, page);
    expect(page.record.errors, 'no braze-error, not even a passing one').to.deep.equal([]);
    const events = (win as Window & { reactEvents?: ReactEvents }).reactEvents;
    expect(events?.loads.slice().sort(), 'onBrazeLoad after hydration').to.deep.equal(TAGS.slice().sort());
    for (const el of els) {
      expect(el.hasAttribute('defer-hydration')).to.equal(false);
      expect((await drawn(el)).querySelectorAll('path, rect').length).to.be.greaterThan(0);
    }
  });
});

/** A proxy answering a three-day segment series (and details). */
const segmentProxy = () =>
  fakeFetch((request) =>
    new URL(request.url).pathname.endsWith('/segments/details')
      ? json({ message: 'success', name: 'Power users', description: '', tags: [] })
      : json({
          message: 'success',
          data: ['2024-05-29', '2024-05-30', '2024-05-31'].map((time, i) => ({ time, size: 100 + i })),
        }),
  );

describe('configuration errors wait for the host to configure the element', () => {
  it('a proxy-url set after the first update, within the first frame, loads without any braze-error', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: segmentProxy() });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('braze-segment-trend') as BrazeSegmentTrend;
    const errors: Event[] = [];
    el.addEventListener('braze-error', (e) => errors.push(e));
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]'), 'loading until configured').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    const loaded = oneEvent(el, 'braze-load');
    Object.assign(el, { proxyUrl: url, segmentId: 'seg_1' });
    await loaded;
    expect(errors).to.deep.equal([]);
  });

  it('an element never configured still reports its configuration error, after the first frame', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('braze-segment-trend') as BrazeSegmentTrend;
    const failed = oneEvent(el, 'braze-error');
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('config');
    expect(detail.error.message).to.equal('proxy-url is required');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('proxy-url');
  });

  it('defer-hydration holds requests and errors until it is removed', async () => {
    const url = uniqueProxyUrl();
    const fetch = segmentProxy();
    configureClient(url, { fetch });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('braze-segment-trend') as BrazeSegmentTrend;
    el.setAttribute('defer-hydration', '');
    const errors: Event[] = [];
    el.addEventListener('braze-error', (e) => errors.push(e));
    wrapper.append(el);
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    el.proxyUrl = url;
    await el.updateComplete;
    expect(fetch.requests, 'nothing requested while deferred').to.have.length(0);
    const loaded = oneEvent(el, 'braze-load');
    el.segmentId = 'seg_1';
    el.removeAttribute('defer-hydration');
    await loaded;
    expect(errors).to.deep.equal([]);
    expect(fetch.requests.length).to.be.greaterThan(0);
  });
});
