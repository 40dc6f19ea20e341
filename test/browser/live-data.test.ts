import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import { configureClient } from '../../src/data/client.js';
import { MIN_REFRESH_MS } from '../../src/data/refresh.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import type { BrazeSessionChart } from '../../src/elements/session-chart/session-chart.js';
import { deferred, fakeFetch, json, uniqueProxyUrl, type Deferred } from './helpers/fake-fetch.js';
import { drawn } from './helpers/rendered.js';

const DAY = 86_400_000;

/**
 * A fake Braze whose answers change with `version` (sizes and sessions are `version × 100`), and whose answers can
 * be held back (`hold()`) to look at the page while a refresh is in flight.
 */
function liveBraze() {
  const state = { version: 1, gate: undefined as Deferred<void> | undefined, latest: '2024-05-31' };
  const fetch = fakeFetch(async (request) => {
    const version = state.version;
    await state.gate?.promise;
    const url = new URL(request.url);
    if (url.pathname.endsWith('/segments/details')) return json({ message: 'success', name: 'Segment' });
    const length = Number(url.searchParams.get('length'));
    const end = Date.parse(url.searchParams.get('ending_at') ?? state.latest);
    const days = Array.from({ length }, (_, i) =>
      new Date(end - (length - 1 - i) * DAY).toISOString().slice(0, 10),
    );
    const key = url.pathname.endsWith('/sessions/data_series') ? 'sessions' : 'size';
    return json({ message: 'success', data: days.map((time) => ({ time, [key]: version * 100 })) });
  });
  return {
    fetch,
    state,
    /** Holds every answer until `release()`. */
    hold() {
      state.gate = deferred<void>();
    },
    release() {
      state.gate?.resolve();
      state.gate = undefined;
    },
  };
}

/** A page clock the test moves (the client's `now`). */
function clock(start = Date.parse('2024-05-31T12:00:00Z')) {
  const time = { now: start };
  return { now: () => time.now, advance: (ms: number) => void (time.now += ms) };
}

async function mount<T extends BrazeChartElement>(markup: string): Promise<T[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  wrapper.innerHTML = markup;
  const els = [...wrapper.children] as T[];
  await Promise.all(els.map((el) => el.drawComplete));
  await Promise.all(els.map((el) => drawn(el)));
  return els;
}

const trend = (url: string, id = 'seg_1', extra = '') =>
  `<braze-segment-trend proxy-url="${url}" segment-id="${id}" length="5" ending-at="2024-05-31" ${extra}
    style="--braze-chart-height: 200px"></braze-segment-trend>`;

const latest = (el: BrazeChartElement) => el.shadowRoot!.querySelector('.latest')?.textContent?.trim();
const loadingView = (el: BrazeChartElement) => el.shadowRoot!.querySelector('[part="loading"]');

