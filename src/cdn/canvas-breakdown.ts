/** CDN entry `dist/cdn/canvas-breakdown.js`: defines `<braze-canvas-breakdown>`; lit, d3, zod and the client come from the shared chunk. */
export * from '../define/canvas-breakdown.js';
export * from '../public-api.js';
