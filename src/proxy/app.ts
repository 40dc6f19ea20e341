import { Hono } from 'hono';
import { ENDPOINTS, type EndpointDescriptor } from '../api/index.js';
import { resolveProxyConfig, type ProxyConfig } from './config.js';
import { ALLOWED_METHODS, answerOptions, corsHeaders } from './cors.js';
import { createForwarder, type RequestContext } from './forward.js';
import { checkRequest } from './guard.js';
import { brazeError, errorResponse, SECURITY_HEADERS } from './http.js';
import { createMockBraze } from './mock.js';
import { PICKER_ENDPOINTS } from '../api/index.js';
import type { RateLimitSnapshot } from './rate-limit.js';
import { rawRequest } from './runtime.js';

export type { ProxyConfig } from './config.js';

/** The proxy: a Hono app (`.fetch` is a standard fetch handler) plus what it knows about Braze's quota. */
export type BrazeProxy = Hono & {
  /** The latest `X-RateLimit-*` state Braze reported (undefined until the first upstream answer). */
  readonly rateLimit: RateLimitSnapshot | undefined;
};

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
export function createProxy(config: ProxyConfig = {}): BrazeProxy {
  const settings = resolveProxyConfig(config, () => createMockBraze());
  const { logger } = settings;
  const forwarder = createForwarder(settings);
  const endpoints: EndpointDescriptor[] = [
    ...Object.values(ENDPOINTS),
    ...(settings.pickers ? Object.values(PICKER_ENDPOINTS) : []),
  ];
  const paths = endpoints.map((endpoint) => settings.basePath + endpoint.path);
  const contexts = new WeakMap<Request, RequestContext>();
  const contextOf = (request: Request): RequestContext =>
    contexts.get(request) ?? { headers: SECURITY_HEADERS, log: {} };
  const app = new Hono();

  // Every response is made once, with its final headers (security, CORS) in a plain object: see http.ts.
  app.use('*', async (c, next) => {
    const started = Date.now();
    const request = c.req.raw;
    const context: RequestContext = {
      headers: { ...SECURITY_HEADERS, ...corsHeaders(request, settings.allowedOrigins) },
      log: {},
    };
    contexts.set(request, context);
    const refusal = checkRequest(request, rawRequest(c.env));
    if (refusal) {
      context.log.refused = 'bad-request';
      c.res = errorResponse(refusal.status, brazeError(refusal.message, refusal.errors), context.headers);
    } else {
      await next();
    }
    logger.info('request', {
      method: request.method,
      path: c.req.path.slice(0, 200),
      status: c.res.status,
      ms: Date.now() - started,
      ...context.log,
    });
  });

  for (const endpoint of endpoints) {
    const path = settings.basePath + endpoint.path;
    app.get(path, (c) => forwarder.handle(endpoint, c.req.raw, c.env, contextOf(c.req.raw)));
    app.options(path, (c) => answerOptions(c.req.raw, settings.allowedOrigins, contextOf(c.req.raw).headers));
    app.all(path, (c) =>
      errorResponse(405, brazeError('Method not allowed', [`${c.req.method} is not supported; use GET`]), {
        ...contextOf(c.req.raw).headers,
        Allow: ALLOWED_METHODS,
      }),
    );
  }

  app.notFound((c) =>
    errorResponse(
      404,
      brazeError('Not found', [`this proxy serves GET ${paths.join(', ')}`]),
      contextOf(c.req.raw).headers,
    ),
  );
  app.onError((cause, c) => {
    logger.error('unexpected proxy error', { error: cause.name });
    return errorResponse(500, brazeError('Internal proxy error'), contextOf(c.req.raw).headers);
  });

  return Object.defineProperty(app, 'rateLimit', {
    get: () => forwarder.rateLimit.snapshot,
    enumerable: true,
  }) as BrazeProxy;
}
