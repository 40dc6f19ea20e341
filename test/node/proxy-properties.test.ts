import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ENDPOINTS,
  ID_PATTERN,
  isIsoDateTime,
  MAX_LENGTH,
  parseQuery,
  sendsDataSeries,
  toQuery,
  type EndpointDescriptor,
} from '../../src/api/index.js';
import { PICKER_ENDPOINTS } from '../../src/proxy/index.js';
import { normaliseQuery } from '../../src/proxy/request.js';

/**
 * Property-based tests of what stands between the browser and Braze: parameter validation (never crashes,
 * accepts nothing invalid, accepts everything valid) and query normalisation (order-independent, injective).
 */

const RUNS = { numRuns: 1000 };
const ALL: readonly EndpointDescriptor[] = [...Object.values(ENDPOINTS), ...Object.values(PICKER_ENDPOINTS)];
const ID_PARAMS = new Set(['segment_id', 'app_id', 'campaign_id', 'send_id']);

// ---------- generators ----------

const validId = fc.stringMatching(ID_PATTERN);
const validLength = fc.integer({ min: 1, max: MAX_LENGTH });
const two = (n: number) => String(n).padStart(2, '0');
const validEndingAt = fc
  .record({
    year: fc.integer({ min: 1970, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    time: fc.option(
      fc.record({
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.option(fc.integer({ min: 0, max: 59 })),
        millis: fc.option(fc.integer({ min: 0, max: 999 })),
        offset: fc.option(
          fc.oneof(
            fc.constant('Z'),
            fc
              .tuple(
                fc.constantFrom('+', '-'),
                fc.integer({ min: 0, max: 14 }),
                fc.integer({ min: 0, max: 59 }),
              )
              .chain(([sign, h, m]) =>
                fc.constantFrom(
                  `${sign}${two(h)}:${two(m)}`,
                  `${sign}${h}:${two(m)}`,
                  `${sign}${two(h)}${two(m)}`,
                ),
              ),
          ),
        ),
      }),
    ),
  })
  .map(({ year, month, day, time }) => {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    let text = `${year}-${two(month)}-${two(Math.min(day, lastDay))}`;
    if (time) {
      text += `T${two(time.hour)}:${two(time.minute)}`;
      if (time.second !== null) {
        text += `:${two(time.second)}`;
        if (time.millis !== null) text += `.${String(time.millis).padStart(3, '0')}`;
      }
      text += time.offset ?? '';
    }
    return text;
  });
const validPage = fc.integer({ min: 0, max: 999_999 }).map(String);

/** A generator of valid params for each endpoint (optional params present or not). */
const VALID: Readonly<Record<string, fc.Arbitrary<Record<string, string | number>>>> = {
  '/segments/data_series': fc.record(
    { segment_id: validId, length: validLength, ending_at: validEndingAt },
    { requiredKeys: ['segment_id', 'length'] },
  ),
  '/segments/details': fc.record({ segment_id: validId }),
  '/sessions/data_series': fc.record(
    {
      length: validLength,
      unit: fc.constantFrom('day', 'hour'),
      ending_at: validEndingAt,
      app_id: validId,
      segment_id: validId,
    },
    { requiredKeys: ['length'] },
  ),
  '/sends/data_series': fc.record(
    { campaign_id: validId, send_id: validId, length: validLength, ending_at: validEndingAt },
    { requiredKeys: ['campaign_id', 'send_id', 'length'] },
  ),
  '/segments/list': fc.record(
    { page: validPage, sort_direction: fc.constantFrom('asc', 'desc') },
    { requiredKeys: [] },
  ),
  '/campaigns/list': fc.record(
    {
      page: validPage,
      include_archived: fc.constantFrom('true', 'false'),
      sort_direction: fc.constantFrom('asc', 'desc'),
    },
    { requiredKeys: [] },
  ),
};

/** Nasty strings: arbitrary unicode, near-misses of valid values, and injection classics. */
const nastyValue = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '101',
    '1e2',
    '0x10',
    '1.0',
    '01',
    ' 5',
    '5 ',
    '+5',
    '9999999999',
    'NaN',
    'Infinity',
    '..',
    '../x',
    'a/b',
    'a\\b',
    'https://evil.test/',
    '//evil.test',
    'a@b',
    'a%2Fb',
    'a\nb',
    'a\u0000b',
    '2024-02-30',
    '2024-13-01',
    '2023-02-29',
    '2024-05-10T24:00',
    '2024-05-10T23:60',
    '2024-05-10T10:00+15:00',
    '2024-05-10T10:00 09:00',
    'day ',
    'DAY',
    'week',
    'true ',
    'asc\u0000',
    '__proto__',
    'constructor',
    'x'.repeat(129),
  ),
  validId,
  validEndingAt,
  validLength.map(String),
);
const anyKey = fc.oneof(
  fc.constantFrom(
    'segment_id',
    'app_id',
    'campaign_id',
    'send_id',
    'length',
    'unit',
    'ending_at',
    'page',
    'sort_direction',
    'include_archived',
    'api_key',
    '__proto__',
    'constructor',
    'toString',
    'LENGTH',
    '',
  ),
  fc.string({ maxLength: 12 }),
);
const nastyQuery = fc.oneof(
  fc.array(fc.tuple(anyKey, nastyValue), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs)),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => new URLSearchParams(text)),
);

