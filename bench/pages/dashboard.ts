/**
 * Dashboard page: 60 elements (20 of each kind, several sharing queries) against the mock proxy served by the
 * bench server at /api/braze, through the default page-wide client (no configuration).
 */
// The define files, as a page would import them (braze-charts/segment-trend …).
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import { getClient } from '../../src/index.js';
import type { DashboardResult } from './api.js';
import { loaded, painted, withTimeout } from './common.js';

const PROXY = '/api/braze';
const SEGMENTS = [
  'seg_all_users',
  'seg_power_users',
  'seg_churn_risk',
  'seg_new_signups',
  'seg_lapsed_purchasers',
];
const APPS = ['', 'app_ios', 'app_android', 'app_web'];
const SENDS = [
  ['camp_welcome_series', 'send_welcome_day0'],
  ['camp_order_updates', 'send_shipped'],
  ['camp_weekly_digest', 'send_digest'],
  ['camp_unknown_channel', 'send_preview'],
] as const;
const DAY_END = '2024-05-31';
const HOUR_END = '2024-05-31T23:00:00Z';

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

interface Planned {
  el: HTMLElement;
  /** The queries this element needs, as endpoint + its own params (independent of the client's URLs). */
  queries: string[];
}

function element(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('proxy-url', PROXY);
  for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
  return el;
}

function plan(): Planned[] {
  const planned: Planned[] = [];
  for (let i = 0; i < 20; i++) {
    const segment = SEGMENTS[i % SEGMENTS.length]!;
    const length = i < 10 ? '30' : '60';
    planned.push({
      el: element('braze-segment-trend', { 'segment-id': segment, length, 'ending-at': DAY_END }),
      queries: [`segments/data_series ${segment} ${length} ${DAY_END}`, `segments/details ${segment}`],
    });
  }
  for (let i = 0; i < 20; i++) {
    const unit = i % 2 ? 'hour' : 'day';
    const app = APPS[Math.floor(i / 2) % APPS.length]!;
    const end = unit === 'hour' ? HOUR_END : DAY_END;
    planned.push({
      el: element('braze-session-chart', {
        unit,
        'app-id': app,
        'ending-at': end,
        variant: i < 10 ? 'bars' : 'line',
        'time-zone': 'UTC',
      }),
      queries: [`sessions/data_series ${unit} ${app} ${end}`],
    });
  }
  const views = ['daily', 'totals', 'funnel'];
  for (let i = 0; i < 20; i++) {
    const [campaign, send] = SENDS[i % SENDS.length]!;
    planned.push({
      el: element('braze-send-breakdown', {
        'campaign-id': campaign,
        'send-id': send,
        view: views[i % views.length]!,
        'group-by': i % 2 ? 'variation' : 'channel',
      }),
      queries: [`sends/data_series ${campaign} ${send}`],
    });
  }
  return planned;
}

async function run(): Promise<DashboardResult> {
  const planned = plan();
  const grid = document.createElement('div');
  grid.style.cssText =
    'display:grid;grid-template-columns:repeat(3,400px);gap:8px;font:14px system-ui,sans-serif;--braze-chart-height:200px';
  document.body.append(grid);
  const errors: string[] = [];
  let count = 0;
  const start = performance.now();
  const done = planned.map(({ el }) =>
    loaded(el).then(
      () => void count++,
      (error: unknown) => void errors.push(String(error)),
    ),
  );
  grid.append(...planned.map(({ el }) => el));
  await withTimeout(Promise.all(done), 60_000, 'dashboard');
  await painted();
  const end = performance.now();
  const stats = getClient(PROXY).stats;
  const resources = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith(`${PROXY}/`));
  const durations = longTasks.map((task) => task.duration);
  return {
    elements: planned.length,
    distinctQueries: new Set(planned.flatMap((p) => p.queries)).size,
    loaded: count,
    errors,
    allRendered: end - start,
    sinceNavigation: end,
    clientRequests: stats.requests,
    clientDeduped: stats.deduped,
    clientCacheHits: stats.cacheHits,
    resourceEntries: resources.length,
    longTasks: {
      count: durations.length,
      totalMs: durations.reduce((a, b) => a + b, 0),
      maxMs: Math.max(0, ...durations),
    },
  };
}

window.dashboardBench = { run };
