import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BrazeErrorBody, MORE_ENDPOINTS, type PooledEndpoint } from '../../src/api/index.js';
import { createProxy, loadConfigFromEnv } from '../../src/proxy/index.js';
import { canvasListPage } from '../../src/proxy/mock-canvas.js';
import { kpiSeries } from '../../src/proxy/mock-kpi.js';
import { MOCK_FAULT_IDS } from '../../src/proxy/mock.js';
import { call, KEY, manualClock, NOW, proxyWith, REST } from './proxy-helpers.js';

/** The routes of issue 17's endpoints: validation, allowlists, cache lifetimes, pools and the mock's answers. */

const PATHS = [
  '/kpi/dau/data_series',
  '/kpi/mau/data_series',
  '/kpi/new_users/data_series',
  '/kpi/uninstalls/data_series',
  '/events/data_series',
  '/events/list',
  '/events',
  '/purchases/product_list',
  '/purchases/revenue_series',
  '/purchases/quantity_series',
  '/campaigns/data_series',
  '/campaigns/details',
  '/canvas/data_series',
  '/canvas/data_summary',
  '/canvas/details',
  '/canvas/list',
] as const;
type MoreEndpointPath = (typeof PATHS)[number];
const endpointAt = (path: MoreEndpointPath): PooledEndpoint => MORE_ENDPOINTS[path] as PooledEndpoint;

/** A valid query of each endpoint (ids the mock knows). */
const VALID: Record<MoreEndpointPath, string> = {
  '/kpi/dau/data_series': 'length=7',
  '/kpi/mau/data_series': 'length=7&app_id=app_ios',
  '/kpi/new_users/data_series': 'length=7&ending_at=2024-05-09',
  '/kpi/uninstalls/data_series': 'length=7',
  '/events/data_series': 'event=Searched&length=7',
  '/events/list': 'page=0',
  '/events': '',
  '/purchases/product_list': '',
  '/purchases/revenue_series': 'length=7&product=coins_500',
  '/purchases/quantity_series': 'length=7&unit=day',
  '/campaigns/data_series': 'campaign_id=camp_winback&length=7',
  '/campaigns/details': 'campaign_id=camp_winback',
  '/canvas/data_series': 'canvas_id=canvas_onboarding&length=7&include_variant_breakdown=true',
  '/canvas/data_summary': 'canvas_id=canvas_onboarding&length=7',
  '/canvas/details': 'canvas_id=canvas_onboarding',
  '/canvas/list': '',
};

/** An invalid query of each endpoint and the parameter its 400 must name. */
const INVALID: Record<MoreEndpointPath, [string, string]> = {
  '/kpi/dau/data_series': ['length=101', 'length'],
  '/kpi/mau/data_series': ['', 'length'],
  '/kpi/new_users/data_series': ['length=7&unit=day', 'unit'],
  '/kpi/uninstalls/data_series': ['length=7&ending_at=yesterday', 'ending_at'],
  '/events/data_series': ['length=7', 'event'],
  '/events/list': ['page=-1', 'page'],
  '/events': ['cursor=%3Cscript%3E', 'cursor'],
  '/purchases/product_list': ['page=first', 'page'],
  '/purchases/revenue_series': ['length=7&unit=week', 'unit'],
  '/purchases/quantity_series': ['length=0', 'length'],
  '/campaigns/data_series': ['length=7', 'campaign_id'],
  '/campaigns/details': ['campaign_id=a%20b', 'campaign_id'],
  '/canvas/data_series': ['canvas_id=canvas_onboarding&length=15', 'length'],
  '/canvas/data_summary': ['canvas_id=canvas_onboarding', 'length'],
  '/canvas/details': ['', 'canvas_id'],
  '/canvas/list': ['sort_direction=up', 'sort_direction'],
};