/** A valid query with one value swapped for a nasty one, or one param repeated. */
function nearlyValid(endpoint: EndpointDescriptor): fc.Arbitrary<URLSearchParams> {
  return VALID[endpoint.path]!.chain((params) =>
    fc.tuple(fc.constant(Object.entries(params)), fc.nat(), nastyValue, fc.boolean()),
  ).map(([pairs, index, nasty, repeat]) => {
    const query = new URLSearchParams(pairs.map(([k, v]): [string, string] => [k, String(v)]));
    const target = pairs[index % Math.max(1, pairs.length)];
    if (!target) query.append(endpoint.keys[index % endpoint.keys.length] ?? 'x', nasty);
    else if (repeat) query.append(target[0], nasty);
    else query.set(target[0], nasty);
    return query;
  });
}

// ---------- invariants ----------

/** Everything an accepted query must satisfy, whatever the input. */
function assertAcceptable(endpoint: EndpointDescriptor, value: Record<string, unknown>): void {
  for (const [key, param] of Object.entries(value)) {
    assert.ok(endpoint.keys.includes(key), `unexpected key ${key}`);
    if (key === 'length') {
      assert.ok(
        Number.isInteger(param) && (param as number) >= 1 && (param as number) <= MAX_LENGTH,
        `length ${String(param)}`,
      );
    } else {
      assert.equal(typeof param, 'string');
      const text = param as string;
      if (ID_PARAMS.has(key)) assert.match(text, ID_PATTERN);
      if (key === 'ending_at') assert.ok(isIsoDateTime(text), text);
      if (key === 'unit') assert.ok(text === 'day' || text === 'hour');
      if (key === 'sort_direction') assert.ok(text === 'asc' || text === 'desc');
      if (key === 'include_archived') assert.ok(text === 'true' || text === 'false');
      if (key === 'page') assert.match(text, /^(0|[1-9]\d{0,5})$/);
    }
  }
}

const withoutUndefined = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));

