import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProxy, loadConfigFromEnv, ProxyConfigError, type ProxyConfig } from '../../src/proxy/index.js';
import { KEY } from './proxy-helpers.js';

function throwsClearly(config: ProxyConfig, pattern: RegExp): void {
  assert.throws(
    () => createProxy(config),
    (error: unknown) => {
      assert.ok(error instanceof ProxyConfigError, 'a ProxyConfigError');
      assert.match(error.message, pattern);
      assert.ok(!error.message.includes(KEY), 'the key is not in the message');
      return true;
    },
  );
}

describe('createProxy: config validation', () => {
  it('accepts every Braze REST host', () => {
    for (const host of [
      'rest.iad-01.braze.com',
      'rest.iad-08.braze.com',
      'rest.us-10.braze.com',
      'rest.fra-01.braze.eu',
      'rest.fra-02.braze.eu',
      'rest.au-01.braze.com',
      'rest.id-01.braze.com',
      'rest.jp-01.braze.com',
      'rest.kr-01.braze.com',
    ]) {
      assert.doesNotThrow(() => createProxy({ apiKey: KEY, restEndpoint: `https://${host}` }), host);
      assert.doesNotThrow(() => createProxy({ apiKey: KEY, restEndpoint: `https://${host}/` }), host);
    }
  });

  it('requires https', () => {
    throwsClearly({ apiKey: KEY, restEndpoint: 'http://rest.iad-01.braze.com' }, /https/);
  });

  it('requires a Braze REST host', () => {
    for (const restEndpoint of [
      'https://example.com',
      'https://rest.iad-01.braze.com.evil.test',
      'https://braze.com',
      'https://dashboard-01.braze.com',
      'https://rest.iad-01.braze.org',
      'https://rest.iad-01.braze.com:8443',
    ]) {
      throwsClearly({ apiKey: KEY, restEndpoint }, /Braze REST host/);
    }
  });

  it('refuses garbage, paths, queries and credentials', () => {
    throwsClearly({ apiKey: KEY, restEndpoint: 'not a url' }, /not a valid URL/);
    throwsClearly({ apiKey: KEY, restEndpoint: KEY }, /not a valid URL/);
    throwsClearly({ apiKey: KEY, restEndpoint: 'https://rest.iad-01.braze.com/segments' }, /just the host/);
    throwsClearly({ apiKey: KEY, restEndpoint: 'https://rest.iad-01.braze.com/?x=1' }, /just the host/);
    throwsClearly({ apiKey: KEY, restEndpoint: 'https://u:p@rest.iad-01.braze.com' }, /just the host/);
  });

  it('requires restEndpoint with a key, and a sane key', () => {
    throwsClearly({ apiKey: KEY }, /restEndpoint is required/);
    throwsClearly(
      { apiKey: `${KEY}\nX-Injected: 1`, restEndpoint: 'https://rest.iad-01.braze.com' },
      /apiKey/,
    );
  });

  it('admits loopback http only with allowInsecureUpstream', () => {
    throwsClearly({ apiKey: KEY, restEndpoint: 'http://127.0.0.1:9999' }, /https/);
    assert.doesNotThrow(() =>
      createProxy({ apiKey: KEY, restEndpoint: 'http://127.0.0.1:9999', allowInsecureUpstream: true }),
    );
    assert.doesNotThrow(() =>
      createProxy({ apiKey: KEY, restEndpoint: 'http://localhost:9999', allowInsecureUpstream: true }),
    );
    throwsClearly(
      { apiKey: KEY, restEndpoint: 'http://10.0.0.8:9999', allowInsecureUpstream: true },
      /https/,
    );
    throwsClearly(
      { apiKey: KEY, restEndpoint: 'https://evil.test', allowInsecureUpstream: true },
      /Braze REST host/,
    );
  });

  it('checks origins, basePath, durations and options that need a key', () => {
    throwsClearly({ allowedOrigins: ['app.example.com'] }, /allowedOrigins/);
    throwsClearly({ allowedOrigins: ['https://app.example.com/path'] }, /allowedOrigins/);
    assert.doesNotThrow(() => createProxy({ allowedOrigins: ['https://app.example.com/', '*'] }));
    throwsClearly({ basePath: 'api' }, /basePath/);
    throwsClearly({ basePath: '/api/../x y' }, /basePath/);
    throwsClearly({ cacheTtlMs: -1 }, /cacheTtlMs/);
    throwsClearly({ cacheMaxEntries: 0 }, /cacheMaxEntries/);
    throwsClearly({ fetch: globalThis.fetch }, /fetch is only used with an apiKey/);
  });

  it('runs in mock mode without a key', () => {
    assert.doesNotThrow(() => createProxy());
    assert.doesNotThrow(() => createProxy({ apiKey: '  ' }));
  });
});