/** The cache lifetimes of the design note, in seconds (not read from the code under test). */
const LIFETIME_S: Record<MoreEndpointPath, number> = {
  '/kpi/dau/data_series': 60,
  '/kpi/mau/data_series': 60,
  '/kpi/new_users/data_series': 60,
  '/kpi/uninstalls/data_series': 60,
  '/events/data_series': 60,
  '/events/list': 3600,
  '/events': 3600,
  '/purchases/product_list': 3600,
  '/purchases/revenue_series': 300,
  '/purchases/quantity_series': 300,
  '/campaigns/data_series': 60,
  '/campaigns/details': 300,
  '/canvas/data_series': 60,
  '/canvas/data_summary': 60,
  '/canvas/details': 300,
  '/canvas/list': 900,
};

const url = (path: string, query: string) => (query ? `${path}?${query}` : path);

async function errorBody(response: Response, status: number): Promise<{ message: string; errors: string[] }> {
  assert.equal(response.status, status, await response.clone().text());
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
  const body = BrazeErrorBody.parse(await response.json());
  return { message: body.message, errors: (body.errors ?? []).map(String) };
}

it('routes every endpoint of MORE_ENDPOINTS (this file lists them all)', () => {
  assert.deepEqual(Object.keys(MORE_ENDPOINTS).sort(), [...PATHS].sort());
});

describe('routes of the KPI, event, purchase, campaign and Canvas endpoints', () => {
  for (const path of PATHS) {
    const endpoint = endpointAt(path);

    it(`${path}: answers a valid query through one upstream call, cached ${LIFETIME_S[path]} s`, async () => {
      const clock = manualClock();
      const { app, calls } = proxyWith({ now: clock.now });
      const first = await call(app, url(path, VALID[path]));
      assert.equal(first.status, 200, await first.clone().text());
      assert.equal(first.headers.get('X-Cache'), 'MISS');
      assert.equal(first.headers.get('Cache-Control'), `private, max-age=${LIFETIME_S[path]}`);
      const body: unknown = await first.json();
      assert.ok(endpoint.response.safeParse(body).success);
      assert.equal(calls.length, 1);
      assert.equal(calls[0]?.url.pathname, path);
      assert.equal(calls[0]?.headers.get('Authorization'), `Bearer ${KEY}`);
      clock.advance(LIFETIME_S[path] * 1000 - 1);
      assert.equal((await call(app, url(path, VALID[path]))).headers.get('X-Cache'), 'HIT');
      assert.equal(calls.length, 1);
      clock.advance(2);
      assert.equal((await call(app, url(path, VALID[path]))).headers.get('X-Cache'), 'MISS');
      assert.equal(calls.length, 2, 'asked again once the lifetime is over');
    });

    it(`${path}: refuses bad input with a 400 naming ${INVALID[path][1]}, without calling Braze`, async () => {
      const { app, calls } = proxyWith();
      const [query, param] = INVALID[path];
      const body = await errorBody(await call(app, url(path, query)), 400);
      assert.equal(body.message, 'Invalid request parameters');
      assert.ok(
        body.errors.some((error) => error.startsWith(`${param}:`) || error.endsWith(`: ${param}`)),
        `${JSON.stringify(body.errors)} names ${param}`,
      );
      assert.equal(calls.length, 0);
    });
  }

  it('a cacheTtlMs option applies to every endpoint (0: nothing cached)', async () => {
    const { app, calls } = proxyWith({ cacheTtlMs: 0 });
    for (let i = 0; i < 2; i++) await call(app, url('/events/list', ''));
    assert.equal(calls.length, 2);
    const longer = proxyWith({ cacheTtlMs: 120_000 });
    const answer = await call(longer.app, url('/canvas/list', ''));
    assert.equal(answer.headers.get('Cache-Control'), 'private, max-age=120');
  });
});

