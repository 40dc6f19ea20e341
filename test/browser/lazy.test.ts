import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/segment-trend.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { drawn } from './helpers/rendered.js';

/** A fake Braze answering every segment request. */
function braze() {
  return fakeFetch((request) =>
    new URL(request.url).pathname.endsWith('/segments/details')
      ? json({ message: 'success', name: 'Segment' })
      : json({
          message: 'success',
          data: ['2024-05-29', '2024-05-30', '2024-05-31'].map((time, i) => ({ time, size: 100 + i })),
        }),
  );
}

/** Two charts far apart: the first on screen, the second three viewports below it. */
async function page(loading: 'lazy' | 'eager') {
  const proxy = uniqueProxyUrl();
  const fetch = braze();
  configureClient(proxy, { fetch, retries: 0 });
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 480px">
      <braze-segment-trend proxy-url=${proxy} segment-id="seg_top" loading=${loading}></braze-segment-trend>
      <div style="height: ${innerHeight * 3}px"></div>
      <braze-segment-trend proxy-url=${proxy} segment-id="seg_below" loading=${loading}></braze-segment-trend>
    </div>
  `);
  const [top, below] = wrapper.querySelectorAll<BrazeSegmentTrend>('braze-segment-trend');
  return { fetch, top: top!, below: below! };
}

const segmentsAsked = (fetch: ReturnType<typeof braze>) =>
  new Set(fetch.requests.map((r) => new URL(r.url).searchParams.get('segment_id')));

describe('loading="lazy"', () => {
  afterEach(() => scrollTo(0, 0));

  it('loads and draws a chart near the viewport; one far below asks for nothing and holds its place', async () => {
    const { fetch, top, below } = await page('lazy');
    await top.drawComplete;
    await drawn(top);
    await below.updateComplete;
    expect([...segmentsAsked(fetch)]).to.deep.equal(['seg_top']);
    expect(below.shadowRoot!.querySelector('[part="loading"]'), 'the loading view').to.not.equal(null);
    const held = below.getBoundingClientRect().height;
    expect(held, 'its place is held').to.be.greaterThan(100);

    const loaded = oneEvent(below, 'braze-load');
    below.scrollIntoView();
    await loaded;
    await drawn(below);
    expect([...segmentsAsked(fetch)]).to.deep.equal(['seg_top', 'seg_below']);
    expect(fetch.requests.length, 'series and details of each, once').to.equal(4);
    expect(Math.abs(below.getBoundingClientRect().height - held), 'drawn where it was held').to.be.at.most(
      24,
    );
  });

  it('eager (the default) loads every chart at once, on screen or not', async () => {
    const { fetch, top, below } = await page('eager');
    await Promise.all([top.drawComplete, below.drawComplete]);
    expect([...segmentsAsked(fetch)].sort()).to.deep.equal(['seg_below', 'seg_top']);
  });
});
