import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue';
import '../../src/index.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import { isBrazeElement } from '../../src/vue/index.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';

const series = (length: number) =>
  Array.from({ length }, (_, i) => ({ time: `2024-05-${String(i + 1).padStart(2, '0')}`, size: 1000 + i }));

describe('braze-charts in Vue 3', () => {
  let app: App | undefined;
  afterEach(() => app?.unmount());

  it('mounts the tags with isCustomElement and passes :length through to the request and the chart', async () => {
    const url = uniqueProxyUrl();
    const fetch = fakeFetch((request) => {
      const { pathname, searchParams } = new URL(request.url);
      if (pathname.endsWith('/segments/details')) return json({ message: 'success', name: 'All users' });
      return json({ message: 'success', data: series(Number(searchParams.get('length'))) });
    });
    configureClient(url, { fetch });
    const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const length = ref(7);
    app = createApp({
      setup: () => ({ url, length }),
      template: `<braze-segment-trend :proxy-url="url" segment-id="seg_1" :length="length" ending-at="2024-05-31">
        </braze-segment-trend>`,
    });
    app.config.compilerOptions.isCustomElement = isBrazeElement;
    const el = host.appendChild(document.createElement('div'));
    app.mount(el);
    const chart = el.querySelector<BrazeSegmentTrend>('braze-segment-trend')!;
    expect(chart).to.be.instanceOf(customElements.get('braze-segment-trend'));
    await oneEvent(chart, 'braze-load');
    // Vue sets a known DOM property as a property: a number, not the string "7".
    expect(chart.length).to.equal(7);
    expect(new URL(fetch.to('/segments/data_series')[0]!.url).searchParams.get('length')).to.equal('7');

    length.value = 12;
    await nextTick();
    const reloaded = await oneEvent(chart, 'braze-load');
    expect(reloaded.detail.data).to.have.nested.property('series.data').with.length(12);
    expect(new URL(fetch.to('/segments/data_series').at(-1)!.url).searchParams.get('length')).to.equal('12');
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('svg')).to.not.equal(null);
  });

  it('passes .prop bindings and listens to braze-load with @braze-load', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, {
      fetch: fakeFetch(() => json({ message: 'success', data: [{ time: '2024-05-31', sessions: 5 }] })),
    });
    const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const events: string[] = [];
    app = createApp({
      setup: () => ({ url, onLoad: (e: Event) => events.push(e.type) }),
      template: `<braze-session-chart :proxyUrl.prop="url" :length.prop="1" ending-at="2024-05-31"
        @braze-load="onLoad"></braze-session-chart>`,
    });
    app.config.compilerOptions.isCustomElement = isBrazeElement;
    app.mount(host);
    const chart = host.querySelector('braze-session-chart')!;
    await oneEvent(chart, 'braze-load');
    expect(events).to.deep.equal(['braze-load']);
    expect(chart.length).to.equal(1);
    expect(chart.proxyUrl).to.equal(url);
  });
});
