import { configureClient } from '../src/data/client.js';
import { createProxy } from '../src/proxy/index.js';

/** The proxy URL every story uses. */
export const MOCK_PROXY_URL = '/api/braze';

/**
 * Routes MOCK_PROXY_URL to the reference proxy app (mock Braze, no key) running in the page through its fetch
 * handler: the same code as `npm start`, without a server, so the static Storybook build works anywhere.
 */
export function installMockProxy(): void {
  const app = createProxy({ mock: true, basePath: MOCK_PROXY_URL });
  configureClient(MOCK_PROXY_URL, { fetch: (request) => Promise.resolve(app.fetch(request)) });
}

/** Configures `url` as a proxy that never answers (the loading state) and returns it. */
export function pendingProxy(url: string): string {
  configureClient(url, { fetch: () => new Promise<Response>(() => undefined) });
  return url;
}

/** Configures `url` as a proxy whose every series is empty (the empty state) and returns it. */
export function emptyProxy(url: string): string {
  configureClient(url, { fetch: () => Promise.resolve(Response.json({ message: 'success', data: [] })) });
  return url;
}
