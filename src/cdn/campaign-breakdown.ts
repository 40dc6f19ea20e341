/** CDN entry `dist/cdn/campaign-breakdown.js`: defines `<braze-campaign-breakdown>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/campaign-breakdown.js';
export * from '../public-api.js';
