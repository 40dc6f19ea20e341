import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import type { BrazeErrorDetail, BrazeLoadDetail } from '../../src/elements/base/events.js';
import type { SegmentTrendData } from '../../src/elements/segment-trend/segment-trend.js';
import { fakeFetch, json, pathPoints, uniqueProxyUrl, watchUncaught } from './helpers/fake-fetch.js';
import {
  ANALYTICS_NOT_ENABLED,
  FALL_BACK_HOURS,
  FORMULA_VARIANT,
  GAPS_AND_DUPLICATES,
  LENIENT_SENDS,
  NOT_SUCCESS_200,
  NUMERIC_STRINGS,
  OBJECT_ERRORS,
  SEGMENT_NOT_FOUND,
  SEVEN_UTC_DAYS,
  SEVEN_UTC_DAYS_ONE_MISSING,
  UNPADDED_OFFSET_HOURS,
} from '../fixtures/braze-payloads.js';

/** The payloads of issue 11, in the browser where the user sees them. */

type Chart = BrazeChartElement & { toCSV(): string };
type Handler = (request: Request) => Response | Promise<Response>;

const DETAILS = { message: 'success', name: 'Weekly buyers', description: 'Bought twice' };

/** Answers the segment endpoints: `series` for data_series, DETAILS (or `details`) for details. */
const segments =
  (series: Handler, details: Handler = () => json(DETAILS)): Handler =>
  (request) =>
    new URL(request.url).pathname.endsWith('/details') ? details(request) : series(request);

/**
 * Mounts `<tag attributes>` 600px wide on a fake proxy answering with `handler`, with event listeners attached
 * before it connects. `loads` / `errors` record every braze-load / braze-error.
 */
