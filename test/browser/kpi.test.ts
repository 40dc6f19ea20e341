import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/kpi-overview.js';
import '../../src/define/kpi-trend.js';
import '../../src/locales/de.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeErrorDetail, BrazePointSelectDetail } from '../../src/elements/base/events.js';
import type { BrazeKpiOverview } from '../../src/elements/kpi-overview/kpi-overview.js';
import type { BrazeKpiTrend } from '../../src/elements/kpi-trend/kpi-trend.js';
import { deferred, fakeFetch, json, pathPoints, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { describeFaultStates, MOCK_FAULTS, recordMockProxy } from './helpers/fault-states.js';
import { drawn, shown } from './helpers/rendered.js';

const DAY = 86_400_000;
const END = '2024-05-30';

/** Per series, the value of day `i` counted back from END (0 = END itself); null: not sent. */
type Values = Partial<
  Record<'dau' | 'mau' | 'new_users' | 'uninstalls' | 'sessions', (back: number) => number | null>
>;

/**
 * A Braze-like proxy: each series answers `length` days ending at `ending_at` with `values`; a series without a
 * function answers `status` (default 403).
 */
function workspace(values: Values, status = 403) {
  return fakeFetch((request) => {
    const url = new URL(request.url);
    const key = url.pathname.includes('/sessions/') ? 'sessions' : url.pathname.split('/').at(-2)!;
    const value = values[key as keyof Values];
    if (!value) return json({ message: 'Forbidden', errors: ['no permission'] }, { status });
    const length = Number(url.searchParams.get('length'));
    const end = Date.parse(`${url.searchParams.get('ending_at') ?? END}T00:00:00Z`);
    const data = Array.from({ length }, (_, i) => {
      const back = length - 1 - i;
      const v = value(back);
      return v === null ? [] : [{ time: new Date(end - back * DAY).toISOString().slice(0, 10), [key]: v }];
    }).flat();
    return json({ message: 'success', data });
  });
}

/** P = the last 3 days (back 0–2), P′ = back 3–5: DAU 300 vs 200, MAU 1500 (latest published) vs 1200. */
const SMALL: Values = {
  dau: (b) => [400, 300, 200, 300, 200, 100][b] ?? 100,
  mau: (b) => (b === 0 ? null : ([0, 1500, 1000, 1200, 1000, 1000][b] ?? 1000)),
  new_users: (b) => (b < 3 ? 10 : 5),
  uninstalls: () => 0,
  sessions: (b) => [800, 600, 400, 600, 300, 300][b] ?? 300,
};

async function mount<T extends HTMLElement>(markup: string, width = 720): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = markup;
  return wrapper.firstElementChild as T;
}

/** Mounts `markup`, listening for `type` from before the element is connected (a config error fires at once). */
async function mountListening<T extends HTMLElement>(markup: string, type: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const template = document.createElement('template');
  template.innerHTML = markup;
  const el = template.content.firstElementChild as T;
  const event = oneEvent(el, type) as Promise<CustomEvent<BrazeErrorDetail>>;
  wrapper.append(el);
  return { el, event };
}

