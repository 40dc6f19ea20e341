#!/usr/bin/env node
/**
 * `braze-charts-proxy`: serves the reference proxy over HTTP. Configuration comes from the environment (see
 * `loadConfigFromEnv`); `--help` prints it. Logs are JSON lines (stdout: requests; stderr: warnings and errors).
 */
import { serve } from '@hono/node-server';
import { createProxy } from './app.js';
import { isOpenProxy, loadConfigFromEnv } from './config.js';
import { createJsonLogger } from './log.js';
import { answerClientError, batchedWriter } from './node.js';

const USAGE = `Usage: braze-charts-proxy            (configured by environment variables)

Serves GET /segments/*, /sessions/data_series, /sends/data_series, /kpi/*/data_series, /events/*,
/purchases/*, /campaigns/*, /canvas/* and /healthz, adding your Braze REST key server-side.

  BRAZE_API_KEY, BRAZE_REST_ENDPOINT   the key and your instance's REST host (https://rest.iad-01.braze.com)
  BRAZE_PROXY_MODE                     production (refuse to start without a key) | mock (not in production)
  PORT, HOST                           where to listen (default 127.0.0.1:8787)
  BRAZE_PROXY_ALLOWED_ORIGINS          comma-separated origins that may call it; other Origins get a 403
  BRAZE_PROXY_SEGMENT_IDS, …_APP_IDS, …_CAMPAIGN_IDS, …_CANVAS_IDS   id allowlists (other ids: 403)
  BRAZE_PROXY_CLIENT_RATE_LIMIT, …_CLIENT_RATE_WINDOW_MS   requests per client per window (default 60000 ms)
  BRAZE_PROXY_TRUST_PROXY              on | N: the client is the N-th X-Forwarded-For entry from the right
  BRAZE_PROXY_CACHE_TTL_MS, …_CACHE_MAX_BYTES, …_CACHE_MAX_ENTRIES, BRAZE_PROXY_SHARED_CACHE
  BRAZE_PROXY_UPSTREAM_TIMEOUT_MS, BRAZE_PROXY_MAX_UPSTREAM_BYTES, BRAZE_PROXY_BASE_PATH, BRAZE_PROXY_PICKERS
  BRAZE_PROXY_REDIS_URL, BRAZE_PROXY_REDIS_PREFIX   share cache, flights and quota between replicas (redis:// or rediss://)
  BRAZE_PROXY_REDACT_IDS, BRAZE_PROXY_LOG_LEVEL     hash ids in logs; info (default) | warn | error | silent

Without BRAZE_API_KEY (and not in production) it serves the deterministic MOCK Braze.
Docs: docs/deploy/node.md in the braze-charts package.
`;

if (process.argv.includes('--help') || process.argv.includes('-h')) process.stdout.write(USAGE);
else await start();

async function start(): Promise<void> {
  const write = batchedWriter();
  let logger = createJsonLogger({ write });
  const setup = async () => {
    const config = loadConfigFromEnv(process.env);
    logger = createJsonLogger({ level: config.logLevel ?? 'info', write });
    const { redisUrl: url, redisPrefix: prefix } = config;
    const store = url ? (await import('./redis.js')).createRedisStore({ url, prefix }) : undefined;
    return { config, store, app: createProxy({ ...config, store, logger }) };
  };
  const { config, store, app } = await setup().catch((error: unknown) => {
    logger.error(`invalid configuration: ${error instanceof Error ? error.message : 'unknown error'}`);
    return process.exit(1);
  });

  if (config.apiKey) logger.info(`forwarding to ${config.restEndpoint} (key loaded from BRAZE_API_KEY)`);
  else logger.warn('no BRAZE_API_KEY set — serving deterministic MOCK Braze data');
  if (isOpenProxy(config)) {
    const risk = 'anyone who can reach it can read these analytics and spend the workspace quota';
    logger.warn(
      `open proxy: no authorize hook, no BRAZE_PROXY_CLIENT_RATE_LIMIT and no id allowlist — ${risk} (250,000 requests/hour); see the deployment checklist`,
    );
  }
  if (store)
    logger.info(
      `sharing cache, flights and quota through Redis (prefix ${config.redisPrefix ?? 'braze-charts'})`,
    );

  const { allowedOrigins = [], pickers = true } = config;
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    logger.info(`listening on http://${host}:${info.port}`, { allowedOrigins, pickers });
  });
  server.on('clientError', answerClientError);
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.error(`cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
    process.exit(1);
  });
  const stop = () =>
    server.close(() => void (store?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
