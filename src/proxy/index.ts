/**
 * `braze-charts/proxy`: the reference backend proxy, a Hono app that runs anywhere a fetch handler does (Node via
 * the CLI or `@hono/node-server`, workers, Bun, Deno, the browser in mock mode); nothing here imports Node modules.
 * The mock Braze is `braze-charts/proxy/mock`, the Redis store `braze-charts/proxy/redis`.
 */
export { createProxy, type BrazeProxy, type RequestLog } from './app.js';
export {
  createMemoryStore,
  DEFAULT_CACHE_MAX_BYTES,
  type MemoryStoreOptions,
  type ProxyStore,
  type StoredAnswer,
} from './cache.js';
export {
  API_KEY_PATTERN,
  BRAZE_REST_HOST,
  checkRestEndpoint,
  DEFAULT_HOST,
  DEFAULT_PORT,
  isOpenProxy,
  loadConfigFromEnv,
  ProxyConfigError,
  type AuthorizeHook,
  type ClientKeyHook,
  type ClientRateLimit,
  type ConnectionInfo,
  type ProxyConfig,
  type ProxyEnvConfig,
  type ProxyRequestInfo,
  type Upstream,
} from './config.js';
export { createJsonLogger, hashId, type JsonLoggerOptions, type LogLevel, type ProxyLogger } from './log.js';
export { MAX_HEADER_BYTES, MAX_QUERY_LENGTH } from './request.js';
export { type RateLimitSnapshot } from './upstream.js';
export * from '../api/pickers.js';