const tiles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tile')];
const tile = (el: Element, metric: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`.tile[data-metric="${metric}"]`)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<braze-kpi-overview>', () => {
  it('shows the six figures of the Home dashboard by the design formulas, as a list with changes in words', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" length="3" ending-at="${END}" locale="en-US"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    await shown(el, '.tiles');
    const list = el.shadowRoot!.querySelector('[part="tiles"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(tiles(el).map((t) => t.dataset.metric)).to.deep.equal([
      'dau',
      'mau',
      'new_users',
      'stickiness',
      'sessions_per_mau',
      'uninstalls',
    ]);
    const figure = (metric: string) => text(tile(el, metric).querySelector('.figure'));
    expect(figure('dau')).to.equal('300');
    expect(figure('mau')).to.equal('1,500');
    expect(figure('new_users')).to.equal('30');
    // Days with both DAU and MAU: back 1 (300/1500) and 2 (200/1000) → 20.0 %; back 0 has no MAU yet.
    expect(figure('stickiness')).to.equal('20.0%');
    expect(figure('sessions_per_mau')).to.equal('0.40');
    const change = (metric: string) => tile(el, metric).querySelector('.change')!;
    expect(text(change('dau'))).to.contain('+50.0%');
    expect(text(change('dau').querySelector('.visually-hidden'))).to.equal('up 50.0%');
    expect(change('dau').classList.contains('up')).to.equal(true);
    expect(text(tile(el, 'mau').querySelector('.against'))).to.equal('vs the day before the period');
    expect(text(change('mau'))).to.contain('+25.0%');
    expect(text(tile(el, 'stickiness').querySelector('.aggregate'))).to.equal('average of daily DAU/MAU');
    // No uninstalls at all: said so, with no "0 %" change.
    expect(tile(el, 'uninstalls').querySelector('.change')).to.equal(null);
    expect(text(tile(el, 'uninstalls'))).to.contain('uninstall tracking may be off');
    await expect(el).to.be.accessible();
  });

  it('draws each sparkline over the days of the period, a missing day as a gap', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace({ ...SMALL, dau: (b) => (b === 3 ? null : 100 + b) }) });
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" length="7" ending-at="${END}" metrics="dau new_users"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    await shown(el, '.tiles');
    expect(tiles(el)).to.have.length(2);
    const d = tile(el, 'dau').querySelector('.spark path')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(2, 'the gap splits the line');
    const points = pathPoints(d);
    expect(points).to.have.length(6);
    // Falling values (101 … 106 counted back) draw a rising line: the last day is the lowest value, lowest in the box.
    expect(points[0]!.y).to.be.lessThan(points.at(-1)!.y);
    expect(tile(el, 'dau').querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('makes one request per distinct query on a dashboard of the overview and trends of the same app and length', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace(SMALL);
    configureClient(url, { fetch });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const common = `proxy-url="${url}" length="14" app-id="app_ios"`;
    wrapper.innerHTML = `<braze-kpi-overview ${common}></braze-kpi-overview>
      <braze-kpi-trend ${common} metric="dau"></braze-kpi-trend>
      <braze-kpi-trend ${common} metric="stickiness" compare="previous"></braze-kpi-trend>
      <braze-kpi-trend ${common} metric="sessions_per_mau"></braze-kpi-trend>`;
    await Promise.all([...wrapper.children].map((el) => oneEvent(el, 'braze-load')));
    const urls = fetch.requests.map((r) => new URL(r.url));
    expect(urls.map((u) => u.pathname.replace(/^\/braze/, '')).sort()).to.deep.equal([
      '/kpi/dau/data_series',
      '/kpi/mau/data_series',
      '/kpi/new_users/data_series',
      '/kpi/uninstalls/data_series',
      '/sessions/data_series',
    ]);
    for (const u of urls) {
      expect(u.searchParams.get('length'), 'P and P′ in one request').to.equal('28');
      expect(u.searchParams.get('app_id')).to.equal('app_ios');
    }
  });

  it('asks P and P′ apart when they do not fit in 100 days', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace(SMALL);
    configureClient(url, { fetch });
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" length="60" ending-at="${END}" metrics="dau"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    const asked = fetch.requests.map((r) => new URL(r.url).searchParams);
    expect(asked.map((q) => [q.get('length'), q.get('ending_at')])).to.deep.equal([
      ['60', END],
      ['60', '2024-03-31'],
    ]);
  });

  it('shows "Not available" for a figure whose series it may not read; the others stand', async () => {
    const url = uniqueProxyUrl();
    const { sessions: _none, ...rest } = SMALL;
    configureClient(url, { fetch: workspace(rest) });
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" length="3" ending-at="${END}"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    await shown(el, '.tiles');
    expect(text(tile(el, 'sessions_per_mau').querySelector('.figure'))).to.equal('Not available');
    expect(tile(el, 'sessions_per_mau').querySelector('.spark')).to.equal(null);
    expect(text(tile(el, 'dau').querySelector('.figure'))).to.equal('300');
  });

  it('loading: a placeholder until the answers arrive; then drawn', async () => {
    const url = uniqueProxyUrl();
    const gate = deferred<void>();
    const inner = workspace(SMALL);
    configureClient(url, { fetch: async (request) => (await gate.promise, inner(request)) });
    const el = await mount<BrazeKpiOverview>(`<braze-kpi-overview proxy-url="${url}"></braze-kpi-overview>`);
    await shown(el, '[part="loading"]');
    expect(el.shadowRoot!.querySelector('[part="tiles"]')).to.equal(null);
    // A placeholder tile per figure to come, named already, hidden from screen readers (the status says loading).
    const placeholder = el.shadowRoot!.querySelector<HTMLElement>('.tiles[aria-hidden="true"]')!;
    expect([...placeholder.querySelectorAll('.name')].map(text)).to.deep.equal([
      'Daily active users',
      'Monthly active users',
      'New users',
      'Stickiness (DAU/MAU)',
      'Daily sessions per MAU',
      'Uninstalls',
    ]);
    const loadingHeight = el.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'braze-load');
    gate.resolve();
    await loaded;
    await shown(el, '[part="tiles"]');
    expect(el.shadowRoot!.querySelector('.tiles[aria-hidden="true"]')).to.equal(null);
    expect(Math.abs(el.getBoundingClientRect().height - loadingHeight)).to.be.at.most(24);
  });

  it('empty: Braze sent no day at all', async () => {
    const url = uniqueProxyUrl();
    const none = () => null;
    configureClient(url, {
      fetch: workspace({ dau: none, mau: none, new_users: none, uninstalls: none, sessions: none }),
    });
    const el = await mount<BrazeKpiOverview>(`<braze-kpi-overview proxy-url="${url}"></braze-kpi-overview>`);
    await oneEvent(el, 'braze-load');
    await shown(el, '[part="empty"]');
    expect(el.shadowRoot!.querySelector('.tiles')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('config error: an unknown metric is named, without a request or a Retry', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace(SMALL);
    configureClient(url, { fetch });
    const { el, event } = await mountListening<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" metrics="dau wau"></braze-kpi-overview>`,
      'braze-error',
    );
    const { detail } = await event;
    expect(detail.error.kind).to.equal('config');
    const view = await shown(el, '[part="error"]');
    expect(text(view)).to.contain('"wau" is not a KPI');
    expect(view.querySelector('button')).to.equal(null);
    expect(fetch.requests).to.have.length(0);
  });

  it('error with Retry: a failed series fails the overview; Retry asks again and draws', async () => {
    const url = uniqueProxyUrl();
    let fail = true;
    const inner = workspace(SMALL);
    configureClient(url, {
      retryBaseMs: 1,
      retryMaxMs: 2,
      fetch: (request) =>
        fail && request.url.includes('/kpi/mau/')
          ? Promise.resolve(json({ message: 'Internal Server Error' }, { status: 500 }))
          : inner(request),
    });
    const el = await mount<BrazeKpiOverview>(`<braze-kpi-overview proxy-url="${url}"></braze-kpi-overview>`);
    await oneEvent(el, 'braze-error');
    const retry = (await shown(el, '[part="error"] button')) as HTMLButtonElement;
    expect(text(retry)).to.equal('Retry');
    await expect(el).to.be.accessible();
    fail = false;
    const loaded = oneEvent(el, 'braze-load');
    retry.click();
    await loaded;
    await shown(el, '.tiles');
  });

  it('keyboard: one tab stop; arrows move between tiles, Enter selects the metric', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" length="3" ending-at="${END}"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    await shown(el, '.tiles');
    expect(tiles(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    expect(el.shadowRoot!.querySelectorAll('.tile svg[tabindex], .tile [tabindex="0"]')).to.have.length(0);
    tiles(el)[0]!.focus();
    const key = (k: string) =>
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('ArrowRight');
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.metric).to.equal('mau');
    expect(tiles(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1]);
    key('End');
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.metric).to.equal('uninstalls');
    key('Home');
    await el.updateComplete;
    const selected = oneEvent(el, 'braze-point-select');
    key('Enter');
    const { detail } = (await selected) as CustomEvent<BrazePointSelectDetail>;
    expect(detail.seriesKey).to.equal('dau');
    expect(detail.value).to.equal(300);
  });

  it('table and CSV: every figure per day of the period', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" length="3" ending-at="${END}" locale="en-US"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    const toggle = await shown<HTMLButtonElement>(el, '[part="table-toggle"]');
    toggle.click();
    const table = await shown<HTMLTableElement>(el, 'table');
    const heads = [...table.querySelectorAll('thead th')].map(text);
    expect(heads).to.deep.equal([
      'Date',
      'Daily active users',
      'Monthly active users',
      'New users',
      'Stickiness (DAU/MAU)',
      'Daily sessions per MAU',
      'Uninstalls',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text));
    expect(rows).to.have.length(3);
    expect(rows[2]).to.deep.equal(['May 30, 2024', '400', 'no data', '10', 'no data', 'no data', '0']);
    const csv = el.toCSV().trim().split('\n');
    expect(csv[0]).to.contain('Daily active users');
    expect(csv.at(-1)).to.match(/^2024-05-30,400,/);
    await expect(el).to.be.accessible();
  });

  it('speaks German with the German pack', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="${url}" length="3" ending-at="${END}" locale="de"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    await shown(el, '.tiles');
    expect(text(el.shadowRoot!.querySelector('[part="title"]'))).to.equal('Leistungsübersicht');
    expect(text(tile(el, 'dau').querySelector('.name'))).to.equal('Täglich aktive Nutzer');
    expect(text(tile(el, 'stickiness').querySelector('.figure'))).to.equal('20,0 %');
  });
});

