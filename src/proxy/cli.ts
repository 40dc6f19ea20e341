#!/usr/bin/env node
/**
 * `braze-charts-proxy`: serves the reference proxy over HTTP. Configuration comes from the environment (see
 * `loadConfigFromEnv`): without BRAZE_API_KEY it serves the deterministic mock Braze.
 */
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createProxy } from './app.js';
import type { ProxyLogger } from './config.js';
import { loadConfigFromEnv, type ProxyEnvConfig } from './env.js';

const PREFIX = 'braze-charts proxy:';

const logger: ProxyLogger = {
  info: () => undefined,
  warn: (message, details) => console.warn(PREFIX, message, details ?? ''),
  error: (message, details) => console.error(PREFIX, message, details ?? ''),
};

function main(): void {
  let config: ProxyEnvConfig;
  let app: Hono;
  try {
    config = loadConfigFromEnv(process.env);
    app = createProxy({ ...config, logger });
  } catch (error) {
    console.error(PREFIX, error instanceof Error ? error.message : 'invalid configuration');
    process.exit(1);
  }

  if (config.apiKey)
    console.log(PREFIX, `forwarding to ${config.restEndpoint} (key loaded from BRAZE_API_KEY)`);
  else console.log(`${PREFIX} no BRAZE_API_KEY set — serving deterministic MOCK Braze data`);

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(PREFIX, `listening on http://${host}:${info.port}`);
    if (config.allowedOrigins?.length)
      console.log(PREFIX, `CORS allowed origins: ${config.allowedOrigins.join(', ')}`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(PREFIX, `cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
