/** CDN entry `dist/cdn/event-trend.js`: defines `<braze-event-trend>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/event-trend.js';
export * from '../public-api.js';
