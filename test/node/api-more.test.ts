import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import {
  CACHE_TTL_MS,
  CANVAS_MAX_LENGTH,
  campaignDataSeries,
  campaignDetails,
  campaignList,
  canvasDataSeries,
  canvasDataSummary,
  canvasDetails,
  canvasList,
  describeIssues,
  endpointPolicy,
  ENDPOINTS,
  eventCatalog,
  eventDataSeries,
  eventList,
  ID_PATTERN,
  isIsoDateTime,
  KPI_ENDPOINTS,
  MORE_ENDPOINTS,
  nextCursor,
  nextLink,
  parseInstant,
  parseQuery,
  PICKER_ENDPOINTS,
  purchaseProductList,
  purchaseQuantitySeries,
  RATE_LIMIT_POOLS,
  purchaseRevenueSeries,
  SendsDataSeriesResponse,
  sessionsDataSeries,
  toQuery,
  type EndpointDescriptor,
  type PooledEndpoint,
} from '../../src/api/index.js';

/**
 * The schemas and descriptors of BRAZE_API_MORE.md: Braze's documented shapes pass, bad params are refused with the
 * parameter named, counters sent as text are refused with their path, and each endpoint carries its pool and cache
 * lifetime.
 */

const MORE: readonly PooledEndpoint[] = Object.values(MORE_ENDPOINTS);
const FIXTURES = new URL('../fixtures/braze-more/', import.meta.url);
const byName = new Map<string, EndpointDescriptor>(
  [...MORE, ...Object.values(PICKER_ENDPOINTS)].map((endpoint) => [endpoint.name, endpoint]),
);

const fixture = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Record<string, unknown>;

/** The descriptor a fixture file is named after: `<permission name>[.<case>].json`. */
function endpointOfFixture(file: string): EndpointDescriptor {
  const parts = file.replace(/\.json$/, '').split('.');
  for (let n = parts.length; n > 0; n--) {
    const endpoint = byName.get(parts.slice(0, n).join('.'));
    if (endpoint) return endpoint;
  }
  throw new Error(`no endpoint for fixture ${file}`);
}

function query(params: Record<string, string | number>): URLSearchParams {
  return new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
}

function refused(endpoint: EndpointDescriptor, params: Record<string, string | number>): string[] {
  const result = parseQuery(endpoint, query(params));
  assert.equal(result.ok, false, `${endpoint.path}?${query(params).toString()} should be refused`);
  return result.ok ? [] : result.errors;
}

function accepted(endpoint: EndpointDescriptor, params: Record<string, string | number>) {
  const result = parseQuery(endpoint, query(params));
  assert.ok(result.ok, `${endpoint.path}: ${result.ok ? '' : result.errors.join('; ')}`);
  return result.value as Record<string, unknown>;
}

/** The issues of a body that must fail its schema, as `path: message` sentences. */
function responseErrors(schema: z.ZodMiniType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  assert.equal(parsed.success, false, 'the body should fail its schema');
  return parsed.success ? [] : describeIssues(parsed.error.issues);
}

const hasErrorAt = (errors: readonly string[], path: string) =>
  assert.ok(
    errors.some((error) => error.startsWith(`${path}: `)),
    `expected an error at ${path}, got ${errors.join(' | ')}`,
  );