describe('id allowlists of the new endpoints', () => {
  it('serves only the listed campaigns from /campaigns/data_series and /campaigns/details', async () => {
    const { app, calls } = proxyWith({ allowedCampaignIds: ['camp_winback'] });
    for (const path of ['/campaigns/data_series', '/campaigns/details'] as const) {
      const other = VALID[path].replace('camp_winback', 'camp_feature_launch');
      const body = await errorBody(await call(app, url(path, other)), 403);
      assert.deepEqual(body.errors, ['campaign_id: this id is not served by this proxy']);
      assert.equal((await call(app, url(path, VALID[path]))).status, 200);
    }
    assert.deepEqual(
      calls.map((c) => c.url.searchParams.get('campaign_id')),
      ['camp_winback', 'camp_winback'],
    );
  });

  it('serves only the listed Canvases, and lists only them', async () => {
    const { app, calls } = proxyWith({ allowedCanvasIds: ['canvas_onboarding'] });
    for (const path of ['/canvas/data_series', '/canvas/data_summary', '/canvas/details'] as const) {
      const other = VALID[path].replace('canvas_onboarding', 'canvas_cart_recovery');
      const body = await errorBody(await call(app, url(path, other)), 403);
      assert.deepEqual(body.errors, ['canvas_id: this id is not served by this proxy']);
      assert.equal((await call(app, url(path, VALID[path]))).status, 200);
    }
    assert.equal(calls.length, 3);
    const list = (await (await call(app, '/canvas/list?include_archived=true')).json()) as {
      canvases: { id: string }[];
    };
    const all = canvasListPage({ include_archived: 'true' });
    assert.ok(all.status === 200 && all.body.canvases.length > 1, 'the mock has several Canvases');
    assert.deepEqual(
      list.canvases.map((c) => c.id),
      ['canvas_onboarding'],
    );
  });

  it('reads BRAZE_PROXY_CANVAS_IDS, and counts it as an allowlist', async () => {
    const config = loadConfigFromEnv({
      BRAZE_API_KEY: KEY,
      BRAZE_REST_ENDPOINT: REST,
      BRAZE_PROXY_CANVAS_IDS: 'canvas_a, canvas_b',
    });
    assert.deepEqual(config.allowedCanvasIds, ['canvas_a', 'canvas_b']);
    const { isOpenProxy } = await import('../../src/proxy/config.js');
    assert.equal(isOpenProxy(config), false);
  });

  it('an app allowlist applies to the KPI, event and purchase series', async () => {
    const { app, calls } = proxyWith({ allowedAppIds: ['app_ios'] });
    for (const path of ['/kpi/dau/data_series', '/events/data_series', '/purchases/quantity_series']) {
      const query = path.startsWith('/events') ? 'event=Searched&length=7' : 'length=7';
      await errorBody(await call(app, `${path}?${query}`), 403);
      assert.equal((await call(app, `${path}?${query}&app_id=app_ios`)).status, 200);
    }
    assert.equal(calls.length, 3);
  });
});

describe('what the new routes send upstream', () => {
  it("sends Canvas's ending_at upstream when the caller gave none; the cache key stays the caller's", async () => {
    const clock = manualClock();
    const { app, calls } = proxyWith({ now: clock.now });
    await call(app, '/canvas/data_series?canvas_id=canvas_onboarding&length=7');
    assert.equal(calls[0]?.url.searchParams.get('ending_at'), '2024-05-10T12:00:00Z');
    assert.equal(calls[0]?.url.searchParams.get('length'), '7');
    clock.advance(10_000);
    const again = await call(app, '/canvas/data_series?length=7&canvas_id=canvas_onboarding');
    assert.equal(again.headers.get('X-Cache'), 'HIT');
    await call(app, '/canvas/data_summary?canvas_id=canvas_onboarding&length=7&ending_at=2024-05-01');
    assert.equal(calls[1]?.url.searchParams.get('ending_at'), '2024-05-01', "the caller's ending_at wins");
  });

  it("rewrites /events' Link to the proxy's own path (never Braze's host)", async () => {
    const link = `<${REST}/events?cursor=c2tpcDo1MA>; rel="next"`;
    const respond = () => Response.json({ message: 'success', events: [] }, { headers: { Link: link } });
    for (const basePath of ['', '/api/braze']) {
      const { app } = proxyWith({ basePath }, respond);
      const answer = await call(app, `${basePath}/events`);
      assert.equal(answer.headers.get('Link'), `<${basePath}/events?cursor=c2tpcDo1MA>; rel="next"`);
      const cached = await call(app, `${basePath}/events`);
      assert.equal(cached.headers.get('X-Cache'), 'HIT');
      assert.equal(cached.headers.get('Link'), answer.headers.get('Link'));
    }
  });

  it('leaves the lists out without pickers, the series in', async () => {
    const { app } = proxyWith({ pickers: false });
    for (const path of ['/events/list', '/events', '/purchases/product_list', '/canvas/list'])
      await errorBody(await call(app, path), 404);
    assert.equal((await call(app, '/kpi/dau/data_series?length=3')).status, 200);
    assert.equal((await call(app, '/canvas/details?canvas_id=canvas_onboarding')).status, 200);
  });
});

