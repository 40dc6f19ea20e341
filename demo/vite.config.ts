import { getRequestListener } from '@hono/node-server';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
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

/**
 * Serves /ssr.html with its charts rendered on the server by braze-charts/ssr (the loading view as declarative
 * shadow DOM), as a server-rendered app would. Dev server only: the built demo has no server.
 */
function serverRendered(): Plugin {
  const card = (chart: string) => `<section class="card">${chart}</section>`;
  return {
    name: 'braze-charts-ssr-page',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // Only the page itself: its inline module script comes back as `/ssr.html?html-proxy…`, for Vite.
        if (req.url !== '/ssr.html') {
          next();
          return;
        }
        void (async () => {
          // Loaded on first use: Lit's server build installs its DOM shim in this process.
          const { renderChart } = await import('../src/ssr/index.js');
          const charts = await Promise.all([
            renderChart('braze-segment-trend', {
              'proxy-url': PROXY_BASE,
              'segment-id': 'seg_all_users',
              length: 30,
            }),
            renderChart('braze-session-chart', { 'proxy-url': PROXY_BASE, length: 14 }),
            renderChart('braze-send-breakdown', {
              'proxy-url': PROXY_BASE,
              'campaign-id': 'camp_welcome_series',
              'send-id': 'send_welcome_day0',
              view: 'funnel',
            }),
          ]);
          const template = await readFile(page('ssr'), 'utf8');
          const html = await server.transformIndexHtml(
            req.url ?? '/ssr.html',
            template.replace('<!--ssr-charts-->', charts.map(card).join('\n')),
          );
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(html);
        })().catch(next);
      });
    },
  };
}

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [brazeProxy(), serverRendered()],
  server: { host: '127.0.0.1', port: 5173 },
  // The Vue page compiles its template in the browser: use Vue's full build (runtime + compiler).
  // Lit's production build (its dev build logs a "dev mode" warning on every page), and Vue's full build.
  resolve: {
    conditions: ['module', 'browser', 'production'],
    alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }],
  },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // Five pages: the main demo, plain HTML, React, Vue and the gallery (`npm start` serves them all, and ssr.html,
  // rendered by the dev server).
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: page('index'),
        plain: page('plain'),
        react: page('react'),
        vue: page('vue'),
        gallery: page('gallery'),
      },
    },
  },
});
