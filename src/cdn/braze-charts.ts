/**
 * CDN entry `dist/cdn/braze-charts.js`: all three elements. It imports the three element files (and through them
 * the shared chunk), so a page may load it beside any element file without loading anything twice.
 */
export * from './segment-trend.js';
export * from './session-chart.js';
export * from './send-breakdown.js';