/** The page's visibility, as the test sets it (and `visibilitychange` to say so). */
function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Timers of at least MIN_REFRESH_MS set while the test runs (the refresh timers), fired by the test. */
function refreshTimers() {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const pending = new Map<number, { run: () => void; ms: number }>();
  window.setTimeout = ((handler: () => void, ms = 0, ...args: unknown[]) => {
    const id = realSet(handler, ms, ...args);
    if (ms >= MIN_REFRESH_MS) pending.set(id, { run: handler, ms });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    pending,
    /** Runs the pending refresh timer now (as if its time had come). */
    fire() {
      const [id, timer] = [...pending][0]!;
      pending.delete(id);
      realClear(id);
      timer.run();
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
      for (const id of pending.keys()) realClear(id);
    },
  };
}

afterEach(() => {
  // Back to the real visibility (the prototype's getters).
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
});

describe('live data: refresh()', () => {
  it('keeps the chart drawn while new data is on its way (no loading view), then swaps it in', async () => {
    const url = uniqueProxyUrl();
    const braze = liveBraze();
    configureClient(url, { fetch: braze.fetch });
    const [el] = await mount<BrazeSegmentTrend>(trend(url));
    expect(latest(el!)).to.equal('100');
    const before = braze.fetch.requests.length;

    braze.state.version = 2;
    braze.hold();
    el!.refresh();
    const swapped = oneEvent(el!, 'braze-load');
    let settled = false;
    void el!.drawComplete.then(() => (settled = true));
    await el!.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(braze.fetch.requests.length - before, 'series and details asked again').to.equal(2);
    braze.fetch.requests.slice(before).forEach((r) => expect(r.cache).to.equal('default'));
    expect(loadingView(el!), 'no loading view').to.equal(null);
    expect(el!.shadowRoot!.querySelector('svg[part~="svg"]'), 'the chart stays').to.not.equal(null);
    expect(latest(el!), 'the old data until the new arrives').to.equal('100');
    expect(settled, 'drawComplete waits for the new data').to.equal(false);

    braze.release();
    const { detail } = await swapped;
    await el!.drawComplete;
    expect(detail.data.series.data[0]!.size).to.equal(200);
    expect(latest(el!)).to.equal('200');
  });

  it('refreshes every chart of the same proxy together, one request per query, and no other proxy', async () => {
    const url = uniqueProxyUrl();
    const other = uniqueProxyUrl();
    const braze = liveBraze();
    const elsewhere = liveBraze();
    configureClient(url, { fetch: braze.fetch });
    configureClient(other, { fetch: elsewhere.fetch });
    const [a, b, c, d] = await mount<BrazeSegmentTrend>(
      trend(url, 'seg_a') + trend(url, 'seg_b') + trend(url, 'seg_b') + trend(other, 'seg_a'),
    );
    const before = braze.fetch.requests.length;
    const beforeElsewhere = elsewhere.fetch.requests.length;
    braze.state.version = 3;
    const loads = [a, b, c].map((el) => oneEvent(el!, 'braze-load'));
    a!.refresh();
    await Promise.all(loads);
    // seg_a and seg_b: series + details each, the two seg_b charts sharing theirs.
    expect(braze.fetch.requests.length - before).to.equal(4);
    expect([a, b, c].map((el) => latest(el!))).to.deep.equal(['300', '300', '300']);
    expect(elsewhere.fetch.requests.length, 'another proxy is not asked').to.equal(beforeElsewhere);
    expect(latest(d!)).to.equal('100');
  });

  it('shows the error with Retry when the refresh fails', async () => {
    const url = uniqueProxyUrl();
    let fail = false;
    const braze = liveBraze();
    const fetch = fakeFetch((request) =>
      fail ? json({ message: 'Braze is down' }, { status: 503 }) : braze.fetch(request),
    );
    configureClient(url, { fetch, retries: 0 });
    const [el] = await mount<BrazeSegmentTrend>(trend(url));
    fail = true;
    const error = oneEvent(el!, 'braze-error');
    el!.refresh();
    expect((await error).detail.error.status).to.equal(503);
    await el!.updateComplete;
    expect(el!.shadowRoot!.querySelector('[part="error"] button')).to.not.equal(null);
  });
});

describe('live data: refresh-interval and visibility', () => {
  let timers: ReturnType<typeof refreshTimers>;
  beforeEach(() => {
    timers = refreshTimers();
  });
  afterEach(() => timers.restore());

  it('refreshes every chart of the proxy each interval, with no timer while the page is hidden', async () => {
    const url = uniqueProxyUrl();
    const braze = liveBraze();
    const time = clock();
    configureClient(url, { fetch: braze.fetch, now: time.now, timeoutMs: 0 });
    const [polled, plain] = await mount<BrazeSegmentTrend>(
      trend(url, 'seg_a', 'refresh-interval="60000"') + trend(url, 'seg_b'),
    );
    expect(
      [...timers.pending.values()].map((t) => t.ms),
      'one timer for the page',
    ).to.deep.equal([60_000]);

    braze.state.version = 2;
    const loads = [polled, plain].map((el) => oneEvent(el!, 'braze-load'));
    time.advance(60_000);
    timers.fire();
    await Promise.all(loads);
    expect(
      [polled, plain].map((el) => latest(el!)),
      'both, together',
    ).to.deep.equal(['200', '200']);
    expect(timers.pending.size, 'the next one is set').to.equal(1);

    setHidden(true);
    expect(timers.pending.size, 'no timer while hidden').to.equal(0);
    const asked = braze.fetch.requests.length;
    time.advance(5 * 60_000);
    expect(braze.fetch.requests.length).to.equal(asked);

    // Visible again, its data 5 minutes old: refreshed at once, the chart kept until the new data is drawn.
    braze.state.version = 3;
    braze.hold();
    const again = oneEvent(polled!, 'braze-load');
    setHidden(false);
    // Both charts' updates (the render scheduler may run them in different tasks when the current one is spent).
    await Promise.all([polled!.updateComplete, plain!.updateComplete]);
    expect(braze.fetch.requests.length - asked).to.equal(4);
    expect(loadingView(polled!)).to.equal(null);
    expect(latest(polled!)).to.equal('200');
    braze.release();
    await again;
    expect(latest(polled!)).to.equal('300');
    expect(timers.pending.size).to.equal(1);
  });

  it('without refresh-interval, revalidates when the page is visible again only once the data is stale', async () => {
    const url = uniqueProxyUrl();
    const braze = liveBraze();
    const time = clock();
    configureClient(url, { fetch: braze.fetch, now: time.now, ttlMs: 60_000, timeoutMs: 0 });
    const [el] = await mount<BrazeSegmentTrend>(trend(url));
    expect(timers.pending.size, 'no polling').to.equal(0);
    const asked = braze.fetch.requests.length;

    setHidden(true);
    time.advance(30_000);
    setHidden(false);
    await el!.updateComplete;
    expect(braze.fetch.requests.length, 'still fresh: nothing asked').to.equal(asked);

    setHidden(true);
    time.advance(31_000);
    braze.state.version = 2;
    const swapped = oneEvent(el!, 'braze-load');
    setHidden(false);
    await el!.updateComplete;
    expect(braze.fetch.requests.length - asked).to.equal(2);
    expect(loadingView(el!)).to.equal(null);
    await swapped;
    expect(latest(el!)).to.equal('200');
  });

  it('a chart added once the page data is stale refreshes the others, so the page shows one age', async () => {
    const url = uniqueProxyUrl();
    const braze = liveBraze();
    const time = clock();
    configureClient(url, { fetch: braze.fetch, now: time.now, ttlMs: 60_000, timeoutMs: 0 });
    const [first] = await mount<BrazeSegmentTrend>(trend(url, 'seg_a'));
    time.advance(6 * 60_000);
    braze.state.version = 7;
    const refreshed = oneEvent(first!, 'braze-load');
    const [late] = await mount<BrazeSegmentTrend>(trend(url, 'seg_b'));
    await refreshed;
    expect([first, late].map((el) => latest(el!))).to.deep.equal(['700', '700']);
  });
});

describe('live data: the session chart and its previous period', () => {
  it('swaps both periods together on a refresh, even when the latest day moved on', async () => {
    const url = uniqueProxyUrl();
    const braze = liveBraze();
    configureClient(url, { fetch: braze.fetch, now: () => Date.parse('2024-05-31T12:00:00Z') });
    const [el] = await mount<BrazeSessionChart>(
      `<braze-session-chart proxy-url="${url}" compare="previous" length="3" locale="en-US"></braze-session-chart>`,
    );
    const loads: unknown[] = [];
    el!.addEventListener('braze-load', (e) => loads.push((e as CustomEvent).detail));
    const before = braze.fetch.requests.length;

    // A new day in Braze: the refreshed period ends on June 1, so the previous one must end on May 29.
    braze.state.latest = '2024-06-01';
    braze.state.version = 2;
    braze.hold();
    el!.refresh();
    await el!.updateComplete;
    braze.release();
    await oneEvent(el!, 'braze-load');
    const asked = braze.fetch.requests.slice(before).map((r) => new URL(r.url).searchParams.get('ending_at'));
    expect(asked).to.deep.equal([null, '2024-05-28', '2024-05-29']);
    expect(
      loads,
      'one braze-load: the new pair, never the new period over the old previous one',
    ).to.have.length(1);
    const { data } = loads[0] as {
      data: { series: { data: { time: string }[] }; previous: { data: { time: string }[] } };
    };
    expect(data.series.data.at(-1)!.time).to.equal('2024-06-01');
    expect(data.previous.data.at(-1)!.time).to.equal('2024-05-29');
  });

  it('keeps the drawn pair while the previous period is asked again (no loading view)', async () => {
    const url = uniqueProxyUrl();
    const braze = liveBraze();
    const gate = deferred<void>();
    const fetch = fakeFetch(async (request) => {
      // The new previous period (ending May 29) is held back.
      if (new URL(request.url).searchParams.get('ending_at') === '2024-05-29') await gate.promise;
      return braze.fetch(request);
    });
    configureClient(url, { fetch, now: () => Date.parse('2024-05-31T12:00:00Z') });
    const [el] = await mount<BrazeSessionChart>(
      `<braze-session-chart proxy-url="${url}" compare="previous" length="3" locale="en-US"></braze-session-chart>`,
    );
    const total = () => el!.shadowRoot!.querySelector('[part="stats"]')!.textContent!.replace(/\s+/g, ' ');
    const shown = total();
    braze.state.latest = '2024-06-01';
    braze.state.version = 2;
    el!.refresh();
    // Wait until the refreshed period is in and the previous one is being asked again.
    while (!fetch.to('/sessions/data_series').some((r) => r.url.includes('ending_at=2024-05-29')))
      await new Promise(requestAnimationFrame);
    await el!.updateComplete;
    expect(loadingView(el!)).to.equal(null);
    expect(total(), 'the old pair, whole').to.equal(shown);
    gate.resolve();
    await oneEvent(el!, 'braze-load');
    expect(total()).to.not.equal(shown);
  });
});
