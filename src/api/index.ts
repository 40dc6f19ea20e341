export * from './params.js';
export * from './responses.js';
export * from './endpoints.js';
export * from './query.js';
export * from './pickers.js';
export * from './time.js';
