/** CDN entry `dist/cdn/kpi-trend.js`: defines `<braze-kpi-trend>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/kpi-trend.js';
export * from '../public-api.js';