describe('<braze-kpi-trend>', () => {
  it('draws a line from zero for DAU, with its figure and change in the header', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const el = await mount<BrazeKpiTrend>(
      `<braze-kpi-trend proxy-url="${url}" metric="dau" length="3" ending-at="${END}" style="--braze-chart-height: 240px"></braze-kpi-trend>`,
    );
    await oneEvent(el, 'braze-load');
    const svg = await drawn(el);
    const points = pathPoints(svg.querySelector('path.line.current')!.getAttribute('d')!);
    expect(points).to.have.length(3);
    // 200, 300, 400 on an axis from 0: the heights above the axis are proportional.
    const base = Number(svg.querySelector('.axis-x line')?.getAttribute('y1') ?? NaN);
    const heights = points.map((p) => (Number.isNaN(base) ? p.y : p.y));
    expect(heights[0]! > heights[1]! && heights[1]! > heights[2]!).to.equal(true);
    const yLabels = [...svg.querySelectorAll('.axis-y text')].map(text);
    expect(yLabels[0]).to.equal('0');
    expect(text(el.shadowRoot!.querySelector('.stats .latest'))).to.equal('300');
    expect(text(el.shadowRoot!.querySelector('.stats .change'))).to.contain('+50.0%');
    expect(svg.getAttribute('aria-label')).to.contain('up 50.0% vs previous 3 days');
    await expect(el).to.be.accessible();
  });

  it('braze-load means drawn, in a narrow column too', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const el = await mount<BrazeKpiTrend>(
      `<braze-kpi-trend proxy-url="${url}" metric="stickiness" length="3" ending-at="${END}"></braze-kpi-trend>`,
      260,
    );
    await oneEvent(el, 'braze-load');
    const svg = el.shadowRoot!.querySelector('svg[part~="svg"]')!;
    expect(svg.querySelector('path.line.current')?.getAttribute('d')).to.match(/^M/);
  });

  it('new users as bars by default, one per day sent', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace({ ...SMALL, new_users: (b) => (b === 1 ? null : 10 + b) }) });
    const el = await mount<BrazeKpiTrend>(
      `<braze-kpi-trend proxy-url="${url}" metric="new_users" length="5" ending-at="${END}"></braze-kpi-trend>`,
    );
    await oneEvent(el, 'braze-load');
    const svg = await drawn(el);
    expect(svg.querySelectorAll('rect.bar.current')).to.have.length(4, 'the missing day has no bar');
    expect(svg.querySelector('path.line')).to.equal(null);
  });

  it('stickiness: percentages on a fitted axis, with the previous period behind it and both values in words', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const el = await mount<BrazeKpiTrend>(
      `<braze-kpi-trend proxy-url="${url}" metric="stickiness" compare="previous" length="3" ending-at="${END}" locale="en-US"></braze-kpi-trend>`,
    );
    await oneEvent(el, 'braze-load');
    const svg = await drawn(el);
    const labels = [...svg.querySelectorAll('.axis-y text')].map(text);
    expect(labels.every((l) => l.endsWith('%'))).to.equal(true);
    expect(labels).to.not.include('0%');
    expect(svg.querySelector('path.line.previous')).to.not.equal(null);
    expect(text(el.shadowRoot!.querySelector('.stats .both'))).to.equal('18.3% → 20.0%');
    expect([...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map(text)).to.deep.equal([
      'This period (May 28 – 30, 2024)',
      'Previous period (May 25 – 27, 2024)',
    ]);
    const csv = el.toCSV().split('\n');
    expect(csv[0]).to.contain('Previous period');
  });

  it('config error for an unknown metric', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(SMALL) });
    const { el, event } = await mountListening<BrazeKpiTrend>(
      `<braze-kpi-trend proxy-url="${url}" metric="wau"></braze-kpi-trend>`,
      'braze-error',
    );
    const { detail } = await event;
    expect(detail.error.kind).to.equal('config');
    expect(text(await shown(el, '[part="error"]'))).to.contain('"wau" is not a KPI');
  });
});

