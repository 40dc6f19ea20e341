/** CDN entry `dist/cdn/session-chart.js`: defines `<braze-session-chart>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/session-chart.js';
export * from '../public-api.js';
