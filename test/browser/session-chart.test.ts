import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/session-chart.js';
import { configureClient } from '../../src/data/client.js';
import { parseInstant } from '../../src/api/time.js';
import type { BrazeErrorDetail, BrazeLoadDetail } from '../../src/elements/base/events.js';
import type { BrazeSessionChart, SessionChartData } from '../../src/elements/session-chart/session-chart.js';
import { deferred, fakeFetch, json, pathPoints, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { drawn } from './helpers/rendered.js';
import { MOCK_FAULTS, describeFaultStates, recordMockProxy } from './helpers/fault-states.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
type Bucket = { time: string; sessions: number };

/** `length` buckets ending at `end` (a UTC midnight or hour start), oldest first; `value` null = not sent. */
function buckets(unit: 'day' | 'hour', end: number, length: number, value: (i: number) => number | null) {
  const step = unit === 'day' ? DAY : HOUR;
  const data: Bucket[] = [];
  for (let i = 0; i < length; i++) {
    const v = value(i);
    const t = new Date(end - (length - 1 - i) * step).toISOString();
    if (v !== null)
      data.push({ time: unit === 'day' ? t.slice(0, 10) : `${t.slice(0, 13)}:00:00Z`, sessions: v });
  }
  return data;
}

/**
 * A fake Braze for sessions/data_series: answers `length` buckets ending at `ending_at` (its date for days, its hour
 * for hours; default 2024-05-31 / 2024-05-31T17:00Z), valued by `value(i, query)`.
 */
function fakeSessions(value: (i: number, query: URLSearchParams) => number | null) {
  return fakeFetch((request) => {
    const q = new URL(request.url).searchParams;
    const unit = q.get('unit') === 'hour' ? 'hour' : 'day';
    const length = Number(q.get('length'));
    const endingAt = q.get('ending_at');
    const end =
      unit === 'day'
        ? Date.parse(`${(endingAt ?? '2024-05-31').slice(0, 10)}T00:00:00Z`)
        : Math.floor(parseInstant(endingAt ?? '2024-05-31T17:00:00Z')!.getTime() / HOUR) * HOUR;
    return json({ message: 'success', data: buckets(unit, end, length, (i) => value(i, q)) });
  });
}

const fromList = (values: (number | null)[]) => (i: number) => values[i] ?? null;

/** Every `braze-load` / `braze-error` an element fires, recorded from before it is connected. */
interface Mounted {
  el: BrazeSessionChart;
  loads: CustomEvent<BrazeLoadDetail<SessionChartData>>[];
  errors: CustomEvent<BrazeErrorDetail>[];
  /** The first braze-load (even if it fired before this was called). */
  load(): Promise<BrazeLoadDetail<SessionChartData>>;
  /** The first braze-error (even if it fired before this was called). */
  error(): Promise<BrazeErrorDetail>;
}

/**
 * Mounts an element (600px wide, plot 240px high) with its event listeners already attached: an answer from the
 * client's cache is rendered, and its event fired, in the element's first update.
 */
async function mount(proxyUrl: string, attributes = '', width = 600): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<braze-session-chart proxy-url="${proxyUrl}" locale="en-US" ${attributes}
    style="--braze-chart-height: 240px"></braze-session-chart>`;
  const el = document.importNode(template.content.firstElementChild!, true) as BrazeSessionChart;
  const loads: Mounted['loads'] = [];
  const errors: Mounted['errors'] = [];
  const first = <T>(list: CustomEvent<T>[], type: 'braze-load' | 'braze-error') =>
    list[0] ? Promise.resolve(list[0].detail) : oneEvent(el, type).then((e) => e.detail as T);
  el.addEventListener('braze-load', (e) => loads.push(e as CustomEvent<BrazeLoadDetail<SessionChartData>>));
  el.addEventListener('braze-error', (e) => errors.push(e));
  wrapper.append(el);
  return {
    el,
    loads,
    errors,
    load: () => first(loads, 'braze-load'),
    error: () => first(errors, 'braze-error'),
  };
}

async function loaded(m: Mounted) {
  const detail = await m.load();
  const svg = await drawn(m.el);
  return { detail, svg, root: m.el.shadowRoot!, el: m.el };
}

const num = (el: Element, name: string) => Number(el.getAttribute(name));
const bars = (svg: SVGSVGElement, which: 'current' | 'previous') => [
  ...svg.querySelectorAll<SVGRectElement>(`rect.bar.${which}`),
];
const heights = (rects: SVGRectElement[]) => rects.map((r) => num(r, 'height'));
const ratios = (values: number[]) => values.map((v) => v / values[0]!);
const xLabels = (svg: SVGSVGElement) => [...svg.querySelectorAll('.axis-x text')].map((t) => t.textContent!);
/** The y (in plot coordinates) of the value axis' 0 tick. */
const zeroY = (svg: SVGSVGElement) =>
  num(
    [...svg.querySelectorAll('.axis-y text')].find((t) => t.textContent === '0')!,
    'y',
  );
const subpaths = (d: string) => (d.match(/M/g) ?? []).length;
const closeTo = (actual: number[], expected: number[], delta = 1e-6) =>
  actual.forEach((a, i) => expect(a, `#${i}`).to.be.closeTo(expected[i]!, delta));

describe('<braze-session-chart>', () => {
  describe('bars and line', () => {
    it('draws one bar per day, in bucket order, with heights proportional to sessions', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions(fromList([100, 200, 50, 400])) });
      const mounted = await mount(url, 'length="4" ending-at="2024-05-04"');
      const { svg } = await loaded(mounted);
      const rects = bars(svg, 'current');
      expect(rects.map((r) => r.dataset.index)).to.deep.equal(['0', '1', '2', '3']);
      closeTo(ratios(heights(rects)), [1, 2, 0.5, 4]);
      const xs = rects.map((r) => num(r, 'x'));
      xs.slice(1).forEach((x, i) => expect(x).to.be.greaterThan(xs[i]!));
      const steps = xs.slice(1).map((x, i) => x - xs[i]!);
      steps.forEach((s) => expect(s).to.be.closeTo(steps[0]!, 1e-6));
      rects.forEach((r) => expect(num(r, 'y') + num(r, 'height')).to.be.closeTo(zeroY(svg), 1e-6));
      expect(svg.querySelector('path.line')).to.equal(null);
      // No native <title> tooltip competes with the chart's own.
      expect(svg.querySelector('title')).to.equal(null);
    });

    it('draws a line with variant="line": evenly spaced, heights above 0 proportional to sessions', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions(fromList([100, 300, 200, 50, 100])) });
      const mounted = await mount(url, 'variant="line" length="5" ending-at="2024-05-05"');
      const { svg } = await loaded(mounted);
      expect(bars(svg, 'current')).to.have.length(0);
      const points = pathPoints(svg.querySelector('path.line.current')!.getAttribute('d')!);
      expect(points).to.have.length(5);
      const steps = points.slice(1).map((p, i) => p.x - points[i]!.x);
      steps.forEach((s) => expect(s).to.be.closeTo(steps[0]!, 1e-6));
      expect(points[4]!.x - points[0]!.x).to.be.greaterThan(450);
      const base = zeroY(svg);
      closeTo(ratios(points.map((p) => base - p.y)), [1, 3, 2, 0.5, 1], 1e-3);
    });

    it('labels day buckets with dates and hour buckets with times, no more labels than fit', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions((i) => 100 + i) });
      const day = await mount(url, 'length="30" ending-at="2024-05-30"');
      const { svg: daySvg } = await loaded(day);
      const dayLabels = xLabels(daySvg);
      // Calendar ticks: the Sundays of May 2024, not counted back from the end date.
      expect(dayLabels).to.deep.equal(['May 5', 'May 12', 'May 19', 'May 26']);
      dayLabels.forEach((l) => expect(l).to.match(/^[A-Z][a-z]{2} \d{1,2}$/));
      const plotWidth = 600 - 48 - 24;
      expect(dayLabels.length).to.be.within(2, Math.floor(plotWidth / 80));

      const hour = await mount(
        url,
        'unit="hour" length="48" ending-at="2024-05-31T17:00:00Z" time-zone="UTC"',
      );
      const { svg: hourSvg } = await loaded(hour);
      const hourLabels = xLabels(hourSvg);
      // Ticks sit on the clock (every k-th hour of the day), and midnight shows its date.
      expect(hourLabels.filter((l) => l.startsWith('May'))).to.deep.equal(['May 30', 'May 31']);
      hourLabels
        .filter((l) => !l.startsWith('May'))
        .forEach((l) => expect(l).to.match(/^\d{1,2}:00\s?[AP]M$/));
      expect(hourLabels.length).to.be.within(2, Math.floor(plotWidth / 80));
      // No two labels overlap.
      const boxes = [...hourSvg.querySelectorAll('.axis-x text')].map((t) => t.getBoundingClientRect());
      boxes.slice(1).forEach((b, i) => expect(b.left).to.be.greaterThan(boxes[i]!.right));
    });

    it('shows hour buckets in the time-zone given', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions(() => 10) });
      const mounted = await mount(
        url,
        'unit="hour" length="6" ending-at="2024-05-31T17:00:00Z" time-zone="Asia/Tokyo"',
      );
      const { svg } = await loaded(mounted);
      expect(xLabels(svg).at(-1)).to.equal('2:00 AM');
      expect(svg.getAttribute('aria-label')).to.contain('Jun 1, 2024, 2:00 AM');
    });

    it('shows the total and the average, and summarises the chart for screen readers', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions(fromList([1000, 2000, 3000, 4000, 5000])) });
      const mounted = await mount(url, 'length="5" ending-at="2024-05-05" app-id="app_ios"');
      const { svg, root } = await loaded(mounted);
      expect(root.querySelector('.total')!.textContent).to.equal('15,000');
      expect(root.querySelector('.average')!.textContent).to.equal('3,000');
      expect(root.querySelector('[part="stats"]')!.textContent).to.contain('Average per day');
      expect(root.querySelector('[part="title"]')!.textContent).to.equal('Sessions per day');
      expect(root.querySelector('[part="description"]')!.textContent).to.contain('App app_ios');
      expect(svg.getAttribute('role')).to.equal('img');
      const label = svg.getAttribute('aria-label')!;
      expect(label).to.contain('May 1 – 5, 2024');
      expect(label).to.contain('total 15,000 sessions');
      expect(label).to.contain('average 3,000 per day');
      expect(label).to.contain('Peak 5,000 on May 5, 2024');
      expect(label).to.contain('rising');
      await expect(mounted.el).to.be.accessible();
    });

    it('re-lays out the bars when its container is resized', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions(() => 10) });
      const { svg, el } = await loaded(await mount(url, 'length="10" ending-at="2024-05-10"'));
      const before = num(bars(svg, 'current').at(-1)!, 'x');
      (el.parentElement as HTMLElement).style.width = '300px';
      for (
        let i = 0;
        i < 20 && Number(el.shadowRoot!.querySelector('svg')!.getAttribute('width')) !== 300;
        i++
      ) {
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
      }
      const after = el.shadowRoot!.querySelector('svg')!;
      expect(after.getAttribute('width')).to.equal('300');
      expect(num(bars(after, 'current').at(-1)!, 'x')).to.be.lessThan(before / 2);
    });
    it('renders an answer the page already has at once, in its first update', async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeSessions(fromList([1, 2, 3]));
      configureClient(url, { fetch });
      await loaded(await mount(url, 'length="3" ending-at="2024-05-03"'));
      const second = await mount(url, 'length="3" ending-at="2024-05-03"');
      const { svg } = await loaded(second);
      expect(fetch.requests).to.have.length(1);
      expect(second.loads).to.have.length(1);
      expect(bars(svg, 'current')).to.have.length(3);
    });

    it('redraws without requesting when only the look changes, and requests again for a new unit', async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeSessions(() => 7);
      configureClient(url, { fetch });
      const mounted = await mount(url, 'length="3" ending-at="2024-05-03"');
      const { el } = await loaded(mounted);
      el.variant = 'line';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('path.line.current')).to.not.equal(null);
      expect(fetch.requests).to.have.length(1);
      expect(mounted.loads).to.have.length(1);
      el.unit = 'hour';
      await oneEvent(el, 'braze-load');
      expect(fetch.requests).to.have.length(2);
      expect(new URL(fetch.requests[1]!.url).searchParams.get('unit')).to.equal('hour');
    });
  });

  describe('missing buckets', () => {
    // Day 3 of 5 is not sent at all: it must be found from the expected day sequence, not from nulls.
    const gappy = fromList([100, 200, null, 400, 500]);

    it('leaves a gap by default: no bar, a break in the line', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions(gappy) });
      const barsEl = await mount(url, 'length="5" ending-at="2024-05-05"');
      const { svg, root } = await loaded(barsEl);
      const rects = bars(svg, 'current');
      expect(rects.map((r) => r.dataset.index)).to.deep.equal(['0', '1', '3', '4']);
      expect(root.querySelector('.total')!.textContent).to.equal('1,200');
      expect(root.querySelector('.average')!.textContent).to.equal('300');
      expect(svg.getAttribute('aria-label')).to.contain('No data for 1 day');

      const lineEl = await mount(url, 'variant="line" length="5" ending-at="2024-05-05"');
      const { svg: lineSvg } = await loaded(lineEl);
      const d = lineSvg.querySelector('path.line.current')!.getAttribute('d')!;
      expect(subpaths(d)).to.equal(2);
      expect(pathPoints(d)).to.have.length(4);
    });

    it('draws missing buckets as zeros with missing="zero"', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeSessions(gappy) });
      const barsEl = await mount(url, 'missing="zero" length="5" ending-at="2024-05-05"');
      const { svg, root } = await loaded(barsEl);
      const rects = bars(svg, 'current');
      expect(rects).to.have.length(5);
      expect(heights(rects)[2]).to.equal(0);
      expect(root.querySelector('.average')!.textContent).to.equal('240');

      const lineEl = await mount(url, 'missing="zero" variant="line" length="5" ending-at="2024-05-05"');
      const { svg: lineSvg } = await loaded(lineEl);
      const d = lineSvg.querySelector('path.line.current')!.getAttribute('d')!;
      expect(subpaths(d)).to.equal(1);
      const points = pathPoints(d);
      expect(points).to.have.length(5);
      expect(points[2]!.y).to.be.closeTo(zeroY(lineSvg), 1e-6);
    });

    it('finds a missing last bucket from ending-at', async () => {
      const url = uniqueProxyUrl();
      // Asked to end on May 5, the server only sent May 1–4.
      const fetch = fakeFetch(() =>
        json({ message: 'success', data: buckets('day', Date.UTC(2024, 4, 4), 4, () => 9) }),
      );
      configureClient(url, { fetch });
      const mounted = await mount(url, 'length="5" ending-at="2024-05-05"');
      const { svg } = await loaded(mounted);
      expect(bars(svg, 'current').map((r) => r.dataset.index)).to.deep.equal(['0', '1', '2', '3']);
      expect(xLabels(svg).at(-1)).to.equal('May 5');
    });
  });

  describe('compare="previous"', () => {
    const query = (r: Request) => Object.fromEntries(new URL(r.url).searchParams);

    it('requests the period before, same length, unit and filters, and draws it as hollow bars beside', async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeSessions((i, q) =>
        q.get('ending_at') === '2024-05-24' ? 100 * (i + 1) : 200 * (i + 1),
      );
      configureClient(url, { fetch });
      const mounted = await mount(
        url,
        'compare="previous" length="7" ending-at="2024-05-31" app-id="app_ios" segment-id="seg_vip"',
      );
      const { svg, root, detail } = await loaded(mounted);
      expect(fetch.requests.map(query)).to.deep.equal([
        { length: '7', unit: 'day', ending_at: '2024-05-31', app_id: 'app_ios', segment_id: 'seg_vip' },
        { length: '7', unit: 'day', ending_at: '2024-05-24', app_id: 'app_ios', segment_id: 'seg_vip' },
      ]);
      expect(detail.data.series.data).to.have.length(7);
      expect(detail.data.previous!.data[0]!.time).to.equal('2024-05-18');
      const current = bars(svg, 'current');
      const previous = bars(svg, 'previous');
      expect(previous).to.have.length(7);
      closeTo(ratios(heights(previous)), [1, 2, 3, 4, 5, 6, 7]);
      // Same scale: each previous bar is half its current bar; narrower, first, beside it in the same bucket.
      heights(previous).forEach((h, i) => expect(h / heights(current)[i]!).to.be.closeTo(0.5, 1e-6));
      previous.forEach((p, i) => {
        expect(num(p, 'width')).to.be.lessThan(num(current[i]!, 'width'));
        expect(p.compareDocumentPosition(current[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(num(p, 'x') + num(p, 'width')).to.be.lessThan(num(current[i]!, 'x'));
        expect(num(current[i]!, 'x') - num(p, 'x')).to.be.lessThan(
          num(current[1]!, 'x') - num(current[0]!, 'x'),
        );
      });
      // A different encoding, not a lighter copy: hollow bars in the neutral colour, solid bars in series 1.
      const [cur, prev] = [getComputedStyle(current[0]!), getComputedStyle(previous[0]!)];
      expect(prev.stroke).to.not.equal('none');
      expect(prev.stroke).to.not.equal(cur.fill);
      expect(root.querySelector('.change')!.textContent!.trim()).to.equal('+100.0%');
      expect(root.querySelector('.change')!.classList.contains('up')).to.equal(true);
      const legend = [...root.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
      expect(legend).to.deep.equal([
        'This period (May 25 – 31, 2024)',
        'Previous period (May 18 – 24, 2024)',
      ]);
      // The previous period's values with their own dates, in the CSV as in tooltip and table.
      const csv = (mounted.el as unknown as { toCSV(): string }).toCSV().split('\r\n');
      expect(csv[0]).to.equal('Date,This period,Previous period – Date,Previous period');
      expect(csv[1]).to.equal('2024-05-25,200,2024-05-18,100');
      expect(svg.getAttribute('aria-label'))
        .to.contain('Previous period, May 18 – 24, 2024')
        .and.contain('+100.0%');
      await expect(mounted.el).to.be.accessible();
    });

    it('without ending-at, ends the previous period the day before the first day it got', async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeSessions(() => 10);
      // The page's clock is in Braze's latest day (2024-05-31, the fake's "today").
      configureClient(url, { fetch, now: () => Date.parse('2024-05-31T15:00:00Z') });
      const { detail, el } = await loaded(await mount(url, 'compare="previous" length="30"'));
      expect(fetch.requests.map(query)).to.deep.equal([
        { length: '30', unit: 'day' },
        // The answer ended on 2024-05-31, so the period began on May 2: the previous one ends on May 1.
        { length: '30', unit: 'day', ending_at: '2024-05-01' },
      ]);
      expect(detail.data.previous!.data.at(-1)!.time).to.equal('2024-05-01');
      expect(el.shadowRoot!.querySelector('.change')!.textContent!.trim()).to.equal('0.0%');
    });

    it('without ending-at, starts both periods at once, before either answers', async () => {
      const url = uniqueProxyUrl();
      const gate = deferred<void>();
      const answer = fakeSessions(() => 10);
      const fetch = fakeFetch(async (request) => {
        await gate.promise;
        return answer(request);
      });
      configureClient(url, { fetch, now: () => Date.parse('2024-05-31T15:00:00Z') });
      const mounted = await mount(url, 'compare="previous" length="30"');
      await mounted.el.updateComplete;
      // No answer yet, and both requests are out: no waterfall.
      expect(mounted.loads).to.have.length(0);
      expect(fetch.requests.map(query)).to.deep.equal([
        { length: '30', unit: 'day' },
        { length: '30', unit: 'day', ending_at: '2024-05-01' },
      ]);
      gate.resolve();
      const { detail } = await loaded(mounted);
      expect(fetch.requests, 'the guess held: nothing asked again').to.have.length(2);
      expect(detail.data.previous!.data.at(-1)!.time).to.equal('2024-05-01');
    });

    it("asks for the previous period again when Braze's latest bucket is not the page clock's", async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeSessions((i, q) => (q.get('ending_at') ? 5 : 10));
      // The page's clock says June 2 (ahead, or another zone); Braze's latest day is May 31.
      configureClient(url, { fetch, now: () => Date.parse('2024-06-02T01:00:00Z') });
      const mounted = await mount(url, 'compare="previous" length="30"');
      const { detail, el } = await loaded(mounted);
      const asked = fetch.requests.map((r) => query(r).ending_at ?? null);
      // The guess (May 3 = June 2 − 30 days) went out with the current period, then the truth (May 1).
      expect(asked).to.deep.equal([null, '2024-05-03', '2024-05-01']);
      expect(detail.data.previous!.data.at(-1)!.time).to.equal('2024-05-01');
      expect(mounted.loads, 'one braze-load, for the aligned pair').to.have.length(1);
      expect(el.shadowRoot!.querySelector('.change')!.textContent!.trim()).to.equal('+100.0%');
    });

    it('moves ending-at back one period for hours, keeping its offset or its date-only form', async () => {
      const cases: [string, string, string | undefined, string | undefined][] = [
        ['hour', '24', '2024-05-31T12:30:00-5:00', '2024-05-30T12:30:00-5:00'],
        ['hour', '6', '2024-05-31', '2024-05-30T18:00:00'],
        ['hour', '24', undefined, '2024-05-30T17:00:00Z'],
        ['day', '3', '2024-03-02T23:00:00+09:00', '2024-02-28T23:00:00+09:00'],
      ];
      for (const [unit, length, endingAt, expected] of cases) {
        const url = uniqueProxyUrl();
        const fetch = fakeSessions(() => 5);
        // The page's clock is in Braze's latest hour (the fake's default end, 2024-05-31T17:00Z).
        configureClient(url, { fetch, now: () => Date.parse('2024-05-31T17:20:00Z') });
        const ending = endingAt ? `ending-at="${endingAt}"` : '';
        const mounted = await mount(url, `compare="previous" unit="${unit}" length="${length}" ${ending}`);
        await loaded(mounted);
        expect(fetch.requests, endingAt).to.have.length(2);
        expect(query(fetch.requests[1]!), endingAt).to.deep.equal({ length, unit, ending_at: expected });
      }
    });

    it('draws the previous period as a dashed line with variant="line"', async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeSessions((i, q) => (q.get('ending_at') === '2024-05-01' ? 50 : 100 + 10 * i));
      configureClient(url, { fetch });
      const mounted = await mount(url, 'compare="previous" variant="line" length="4" ending-at="2024-05-05"');
      const { svg, root } = await loaded(mounted);
      const prev = svg.querySelector('path.line.previous')!;
      expect(getComputedStyle(prev).strokeDasharray).to.not.equal('none');
      const base = zeroY(svg);
      const cur = pathPoints(svg.querySelector('path.line.current')!.getAttribute('d')!);
      const old = pathPoints(prev.getAttribute('d')!);
      expect(old.map((p) => p.x)).to.deep.equal(cur.map((p) => p.x));
      closeTo(
        old.map((p) => (base - p.y) / (base - cur[0]!.y)),
        [0.5, 0.5, 0.5, 0.5],
        1e-3,
      );
      // 460 this period vs 200 before.
      expect(root.querySelector('.change')!.textContent!.trim()).to.equal('+130.0%');
    });

    it('when one period fails, aborts the other, reports one braze-error, and Retry starts both afresh', async () => {
      const url = uniqueProxyUrl();
      let broken = true;
      const fetch = fakeFetch((request) => {
        const previous = new URL(request.url).searchParams.get('ending_at') === '2024-05-24';
        if (!broken)
          return json({ message: 'success', data: buckets('day', Date.parse('2024-05-31'), 7, () => 10) });
        // The previous period fails at once; this period never answers.
        return previous
          ? json({ message: 'Previous failed' }, { status: 503 })
          : new Promise<Response>(() => undefined);
      });
      configureClient(url, { fetch, retries: 0 });
      const { el, errors, error } = await mount(url, 'compare="previous" length="7" ending-at="2024-05-31"');
      const first = await error();
      expect(first.error.status).to.equal(503);
      await el.updateComplete;
      const current = fetch.requests.find(
        (r) => new URL(r.url).searchParams.get('ending_at') === '2024-05-31',
      )!;
      expect(current.signal.aborted, 'the current period can no longer complete the chart').to.equal(true);
      expect(errors).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Previous failed');

      broken = false;
      const before = fetch.requests.length;
      const loaded = oneEvent(el, 'braze-load');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await loaded;
      const again = fetch.requests.slice(before);
      expect(again.map((r) => new URL(r.url).searchParams.get('ending_at')).sort()).to.deep.equal([
        '2024-05-24',
        '2024-05-31',
      ]);
      again.forEach((r) => expect(r.cache, 'Retry bypasses the HTTP cache').to.equal('reload'));
      expect(errors).to.have.length(1);
    });
  });

  describe('states', () => {
    it('shows the loading state while waiting, and passes axe', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeFetch(() => new Promise<Response>(() => undefined)) });
      const { el } = await mount(url);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for a period without buckets, and passes axe', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeFetch(() => json({ message: 'success', data: [] })) });
      const { el, load } = await mount(url, 'compare="previous"');
      const detail = await load();
      expect(detail.data.series.data).to.deep.equal([]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="empty"]')!.getAttribute('role')).to.equal('status');
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('explains a segment without analytics tracking in plain words', async () => {
      const url = uniqueProxyUrl();
      const body = {
        message: 'Segment does not have analytics tracking enabled',
        errors: ['segment_id seg_news: enable analytics tracking on the segment to export its sessions'],
      };
      configureClient(url, { fetch: fakeFetch(() => json(body, { status: 400 })) });
      const { el, error } = await mount(url, 'segment-id="seg_news"');
      const detail = await error();
      expect([detail.error.kind, detail.error.status]).to.deep.equal(['http', 400]);
      await el.updateComplete;
      const view = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(view.getAttribute('role')).to.equal('alert');
      expect(view.textContent).to.contain('Braze only reports this for segments with analytics tracking on.');
      expect(view.querySelector('button'), 'no Retry: asking again cannot turn tracking on').to.equal(null);
      expect(view.querySelector('strong')!.textContent).to.equal(
        'Analytics tracking is off for this segment',
      );
      expect(view.textContent).to.contain('Segments › Analytics tracking');
      await expect(el).to.be.accessible();
    });

    it('keeps the usual wording for other 400s', async () => {
      const url = uniqueProxyUrl();
      const body = { message: 'Invalid request parameters', errors: ['length: too long'] };
      configureClient(url, { fetch: fakeFetch(() => json(body, { status: 400 })) });
      const { el, error } = await mount(url, 'segment-id="seg_news"');
      await error();
      await el.updateComplete;
      const text = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
      expect(text).to.contain('The analytics service returned an error').and.contain('length: too long');
      expect(text).to.not.contain('analytics tracking');
    });

    it('reports an invalid length or time-zone as a configuration error without requesting', async () => {
      for (const attributes of ['length="500"', 'time-zone="Mars/Olympus"', 'unit="week"']) {
        const url = uniqueProxyUrl();
        const fetch = fakeSessions(() => 1);
        configureClient(url, { fetch });
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = `<braze-session-chart proxy-url="${url}" compare="previous" ${attributes}></braze-session-chart>`;
        const el = wrapper.firstElementChild as BrazeSessionChart;
        const { detail } = await oneEvent(el, 'braze-error');
        expect(detail.error.kind, attributes).to.equal('config');
        expect(fetch.requests, attributes).to.have.length(0);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="error"] button'), attributes).to.equal(null);
      }
    });
  });

  describe('against the reference proxy in mock mode (/api/braze)', () => {
    const seen = recordMockProxy();
    const requestsWith = (text: string) =>
      seen.filter((u) => u.includes('/sessions/data_series?') && u.includes(text)).length;

    it('renders daily sessions of the mock workspace', async () => {
      const mounted = await mount('/api/braze', 'length="14" ending-at="2024-05-31"');
      const { detail, svg } = await loaded(mounted);
      expect(detail.data.series.data).to.have.length(14);
      expect(detail.data.previous).to.equal(undefined);
      expect(bars(svg, 'current')).to.have.length(14);
      expect(xLabels(svg)).to.deep.equal(['May 19', 'May 26']);
    });

    it('renders an hourly line of one app over the previous 24 hours', async () => {
      const mounted = await mount(
        '/api/braze',
        'unit="hour" variant="line" compare="previous" app-id="app_ios" length="24" ending-at="2024-05-31T23:00:00Z"',
      );
      const { detail, svg } = await loaded(mounted);
      expect(detail.data.series.data).to.have.length(24);
      expect(detail.data.previous!.data.at(-1)!.time).to.equal('2024-05-30T23:00:00Z');
      expect(requestsWith('ending_at=2024-05-30T23%3A00%3A00Z&app_id=app_ios')).to.equal(1);
      expect(pathPoints(svg.querySelector('path.line.current')!.getAttribute('d')!)).to.have.length(24);
      expect(pathPoints(svg.querySelector('path.line.previous')!.getAttribute('d')!)).to.have.length(24);
      await expect(mounted.el).to.be.accessible();
    });

    it('explains seg_no_analytics in plain words', async () => {
      const { el, error } = await mount(
        '/api/braze',
        'segment-id="seg_no_analytics" length="7" ending-at="2024-05-31"',
      );
      const detail = await error();
      expect(detail.error.status).to.equal(400);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
        'Analytics tracking is off for this segment',
      );
    });

    describeFaultStates({
      mount: async (id) => (await mount('/api/braze', `segment-id="${id}" length="5"`)).el,
      requests: (id) => requestsWith(`segment_id=${id}`),
      faults: [
        { id: 'seg_does_not_exist', kind: 'http', status: 404, attempts: 1, retry: false },
        ...MOCK_FAULTS,
      ],
      title: (f) => `ends segment ${f.id} in the error state with a ${f.kind} braze-error`,
    });

    it('fails as a whole when an app fault hits both periods, with one braze-error', async () => {
      const { el, errors, error } = await mount(
        '/api/braze',
        'app-id="fault_422" compare="previous" length="5" ending-at="2024-05-31"',
      );
      const detail = await error();
      expect(detail.error.status).to.equal(422);
      await el.drawComplete.catch(() => undefined);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      expect(errors).to.have.length(1);
    });
  });
});
