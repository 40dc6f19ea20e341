#!/usr/bin/env node
/**
 * `braze-charts-proxy`: serves the reference proxy over HTTP. Configuration comes from the environment (see
 * `loadConfigFromEnv`): without BRAZE_API_KEY it serves the deterministic mock Braze (refused in production).
 * Logs are JSON lines on stdout/stderr; the key is never written.
 */
import { serve } from '@hono/node-server';
import { createProxy, type BrazeProxy } from './app.js';
import { loadConfigFromEnv, type ProxyEnvConfig } from './env.js';
import { createJsonLogger } from './log.js';

function main(): void {
  let config: ProxyEnvConfig;
  let app: BrazeProxy;
  let logger = createJsonLogger();
  try {
    config = loadConfigFromEnv(process.env);
    logger = createJsonLogger({ level: config.logLevel ?? 'info' });
    app = createProxy({ ...config, logger });
  } catch (error) {
    logger.error(`invalid configuration: ${error instanceof Error ? error.message : 'unknown error'}`);
    process.exit(1);
  }

  if (config.apiKey) logger.info(`forwarding to ${config.restEndpoint} (key loaded from BRAZE_API_KEY)`);
  else logger.warn('no BRAZE_API_KEY set — serving deterministic MOCK Braze data');

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    logger.info(`listening on http://${host}:${info.port}`, {
      allowedOrigins: config.allowedOrigins ?? [],
      pickers: config.pickers ?? true,
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.error(`cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