async function mount(tag: string, attributes: string, handler: Handler, options = {}) {
  const url = uniqueProxyUrl();
  const fetch = fakeFetch(handler);
  configureClient(url, { fetch, retries: 0, ...options });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<${tag} proxy-url="${url}" locale="en-US" ${attributes}
    style="--braze-chart-height: 240px"></${tag}>`;
  const el = document.importNode(template.content.firstElementChild!, true) as Chart;
  const loads: BrazeLoadDetail[] = [];
  const errors: BrazeErrorDetail[] = [];
  el.addEventListener('braze-load', (e) => loads.push(e.detail));
  el.addEventListener('braze-error', (e) => errors.push(e.detail));
  wrapper.append(el);
  return { el, fetch, loads, errors, wrapper };
}

const root = (el: Element) => el.shadowRoot!;
const svgOf = (el: Element) => root(el).querySelector<SVGSVGElement>('svg[part~="svg"]')!;
const texts = (el: Element, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim());
const errorView = (el: Element) => root(el).querySelector<HTMLElement>('[part="error"]')!;

/** Opens the data table and returns its rows: [bucket, ...cells]. */
async function tableRows(el: Chart): Promise<string[][]> {
  root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  await el.updateComplete;
  return [...root(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => (c.textContent ?? '').trim()),
  );
}

/** Moves the keyboard focus to bucket `index` and returns the tooltip's text. */
async function tooltipAt(el: Chart, index: number): Promise<string> {
  const svg = svgOf(el);
  svg.focus();
  svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  for (let i = 0; i < index; i++) {
    await el.updateComplete;
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  }
  await el.updateComplete;
  return (root(el).querySelector('[part="tooltip"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const csvRows = (el: Chart) => el.toCSV().trim().split('\r\n').slice(1);

describe('issue 11: time is what Braze says it is', () => {
  it('draws exactly the 7 UTC days Braze answered for length=7 ending 23:59:59-05:00, no gap', async () => {
    const { el } = await mount(
      'braze-session-chart',
      `length="7" ending-at="${SEVEN_UTC_DAYS.endingAt}"`,
      () => json(SEVEN_UTC_DAYS.sessions),
    );
    await el.drawComplete;
    expect(root(el).querySelectorAll('rect.bar')).to.have.length(7);
    expect(csvRows(el).map((r) => r.split(',')[0])).to.deep.equal(SEVEN_UTC_DAYS.days);
    expect(svgOf(el).getAttribute('aria-label')).to.not.contain('No data');
    expect(texts(el, '[part="description"]')[0]).to.contain('May 26 – Jun 1, 2024');
  });

  it('still shows and names a day missing inside those 7 days', async () => {
    const { el } = await mount(
      'braze-session-chart',
      `length="7" ending-at="${SEVEN_UTC_DAYS.endingAt}"`,
      () => json(SEVEN_UTC_DAYS_ONE_MISSING.sessions),
    );
    await el.drawComplete;
    expect(root(el).querySelectorAll('rect.bar')).to.have.length(6);
    expect(csvRows(el)).to.have.length(7);
    expect(csvRows(el)[3]).to.equal('2024-05-29,');
    expect(svgOf(el).getAttribute('aria-label')).to.contain('No data for 1 day.');
  });

  it('the segment trend draws the same 7 days and counts the change over 7 days', async () => {
    const { el } = await mount(
      'braze-segment-trend',
      `segment-id="seg_1" length="7" ending-at="${SEVEN_UTC_DAYS.endingAt}"`,
      segments(() => json(SEVEN_UTC_DAYS.sizes)),
    );
    await el.drawComplete;
    expect(pathPoints(root(el).querySelector('path.line')!.getAttribute('d')!)).to.have.length(7);
    expect(texts(el, '.stats dt')[1]).to.equal('Change over 7 days');
    expect(texts(el, '.axis-x text').at(-1)).to.equal('Jun 1');
  });

  it("reads hourly times with the docs' unpadded -5:00 offset instead of saying there is no data", async () => {
    const { el } = await mount(
      'braze-session-chart',
      `unit="hour" length="6" ending-at="${UNPADDED_OFFSET_HOURS.endingAt}" time-zone="America/New_York"`,
      () => json(UNPADDED_OFFSET_HOURS.sessions),
    );
    await el.drawComplete;
    expect(root(el).querySelectorAll('rect.bar')).to.have.length(6);
    expect(csvRows(el)[0]).to.equal('2014-12-10T23:00:00.000Z,310');
    expect(await tooltipAt(el, 0)).to.contain('Dec 10, 2014, 6:00 PM');
    expect(texts(el, '[part="description"]')[0]).to.contain('Times in America/New_York');
  });

  it('labels the repeated hour of a DST fall-back with its offset, midnight with the date, and names the zone', async () => {
    const { el } = await mount(
      'braze-session-chart',
      `unit="hour" length="8" ending-at="${FALL_BACK_HOURS.endingAt}" time-zone="${FALL_BACK_HOURS.timeZone}"`,
      () => json(FALL_BACK_HOURS.sessions),
    );
    await el.drawComplete;
    const rows = await tableRows(el);
    expect(rows.map((r) => r[0]).slice(3, 5)).to.deep.equal([
      'Nov 3, 2024, 1:00 AM GMT-4',
      'Nov 3, 2024, 1:00 AM GMT-5',
    ]);
    expect(texts(el, '.axis-x text')).to.include('Nov 3');
    expect(texts(el, '[part="description"]')[0]).to.contain('Times in America/New_York');
  });
});

describe('issue 11: gaps and duplicates, one policy in all three elements', () => {
  const { endingAt, length } = GAPS_AND_DUPLICATES;

  it('segment trend: a break in the line, "no data" in tooltip and table, the last size of May 30 everywhere', async () => {
    const { el } = await mount(
      'braze-segment-trend',
      `segment-id="seg_1" length="${length}" ending-at="${endingAt}"`,
      segments(() => json(GAPS_AND_DUPLICATES.sizes)),
    );
    await el.drawComplete;
    const d = root(el).querySelector('path.line')!.getAttribute('d')!;
    expect(d.match(/M/g), 'two runs of days: 25–26 and 30–31').to.have.length(2);
    expect(pathPoints(d)).to.have.length(4);
    expect(csvRows(el)).to.deep.equal([
      '2024-05-25,4000',
      '2024-05-26,4100',
      '2024-05-27,',
      '2024-05-28,',
      '2024-05-29,',
      '2024-05-30,4350',
      '2024-05-31,4400',
    ]);
    expect(await tooltipAt(el, 2)).to.contain('no data');
    expect(await tooltipAt(el, 5)).to.contain('4,350');
    const rows = await tableRows(el);
    expect(rows.map((r) => r[1])).to.deep.equal([
      '4,000',
      '4,100',
      'no data',
      'no data',
      'no data',
      '4,350',
      '4,400',
    ]);
    expect(texts(el, '.stats dt')[1]).to.equal('Change over 7 days');
    expect(texts(el, '[part="notes"] li')).to.deep.equal([
      'Braze sent May 30, 2024 more than once: the last value is shown.',
    ]);
    expect(svgOf(el).getAttribute('aria-label')).to.contain('No data for 3 days.');
  });

  it('session chart: no bar for the gaps, the sessions of May 30 added up everywhere', async () => {
    const { el } = await mount('braze-session-chart', `length="${length}" ending-at="${endingAt}"`, () =>
      json(GAPS_AND_DUPLICATES.sessions),
    );
    await el.drawComplete;
    const bars = [...root(el).querySelectorAll<SVGRectElement>('rect.bar')];
    expect(bars.map((b) => Number(b.dataset.index))).to.deep.equal([0, 1, 5, 6]);
    const height = (i: number) =>
      Number(bars.find((b) => b.dataset.index === String(i))!.getAttribute('height'));
    expect(height(5) / height(0)).to.be.closeTo(130 / 100, 1e-6);
    expect(csvRows(el)[5]).to.equal('2024-05-30,130');
    expect(csvRows(el)[2]).to.equal('2024-05-27,');
    expect(await tooltipAt(el, 5)).to.contain('130');
    expect(texts(el, '[part="notes"] li')).to.deep.equal([
      'Braze sent May 30, 2024 more than once: the values are added up.',
    ]);
  });

  it('send breakdown: an empty band for the gaps, the sends of May 30 added up everywhere', async () => {
    const { el } = await mount(
      'braze-send-breakdown',
      `campaign-id="c" send-id="s" length="${length}" ending-at="${endingAt}"`,
      () => json(GAPS_AND_DUPLICATES.sends),
    );
    await el.drawComplete;
    const days = [...root(el).querySelectorAll<SVGRectElement>('rect.segment')].map((r) =>
      Number(r.dataset.day),
    );
    expect(days).to.deep.equal([0, 1, 5, 6]);
    expect(texts(el, '.axis-x text').at(-1)).to.equal('May 31');
    expect(csvRows(el)).to.deep.equal([
      '2024-05-25,1000',
      '2024-05-26,800',
      '2024-05-27,',
      '2024-05-28,',
      '2024-05-29,',
      '2024-05-30,500',
      '2024-05-31,600',
    ]);
    expect(await tooltipAt(el, 3)).to.contain('no data');
    expect(await tooltipAt(el, 5)).to.contain('500');
    expect(texts(el, '.notes .duplicates')).to.deep.equal([
      'Braze sent May 30, 2024 more than once: the values are added up.',
    ]);
  });

  it('draws missing buckets as zeros only where missing="zero" says so', async () => {
    const { el } = await mount(
      'braze-session-chart',
      `length="${length}" ending-at="${endingAt}" missing="zero"`,
      () => json(GAPS_AND_DUPLICATES.sessions),
    );
    await el.drawComplete;
    expect(csvRows(el)[2]).to.equal('2024-05-27,0');
  });
});

describe("issue 11: Braze's answers in words", () => {
  it('turns the {code, message} 404 into a sentence, never raw JSON, and offers no Retry', async () => {
    const { el, errors } = await mount('braze-segment-trend', 'segment-id="seg_gone"', () =>
      json(SEGMENT_NOT_FOUND.body, { status: SEGMENT_NOT_FOUND.status }),
    );
    await el.drawComplete.catch(() => undefined);
    const text = errorView(el).textContent!;
    expect(text).to.contain("Braze has nothing under this ID: check the element's IDs.");
    expect(text).to.contain("Segment with ID 'seg_gone' not found");
    expect(text).to.not.match(/[{}"]/);
    expect(errorView(el).querySelector('button')).to.equal(null);
    expect(errors.map((e) => e.error.brazeCode)).to.deep.equal(['segment_not_found']);
    await expect(el).to.be.accessible();
  });

  it('reads the objects of an errors list by their message', async () => {
    const { el } = await mount('braze-session-chart', '', () =>
      json(OBJECT_ERRORS.body, { status: OBJECT_ERRORS.status }),
    );
    await el.drawComplete.catch(() => undefined);
    expect(texts(el, '[part="error"] span')).to.deep.equal([
      'Invalid request',
      'ending_at must be in the past',
    ]);
  });

  for (const [tag, attributes] of [
    ['braze-segment-trend', 'segment-id="seg_na"'],
    ['braze-session-chart', 'segment-id="seg_na"'],
  ]) {
    it(`${tag} explains analytics_not_enabled (422) in plain words, without Retry`, async () => {
      const { el } = await mount(tag!, attributes!, () =>
        json(ANALYTICS_NOT_ENABLED.body, { status: ANALYTICS_NOT_ENABLED.status }),
      );
      await el.drawComplete.catch(() => undefined);
      expect(texts(el, '[part="error"] strong')).to.deep.equal([
        'Analytics tracking is off for this segment',
      ]);
      expect(errorView(el).textContent).to.contain('Segments › Analytics tracking');
      expect(errorView(el).querySelector('button')).to.equal(null);
    });
  }

  it('treats a 200 whose message is not "success" as an error, with Braze\u2019s words and Retry', async () => {
    const { el, errors } = await mount('braze-send-breakdown', 'campaign-id="c" send-id="s"', () =>
      json(NOT_SUCCESS_200),
    );
    await el.drawComplete.catch(() => undefined);
    expect(errors.map((e) => [e.error.kind, e.error.code])).to.deep.equal([['validation', 'not-success']]);
    expect(texts(el, '[part="error"] span')).to.deep.equal([
      'Braze answered without data:',
      NOT_SUCCESS_200.message,
    ]);
    expect(texts(el, '[part="error"] button')).to.deep.equal(['Retry']);
  });

  for (const [tag, attributes, handler, path] of [
    [
      'braze-segment-trend',
      'segment-id="seg_1"',
      segments(() => json(NUMERIC_STRINGS.sizes.body)),
      NUMERIC_STRINGS.sizes.path,
    ],
    ['braze-session-chart', '', () => json(NUMERIC_STRINGS.sessions.body), NUMERIC_STRINGS.sessions.path],
    [
      'braze-send-breakdown',
      'campaign-id="c" send-id="s"',
      () => json(NUMERIC_STRINGS.sends.body),
      NUMERIC_STRINGS.sends.path,
    ],
    [
      'braze-send-breakdown',
      'campaign-id="c" send-id="s"',
      () => json(NUMERIC_STRINGS.sendsRevenue.body),
      NUMERIC_STRINGS.sendsRevenue.path,
    ],
  ] as const) {
    it(`${tag} refuses a numeric string as a validation error naming ${path}`, async () => {
      const { el, errors } = await mount(tag, attributes, handler);
      await el.drawComplete.catch(() => undefined);
      expect(errors.map((e) => e.error.kind)).to.deep.equal(['validation']);
      expect(errorView(el).textContent).to.contain(`${path}: missing or not of type number`);
    });
  }

  it('draws sends whose revenue or conversions are null and whose variants carry unknown objects and arrays', async () => {
    const { el, errors } = await mount(
      'braze-send-breakdown',
      'campaign-id="c" send-id="s" length="2" ending-at="2024-05-31"',
      () => json(LENIENT_SENDS),
    );
    await el.drawComplete;
    expect(errors).to.deep.equal([]);
    expect(root(el).querySelectorAll('rect.segment')).to.have.length(2);
    expect(root(el).querySelector('.stats .revenue'), 'revenue not reported: not shown as $0').to.equal(null);
  });

  it('explains and shades the days older than the 14 days Braze keeps send analytics', async () => {
    const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
    const data = Array.from({ length: 20 }, (_, i) => ({
      time: day(19 - i),
      messages: i < 6 ? {} : { email: [{ variation_name: 'A', sent: 100 + i }] },
    }));
    const { el } = await mount('braze-send-breakdown', 'campaign-id="c" send-id="s" length="20"', () =>
      json({ message: 'success', data }),
    );
    await el.drawComplete;
    const shade = root(el).querySelector<SVGRectElement>('rect.retention-shade')!;
    const firstKept = root(el).querySelector<SVGRectElement>('rect.segment[data-day="6"]')!;
    expect(Number(shade.getAttribute('width'))).to.be.greaterThan(0);
    expect(Number(shade.getAttribute('width'))).to.be.at.most(Number(firstKept.getAttribute('x')));
    expect(texts(el, '.notes .retention')[0]).to.match(
      /^Braze keeps send analytics for 14 days: days before /,
    );
    expect(csvRows(el)[0]).to.equal(`${day(19)},`);
  });

  it('says why a period entirely older than the retention is empty, instead of a bare "no data"', async () => {
    const { el } = await mount(
      'braze-send-breakdown',
      'campaign-id="c" send-id="s" length="7" ending-at="2024-05-31"',
      () => json({ message: 'success', data: [{ time: '2024-05-31', messages: {} }] }),
    );
    await el.drawComplete;
    expect(texts(el, '[part="empty"]')).to.deep.equal([
      'Braze keeps send analytics for 14 days: this period is older, so it has no data.',
    ]);
  });
});

describe('issue 11: every failure ends, and Retry really retries', () => {
  it('ends a proxy that never answers in a timeout error with Retry (element timeout)', async () => {
    const { el, errors } = await mount(
      'braze-session-chart',
      'timeout="50"',
      () => new Promise<Response>(() => undefined),
    );
    const error = await el.drawComplete.then(
      () => undefined,
      (e: unknown) => e as BrazeErrorDetail['error'],
    );
    expect(error?.kind).to.equal('timeout');
    await el.updateComplete;
    expect(errors.map((e) => e.error.kind)).to.deep.equal(['timeout']);
    expect(texts(el, '[part="error"] strong')).to.deep.equal([
      'The analytics service did not answer in time',
    ]);
    expect(texts(el, '[part="error"] button')).to.deep.equal(['Retry']);
  });

  for (const tag of ['braze-segment-trend', 'braze-send-breakdown'] as const) {
    it(`${tag} times out too, by the client's timeoutMs`, async () => {
      const attributes = tag === 'braze-segment-trend' ? 'segment-id="seg_1"' : 'campaign-id="c" send-id="s"';
      const { el, fetch } = await mount(tag, attributes, () => new Promise<Response>(() => undefined), {
        timeoutMs: 50,
      });
      await el.drawComplete.catch(() => undefined);
      expect(errorView(el).querySelector('strong')!.textContent).to.equal(
        'The analytics service did not answer in time',
      );
      fetch.requests.forEach((r) => expect(r.signal.aborted, 'nobody waits: the fetch stops').to.equal(true));
    });
  }

  it('waits 20 s by default', async () => {
    const delays: number[] = [];
    const original = window.setTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      delays.push(ms ?? 0);
      return original(fn, ms, ...rest);
    }) as typeof window.setTimeout;
    try {
      const { el } = await mount('braze-session-chart', '', () => new Promise<Response>(() => undefined));
      await el.updateComplete;
      await aTimeout(0);
    } finally {
      window.setTimeout = original;
    }
    expect(delays).to.include(20_000);
  });

  it('Retry after a broken 200 reaches the network (cache: reload) and draws', async () => {
    // A scripted proxy + browser HTTP cache: the broken answer sits in the cache for any request that allows it.
    let fixed = false;
    const seen: RequestCache[] = [];
    const { el, fetch } = await mount(
      'braze-session-chart',
      'length="7" ending-at="2024-05-31"',
      (request) => {
        seen.push(request.cache);
        if (!fixed || request.cache !== 'reload') return json(NUMERIC_STRINGS.sessions.body);
        return json(GAPS_AND_DUPLICATES.sessions);
      },
    );
    await el.drawComplete.catch(() => undefined);
    expect(errorView(el).textContent).to.contain('data.0.sessions');
    fixed = true;
    const button = errorView(el).querySelector('button')!;
    button.focus();
    button.click();
    await el.drawComplete;
    expect(seen).to.deep.equal(['default', 'reload']);
    expect(fetch.requests).to.have.length(2);
    expect(root(el).querySelectorAll('rect.bar')).to.have.length(4);
    // Focus stayed on the chart (now its svg), not the page.
    expect(document.activeElement).to.equal(el);
    expect(root(el).activeElement).to.equal(svgOf(el));
  });

  it('end to end: Retry after a broken 200 asks the reference proxy again, which answers no-store without ETag', async () => {
    configureClient('/api/braze', { retryBaseMs: 1, retryMaxMs: 2 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    wrapper.innerHTML = `<braze-session-chart proxy-url="/api/braze" locale="en-US" app-id="fault_schema" length="3"
      ending-at="2024-05-31"></braze-session-chart>`;
    const el = wrapper.firstElementChild as Chart;
    await el.drawComplete.catch(() => undefined);
    const url = new URL(
      '/api/braze/sessions/data_series?length=3&unit=day&ending_at=2024-05-31&app_id=fault_schema',
      location.href,
    ).href;
    const before = performance.getEntriesByName(url).length;
    expect(before, 'the broken answer, retried like any 5xx').to.equal(3);
    errorView(el).querySelector('button')!.click();
    await el.drawComplete.catch(() => undefined);
    const entries = performance.getEntriesByName(url) as PerformanceResourceTiming[];
    expect(entries.length - before, 'Retry reached the proxy again').to.equal(3);
    entries.forEach((e) =>
      expect(e.transferSize, 'from the network, not the HTTP cache').to.be.greaterThan(0),
    );
    const answer = await fetch(url, { cache: 'no-store' });
    expect(answer.status).to.equal(502);
    expect(answer.headers.get('cache-control')).to.equal('no-store');
    expect(answer.headers.get('etag')).to.equal(null);
  });

  it('keeps focus on the chart when Retry fails again: on the new Retry button', async () => {
    const { el } = await mount('braze-session-chart', '', () => json(NOT_SUCCESS_200));
    await el.drawComplete.catch(() => undefined);
    errorView(el).querySelector('button')!.focus();
    errorView(el).querySelector('button')!.click();
    await el.drawComplete.catch(() => undefined);
    await el.updateComplete;
    expect(document.activeElement).to.equal(el);
    expect(root(el).activeElement).to.equal(errorView(el).querySelector('button'));
  });

  it('segment trend: a failing series aborts the details; Retry starts both afresh', async () => {
    let broken = true;
    const { el, fetch, errors } = await mount(
      'braze-segment-trend',
      'segment-id="seg_1" length="7" ending-at="2024-05-31"',
      segments(
        () => (broken ? json({ message: 'Internal' }, { status: 503 }) : json(GAPS_AND_DUPLICATES.sizes)),
        () => (broken ? new Promise<Response>(() => undefined) : json(DETAILS)),
      ),
    );
    await el.drawComplete.catch(() => undefined);
    const details = fetch.to('/segments/details');
    expect(details).to.have.length(1);
    expect(details[0]!.signal.aborted).to.equal(true);
    expect(errors).to.have.length(1);
    broken = false;
    errorView(el).querySelector('button')!.click();
    await el.drawComplete;
    expect(fetch.to('/segments/data_series')).to.have.length(2);
    expect(fetch.to('/segments/details')).to.have.length(2);
    expect(texts(el, '[part="title"]')).to.deep.equal(['Weekly buyers']);
  });

  it('segment trend: when only the details fail, draws the series titled with the id, with a notice', async () => {
    const { el, loads, errors } = await mount(
      'braze-segment-trend',
      'segment-id="seg_1" length="7" ending-at="2024-05-31"',
      segments(
        () => json(GAPS_AND_DUPLICATES.sizes),
        () => json({ message: 'Forbidden' }, { status: 403 }),
      ),
    );
    await el.drawComplete;
    expect(svgOf(el)).to.not.equal(null);
    expect(texts(el, '[part="title"]')).to.deep.equal(['seg_1']);
    expect(texts(el, '[part="notes"] li')[0]).to.equal(
      "The segment's name and description could not be loaded (The analytics service returned an error).",
    );
    expect(errors).to.deep.equal([]);
    expect((loads[0]!.data as SegmentTrendData).details).to.equal(undefined);
  });

  it('offers Retry for 5xx, 429, timeouts and unreadable answers, not for 400, 401, 403, 404', async () => {
    for (const [status, retry] of [
      [400, false],
      [401, false],
      [403, false],
      [404, false],
      [503, true],
    ] as const) {
      const { el } = await mount('braze-session-chart', '', () =>
        json({ message: `HTTP ${status}` }, { status }),
      );
      await el.drawComplete.catch(() => undefined);
      expect(texts(el, '[part="error"] button'), String(status)).to.deep.equal(retry ? ['Retry'] : []);
    }
  });
});

