/**
 * `braze-charts/proxy`: the reference backend proxy. Runs anywhere a fetch handler does (Node via `cli.ts` or
 * `@hono/node-server`, workers, Bun, Deno, the browser in mock mode); nothing here imports Node modules. The mock
 * Braze is `braze-charts/proxy/mock`, the Redis store `braze-charts/proxy/redis`.
 */
export { createProxy, type BrazeProxy, type RequestLog } from './app.js';
export {
  API_KEY_PATTERN,
  BRAZE_REST_HOST,
  checkRestEndpoint,
  ProxyConfigError,
  type AuthorizeHook,
  type ClientKeyHook,
  type ClientRateLimit,
  type ConnectionInfo,
  type ProxyConfig,
  type ProxyRequestInfo,
  type Upstream,
} from './config.js';
export { DEFAULT_HOST, DEFAULT_PORT, isOpenProxy, loadConfigFromEnv, type ProxyEnvConfig } from './env.js';
export { MAX_HEADER_BYTES, MAX_QUERY_LENGTH } from './guard.js';
export { createJsonLogger, hashId, type JsonLoggerOptions, type LogLevel, type ProxyLogger } from './log.js';
export { type RateLimitSnapshot } from './rate-limit.js';
export {
  createMemoryStore,
  DEFAULT_CACHE_MAX_BYTES,
  type MemoryStoreOptions,
  type ProxyStore,
  type StoredAnswer,
} from './store.js';
export {
  CampaignListParams,
  CampaignListResponse,
  campaignList,
  LIST_PAGE_SIZE,
  PICKER_ENDPOINTS,
  SegmentListParams,
  segmentList,
} from '../api/index.js';
