/**
 * Memory page: mounts and removes many elements (answered by an in-page fake fetch with pre-built JSON, short
 * cache TTL). bench/run.ts forces GC and reads the heap over CDP between the steps.
 */
// The define files, as a page would import them (braze-charts/segment-trend …).
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import { configureClient } from '../../src/public-api.js';
import { createFakeFetch, loaded, painted, withTimeout } from './common.js';

const PROXY = '/api/braze';
const fake = createFakeFetch();
const client = configureClient(PROXY, { fetch: fake.fetch, ttlMs: 1_000, retries: 0 });

const KINDS: [string, Record<string, string>][] = [
  ['braze-segment-trend', { 'segment-id': 'seg_all_users', length: '30', 'ending-at': '2024-05-31' }],
  ['braze-segment-trend', { 'segment-id': 'seg_power_users', length: '30', 'ending-at': '2024-05-31' }],
  ['braze-session-chart', { unit: 'day', length: '30', 'ending-at': '2024-05-31', variant: 'line' }],
  [
    'braze-session-chart',
    { unit: 'hour', length: '24', 'ending-at': '2024-05-31T23:00:00Z', 'time-zone': 'UTC' },
  ],
  ['braze-send-breakdown', { 'campaign-id': 'camp_welcome_series', 'send-id': 'send_welcome_day0' }],
  [
    'braze-send-breakdown',
    { 'campaign-id': 'camp_order_updates', 'send-id': 'send_shipped', view: 'funnel' },
  ],
];

const container = document.createElement('div');
container.style.cssText =
  'display:grid;grid-template-columns:repeat(4,320px);gap:4px;font:14px system-ui,sans-serif;--braze-chart-height:160px';
document.body.append(container);
let serial = 0;

async function mount(count: number, batch: number): Promise<number> {
  for (let done = 0; done < count; done += batch) {
    const els = Array.from({ length: Math.min(batch, count - done) }, () => {
      const [tag, attributes] = KINDS[serial++ % KINDS.length]!;
      const el = document.createElement(tag);
      el.setAttribute('proxy-url', PROXY);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      return el;
    });
    const all = Promise.all(els.map((el) => loaded(el)));
    container.append(...els);
    await withTimeout(all, 30_000, `batch of ${els.length}`);
  }
  await painted();
  return container.childElementCount;
}

async function unmount(clearCache: boolean): Promise<void> {
  container.replaceChildren();
  if (clearCache) client.clear();
  await painted();
}

window.memoryBench = { mount, unmount, mounted: () => container.childElementCount };