describe('issue 11: CSV export neutralises spreadsheet formulas', () => {
  it('writes a variation named @SUM(1+1) as text', async () => {
    const { el } = await mount(
      'braze-send-breakdown',
      'campaign-id="c" send-id="s" length="1" ending-at="2024-05-31" group-by="variation"',
      () => json(FORMULA_VARIANT),
    );
    await el.drawComplete;
    const [header] = el.toCSV().split('\r\n');
    // Variations in name order: '@…' before '=…'.
    expect(header).to.equal(`Date,'@SUM(1+1),"'=HYPERLINK(""http://x"")"`);
  });
});

describe('issue 11: numeric properties set as strings', () => {
  it('el.length = \'24\' draws 24 hours, as length="24" does', async () => {
    const { el, fetch } = await mount(
      'braze-session-chart',
      'unit="hour" ending-at="2024-05-31T23:00:00Z"',
      (request) => {
        const length = Number(new URL(request.url).searchParams.get('length'));
        const data = Array.from({ length }, (_, i) => ({
          time: new Date(Date.parse('2024-05-31T23:00:00Z') - (length - 1 - i) * 3_600_000).toISOString(),
          sessions: 10 + i,
        }));
        return json({ message: 'success', data });
      },
    );
    await el.drawComplete;
    (el as unknown as { length: unknown }).length = '12';
    await el.drawComplete;
    expect(new URL(fetch.requests.at(-1)!.url).searchParams.get('length')).to.equal('12');
    expect(root(el).querySelectorAll('rect.bar')).to.have.length(12);
    expect(errorView(el)).to.equal(null);
    expect((el as unknown as { length: unknown }).length).to.equal(12);
  });

  for (const [tag, attributes, handler] of [
    [
      'braze-segment-trend',
      'segment-id="seg_1" ending-at="2024-05-31"',
      segments(() => json(GAPS_AND_DUPLICATES.sizes)),
    ],
    [
      'braze-send-breakdown',
      'campaign-id="c" send-id="s" ending-at="2024-05-31"',
      () => json(GAPS_AND_DUPLICATES.sends),
    ],
  ] as const) {
    it(`${tag}: length and timeout as strings work`, async () => {
      const { el, fetch } = await mount(tag, attributes, handler);
      Object.assign(el, { length: '7', timeout: '5000' });
      await el.drawComplete;
      expect(new URL(fetch.requests.at(-1)!.url).searchParams.get('length')).to.equal('7');
      expect(csvRows(el)).to.have.length(7);
      expect((el as unknown as { timeout: unknown }).timeout).to.equal(5000);
    });
  }
});

