// Web Test Runner plugin: pages rendered on the server, in Node, for test/browser/ssr.test.ts.
// - /__ssr/lit.html: the three charts by braze-charts/ssr's renderChart (declarative shadow DOM), under the strict
//   CSP of the README plus `chartStyleHash` for each chart's shadow-root styles (no 'unsafe-inline').
// - /__ssr/react.html: the React app of test/browser/fixtures/ssr-app.ts by react-dom/server's renderToString.
// Both load test/browser/fixtures/ssr-client.ts, which defines the elements or hydrates only when the test says so.
import type { Context } from 'koa';
// Loaded with the config, before the runner's terminal wraps `console`: React's development build keeps the
// `console.createTask` it finds, and the terminal's wrapper has none.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const CLIENT = '<script type="module" src="/test/browser/fixtures/ssr-client.ts"></script>';
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>${title}</title>` +
  `<link rel="icon" href="data:," />${CLIENT}</head><body>${body}</body></html>`;

/** The README's strict policy (CSP_PAGES in web-test-runner.config.js) with `style-src` allowing `hashes`. */
export function ssrPolicy(base: string, hashes: string[]): string {
  return base.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
}

export function ssrPagesPlugin(policy: string) {
  return {
    name: 'braze-ssr-pages',
    async serve(context: Context) {
      if (context.path === '/__ssr/lit.html') {
        const { renderChart, chartStyleHash } = await import('../src/ssr/index.js');
        const charts = [
          await renderChart('braze-segment-trend', {
            'proxy-url': '/api/braze',
            'segment-id': 'seg_all_users',
            length: 14,
            'ending-at': '2024-05-31',
          }),
          await renderChart('braze-session-chart', {
            'proxy-url': '/api/braze',
            length: 14,
            'ending-at': '2024-05-31',
          }),
          await renderChart('braze-send-breakdown', {
            'proxy-url': '/api/braze',
            'campaign-id': 'camp_welcome_series',
            'send-id': 'send_welcome_day0',
          }),
        ];
        const tags = ['braze-segment-trend', 'braze-session-chart', 'braze-send-breakdown'] as const;
        const hashes = await Promise.all(tags.map((tag) => chartStyleHash(tag)));
        context.set('Content-Security-Policy', ssrPolicy(policy, hashes));
        return { body: page('Server-rendered charts', charts.join('')), type: 'html' };
      }
      if (context.path === '/__ssr/react.html') {
        const { App } = await import('../test/browser/fixtures/ssr-app.js');
        const root = `<div id="root">${renderToString(createElement(App))}</div>`;
        return { body: page('Server-rendered React', root), type: 'html' };
      }
      return undefined;
    },
  };
}
