// Browser tests in Debian's headless Chromium (no browser download). Run through `npm run test:browser`, which
// loads tsx so this config can mount the TypeScript proxy (mock Braze) at /api/braze for end-to-end tests.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { getRequestListener } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';
import { frameworksPlugin } from './scripts/wtr-frameworks.js';
import { mediaFeaturesPlugin } from './scripts/wtr-media.js';

const PROXY_BASE = '/api/braze';
let listener;
/** The reference proxy in mock mode (no key), created on first use. */
const proxyListener = () =>
  (listener ??= import('./src/proxy/index.ts').then(({ createProxy }) =>
    getRequestListener(createProxy({ basePath: PROXY_BASE }).fetch),
  ));

// The CDN bundle test needs dist/cdn (npm test builds it first); without a build it is left out, and said so.
const CDN_BUNDLE = 'dist/cdn/braze-charts.js';
const hasCdnBundle = existsSync(CDN_BUNDLE);
if (!hasCdnBundle) console.warn(`test/browser/cdn.test.ts skipped: no ${CDN_BUNDLE} (run npm run build:cdn)`);

export default {
  files: ['test/browser/**/*.test.ts', ...(hasCdnBundle ? [] : ['!test/browser/cdn.test.ts'])],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: Chromium gives no animation frames to a page that is not in front, and fixtures and
  // the charts' ResizeObserver both wait for frames.
  concurrency: 1,
  staticLogging: Boolean(process.env.CI),
  port: Number(process.env.WTR_PORT ?? 8000),
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    frameworksPlugin(),
    mediaFeaturesPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  middleware: [
    (ctx, next) => {
      if (ctx.path !== PROXY_BASE && !ctx.path.startsWith(`${PROXY_BASE}/`)) return next();
      ctx.respond = false;
      return proxyListener().then((handle) => handle(ctx.req, ctx.res));
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
};
