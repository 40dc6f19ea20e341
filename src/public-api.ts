/**
 * The public API besides the element classes: the page-wide client, locale registration, the error type and the
 * types of events and data. `braze-charts` exports it beside the three elements, and so does every CDN element
 * file (`dist/cdn/segment-trend.js`, …): there it lives in the one shared chunk, so a page that loads only
 * `segment-trend.js` can still call `configureClient`, and a client configured through one element file is the one
 * every other element file uses.
 */
export { BrazeChartElement } from './elements/base/chart-base.js';
export type {
  BrazeChartEvents,
  BrazeErrorDetail,
  BrazeErrorEvent,
  BrazeLoadDetail,
  BrazeLoadEvent,
  BrazePointSelectDetail,
  BrazePointSelectEvent,
  SegmentTrendEventMap,
  SendBreakdownEventMap,
  SessionChartEventMap,
  KpiOverviewEventMap,
  KpiTrendEventMap,
  EventTrendEventMap,
  PurchaseTrendEventMap,
  BrazeOptionSelectDetail,
  BrazeOptionSelectEvent,
  CampaignBreakdownEventMap,
  CanvasBreakdownEventMap,
} from './events.js';
export type { SegmentTrendData } from './elements/segment-trend/segment-trend.js';
export type { SessionChartData } from './elements/session-chart/session-chart.js';
export type { SendBreakdownData } from './elements/send-breakdown/send-breakdown.js';
export type { KpiOverviewData } from './elements/kpi-overview/kpi-overview.js';
export type { KpiTrendData } from './elements/kpi-trend/kpi-trend.js';
export type { EventTrendData } from './elements/event-trend/event-trend.js';
export type { PurchaseTrendData } from './elements/purchase-trend/purchase-trend.js';
export type { CampaignBreakdownData } from './elements/campaign-breakdown/campaign-breakdown.js';
export type { CanvasBreakdownData } from './elements/canvas-breakdown/canvas-breakdown.js';
export { BrazeRequestError, ErrorCode, ErrorKind, type ErrorIssue } from './data/errors.js';
export { configureClient, getClient } from './data/client.js';
export { registerLocale, type LocalePack } from './locales/register.js';