describe('KPI elements against the mock proxy', () => {
  const seen = recordMockProxy();

  it('the overview and a trend draw the mock workspace end to end', async () => {
    const el = await mount<BrazeKpiOverview>(
      `<braze-kpi-overview proxy-url="/api/braze"></braze-kpi-overview>`,
    );
    await oneEvent(el, 'braze-load');
    await shown(el, '.tiles');
    const sticky = text(tile(el, 'stickiness').querySelector('.figure'));
    const ratio = Number.parseFloat(sticky) / 100;
    expect(ratio > 0.1 && ratio < 0.3, sticky).to.equal(true);
    await expect(el).to.be.accessible();
    const trend = await mount<BrazeKpiTrend>(
      `<braze-kpi-trend proxy-url="/api/braze" metric="mau" app-id="app_web"></braze-kpi-trend>`,
    );
    await oneEvent(trend, 'braze-load');
    await drawn(trend);
    await expect(trend).to.be.accessible();
  });

  describeFaultStates({
    mount: (id) =>
      mount<BrazeKpiOverview>(
        `<braze-kpi-overview proxy-url="/api/braze" app-id="${id}" metrics="dau" locale="en"></braze-kpi-overview>`,
      ),
    requests: (id) => seen.filter((u) => u.includes(`app_id=${id}`)).length,
    faults: MOCK_FAULTS,
  });
});
