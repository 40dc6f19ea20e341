/** CDN entry `dist/cdn/segment-trend.js`: defines `<braze-segment-trend>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/segment-trend.js';
export * from '../public-api.js';