describe('issue 11: one lifecycle: braze-load after the chart is drawn, in all three', () => {
  const cases = [
    [
      'braze-segment-trend',
      'segment-id="seg_1" length="7" ending-at="2024-05-31"',
      segments(() => json(GAPS_AND_DUPLICATES.sizes)),
      'path.line',
    ],
    [
      'braze-session-chart',
      'length="7" ending-at="2024-05-31"',
      () => json(GAPS_AND_DUPLICATES.sessions),
      'rect.bar',
    ],
    [
      'braze-send-breakdown',
      'campaign-id="c" send-id="s" length="7" ending-at="2024-05-31"',
      () => json(GAPS_AND_DUPLICATES.sends),
      'rect.segment',
    ],
  ] as const;
  for (const [tag, attributes, handler, mark] of cases) {
    it(`${tag}: the marks are in the DOM when braze-load fires, and drawComplete resolves with it`, async () => {
      const uncaught = watchUncaught();
      try {
        const drawnAtLoad: number[] = [];
        const { el, loads } = await mount(tag, attributes, handler);
        el.addEventListener('braze-load', () => drawnAtLoad.push(root(el).querySelectorAll(mark).length));
        await el.drawComplete;
        expect(loads).to.have.length(1);
        expect(drawnAtLoad[0]).to.be.greaterThan(0);
        // A second element gets the answer from the cache: drawn before its braze-load too.
        const second = await mount(tag, attributes, handler);
        const counts: number[] = [];
        second.el.addEventListener('braze-load', () =>
          counts.push(root(second.el).querySelectorAll(mark).length),
        );
        await second.el.drawComplete;
        // Re-rendering the same answer fires nothing more.
        second.el.requestUpdate();
        await second.el.updateComplete;
        expect(second.loads).to.have.length(1);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });
  }

  it('drawComplete rejects with the error when loading fails', async () => {
    const { el } = await mount('braze-segment-trend', 'segment-id="seg_1"', () =>
      json({ message: 'nope' }, { status: 404 }),
    );
    const error = await el.drawComplete.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as { status: number }).status).to.equal(404);
  });
});