describe('loadConfigFromEnv', () => {
  it('defaults to mock mode on 127.0.0.1:8787', () => {
    assert.deepEqual(loadConfigFromEnv({}), { port: 8787, host: '127.0.0.1' });
    assert.deepEqual(loadConfigFromEnv({ BRAZE_API_KEY: '', PORT: ' ', HOST: '' }), {
      port: 8787,
      host: '127.0.0.1',
    });
  });

  it('reads the key, endpoint, port, host, origins and cache TTL', () => {
    const config = loadConfigFromEnv({
      BRAZE_API_KEY: ` ${KEY}\n`,
      BRAZE_REST_ENDPOINT: 'https://rest.fra-01.braze.eu',
      PORT: '9000',
      HOST: '0.0.0.0',
      BRAZE_PROXY_ALLOWED_ORIGINS: 'https://a.test, https://b.test,,',
      BRAZE_PROXY_CACHE_TTL_MS: '5000',
    });
    assert.deepEqual(config, {
      apiKey: KEY,
      restEndpoint: 'https://rest.fra-01.braze.eu',
      port: 9000,
      host: '0.0.0.0',
      allowedOrigins: ['https://a.test', 'https://b.test'],
      cacheTtlMs: 5000,
    });
    assert.doesNotThrow(() => createProxy(config));
  });

  it('refuses a key without an endpoint, a bad endpoint and a bad port', () => {
    assert.throws(() => loadConfigFromEnv({ BRAZE_API_KEY: KEY }), /BRAZE_REST_ENDPOINT is not/);
    assert.throws(
      () => loadConfigFromEnv({ BRAZE_API_KEY: KEY, BRAZE_REST_ENDPOINT: 'http://rest.iad-01.braze.com' }),
      /https/,
    );
    assert.throws(() => loadConfigFromEnv({ PORT: 'eighty' }), /PORT must be an integer/);
    assert.throws(() => loadConfigFromEnv({ PORT: '70000' }), /PORT/);
    assert.throws(() => loadConfigFromEnv({ BRAZE_PROXY_CACHE_TTL_MS: '-5' }), /BRAZE_PROXY_CACHE_TTL_MS/);
  });
});

