/** The full bundle: defines every element and exports the public API. */
export * from './define/segment-trend.js';
export * from './define/session-chart.js';
export * from './define/send-breakdown.js';
export { BrazeChartElement } from './elements/base/chart-base.js';
export type { BrazeErrorDetail, BrazeLoadDetail } from './elements/base/events.js';
export type { SegmentTrendData } from './elements/segment-trend/segment-trend.js';
export type { SessionChartData } from './elements/session-chart/session-chart.js';
export type { SendBreakdownData } from './elements/send-breakdown/send-breakdown.js';
export { BrazeRequestError, ErrorCode, ErrorKind, type ErrorIssue } from './data/errors.js';
export { configureClient, getClient } from './data/client.js';
export { registerLocale, type LocalePack } from './locales/register.js';
