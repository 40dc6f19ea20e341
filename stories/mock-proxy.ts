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
