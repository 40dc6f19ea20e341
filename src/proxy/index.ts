/**
 * The reference backend proxy and the mock Braze. Runs anywhere a fetch handler does (Node via `cli.ts` or
 * `@hono/node-server`, workers, Bun, Deno, and — in mock mode — the browser); nothing here imports Node modules.
 */
export { createProxy, type BrazeProxy } from './app.js';
export {
  BRAZE_REST_HOST,
  checkRestEndpoint,
  DEFAULT_CACHE_MAX_BYTES,
  ProxyConfigError,
  type AuthorizeHook,
  type ClientKeyHook,
  type ClientRateLimit,
  type ConnectionInfo,
  type ProxyConfig,
  type ProxyRequestInfo,
  type Upstream,
} from './config.js';
export { DEFAULT_HOST, DEFAULT_PORT, loadConfigFromEnv, type ProxyEnvConfig } from './env.js';
export { MAX_HEADER_BYTES, MAX_QUERY_LENGTH } from './guard.js';
export { createJsonLogger, hashId, type JsonLoggerOptions, type LogLevel, type ProxyLogger } from './log.js';
export { type RateLimitSnapshot } from './rate-limit.js';
export { createMockBraze, type MockBraze, type MockBrazeOptions } from './mock.js';
export {
  MOCK_APPS,
  MOCK_CAMPAIGNS,
  MOCK_FAULT_IDS,
  MOCK_SEGMENTS,
  MOCK_SENDS,
  type MockApp,
  type MockCampaign,
  type MockChannel,
  type MockFaultId,
  type MockSegment,
} from './fixtures.js';
export { SEND_RETENTION_DAYS } from './mock-sends.js';
export {
  CampaignListParams,
  CampaignListResponse,
  campaignList,
  LIST_PAGE_SIZE,
  PICKER_ENDPOINTS,
  SegmentListParams,
  segmentList,
} from '../api/index.js';