describe('start-up errors are clear', () => {
  const braze = { BRAZE_API_KEY: KEY, BRAZE_REST_ENDPOINT: 'https://rest.iad-01.braze.com' };

  it('refuses mock mode in production, even when asked for', () => {
    for (const env of [{ NODE_ENV: 'production' }, { BRAZE_PROXY_MODE: 'production' }]) {
      assert.throws(
        () => loadConfigFromEnv(env),
        /BRAZE_API_KEY is not set in production.*refusing to serve MOCK/,
      );
      assert.doesNotThrow(() => loadConfigFromEnv({ ...env, ...braze }));
    }
    assert.throws(
      () => loadConfigFromEnv({ NODE_ENV: 'production', BRAZE_PROXY_MODE: 'mock' }),
      (error: unknown) =>
        error instanceof ProxyConfigError &&
        /^BRAZE_PROXY_MODE=mock under NODE_ENV=production: refusing to serve MOCK data/.test(error.message) &&
        /Set BRAZE_API_KEY and BRAZE_REST_ENDPOINT.*unset NODE_ENV/.test(error.message),
    );
    assert.deepEqual(loadConfigFromEnv({ BRAZE_PROXY_MODE: 'mock' }), {
      port: 8787,
      host: '127.0.0.1',
      mock: true,
    });
    assert.throws(() => loadConfigFromEnv({ BRAZE_PROXY_MODE: 'mock', ...braze }), /unset one of them/);
    assert.throws(() => loadConfigFromEnv({ BRAZE_PROXY_MODE: 'prod' }), /BRAZE_PROXY_MODE must be/);
  });

  it('names the variable holding an invalid number or flag', () => {
    for (const [name, value] of [
      ['BRAZE_PROXY_CACHE_TTL_MS', '1.5'],
      ['BRAZE_PROXY_CACHE_MAX_BYTES', '0'],
      ['BRAZE_PROXY_CACHE_MAX_BYTES', '32MB'],
      ['BRAZE_PROXY_CACHE_MAX_ENTRIES', '-1'],
      ['BRAZE_PROXY_UPSTREAM_TIMEOUT_MS', '1e3'],
      ['BRAZE_PROXY_CLIENT_RATE_LIMIT', '0'],
      ['BRAZE_PROXY_CLIENT_RATE_LIMIT', 'many'],
      ['BRAZE_PROXY_PICKERS', 'maybe'],
      ['BRAZE_PROXY_TRUST_PROXY', 'sure'],
      ['BRAZE_PROXY_REDACT_IDS', '2'],
      ['BRAZE_PROXY_LOG_LEVEL', 'debug'],
      ['PORT', '80.5'],
    ] as const) {
      assert.throws(
        () => loadConfigFromEnv({ [name]: value }),
        (error: unknown) => error instanceof ProxyConfigError && error.message.startsWith(name),
        `${name}=${value}`,
      );
    }
    assert.throws(
      () => loadConfigFromEnv({ BRAZE_PROXY_CLIENT_RATE_WINDOW_MS: '1000' }),
      /needs BRAZE_PROXY_CLIENT_RATE_LIMIT/,
    );
  });

  it('reads every option', () => {
    const config = loadConfigFromEnv({
      ...braze,
      BRAZE_PROXY_CACHE_MAX_BYTES: '1048576',
      BRAZE_PROXY_CACHE_MAX_ENTRIES: '50',
      BRAZE_PROXY_UPSTREAM_TIMEOUT_MS: '5000',
      BRAZE_PROXY_CLIENT_RATE_LIMIT: '100',
      BRAZE_PROXY_CLIENT_RATE_WINDOW_MS: '10000',
      BRAZE_PROXY_PICKERS: 'off',
      BRAZE_PROXY_SHARED_CACHE: 'on',
      BRAZE_PROXY_TRUST_PROXY: 'true',
      BRAZE_PROXY_REDACT_IDS: '1',
      BRAZE_PROXY_BASE_PATH: '/api/braze',
      BRAZE_PROXY_SEGMENT_IDS: 'a,b',
      BRAZE_PROXY_LOG_LEVEL: 'warn',
    });
    assert.deepEqual(config, {
      ...{ apiKey: KEY, restEndpoint: 'https://rest.iad-01.braze.com', port: 8787, host: '127.0.0.1' },
      allowedSegmentIds: ['a', 'b'],
      cacheMaxBytes: 1_048_576,
      cacheMaxEntries: 50,
      upstreamTimeoutMs: 5000,
      clientRateLimit: { requests: 100, windowMs: 10_000 },
      basePath: '/api/braze',
      pickers: false,
      sharedCache: true,
      trustProxy: true,
      redactIds: true,
      logLevel: 'warn',
    });
    assert.doesNotThrow(() => createProxy(config));
  });

  it('checks the new programmatic options', () => {
    throwsClearly({ cacheMaxBytes: 0 }, /cacheMaxBytes/);
    throwsClearly({ cacheMaxBytes: 1.5 }, /cacheMaxBytes/);
    throwsClearly({ clientRateLimit: { requests: 0, windowMs: 1000 } }, /clientRateLimit.requests/);
    throwsClearly({ clientRateLimit: { requests: 10, windowMs: Number.NaN } }, /clientRateLimit.windowMs/);
    throwsClearly({ allowedSegmentIds: ['ok', 'not ok'] }, /allowedSegmentIds entry 2/);
    throwsClearly({ allowedCampaignIds: [] }, /allowedCampaignIds is empty/);
    throwsClearly(
      { sharedCache: true, authorize: () => true },
      /sharedCache cannot be combined with authorize/,
    );
    throwsClearly({ basePath: '/api/../braze' }, /basePath/);
  });
});
