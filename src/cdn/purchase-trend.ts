/** CDN entry `dist/cdn/purchase-trend.js`: defines `<braze-purchase-trend>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/purchase-trend.js';
export * from '../public-api.js';
