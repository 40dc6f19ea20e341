/**
 * CDN entry `dist/cdn/braze-charts.js`: every element. It imports the element files (and through them
 * the shared chunk), so a page may load it beside any element file without loading anything twice.
 */
export * from './segment-trend.js';
export * from './session-chart.js';
export * from './send-breakdown.js';
export * from './kpi-overview.js';
export * from './kpi-trend.js';
export * from './event-trend.js';
export * from './purchase-trend.js';
export * from './campaign-breakdown.js';
export * from './canvas-breakdown.js';
