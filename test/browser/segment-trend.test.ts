import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/segment-trend.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import { fakeFetch, json, pathPoints, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { drawn } from './helpers/rendered.js';
import { MOCK_FAULTS, describeFaultStates, recordMockProxy } from './helpers/fault-states.js';

const details = (name: string) => ({
  message: 'success',
  name,
  description: 'Users who did X',
  text_description: 'Our best users',
  tags: ['vip'],
});
const series = (sizes: number[], start = '2024-05-01') =>
  sizes.map((size, i) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return { time: d.toISOString().slice(0, 10), size };
  });

function brazeLike(sizes: number[], name = 'Power users') {
  return fakeFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/segments/details')) return json(details(name));
    return json({ message: 'success', data: series(sizes) });
  });
}

/** Mounts an element sized 600×240 and waits until it has rendered `braze-load` or `braze-error`. */
async function mount(proxyUrl: string, segmentId = 'seg_1', extra = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  wrapper.innerHTML = `<braze-segment-trend proxy-url="${proxyUrl}" segment-id="${segmentId}" ${extra}
    style="--braze-chart-height: 240px"></braze-segment-trend>`;
  const el = wrapper.firstElementChild as BrazeSegmentTrend;
  return el;
}

describe('<braze-segment-trend>', () => {
  it('draws a line on a fitted axis by default: the change fills the plot, no area from a cut-off floor', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: brazeLike([1_000_000, 1_010_000, 1_022_000]) });
    const el = await mount(url);
    await oneEvent(el, 'braze-load');
    const svg = await drawn(el);
    const points = pathPoints(svg.querySelector<SVGPathElement>('path.line')!.getAttribute('d')!);
    const plotHeight = Number(svg.getAttribute('height')) - 40;
    // A +2.2 % change spans more than half the plot's height, not a flat line over a 95 %-filled area.
    expect(points[0]!.y - points[2]!.y).to.be.greaterThan(plotHeight / 2);
    expect(svg.querySelector('path.area')).to.equal(null);
    const yLabels = [...svg.querySelectorAll('.axis-y text')].map((t) => t.textContent);
    expect(yLabels).to.not.include('0');
    expect(new Set(yLabels.map((l) => l!.replace(/[\d.]/g, ''))).size, 'one unit on the axis').to.equal(1);
  });

  it('draws one centred point with its own tick for a single day', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: brazeLike([1234]) });
    const el = await mount(url, 'seg_1', 'locale="en-US" length="1"');
    await oneEvent(el, 'braze-load');
    const svg = await drawn(el);
    const dot = svg.querySelector<SVGCircleElement>('circle.dot')!;
    const ticks = [...svg.querySelectorAll<SVGTextElement>('.axis-x text')];
    expect(ticks).to.have.length(1);
    const tickX = Number(ticks[0]!.getAttribute('x'));
    expect(tickX).to.be.closeTo(Number(dot.getAttribute('cx')), 0.01);
    const inner = dot.ownerSVGElement!.querySelector('.axis-x line')!.getAttribute('x2');
    expect(tickX).to.be.closeTo(Number(inner) / 2, 0.01);
  });

  it('draws the line and the area from zero with baseline="zero": heights proportional to size', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: brazeLike([1000, 2000, 1500, 500]) });
    const el = await mount(url, 'seg_1', 'length="4" baseline="zero"');
    await oneEvent(el, 'braze-load');
    const svg = await drawn(el);
    const line = svg.querySelector<SVGPathElement>('path.line')!;
    const points = pathPoints(line.getAttribute('d')!);
    expect(points).to.have.length(4);
    const steps = points.slice(1).map((p, i) => p.x - points[i]!.x);
    steps.forEach((s) => expect(s).to.be.closeTo(steps[0]!, 0.01));
    expect(points[3]!.x - points[0]!.x).to.be.greaterThan(400);
    // baseline is the bottom of the plot (value 0); heights above it are proportional to the sizes.
    const area = svg.querySelector<SVGPathElement>('path.area')!;
    const baseline = Math.max(...pathPoints(area.getAttribute('d')!).map((p) => p.y));
    const heights = points.map((p) => baseline - p.y);
    expect(heights[1]! / heights[0]!).to.be.closeTo(2, 0.001);
    expect(heights[2]! / heights[0]!).to.be.closeTo(1.5, 0.001);
    expect(heights[3]! / heights[0]!).to.be.closeTo(0.5, 0.001);
  });

  it('shows the name, description, latest size and change over the period', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: brazeLike([1000, 2000, 1500, 1250]) });
    const el = await mount(url, 'seg_1', 'locale="en-US"');
    await oneEvent(el, 'braze-load');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Power users');
    expect(root.querySelector('[part="description"]')!.textContent).to.equal('Our best users');
    expect(root.querySelector('.latest')!.textContent).to.equal('1,250');
    expect(root.querySelector('.change')!.textContent).to.equal('+250 (+25.0%)');
    expect(root.querySelector('.change')!.classList.contains('up')).to.equal(true);
    const svg = await drawn(el);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label'))
      .to.contain('Power users')
      .and.contain('1,000')
      .and.contain('1,250');
    const xLabels = [...svg.querySelectorAll('.axis-x text')].map((t) => t.textContent);
    // Calendar ticks over the 30 days ending May 4: the Sundays, the last of them Apr 28.
    expect(xLabels.at(-1)).to.equal('Apr 28');
    await expect(el).to.be.accessible();
  });

  it('makes one request per endpoint for two elements showing the same segment', async () => {
    const url = uniqueProxyUrl();
    const fetch = brazeLike([1, 2, 3]);
    configureClient(url, { fetch });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const elements = [1, 2].map(() =>
      Object.assign(document.createElement('braze-segment-trend'), {
        proxyUrl: url,
        segmentId: 'seg_shared',
      }),
    );
    const loaded = elements.map((el) => oneEvent(el, 'braze-load'));
    wrapper.append(...elements);
    await Promise.all(loaded);
    expect(fetch.to('/segments/data_series')).to.have.length(1);
    expect(fetch.to('/segments/details')).to.have.length(1);
    const query = new URL(fetch.to('/segments/data_series')[0]!.url).searchParams;
    expect(Object.fromEntries(query)).to.deep.equal({ segment_id: 'seg_shared', length: '30' });
  });

  it('aborts the old request when segment-id changes and shows only the new segment', async () => {
    const url = uniqueProxyUrl();
    const fetch = fakeFetch((request) => {
      const id = new URL(request.url).searchParams.get('segment_id');
      if (id === 'seg_slow') return new Promise<Response>(() => undefined);
      return new URL(request.url).pathname.endsWith('/details')
        ? json(details('Fast'))
        : json({ message: 'success', data: series([5, 6]) });
    });
    configureClient(url, { fetch });
    const el = await mount(url, 'seg_slow');
    await el.updateComplete;
    expect(fetch.requests).to.have.length(2);
    const loaded = oneEvent(el, 'braze-load');
    el.segmentId = 'seg_fast';
    await loaded;
    await el.updateComplete;
    const slow = fetch.requests.filter((r) => new URL(r.url).searchParams.get('segment_id') === 'seg_slow');
    expect(slow).to.have.length(2);
    slow.forEach((r) => expect(r.signal.aborted, r.url).to.equal(true));
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Fast');
  });

  it('shows the right numbers when switching back to a segment already in the cache', async () => {
    const url = uniqueProxyUrl();
    const sizes: Record<string, number[]> = { seg_s: [10, 20], seg_t: [300, 400] };
    configureClient(url, {
      fetch: fakeFetch((request) => {
        const query = new URL(request.url).searchParams;
        const id = query.get('segment_id')!;
        if (new URL(request.url).pathname.endsWith('/details')) return json(details(id));
        return json({ message: 'success', data: series(sizes[id]!) });
      }),
    });
    const el = await mount(url, 'seg_s', 'locale="en-US"');
    await oneEvent(el, 'braze-load');
    let loaded = oneEvent(el, 'braze-load');
    el.segmentId = 'seg_t';
    await loaded;
    loaded = oneEvent(el, 'braze-load');
    el.segmentId = 'seg_s';
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('seg_s');
    expect(el.shadowRoot!.querySelector('.latest')!.textContent).to.equal('20');
    const svg = await drawn(el);
    expect(svg.getAttribute('aria-label')).to.contain('from 10 to 20');
  });

  it('aborts its request when removed from the page', async () => {
    const url = uniqueProxyUrl();
    const fetch = fakeFetch(() => new Promise<Response>(() => undefined));
    configureClient(url, { fetch });
    const el = await mount(url, 'seg_gone');
    await el.updateComplete;
    expect(fetch.requests).to.have.length(2);
    el.remove();
    fetch.requests.forEach((r) => expect(r.signal.aborted).to.equal(true));
  });

  it('shows the loading state while waiting, and passes axe', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: fakeFetch(() => new Promise<Response>(() => undefined)) });
    const el = await mount(url);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state for a period without data', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: brazeLike([]) });
    const el = await mount(url);
    await oneEvent(el, 'braze-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports a missing segment-id as a configuration error without requesting', async () => {
    const url = uniqueProxyUrl();
    const fetch = brazeLike([1]);
    configureClient(url, { fetch });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('braze-segment-trend');
    el.proxyUrl = url;
    const failed = oneEvent(el, 'braze-error');
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('config');
    expect(fetch.requests).to.have.length(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('segment-id');
  });

  it('reports an invalid length as a configuration error without requesting', async () => {
    const url = uniqueProxyUrl();
    const fetch = brazeLike([1]);
    configureClient(url, { fetch });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('braze-segment-trend');
    Object.assign(el, { proxyUrl: url, segmentId: 'seg_1', length: 500 });
    const failed = oneEvent(el, 'braze-error');
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('config');
    expect(detail.error.details.join(' ')).to.contain('length');
    expect(fetch.requests).to.have.length(0);
  });

  describe('against the reference proxy in mock mode (/api/braze)', () => {
    const seen = recordMockProxy();
    const seriesRequests = (segmentId: string) =>
      seen.filter((u) => u.includes('/segments/data_series?') && u.includes(`segment_id=${segmentId}&`))
        .length;

    it('renders a mock segment end to end', async () => {
      const el = await mount('/api/braze', 'seg_all_users', 'ending-at="2024-05-31" length="14"');
      const { detail } = await oneEvent(el, 'braze-load');
      expect(detail.data.series.data).to.have.length(14);
      const svg = await drawn(el);
      expect(pathPoints(svg.querySelector('path.line')!.getAttribute('d')!)).to.have.length(14);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('All Users');
    });

    describeFaultStates({
      mount: (segmentId) => mount('/api/braze', segmentId),
      requests: seriesRequests,
      faults: [
        { id: 'seg_does_not_exist', kind: 'http', status: 404, attempts: 1, retry: false },
        ...MOCK_FAULTS,
      ],
    });
  });
});
