import '../src/define/segment-trend.js';
import '../src/define/session-chart.js';
import '../src/define/send-breakdown.js';
import '../src/define/campaign-breakdown.js';
import '../src/define/kpi-overview.js';
import '../src/define/kpi-trend.js';
import '../src/define/event-trend.js';
import '../src/define/purchase-trend.js';
import '../src/define/canvas-breakdown.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { MOCK_CANVASES } from '../src/proxy/mock-canvas.js';
import type { BrazeCanvasBreakdown } from '../src/elements/canvas-breakdown/canvas-breakdown.js';
import { BrazeChartElement } from '../src/elements/base/chart-base.js';
import type { BrazeSegmentTrend } from '../src/elements/segment-trend/segment-trend.js';
import type { BrazeSendBreakdown } from '../src/elements/send-breakdown/send-breakdown.js';
import type { BrazeCampaignBreakdown } from '../src/elements/campaign-breakdown/campaign-breakdown.js';
import { MOCK_SENDS } from '../src/proxy/fixtures.js';
import { KPI_FIGURES } from '../src/chart/kpi.js';

const PROXY_URL = '/api/braze';
const FALLBACK_SEGMENTS = ['seg_all_users', 'seg_power_users', 'seg_churn_risk', 'seg_new_signups'];

const charts = document.querySelector<HTMLElement>('#charts')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLElement>('#log')!;

/** Segment ids from the proxy's picker endpoint (segments/list), first page. */
async function listSegments(): Promise<string[]> {
  try {
    const response = await fetch(`${PROXY_URL}/segments/list?page=0`);
    if (!response.ok) return FALLBACK_SEGMENTS;
    const body = (await response.json()) as { segments?: { id: string }[] };
    const ids = (body.segments ?? []).map((s) => s.id).slice(0, 6);
    return ids.length ? ids : FALLBACK_SEGMENTS;
  } catch {
    return FALLBACK_SEGMENTS;
  }
}

function applyControls(el: BrazeSegmentTrend): void {
  const form = new FormData(controls);
  el.length = Number(form.get('length'));
  el.endingAt = String(form.get('ending-at') || '') || undefined;
  el.baseline = form.get('baseline') === 'zero' ? 'zero' : 'auto';
}

/** Creates `<tag proxy-url=…>` in a new card appended to `container`. */
function addChart<K extends `braze-${string}` & keyof HTMLElementTagNameMap>(
  container: HTMLElement,
  tag: K,
): HTMLElementTagNameMap[K] {
  const card = document.createElement('section');
  card.className = 'card';
  const el = document.createElement(tag);
  el.proxyUrl = PROXY_URL;
  card.append(el);
  container.append(card);
  return el;
}

function write(line: string): void {
  log.textContent = `${new Date().toLocaleTimeString()} ${line}\n${log.textContent ?? ''}`;
}

// Home: the overview (a tile opens its metric in the trend beside it), and stickiness against the previous period.
const home = document.querySelector<HTMLElement>('#home-charts')!;
const overview = addChart(home, 'braze-kpi-overview');
overview.closest('.card')?.classList.add('wide');
const kpiTrend = addChart(home, 'braze-kpi-trend');
const stickiness = addChart(home, 'braze-kpi-trend');
stickiness.metric = 'stickiness';
stickiness.compare = 'previous';
overview.addEventListener('braze-point-select', (event) => {
  const metric = KPI_FIGURES.find((key) => key === event.detail.seriesKey);
  if (metric) kpiTrend.metric = metric;
});

for (const id of await listSegments()) {
  const el = addChart(charts, 'braze-segment-trend');
  el.segmentId = id;
  applyControls(el);
}

controls.addEventListener('input', () =>
  charts.querySelectorAll('braze-segment-trend').forEach(applyControls),
);
charts.addEventListener('braze-load', (e) =>
  write(`braze-load ${(e.target as BrazeSegmentTrend).segmentId}`),
);
charts.addEventListener('braze-error', (e) =>
  write(`braze-error ${e.detail.error.kind}: ${e.detail.error.message}`),
);

// Sessions: daily bars (following the Days / Ending at controls), an hourly line against the previous 24 hours
// (no ending-at: the latest hours), and one app's days against the period before.
const sessionCharts = document.querySelector<HTMLElement>('#session-charts')!;
const SESSION_CHARTS: Record<string, string>[] = [
  {},
  { unit: 'hour', length: '24', variant: 'line', compare: 'previous' },
  { 'app-id': 'app_ios', length: '14', compare: 'previous' },
];