describe('properties: parameter validation', () => {
  for (const endpoint of ALL) {
    it(`${endpoint.path}: arbitrary queries never crash and nothing invalid is accepted`, () => {
      fc.assert(
        fc.property(fc.oneof(nastyQuery, nearlyValid(endpoint)), (query) => {
          const result = parseQuery(endpoint, query);
          if (!result.ok) {
            assert.ok(result.errors.length > 0);
            assert.ok(result.errors.every((e) => typeof e === 'string' && e.length > 0));
            return;
          }
          assertAcceptable(endpoint, result.value as Record<string, unknown>);
          const keys = [...query.keys()];
          assert.equal(new Set(keys).size, keys.length, 'no duplicate was accepted');
        }),
        RUNS,
      );
    });

    it(`${endpoint.path}: arbitrary objects never crash the schema, and what passes is acceptable`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.anything(),
            fc.dictionary(anyKey, fc.oneof(nastyValue, fc.integer(), fc.double(), fc.anything())),
          ),
          (input) => {
            const parsed = endpoint.params.safeParse(input);
            if (!parsed.success) return;
            // An optional parameter given as undefined is absent: every other value must be acceptable, and the
            // undefined ones never reach the upstream query.
            const data = parsed.data as Record<string, unknown>;
            assertAcceptable(endpoint, withoutUndefined(data));
            assert.equal(
              toQuery(endpoint, data).toString(),
              toQuery(endpoint, withoutUndefined(data)).toString(),
            );
          },
        ),
        // Found by a random run: an optional key present with the value undefined.
        { ...RUNS, examples: endpoint.keys.map((key) => [{ [key]: undefined }] as [unknown]) },
      );
    });

    it(`${endpoint.path}: valid params are always accepted and round-trip through toQuery/parseQuery`, () => {
      const valid = VALID[endpoint.path];
      assert.ok(valid, `a generator for ${endpoint.path}`);
      fc.assert(
        fc.property(valid, (params) => {
          const query = toQuery(endpoint, params);
          const viaText = new URLSearchParams(query.toString());
          for (const input of [query, viaText]) {
            const result = parseQuery(endpoint, input);
            assert.ok(result.ok, `${query.toString()}: ${result.ok ? '' : result.errors.join('; ')}`);
            assert.deepEqual(
              withoutUndefined(result.value as Record<string, unknown>),
              withoutUndefined(params),
            );
            assert.equal(
              toQuery(endpoint, result.value as Record<string, unknown>).toString(),
              query.toString(),
            );
          }
        }),
        RUNS,
      );
    });
  }
});

describe('properties: query normalisation (the cache key)', () => {
  const endpointWithParams = fc
    .constantFrom(...ALL)
    .chain((endpoint) => VALID[endpoint.path]!.map((params) => ({ endpoint, params })));

  it('permutations of the same params (plus a browser api_key anywhere) give the same key', () => {
    fc.assert(
      fc.property(
        endpointWithParams.chain(({ endpoint, params }) => {
          const pairs = Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]);
          return fc.record({
            endpoint: fc.constant(endpoint),
            pairs: fc.constant(pairs),
            shuffled: fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }),
            apiKey: fc.option(fc.tuple(fc.nat({ max: pairs.length }), fc.string({ maxLength: 10 }))),
          });
        }),
        ({ endpoint, pairs, shuffled, apiKey }) => {
          const permuted = [...shuffled];
          if (apiKey) permuted.splice(apiKey[0], 0, ['api_key', apiKey[1]]);
          const a = normaliseQuery(endpoint, new URLSearchParams(pairs));
          const b = normaliseQuery(endpoint, new URLSearchParams(permuted));
          assert.ok(a.ok && b.ok);
          assert.equal(a.value.key, b.value.key);
          assert.ok(a.value.key.startsWith(`${endpoint.path}?`) || a.value.key === `${endpoint.path}?`);
        },
      ),
      RUNS,
    );
  });

  it('different params give different keys', () => {
    fc.assert(
      fc.property(endpointWithParams, endpointWithParams, (x, y) => {
        const a = normaliseQuery(x.endpoint, toQuery(x.endpoint, x.params));
        const b = normaliseQuery(y.endpoint, toQuery(y.endpoint, y.params));
        assert.ok(a.ok && b.ok);
        const same =
          x.endpoint === y.endpoint &&
          JSON.stringify(Object.entries(x.params).sort()) === JSON.stringify(Object.entries(y.params).sort());
        assert.equal(a.value.key === b.value.key, same);
      }),
      RUNS,
    );
  });

  it('one changed value changes the key', () => {
    fc.assert(
      fc.property(
        VALID['/sends/data_series']!,
        fc.constantFrom('campaign_id', 'send_id', 'length'),
        validId,
        (params, key, replacement) => {
          const changed = {
            ...params,
            [key]: key === 'length' ? (Number(params.length) % MAX_LENGTH) + 1 : replacement,
          };
          fc.pre(String(changed[key]) !== String(params[key]));
          const a = normaliseQuery(sendsDataSeries, toQuery(sendsDataSeries, params));
          const b = normaliseQuery(sendsDataSeries, toQuery(sendsDataSeries, changed));
          assert.ok(a.ok && b.ok);
          assert.notEqual(a.value.key, b.value.key);
        },
      ),
      RUNS,
    );
  });
});