describe('more endpoints: Braze documented examples', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.json'));

  it('has an example for every new endpoint', () => {
    const covered = new Set(files.map((file) => endpointOfFixture(file).path));
    for (const endpoint of MORE) assert.ok(covered.has(endpoint.path), `an example for ${endpoint.path}`);
  });

  for (const file of files) {
    it(`${file} passes its endpoint's response schema, also with fields Braze may add`, () => {
      const endpoint = endpointOfFixture(file);
      const body = fixture(file);
      const parsed = endpoint.response.safeParse(body);
      assert.ok(parsed.success, parsed.success ? '' : describeIssues(parsed.error.issues).join('; '));
      assert.ok(endpoint.response.safeParse({ ...body, added_by_braze_later: { x: [1] } }).success);
    });
  }

  it('reads the campaign example without `message`, but not a KPI body without it', () => {
    const body = fixture('campaigns.data_series.no-message.json');
    assert.equal('message' in body, false);
    assert.ok(campaignDataSeries.response.safeParse(body).success);
    const { message: _message, ...kpi } = fixture('kpi.dau.data_series.json');
    hasErrorAt(responseErrors(KPI_ENDPOINTS.dau.response, kpi), 'message');
  });

  it('reads Canvas `data` as an object, and refuses an array there', () => {
    const body = fixture('canvas.data_series.json');
    const parsed = canvasDataSeries.response.safeParse(body);
    assert.ok(parsed.success);
    assert.equal(parsed.data.data.stats.length, 2);
    const asArray = { ...body, data: (body.data as { stats: unknown[] }).stats };
    hasErrorAt(responseErrors(canvasDataSeries.response, asArray), 'data');
  });

  it('reads revenue as any finite number: cents, whole dollars and refunds', () => {
    for (const revenue of [18342.57, 17211, -12.5, 0]) {
      const body = { message: 'success', data: [{ time: '2024-05-01', revenue }] };
      assert.ok(purchaseRevenueSeries.response.safeParse(body).success, String(revenue));
    }
  });
});

describe('more endpoints: counters sent as text are refused, naming the path', () => {
  const cases: [string, EndpointDescriptor, (body: Record<string, unknown>) => void, string][] = [
    ['kpi.dau.data_series', KPI_ENDPOINTS.dau, (b) => set(b, ['data', 1, 'dau'], '139877'), 'data.1.dau'],
    ['kpi.mau.data_series', KPI_ENDPOINTS.mau, (b) => set(b, ['data', 0, 'mau'], '812045'), 'data.0.mau'],
    [
      'kpi.new_users.data_series',
      KPI_ENDPOINTS.new_users,
      (b) => set(b, ['data', 0, 'new_users'], '2380'),
      'data.0.new_users',
    ],
    [
      'kpi.uninstalls.data_series',
      KPI_ENDPOINTS.uninstalls,
      (b) => set(b, ['data', 1, 'uninstalls'], '3'),
      'data.1.uninstalls',
    ],
    ['events.data_series', eventDataSeries, (b) => set(b, ['data', 0, 'count'], '18204'), 'data.0.count'],
    [
      'purchases.revenue_series',
      purchaseRevenueSeries,
      (b) => set(b, ['data', 0, 'revenue'], '18342.57'),
      'data.0.revenue',
    ],
    [
      'purchases.quantity_series',
      purchaseQuantitySeries,
      (b) => set(b, ['data', 1, 'purchase_quantity'], '1187'),
      'data.1.purchase_quantity',
    ],
    [
      'campaigns.data_series',
      campaignDataSeries,
      (b) => set(b, ['data', 0, 'messages', 'email', 0, 'sent'], '4000'),
      'data.0.messages.email.0.sent',
    ],
    [
      'campaigns.data_series',
      campaignDataSeries,
      (b) => set(b, ['data', 0, 'messages', 'email', 1, 'enrolled'], '450'),
      'data.0.messages.email.1.enrolled',
    ],
    [
      'campaigns.data_series',
      campaignDataSeries,
      (b) => set(b, ['data', 0, 'conversions2'], '2'),
      'data.0.conversions2',
    ],
    [
      'canvas.data_series',
      canvasDataSeries,
      (b) => set(b, ['data', 'stats', 0, 'total_stats', 'entries'], '1503'),
      'data.stats.0.total_stats.entries',
    ],
    [
      'canvas.data_series',
      canvasDataSeries,
      (b) =>
        set(
          b,
          [
            'data',
            'stats',
            0,
            'step_stats',
            '0f2e1c5d-2222-4aaa-8bbb-000000000002',
            'messages',
            'email',
            0,
            'clicks',
          ],
          '90',
        ),
      'data.stats.0.step_stats.0f2e1c5d-2222-4aaa-8bbb-000000000002.messages.email.0.clicks',
    ],
    [
      'canvas.data_summary',
      canvasDataSummary,
      (b) => set(b, ['data', 'variant_stats', '0f2e1c5d-1111-4aaa-8bbb-000000000001', 'revenue'], '700'),
      'data.variant_stats.0f2e1c5d-1111-4aaa-8bbb-000000000001.revenue',
    ],
  ];

  for (const [file, endpoint, spoil, path] of cases) {
    it(`${endpoint.path}: ${path}`, () => {
      const body = fixture(`${file}.json`);
      assert.ok(endpoint.response.safeParse(body).success, 'the example itself passes');
      spoil(body);
      hasErrorAt(responseErrors(endpoint.response, body), path);
    });
  }

  it('keeps unknown fields of an unknown channel, refuses a known counter sent as text in it, reads null as absent', () => {
    const body = fixture('campaigns.data_series.json');
    set(body, ['data', 0, 'messages', 'hologram'], [{ beamed: 'yes', beams: { left: 1 }, sent: 12 }]);
    set(body, ['data', 0, 'messages', 'email', 0, 'clicks'], null);
    assert.ok(
      campaignDataSeries.response.safeParse(body).success,
      'unknown channel and null counter accepted',
    );
    set(body, ['data', 0, 'messages', 'hologram', 0, 'sent'], '12');
    hasErrorAt(responseErrors(campaignDataSeries.response, body), 'data.0.messages.hologram.0.sent');
  });

  it('checks campaign days exactly as send days (one schema, issue 11: counters are numbers on every endpoint)', () => {
    const body = fixture('campaigns.data_series.json');
    set(body, ['data', 0, 'messages', 'email', 0, 'sent'], '4000');
    hasErrorAt(responseErrors(SendsDataSeriesResponse, body), 'data.0.messages.email.0.sent');
    hasErrorAt(responseErrors(campaignDataSeries.response, body), 'data.0.messages.email.0.sent');
  });
});

