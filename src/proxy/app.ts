import { Hono } from 'hono';
import { ENDPOINTS, type EndpointDescriptor } from '../api/index.js';
import { resolveProxyConfig, type ProxyConfig } from './config.js';
import { ALLOWED_METHODS, answerOptions, applyCors } from './cors.js';
import { createForwarder } from './forward.js';
import { brazeError, jsonResponse } from './http.js';
import { createMockBraze } from './mock.js';
import { PICKER_ENDPOINTS } from './pickers.js';

export type { ProxyConfig } from './config.js';

/**
 * Creates the reference proxy: a Hono app (a standard fetch handler) that mirrors Braze's export endpoints
 * 1:1 — `GET /segments/data_series`, `/segments/details`, `/sessions/data_series`, `/sends/data_series`, and
 * (with `pickers`) `/segments/list`, `/campaigns/list` — under `basePath`, adding the server-side key.
 *
 * Without `apiKey` it serves the deterministic mock Braze. Throws a `ProxyConfigError` for an invalid config.
 *
 * @example Node: `serve({ fetch: createProxy(config).fetch, port: 8787 })` (from `@hono/node-server`)
 * @example Workers, Bun, Deno: `export default { fetch: createProxy({ apiKey, restEndpoint }).fetch }`
 * @example Any server: `const handler = createProxy(config).fetch; const response = await handler(request);`
 */
export function createProxy(config: ProxyConfig = {}): Hono {
  const settings = resolveProxyConfig(config, () => createMockBraze());
  const forward = createForwarder(settings);
  const endpoints: EndpointDescriptor[] = [
    ...Object.values(ENDPOINTS),
    ...(settings.pickers ? Object.values(PICKER_ENDPOINTS) : []),
  ];
  const paths = endpoints.map((endpoint) => settings.basePath + endpoint.path);
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
    applyCors(c.req.raw, headers, settings.allowedOrigins);
  });

  for (const endpoint of endpoints) {
    const path = settings.basePath + endpoint.path;
    app.get(path, (c) => forward(endpoint, new URL(c.req.url)));
    app.options(path, (c) => answerOptions(c.req.raw, settings.allowedOrigins));
    app.all(path, (c) =>
      error(405, 'Method not allowed', [`${c.req.method} is not supported; use GET`], {
        Allow: ALLOWED_METHODS,
      }),
    );
  }

  app.notFound(() => error(404, 'Not found', [`this proxy serves GET ${paths.join(', ')}`]));
  app.onError((cause) => {
    settings.logger.error('unexpected proxy error', { name: cause.name });
    return error(500, 'Internal proxy error');
  });
  return app;
}

function error(status: number, message: string, errors: string[] = [], headers: HeadersInit = {}): Response {
  return jsonResponse(JSON.stringify(brazeError(message, errors)), status, headers);
}