function applySessionControls(el: HTMLElement): void {
  if (el.getAttribute('unit') === 'hour') return;
  const form = new FormData(controls);
  if (!el.hasAttribute('data-fixed-length')) el.setAttribute('length', String(form.get('length')));
  const endingAt = String(form.get('ending-at') || '');
  if (endingAt) el.setAttribute('ending-at', endingAt);
  else el.removeAttribute('ending-at');
}

for (const attributes of SESSION_CHARTS) {
  const el = addChart(sessionCharts, 'braze-session-chart');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (attributes.length) el.setAttribute('data-fixed-length', '');
  applySessionControls(el);
}

controls.addEventListener('input', () =>
  sessionCharts.querySelectorAll<HTMLElement>('braze-session-chart').forEach(applySessionControls),
);
sessionCharts.addEventListener('braze-load', (e) => {
  const el = e.target as HTMLElement;
  write(`braze-load sessions ${el.getAttribute('unit') ?? 'day'} ${el.getAttribute('app-id') ?? 'all apps'}`);
});
sessionCharts.addEventListener('braze-error', (e) =>
  write(`braze-error sessions ${e.detail.error.kind}: ${e.detail.error.message}`),
);

// Send breakdown: one send in the three views. Send ids come from Braze's send APIs (no endpoint lists them):
// the picker offers the mock's example sends.
const sendCharts = document.querySelector<HTMLElement>('#send-charts')!;
const sendControls = document.querySelector<HTMLFormElement>('#send-controls')!;
const sendPicker = sendControls.querySelector<HTMLSelectElement>('select[name="send"]')!;
for (const send of MOCK_SENDS) sendPicker.add(new Option(send.name, `${send.campaign_id}/${send.send_id}`));

function applySendControls(el: BrazeSendBreakdown): void {
  const form = new FormData(sendControls);
  const [campaignId, sendId] = String(form.get('send')).split('/');
  el.campaignId = campaignId;
  el.sendId = sendId;
  el.groupBy = form.get('group-by') === 'variation' ? 'variation' : 'channel';
  el.metric = String(form.get('metric') || 'sent');
}

for (const view of ['daily', 'totals', 'funnel'] as const) {
  const el = addChart(sendCharts, 'braze-send-breakdown');
  el.view = view;
  applySendControls(el);
}

sendControls.addEventListener('input', () =>
  sendCharts.querySelectorAll('braze-send-breakdown').forEach(applySendControls),
);
sendCharts.addEventListener('braze-load', (e) => {
  const el = e.target as BrazeSendBreakdown;
  write(`braze-load sends ${el.campaignId}/${el.sendId} ${el.view}`);
});
sendCharts.addEventListener('braze-error', (e) =>
  write(`braze-error sends ${e.detail.error.kind}: ${e.detail.error.message}`),
);

// A campaign: any campaign of /campaigns/list in the three views.
const campaignCharts = document.querySelector<HTMLElement>('#campaign-charts')!;
const campaignControls = document.querySelector<HTMLFormElement>('#campaign-controls')!;
const campaignPicker = campaignControls.querySelector<HTMLSelectElement>('select[name="campaign"]')!;
for (const campaign of await listCampaigns()) campaignPicker.add(new Option(campaign.name, campaign.id));

/** The campaigns of the proxy's `/campaigns/list` (its first page), or the mock's cart abandonment campaign. */
async function listCampaigns(): Promise<{ id: string; name: string }[]> {
  const fallback = [{ id: 'camp_cart_abandonment', name: 'Cart Abandonment' }];
  try {
    const response = await fetch(`${PROXY_URL}/campaigns/list?page=0`);
    if (!response.ok) return fallback;
    const body = (await response.json()) as { campaigns?: { id: string; name?: string }[] };
    const list = (body.campaigns ?? []).map((c) => ({ id: c.id, name: c.name ?? c.id }));
    return list.length ? list : fallback;
  } catch {
    return fallback;
  }
}

function applyCampaignControls(el: BrazeCampaignBreakdown): void {
  const form = new FormData(campaignControls);
  el.campaignId = String(form.get('campaign'));
  el.groupBy = form.get('group-by') === 'variation' ? 'variation' : 'channel';
  el.metric = String(form.get('metric') || 'sent');
}

for (const view of ['daily', 'totals', 'funnel'] as const) {
  const el = addChart(campaignCharts, 'braze-campaign-breakdown');
  el.view = view;
  applyCampaignControls(el);
}
campaignControls.addEventListener('input', () =>
  campaignCharts.querySelectorAll('braze-campaign-breakdown').forEach(applyCampaignControls),
);
campaignCharts.addEventListener('braze-load', (e) => {
  const el = e.target as BrazeCampaignBreakdown;
  write(`braze-load campaign ${el.campaignId} ${el.view}`);
});
campaignCharts.addEventListener('braze-error', (e) =>
  write(`braze-error campaign ${e.detail.error.kind}: ${e.detail.error.message}`),
);

