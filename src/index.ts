/** The full bundle: defines every element and exports the public API. */
export * from './define/segment-trend.js';
export * from './define/session-chart.js';
export * from './define/send-breakdown.js';
export * from './define/kpi-overview.js';
export * from './define/kpi-trend.js';
export * from './define/event-trend.js';
export * from './define/purchase-trend.js';
export * from './define/campaign-breakdown.js';
export * from './define/canvas-breakdown.js';
export * from './public-api.js';
