/**
 * The dashboard both libraries draw: `n` charts, the three kinds interleaved (segment trend, session chart, send
 * breakdown), in blocks of 60. Within a block the 20 charts of each kind share queries as a real dashboard does
 * (27 distinct queries per block); each further block ends a month earlier, so the distinct queries grow with `n`.
 * Our elements get the attributes; Chart.js gets the URLs our client requests, built here by hand in the client's
 * canonical parameter order (bench/run.ts checks that both pages asked the proxy for the same set of URLs).
 */

export const PROXY = '/api/braze';
export const BLOCK = 60;

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
const DAY_ENDS = ['2024-05-31', '2024-04-30', '2024-03-31', '2024-02-29'];

export type SendView = 'daily' | 'totals' | 'funnel';
const VIEWS: readonly SendView[] = ['daily', 'totals', 'funnel'];

/** One chart of the dashboard. */
export type PlannedChart =
  | { kind: 'segment'; tag: string; attributes: Record<string, string>; series: string; details: string }
  | {
      kind: 'session';
      tag: string;
      attributes: Record<string, string>;
      series: string;
      variant: 'bars' | 'line';
    }
  | {
      kind: 'send';
      tag: string;
      attributes: Record<string, string>;
      series: string;
      view: SendView;
      groupBy: 'channel' | 'variation';
    };

function url(path: string, params: Record<string, string | number>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== '') query.set(key, String(value));
  return `${PROXY}/${path}?${query.toString()}`;
}

/** The `i`-th chart of the dashboard. */
function chart(i: number): PlannedChart {
  const j = Math.floor((i % BLOCK) / 3);
  const day = DAY_ENDS[Math.floor(i / BLOCK) % DAY_ENDS.length]!;
  const base = { 'proxy-url': PROXY };
  if (i % 3 === 0) {
    const segment = SEGMENTS[j % SEGMENTS.length]!;
    const length = j < 10 ? 30 : 60;
    return {
      kind: 'segment',
      tag: 'braze-segment-trend',
      attributes: { ...base, 'segment-id': segment, length: String(length), 'ending-at': day },
      series: url('segments/data_series', { segment_id: segment, length, ending_at: day }),
      details: url('segments/details', { segment_id: segment }),
    };
  }
  if (i % 3 === 1) {
    const unit = j % 2 ? 'hour' : 'day';
    const app = APPS[Math.floor(j / 2) % APPS.length]!;
    const end = unit === 'hour' ? `${day}T23:00:00Z` : day;
    const variant = j < 10 ? 'bars' : 'line';
    return {
      kind: 'session',
      tag: 'braze-session-chart',
      attributes: { ...base, unit, 'app-id': app, 'ending-at': end, variant, 'time-zone': 'UTC' },
      series: url('sessions/data_series', {
        length: unit === 'hour' ? 24 : 30,
        unit,
        ending_at: end,
        app_id: app,
      }),
      variant,
    };
  }
  const [campaign, send] = SENDS[j % SENDS.length]!;
  const view = VIEWS[j % VIEWS.length]!;
  const groupBy = j % 2 ? 'variation' : 'channel';
  return {
    kind: 'send',
    tag: 'braze-send-breakdown',
    attributes: {
      ...base,
      'campaign-id': campaign,
      'send-id': send,
      'ending-at': day,
      view,
      'group-by': groupBy,
    },
    series: url('sends/data_series', { campaign_id: campaign, send_id: send, length: 14, ending_at: day }),
    view,
    groupBy,
  };
}

/** The dashboard of `n` charts. */
export function plan(n: number): PlannedChart[] {
  return Array.from({ length: n }, (_, i) => chart(i));
}

/** The distinct proxy URLs the dashboard needs: each must reach the proxy exactly once. */
export function distinctUrls(charts: readonly PlannedChart[]): string[] {
  return [...new Set(charts.flatMap((c) => (c.kind === 'segment' ? [c.series, c.details] : [c.series])))];
}

/** The number of charts asked for in the page's query string (`?n=60`). */
export function chartCount(): number {
  const n = Number(new URLSearchParams(location.search).get('n') ?? BLOCK);
  return Number.isInteger(n) && n >= 0 ? n : BLOCK;
}