// A Canvas: the mock's Canvases in the three views (daily, totals by the same grouping, and the steps of its path).
const canvasCharts = document.querySelector<HTMLElement>('#canvas-charts')!;
const canvasControls = document.querySelector<HTMLFormElement>('#canvas-controls')!;
const canvasPicker = canvasControls.querySelector<HTMLSelectElement>('select[name="canvas"]')!;
for (const canvas of MOCK_CANVASES) canvasPicker.add(new Option(canvas.name, canvas.id));

function applyCanvasControls(el: BrazeCanvasBreakdown): void {
  const form = new FormData(canvasControls);
  el.canvasId = String(form.get('canvas'));
  el.groupBy = form.get('group-by') === 'step' ? 'step' : 'variant';
  const metric = String(form.get('metric'));
  el.metric =
    metric === 'conversions' || metric === 'conversions_by_entry_time' || metric === 'revenue'
      ? metric
      : 'entries';
}

for (const view of ['daily', 'totals', 'steps'] as const) {
  const el = addChart(canvasCharts, 'braze-canvas-breakdown');
  el.view = view;
  applyCanvasControls(el);
}
canvasControls.addEventListener('input', () =>
  canvasCharts.querySelectorAll('braze-canvas-breakdown').forEach(applyCanvasControls),
);
canvasCharts.addEventListener('braze-load', (e) => {
  const el = e.target as BrazeCanvasBreakdown;
  write(`braze-load canvas ${el.canvasId} ${el.view}`);
});
canvasCharts.addEventListener('braze-error', (e) =>
  write(`braze-error canvas ${e.detail.error.kind}: ${e.detail.error.message}`),
);

// A custom event: daily bars against the previous period with the event picker, and the same event per hour.
const eventCharts = document.querySelector<HTMLElement>('#event-charts')!;
const eventTrend = addChart(eventCharts, 'braze-event-trend');
eventTrend.event = 'Added to Cart';
eventTrend.picker = true;
eventTrend.length = 14;
eventTrend.compare = 'previous';
const eventHours = addChart(eventCharts, 'braze-event-trend');
eventHours.event = 'Added to Cart';
eventHours.unit = 'hour';
eventHours.length = 48;
eventHours.variant = 'line';
// The hourly chart follows the picker of the daily one.
eventTrend.addEventListener('braze-option-select', (e) => {
  eventHours.event = e.detail.value;
  write(`braze-option-select ${e.detail.name}=${e.detail.value}`);
});

// Purchases: revenue with the product picker, and the number of purchases of one product.
const purchaseCharts = document.querySelector<HTMLElement>('#purchase-charts')!;
const revenue = addChart(purchaseCharts, 'braze-purchase-trend');
revenue.picker = true;
revenue.length = 30;
const quantity = addChart(purchaseCharts, 'braze-purchase-trend');
quantity.metric = 'quantity';
quantity.product = 'premium_monthly';
quantity.length = 30;
quantity.variant = 'line';
quantity.compare = 'previous';
revenue.addEventListener('braze-option-select', (e) =>
  write(`braze-option-select ${e.detail.name}=${e.detail.value || '(all)'}`),
);

/** Theme and locale switch: `theme` on every chart (and the page), `lang` on <html> (the charts' default locale). */
const appearance = document.querySelector<HTMLFormElement>('#appearance')!;
function applyAppearance(): void {
  const form = new FormData(appearance);
  const theme = String(form.get('theme') ?? '');
  document.documentElement.lang = String(form.get('locale') ?? 'en-US');
  document.body.classList.toggle('dark', theme === 'dark');
  document.body.classList.toggle('light', theme === 'light');
  const charts = [...document.querySelectorAll('*')].filter((el) => el instanceof BrazeChartElement);
  for (const el of charts) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
    el.requestUpdate();
  }
}
appearance.addEventListener('change', applyAppearance);
const params = new URLSearchParams(location.search);
for (const name of ['theme', 'locale'] as const) {
  const value = params.get(name);
  const field = appearance.elements.namedItem(name);
  if (value !== null && field instanceof HTMLSelectElement) field.value = value;
}
applyAppearance();
document.body.addEventListener('braze-point-select', (event) => {
  const { seriesLabel, label, value } = event.detail;
  write(`braze-point-select ${seriesLabel} · ${label}: ${value ?? '—'}`);
});
