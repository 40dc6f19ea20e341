import { expect, fixture, html } from '@open-wc/testing';
import { createElement, createRef, type JSX } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { SegmentTrend, SendBreakdown, SessionChart, type BrazeLoadEvent } from '../../src/react/index.js';
import type { SegmentTrendData } from '../../src/elements/segment-trend/segment-trend.js';
import type { BrazeSessionChart } from '../../src/elements/session-chart/session-chart.js';
import { watchUncaught } from './helpers/fake-fetch.js';

/** The mock Braze behind the test server's proxy (web-test-runner.config.js). */
const PROXY_URL = '/api/braze';

describe('braze-charts/react', () => {
  let root: Root | undefined;
  let host: HTMLElement;

  beforeEach(async () => {
    host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    root = createRoot(host);
  });
  afterEach(() => root?.unmount());

  it('mounts <SegmentTrend> in React 19 and calls onBrazeLoad with the validated data', async () => {
    const uncaught = watchUncaught();
    const loaded = new Promise<BrazeLoadEvent<SegmentTrendData>>((resolve) => {
      flushSync(() =>
        root!.render(
          createElement(SegmentTrend, {
            proxyUrl: PROXY_URL,
            segmentId: 'seg_all_users',
            length: 14,
            endingAt: '2024-05-31',
            onBrazeLoad: resolve,
          }),
        ),
      );
    });
    const event = await loaded;
    uncaught.stop();
    expect(event.detail.data.series.data).to.have.length(14);
    expect(event.detail.data.details?.name).to.be.a('string');
    const el = host.querySelector('braze-segment-trend')!;
    expect(el.getAttribute('segment-id')).to.equal('seg_all_users');
    expect(el.length).to.equal(14);
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('sets props as element properties and forwards the ref to the element', async () => {
    const ref = createRef<BrazeSessionChart>();
    const loaded = new Promise<Event>((resolve) => {
      flushSync(() =>
        root!.render(
          createElement(SessionChart, {
            ref,
            proxyUrl: PROXY_URL,
            unit: 'hour',
            length: 24,
            endingAt: '2024-05-31T23:00:00Z',
            variant: 'line',
            onBrazeLoad: resolve,
          }),
        ),
      );
    });
    await loaded;
    expect(ref.current).to.be.instanceOf(customElements.get('braze-session-chart'));
    expect(ref.current!.unit).to.equal('hour');
    expect(ref.current!.variant).to.equal('line');
    await ref.current!.updateComplete;
    expect(ref.current!.shadowRoot!.querySelector('[part~="header"]')).to.not.equal(null);
  });

  it('calls onBrazeError for a failing request', async () => {
    const failed = new Promise<CustomEvent<{ error: { kind: string } }>>((resolve) => {
      flushSync(() =>
        root!.render(
          createElement(SendBreakdown, {
            proxyUrl: PROXY_URL,
            campaignId: 'fault_500',
            sendId: 'send_welcome_day0',
            onBrazeError: resolve,
          }),
        ),
      );
    });
    const event = await failed;
    expect(event.detail.error.kind).to.be.oneOf(['http', 'network']);
  });

  it('re-renders with new props: the element requests the new segment', async () => {
    const names: string[] = [];
    const renderWith = (segmentId: string) =>
      new Promise<void>((resolve) => {
        flushSync(() =>
          root!.render(
            createElement(SegmentTrend, {
              proxyUrl: PROXY_URL,
              segmentId,
              endingAt: '2024-05-31',
              onBrazeLoad: (e: BrazeLoadEvent<SegmentTrendData>) => {
                names.push(String(e.detail.data.details?.name));
                resolve();
              },
            }),
          ),
        );
      });
    await renderWith('seg_all_users');
    await renderWith('seg_power_users');
    expect(names).to.have.length(2);
    expect(names[0]).to.not.equal(names[1]);
    expect(host.querySelectorAll('braze-segment-trend')).to.have.length(1);
  });

  it('types the raw tags for JSX (React 19 IntrinsicElements)', () => {
    // Compile-time check: these props type-check against the JSX.IntrinsicElements augmentation.
    const props: JSX.IntrinsicElements['braze-send-breakdown'] = {
      'proxy-url': PROXY_URL,
      'campaign-id': 'camp_welcome_series',
      view: 'funnel',
      'onbraze-load': () => undefined,
    };
    flushSync(() => root!.render(createElement('braze-send-breakdown', props)));
    expect(host.querySelector('braze-send-breakdown')!.getAttribute('campaign-id')).to.equal(
      'camp_welcome_series',
    );
  });
});
