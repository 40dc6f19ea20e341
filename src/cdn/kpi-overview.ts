/** CDN entry `dist/cdn/kpi-overview.js`: defines `<braze-kpi-overview>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/kpi-overview.js';
export * from '../public-api.js';
