import { getRequestListener } from '@hono/node-server';
import { defineConfig, type Plugin } from 'vite';
import { createProxy, loadConfigFromEnv } from '../src/proxy/index.js';

const PROXY_BASE = '/api/braze';

/** Mounts the reference proxy (mock Braze unless BRAZE_API_KEY is set) on the demo server at /api/braze. */
function brazeProxy(): Plugin {
  return {
    name: 'braze-charts-proxy',
    configureServer(server) {
      const config = loadConfigFromEnv(process.env);
      const listener = getRequestListener(createProxy({ ...config, basePath: PROXY_BASE }).fetch);
      server.middlewares.use((req, res, next) => {
        if (
          req.url === PROXY_BASE ||
          req.url?.startsWith(`${PROXY_BASE}/`) ||
          req.url?.startsWith(`${PROXY_BASE}?`)
        ) {
          void listener(req, res);
          return;
        }
        next();
      });
      server.httpServer?.once('listening', () => {
        const mode = config.apiKey
          ? `forwarding to ${config.restEndpoint}`
          : 'no BRAZE_API_KEY set: serving deterministic MOCK Braze data';
        server.config.logger.info(`\n  braze-charts proxy at ${PROXY_BASE} (${mode})`);
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [brazeProxy()],
  server: { host: '127.0.0.1', port: 5173 },
  build: { target: 'es2022' },
});
