/** CDN entry `dist/cdn/send-breakdown.js`: defines `<braze-send-breakdown>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/send-breakdown.js';
export * from '../public-api.js';