describe("Braze's rate-limit pools", () => {
  it('a spent small pool (lists, purchases) pauses only itself', async () => {
    const { app, calls } = proxyWith({}, (request) => {
      const small = /\/(events\/list|purchases)/.test(new URL(request.url).pathname);
      return small
        ? Response.json(
            { message: 'API rate limit exceeded' },
            { status: 429, headers: { 'Retry-After': '60' } },
          )
        : Response.json({ message: 'success', data: [] });
    });
    await errorBody(await call(app, '/events/list'), 429);
    assert.equal(calls.length, 1);
    const held = await errorBody(await call(app, '/purchases/quantity_series?length=7'), 429);
    assert.match(held.errors[0] ?? '', /did not call Braze/);
    assert.equal(calls.length, 1, 'the small pool is paused');
    assert.equal((await call(app, '/kpi/dau/data_series?length=7')).status, 200);
    assert.equal((await call(app, '/campaigns/data_series?campaign_id=c&length=7')).status, 200);
    assert.equal(calls.length, 3, 'the default and campaign pools still call Braze');
    assert.ok((app.rateLimits.small?.blockedUntil ?? 0) > Date.now());
    assert.equal(app.rateLimits.default?.blockedUntil, undefined);
    assert.equal(app.rateLimit, app.rateLimits.default);
  });
});

describe('the mock answers the new routes from its generators', () => {
  const mockProxy = () => createProxy({ mock: true, now: () => NOW.getTime() });

  for (const path of PATHS) {
    it(`${path}: a Braze-shaped answer marked as mock`, async () => {
      const answer = await call(mockProxy(), url(path, VALID[path]));
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('X-Braze-Mock'), '1');
      const body = (await answer.json()) as { message: string };
      assert.equal(body.message, 'success');
      assert.ok(endpointAt(path).response.safeParse(body).success);
    });
  }

  it('KPI series: one point per day up to now, the generator’s own numbers', async () => {
    const answer = await call(mockProxy(), '/kpi/dau/data_series?length=7&app_id=app_android');
    const body = (await answer.json()) as { data: { time: string; dau: number }[] };
    const expected = kpiSeries('dau', { length: 7, app_id: 'app_android' }, NOW);
    assert.deepEqual(body, expected.body);
    assert.deepEqual(
      body.data.map((d) => d.time.slice(0, 10)),
      ['2024-05-04', '2024-05-05', '2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10'],
    );
  });

  it("unknown campaigns and Canvases are Braze's 404s; fault ids misbehave on any id", async () => {
    const app = mockProxy();
    const missing = await errorBody(await call(app, '/canvas/details?canvas_id=nope'), 404);
    assert.equal(missing.message, 'Canvas not found');
    await errorBody(await call(app, '/campaigns/details?campaign_id=nope'), 404);
    const fault = `/campaigns/data_series?campaign_id=${MOCK_FAULT_IDS.serverError}&length=3`;
    await errorBody(await call(app, fault), 500);
    await errorBody(await call(app, `/events/data_series?event=${MOCK_FAULT_IDS.badJson}&length=3`), 502);
  });
});