/** Sets `value` at `path` inside a parsed JSON fixture. */
function set(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

describe('more endpoints: params are strict and name the parameter', () => {
  it('KPI: length 1-100, no unit, no segment_id, app ids checked', () => {
    for (const endpoint of Object.values(KPI_ENDPOINTS)) {
      accepted(endpoint, { length: 30 });
      accepted(endpoint, { length: 100, ending_at: '2024-05-31T23:59:59-5:00', app_id: 'app_ios' });
      hasErrorAt(refused(endpoint, { length: 101 }), 'length');
      assert.ok(
        refused(endpoint, { length: 7, segment_id: 'seg_all_users' }).includes(
          'unknown parameter(s): segment_id',
        ),
      );
      assert.ok(refused(endpoint, { length: 7, unit: 'day' }).includes('unknown parameter(s): unit'));
      hasErrorAt(refused(endpoint, { length: 7, app_id: 'a/b' }), 'app_id');
      hasErrorAt(refused(endpoint, { length: 7, ending_at: '2024-02-30' }), 'ending_at');
    }
  });

  it('events: the event name is required and checked conservatively', () => {
    accepted(eventDataSeries, {
      event: 'Added to Cart',
      length: 14,
      unit: 'hour',
      segment_id: 'seg_all_users',
    });
    accepted(eventDataSeries, { event: 'café_vue ☕ (v2)/détail', length: 1 });
    accepted(eventDataSeries, { event: 'x'.repeat(255), length: 1 });
    hasErrorAt(refused(eventDataSeries, { length: 1 }), 'event');
    for (const event of [
      '',
      ' leading',
      'trailing ',
      'line\nbreak',
      'nul\u0000',
      'bidi\u202e',
      'x'.repeat(256),
    ]) {
      const errors = refused(eventDataSeries, { event, length: 1 });
      hasErrorAt(errors, 'event');
      assert.ok(errors.some((e) => e.includes('event must be 1-255 characters')));
    }
    hasErrorAt(refused(eventDataSeries, { event: 'a', length: 1, unit: 'week' }), 'unit');
  });

  it('event lists: a 0-based page; the catalogue takes an opaque cursor only', () => {
    accepted(eventList, {});
    accepted(eventList, { page: 0 });
    hasErrorAt(refused(eventList, { page: -1 }), 'page');
    hasErrorAt(refused(eventList, { page: '01' }), 'page');
    accepted(eventCatalog, {});
    accepted(eventCatalog, { cursor: 'c2tpcDo1MA==' });
    for (const cursor of ['', 'a b', '<x>', 'x'.repeat(513)])
      hasErrorAt(refused(eventCatalog, { cursor }), 'cursor');
    assert.ok(refused(eventCatalog, { page: 1 }).includes('unknown parameter(s): page'));
  });

  it('purchases: product names checked like event names; unit day or hour', () => {
    accepted(purchaseProductList, { page: 3 });
    for (const endpoint of [purchaseRevenueSeries, purchaseQuantitySeries]) {
      accepted(endpoint, { length: 30, unit: 'day', app_id: 'app_web', product: 'premium monthly' });
      hasErrorAt(refused(endpoint, { length: 30, product: 'tab\tinside' }), 'product');
      hasErrorAt(refused(endpoint, { length: 30, unit: 'minute' }), 'unit');
      assert.ok(refused(endpoint, { length: 30, event: 'x' }).includes('unknown parameter(s): event'));
    }
  });

  it('campaigns: the list filters by last edit, as Braze documents it', () => {
    accepted(campaignList, { page: 0, 'last_edit.time[gt]': '2024-01-01T00:00:00-5:00' });
    hasErrorAt(refused(campaignList, { 'last_edit.time[gt]': '2024-13-01' }), 'last_edit.time[gt]');
  });

  it('campaigns: data_series takes no send_id; details a true/false draft flag', () => {
    accepted(campaignDataSeries, { campaign_id: 'camp_spring_sale', length: 30 });
    hasErrorAt(refused(campaignDataSeries, { length: 30 }), 'campaign_id');
    assert.ok(
      refused(campaignDataSeries, { campaign_id: 'c', send_id: 's', length: 3 }).includes(
        'unknown parameter(s): send_id',
      ),
    );
    accepted(campaignDetails, { campaign_id: 'camp_spring_sale', post_launch_draft_version: 'true' });
    hasErrorAt(
      refused(campaignDetails, { campaign_id: 'c', post_launch_draft_version: 'yes' }),
      'post_launch_draft_version',
    );
  });

  it('Canvas: length 1-14 xor starting_at, before ending_at; breakdown flags are true or false', () => {
    for (const endpoint of [canvasDataSeries, canvasDataSummary]) {
      accepted(endpoint, { canvas_id: 'canvas_onboarding', length: CANVAS_MAX_LENGTH });
      accepted(endpoint, {
        canvas_id: 'canvas_onboarding',
        ending_at: '2018-05-30T23:59:59-5:00',
        starting_at: '2018-05-28T23:59:59-5:00',
        include_variant_breakdown: 'true',
        include_step_breakdown: 'false',
        include_deleted_step_data: 'true',
      });
      for (const length of [0, 15, 100]) {
        const errors = refused(endpoint, { canvas_id: 'c', length });
        assert.ok(errors.includes('length: length must be an integer from 1 to 14'), errors.join(' | '));
      }
      assert.ok(
        refused(endpoint, { canvas_id: 'c', length: 'abc' }).includes(
          'length: length must be an integer from 1 to 14',
        ),
      );
      hasErrorAt(refused(endpoint, { canvas_id: 'c' }), 'length');
      const both = refused(endpoint, { canvas_id: 'c', length: 3, starting_at: '2024-05-01' });
      assert.ok(
        both.some((e) => e.startsWith('starting_at: give either length')),
        both.join(' | '),
      );
      const reversed = refused(endpoint, {
        canvas_id: 'c',
        starting_at: '2024-05-10T00:00:00Z',
        ending_at: '2024-05-09T18:00:00-5:00',
      });
      assert.ok(reversed.includes('starting_at: starting_at must be before ending_at'), reversed.join(' | '));
      hasErrorAt(
        refused(endpoint, { canvas_id: 'c', length: 3, include_step_breakdown: '1' }),
        'include_step_breakdown',
      );
      hasErrorAt(refused(endpoint, { length: 3 }), 'canvas_id');
    }
    accepted(canvasDetails, { canvas_id: 'canvas_onboarding' });
    accepted(canvasList, {
      page: 0,
      include_archived: 'false',
      'last_edit.time[gt]': '2024-01-01T00:00:00Z',
    });
    hasErrorAt(refused(canvasList, { 'last_edit.time[gt]': 'yesterday' }), 'last_edit.time[gt]');
  });
});

describe('more endpoints: descriptors', () => {
  it('list each endpoint once, under its own path, with the keys of its params in canonical order', () => {
    for (const [path, endpoint] of Object.entries(MORE_ENDPOINTS)) {
      assert.equal(endpoint.path, path);
      assert.equal(Object.hasOwn(ENDPOINTS, path), false, `${path} is new`);
      const shape = (endpoint.params as unknown as z.ZodMiniObject).shape;
      assert.deepEqual([...endpoint.keys].sort(), Object.keys(shape).sort(), path);
    }
    assert.equal(new Set(MORE.map((e) => e.name)).size, MORE.length);
  });

  it('draw from the documented rate-limit pools', () => {
    const small = [
      '/events/list',
      '/events',
      '/purchases/product_list',
      '/purchases/revenue_series',
      '/purchases/quantity_series',
    ];
    for (const endpoint of MORE) {
      const expected =
        endpoint === campaignDataSeries
          ? 'campaignsDataSeries'
          : small.includes(endpoint.path)
            ? 'small'
            : 'default';
      assert.equal(endpoint.pool, expected, endpoint.path);
    }
    assert.deepEqual(RATE_LIMIT_POOLS.default, { limit: 250_000, windowMs: 3_600_000 });
    assert.deepEqual(RATE_LIMIT_POOLS.campaignsDataSeries, { limit: 50_000, windowMs: 60_000 });
    assert.deepEqual(RATE_LIMIT_POOLS.small, { limit: 1_000, windowMs: 3_600_000 });
  });

  it('cache lists for long (the small pool for an hour) and series as today', () => {
    for (const endpoint of MORE) {
      if (endpoint.paging) assert.ok(endpoint.cacheTtlMs >= 15 * 60_000, endpoint.path);
      if (endpoint.paging && endpoint.pool === 'small')
        assert.equal(endpoint.cacheTtlMs, 60 * 60_000, endpoint.path);
    }
    for (const endpoint of [
      ...Object.values(KPI_ENDPOINTS),
      eventDataSeries,
      campaignDataSeries,
      canvasDataSeries,
    ])
      assert.equal(endpoint.cacheTtlMs, CACHE_TTL_MS.series);
    // 1,000 an hour shared: a purchases series must not be fetched more often than every few minutes per query.
    assert.ok(purchaseRevenueSeries.cacheTtlMs >= 5 * 60_000);
    assert.equal(endpointPolicy(sessionsDataSeries).cacheTtlMs, CACHE_TTL_MS.series);
    assert.equal(endpointPolicy(campaignList).paging, 'page');
    assert.equal(endpointPolicy(eventCatalog), eventCatalog);
    assert.equal(eventCatalog.paging, 'cursor');
  });

  it('Canvas always sends ending_at upstream: the request time when the caller gave none', () => {
    const now = new Date('2024-05-10T12:34:56.789Z');
    for (const endpoint of [canvasDataSeries, canvasDataSummary]) {
      const defaults = endpoint.upstreamDefaults?.(now);
      assert.deepEqual(defaults, { ending_at: '2024-05-10T12:34:56Z' });
      assert.ok(isIsoDateTime(defaults!.ending_at));
      const params = accepted(endpoint, { canvas_id: 'c', length: 7 });
      const upstream = toQuery(endpoint, { ...defaults, ...params });
      assert.equal(upstream.get('ending_at'), '2024-05-10T12:34:56Z');
      const given = toQuery(endpoint, {
        ...defaults,
        ...accepted(endpoint, { canvas_id: 'c', length: 7, ending_at: '2024-05-01' }),
      });
      assert.equal(given.get('ending_at'), '2024-05-01');
    }
    for (const endpoint of MORE.filter((e) => e !== canvasDataSeries && e !== canvasDataSummary))
      assert.equal(endpoint.upstreamDefaults, undefined, endpoint.path);
  });
});

describe('more endpoints: properties', () => {
  const id = fc.stringMatching(ID_PATTERN);
  const instant = fc.date({
    min: new Date('2015-01-01T00:00:00Z'),
    max: new Date('2035-01-01T00:00:00Z'),
    noInvalidDate: true,
  });
  const endingAt = fc.tuple(instant, fc.constantFrom('date', 'utc', 'offset')).map(([date, form]) => {
    const iso = date.toISOString();
    if (form === 'date') return iso.slice(0, 10);
    return form === 'utc' ? `${iso.slice(0, 19)}Z` : `${iso.slice(0, 19)}-5:00`;
  });
  const name = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
    .filter((s) => /^[^\s\p{C}](?:[^\p{C}]*[^\s\p{C}])?$/u.test(s));
  const flag = fc.constantFrom('true', 'false');
  const unit = fc.constantFrom('day', 'hour');
  const page = fc.nat({ max: 999_999 }).map(String);
  const length = fc.integer({ min: 1, max: 100 });

  const kpi = fc.record({ length, ending_at: endingAt, app_id: id }, { requiredKeys: ['length'] });
  const purchase = fc.record(
    { length, unit, ending_at: endingAt, app_id: id, product: name },
    { requiredKeys: ['length'] },
  );
  const canvasData = fc.oneof(
    fc.record(
      {
        canvas_id: id,
        length: fc.integer({ min: 1, max: CANVAS_MAX_LENGTH }),
        ending_at: endingAt,
        include_variant_breakdown: flag,
        include_step_breakdown: flag,
        include_deleted_step_data: flag,
      },
      { requiredKeys: ['canvas_id', 'length'] },
    ),
    fc.record({ canvas_id: id, starting_at: endingAt }),
  );
  const VALID: Record<string, fc.Arbitrary<Record<string, string | number>>> = {
    ...Object.fromEntries(Object.values(KPI_ENDPOINTS).map((e) => [e.path, kpi])),
    '/events/data_series': fc.record(
      { event: name, length, unit, ending_at: endingAt, app_id: id, segment_id: id },
      { requiredKeys: ['event', 'length'] },
    ),
    '/events/list': fc.record({ page }, { requiredKeys: [] }),
    '/events': fc.record({ cursor: fc.stringMatching(/^[A-Za-z0-9_.~=+/-]{1,40}$/) }, { requiredKeys: [] }),
    '/purchases/product_list': fc.record({ page }, { requiredKeys: [] }),
    '/purchases/revenue_series': purchase,
    '/purchases/quantity_series': purchase,
    '/campaigns/data_series': fc.record(
      { campaign_id: id, length, ending_at: endingAt },
      { requiredKeys: ['campaign_id', 'length'] },
    ),
    '/campaigns/details': fc.record(
      { campaign_id: id, post_launch_draft_version: flag },
      { requiredKeys: ['campaign_id'] },
    ),
    '/canvas/data_series': canvasData,
    '/canvas/data_summary': canvasData,
    '/canvas/details': fc.record({ canvas_id: id }),
    '/canvas/list': fc.record(
      {
        page,
        include_archived: flag,
        sort_direction: fc.constantFrom('asc', 'desc'),
        'last_edit.time[gt]': endingAt,
      },
      { requiredKeys: [] },
    ),
  };

  for (const endpoint of MORE) {
    it(`${endpoint.path}: valid params are accepted and round-trip through toQuery and parseQuery`, () => {
      const valid = VALID[endpoint.path];
      assert.ok(valid, `a generator for ${endpoint.path}`);
      fc.assert(
        fc.property(valid, (params) => {
          const text = toQuery(endpoint, params).toString();
          const result = parseQuery(endpoint, new URLSearchParams(text));
          assert.ok(result.ok, `${text}: ${result.ok ? '' : result.errors.join('; ')}`);
          assert.equal(toQuery(endpoint, result.value as Record<string, unknown>).toString(), text);
        }),
        { numRuns: 300 },
      );
    });

    it(`${endpoint.path}: arbitrary queries never throw, and every refusal says why`, () => {
      const key = fc.oneof(
        fc.constantFrom(...endpoint.keys, 'api_key', '__proto__', 'segment_id'),
        fc.string({ maxLength: 8 }),
      );
      const value = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.constantFrom('', '0', '15', '1e2', 'true', 'x'.repeat(300)),
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
          const result = parseQuery(endpoint, new URLSearchParams(pairs));
          if (!result.ok) assert.ok(result.errors.length > 0 && result.errors.every((e) => e.length > 0));
          else for (const k of Object.keys(result.value as object)) assert.ok(endpoint.keys.includes(k));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('an accepted Canvas range is never longer than 14 days by length, and starts before it ends', () => {
    fc.assert(
      fc.property(canvasData, (params) => {
        const value = accepted(canvasDataSeries, params);
        if (typeof value.length === 'number')
          assert.ok(value.length >= 1 && value.length <= CANVAS_MAX_LENGTH);
        if (typeof value.starting_at === 'string' && typeof value.ending_at === 'string')
          assert.ok(parseInstant(value.starting_at)! < parseInstant(value.ending_at)!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Link header: the next page of /events', () => {
  it('reads the cursor of rel="next", whatever else the header holds', () => {
    assert.equal(
      nextCursor('<https://rest.iad-03.braze.com/events?cursor=c2tpcDo1MA==>; rel="next"'),
      'c2tpcDo1MA==',
    );
    assert.equal(
      nextCursor(
        '<https://x.test/events?cursor=AAA>; rel="prev", <https://x.test/events?cursor=BBB>; rel="next"',
      ),
      'BBB',
    );
    assert.equal(nextCursor('<https://x.test/events?cursor=CCC>; title="a, b"; rel=next'), 'CCC');
    assert.equal(nextCursor('</events?cursor=DDD>; rel="first next"'), 'DDD');
  });

  it('has no next page when the header is absent, has no next link, or its cursor is not a cursor', () => {
    for (const link of [
      undefined,
      null,
      '',
      '<https://x.test/events?cursor=AAA>; rel="prev"',
      '<https://x.test/events>; rel="next"',
      '<https://x.test/events?cursor=%3Cscript%3E>; rel="next"',
      'garbage',
    ])
      assert.equal(nextCursor(link), undefined, String(link));
  });

  it('writes a Link the proxy can send, which reads back to the same cursor', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_.~=+/-]{1,60}$/), (cursor) => {
        const link = nextLink('https://proxy.example/api/braze/events?cursor=old&api_key=x', cursor);
        assert.ok(link.startsWith('<https://proxy.example/api/braze/events?cursor='));
        assert.ok(!link.includes('api_key'));
        assert.equal(nextCursor(link), cursor);
      }),
    );
  });
});
