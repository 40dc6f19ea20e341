// Browser tests in Debian's headless Chromium (no browser download). Run through `npm run test:browser`, which
// loads tsx so this config can mount the TypeScript proxy (mock Braze) at /api/braze for end-to-end tests.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { getRequestListener } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';
import { frameworksPlugin } from './scripts/wtr-frameworks.js';
import { goldenPlugin } from './scripts/wtr-golden.js';
import { mediaFeaturesPlugin } from './scripts/wtr-media.js';
import { ssrPagesPlugin } from './scripts/wtr-ssr.ts';

const PROXY_BASE = '/api/braze';
let listener;
/** The reference proxy in mock mode (no key), created on first use. */
const proxyListener = () =>
  (listener ??= import('./src/proxy/index.ts').then(({ createProxy }) =>
    getRequestListener(createProxy({ mock: true, basePath: PROXY_BASE }).fetch),
  ));

// The CDN tests need dist/cdn (npm test builds it first); without a build they are left out, and said so.
const CDN_BUNDLE = 'dist/cdn/braze-charts.js';
const CDN_TESTS = ['test/browser/cdn.test.ts', 'test/browser/cdn-shared.test.ts', 'test/browser/csp.test.ts'];
const hasCdnBundle = existsSync(CDN_BUNDLE);
if (!hasCdnBundle) console.warn(`${CDN_TESTS.join(', ')} skipped: no ${CDN_BUNDLE} (run npm run build:cdn)`);

/**
 * The strict Content-Security-Policy the README gives for the charts: no inline or foreign script, no inline style
 * (not even `style` attributes: the charts draw colours through classes and attributes), Trusted Types required for
 * DOM script sinks and only Lit's policy (`lit-html`, once: no 'allow-duplicates'), `blob:` images for PNG export.
 */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' blob:; style-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Pages served with the strict policy; `?img=data` allows `data:` images instead of `blob:` (PNG export falls back to
 * them), `?img=self` neither (PNG export must say so).
 */
const CSP_PAGES = new Set(['/test/browser/fixtures/cdn-page.html']);
const IMG_SRC = { data: "img-src 'self' data:", self: "img-src 'self'" };

export default {
  files: ['test/browser/**/*.test.ts', ...(hasCdnBundle ? [] : CDN_TESTS.map((file) => `!${file}`))],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: Chromium gives no animation frames to a page that is not in front, and fixtures and
  // the charts' ResizeObserver both wait for frames.
  concurrency: 1,
  staticLogging: Boolean(process.env.CI),
  port: Number(process.env.WTR_PORT ?? 8000),
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // A failure about a DOM node reports the node in words (test/browser/helpers/chai-nodes.ts), not the whole element.
  testRunnerHtml: (testFramework) =>
    '<!DOCTYPE html><html><head></head><body>' +
    '<script type="module" src="/test/browser/helpers/chai-nodes.ts"></script>' +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    frameworksPlugin(),
    ssrPagesPlugin(STRICT_CSP),
    mediaFeaturesPlugin(),
    goldenPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  middleware: [
    async (ctx, next) => {
      await next();
      if (!CSP_PAGES.has(ctx.path)) return;
      const img = IMG_SRC[ctx.query.img];
      const policy = img ? STRICT_CSP.replace("img-src 'self' blob:", img) : STRICT_CSP;
      ctx.set('Content-Security-Policy', policy);
    },
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
