import { expect } from '@open-wc/testing';
import {
  retryDelayFrom,
  segmentDataSeries,
  segmentDetails,
  sessionsDataSeries,
  type ParamsOf,
} from '../../src/api/index.js';
import {
  BrazeRequestError,
  ErrorKind,
  configureClient,
  getClient,
  resetClients,
  type BrazeClient,
  type ClientOptions,
  type RetryInfo,
} from '../../src/data/index.js';
import { deferred, type Deferred } from './helpers/fake-fetch.js';

// ---- helpers ----

/** One scripted answer: a Response, an error to reject with, or a function of the request. */
type Step = Response | Error | ((request: Request) => Response | Promise<Response>);

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

const SERIES = { message: 'success', data: [{ time: '2024-05-01', size: 42 }] };

/** A fetch that records Requests and answers from a script (then with `fallback`), honouring aborts. */
class FakeFetch {
  readonly requests: Request[] = [];
  readonly #steps: Step[] = [];
  readonly #waiters = new Map<number, Deferred<Request>>();
  readonly #fallback: (request: Request) => Response;

  constructor(fallback: (request: Request) => Response = () => json(SERIES)) {
    this.#fallback = fallback;
  }

  /** Queues answers for the next fetches. */
  script(...steps: Step[]): this {
    this.#steps.push(...steps);
    return this;
  }

  /** Resolves with the `index`-th request (0-based) once it has been made. */
  nth(index: number): Promise<Request> {
    const made = this.requests[index];
    if (made) return Promise.resolve(made);
    let waiter = this.#waiters.get(index);
    if (!waiter) {
      waiter = deferred<Request>();
      this.#waiters.set(index, waiter);
    }
    return waiter.promise;
  }

  readonly fetch = (request: Request): Promise<Response> => {
    this.requests.push(request);
    this.#waiters.get(this.requests.length - 1)?.resolve(request);
    const step = this.#steps.shift();
    return new Promise<Response>((resolve, reject) => {
      const { signal } = request;
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve()
        .then(() => {
          if (step instanceof Error) throw step;
          if (typeof step === 'function') return step(request);
          return step ?? this.#fallback(request);
        })
        .then(resolve, reject);
    });
  };
}

let counter = 0;
/** A fresh client on a unique proxy URL, so tests never share a cache. */
function setup(options: Omit<ClientOptions, 'fetch'> = {}, fake = new FakeFetch()) {
  const url = `https://proxy.test/client-${++counter}`;
  const client = configureClient(url, { retryBaseMs: 0, retryMaxMs: 0, ...options, fetch: fake.fetch });
  return { url, client, fake };
}

const PARAMS: ParamsOf<typeof segmentDataSeries> = { segment_id: 'seg-1', length: 7 };

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function brazeErrorOf(promise: Promise<unknown>): Promise<BrazeRequestError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(BrazeRequestError);
  return error as BrazeRequestError;
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

// ---- tests ----

describe('data client', () => {
  after(() => resetClients());

  describe('getClient / configureClient', () => {
    it('returns one client per resolved proxy URL, ignoring a trailing slash', () => {
      const a = getClient('https://proxy.test/shared');
      expect(getClient('https://proxy.test/shared/')).to.equal(a);
      expect(getClient('https://proxy.test/shared//')).to.equal(a);
      expect(getClient('https://proxy.test/other')).not.to.equal(a);
      expect(a.proxyUrl).to.equal('https://proxy.test/shared');
    });

    it('resolves a relative proxy URL against the document base URI', () => {
      const client = getClient('api/braze/');
      expect(client.proxyUrl).to.equal(new URL('api/braze', document.baseURI).href);
      expect(getClient(new URL('api/braze', document.baseURI).href)).to.equal(client);
    });

    it('refuses a proxy URL that is not an http(s) base URL', () => {
      for (const bad of ['javascript:alert(1)', 'https://proxy.test/x?key=1']) {
        let error: unknown;
        try {
          getClient(bad);
        } catch (caught) {
          error = caught;
        }
        expect(error).to.be.instanceOf(BrazeRequestError);
        expect((error as BrazeRequestError).kind).to.equal(ErrorKind.config);
      }
    });

    it('configureClient replaces the client of that URL; resetClients forgets all', () => {
      const before = getClient('https://proxy.test/configured');
      const configured = configureClient('https://proxy.test/configured/', { ttlMs: 5 });
      expect(configured).not.to.equal(before);
      expect(getClient('https://proxy.test/configured')).to.equal(configured);
      resetClients();
      expect(getClient('https://proxy.test/configured')).not.to.equal(configured);
    });
  });

  describe('request', () => {
    it('GETs the canonical URL with Accept: application/json and the configured headers', async () => {
      const { url, client, fake } = setup({ headers: { 'X-App-Session': 's1' }, credentials: 'include' });
      const value = await client.request(segmentDataSeries, {
        ending_at: '2024-05-01T00:00:00+05:00',
        length: 30,
        segment_id: 'seg-1',
      });
      expect(value).to.deep.equal(SERIES);
      expect(fake.requests).to.have.length(1);
      const [request] = fake.requests as [Request];
      expect(request.method).to.equal('GET');
      expect(request.url).to.equal(
        `${url}/segments/data_series?segment_id=seg-1&length=30&ending_at=2024-05-01T00%3A00%3A00%2B05%3A00`,
      );
      expect(request.headers.get('Accept')).to.equal('application/json');
      expect(request.headers.get('X-App-Session')).to.equal('s1');
      expect(request.credentials).to.equal('include');
      expect(client.urlFor(segmentDetails, { segment_id: 'abc' })).to.equal(
        `${url}/segments/details?segment_id=abc`,
      );
    });

    it('defaults to same-origin credentials', async () => {
      const { client, fake } = setup();
      await client.request(segmentDataSeries, PARAMS);
      expect(fake.requests[0]?.credentials).to.equal('same-origin');
    });

    it('makes one fetch for two concurrent identical requests', async () => {
      const { client, fake } = setup();
      const gate = deferred<Response>();
      fake.script(() => gate.promise);
      const first = client.request(segmentDataSeries, PARAMS);
      const second = client.request(segmentDataSeries, { length: 7, segment_id: 'seg-1' });
      gate.resolve(json(SERIES));
      const [a, b] = await Promise.all([first, second]);
      expect(a).to.deep.equal(SERIES);
      expect(b).to.equal(a);
      expect(Object.isFrozen(a) && Object.isFrozen(a.data) && Object.isFrozen(a.data[0])).to.equal(true);
      expect(fake.requests).to.have.length(1);
      expect(client.stats).to.deep.equal({ requests: 1, cacheHits: 0, deduped: 1 });
    });

    it('answers a later identical request from the cache within the TTL, and fetches again after it', async () => {
      let now = 1_000_000;
      const { client, fake } = setup({ ttlMs: 1_000, now: () => now });
      const first = await client.request(segmentDataSeries, PARAMS);
      now += 999;
      expect(await client.request(segmentDataSeries, PARAMS)).to.equal(first);
      expect(client.peek(segmentDataSeries, PARAMS)).to.equal(first);
      expect(fake.requests).to.have.length(1);
      now += 1;
      expect(client.peek(segmentDataSeries, PARAMS)).to.equal(undefined);
      await client.request(segmentDataSeries, PARAMS);
      expect(fake.requests).to.have.length(2);
      expect(client.stats).to.deep.equal({ requests: 2, cacheHits: 2, deduped: 0 });
    });

    it('does not cache with ttlMs 0', async () => {
      const { client, fake } = setup({ ttlMs: 0 });
      await client.request(segmentDataSeries, PARAMS);
      await client.request(segmentDataSeries, PARAMS);
      expect(fake.requests).to.have.length(2);
    });

    it('fetches again for different params', async () => {
      const { client, fake } = setup();
      await Promise.all([
        client.request(segmentDataSeries, PARAMS),
        client.request(segmentDataSeries, { ...PARAMS, length: 8 }),
        client.request(segmentDataSeries, { ...PARAMS, segment_id: 'seg-2' }),
      ]);
      expect(fake.requests.map((r) => new URL(r.url).search)).to.deep.equal([
        '?segment_id=seg-1&length=7',
        '?segment_id=seg-1&length=8',
        '?segment_id=seg-2&length=7',
      ]);
    });

    it('rejects invalid params with a config error and makes no request', async () => {
      const { client, fake } = setup();
      const zero = await brazeErrorOf(client.request(segmentDataSeries, { segment_id: 'seg-1', length: 0 }));
      expect(zero.kind).to.equal(ErrorKind.config);
      expect(zero.endpoint).to.equal('/segments/data_series');
      expect(zero.details.join('\n')).to.contain('length');
      const path = await brazeErrorOf(client.request(segmentDetails, { segment_id: '../admin' }));
      expect(path.kind).to.equal(ErrorKind.config);
      const unit = { length: 3, unit: 'week' } as unknown as ParamsOf<typeof sessionsDataSeries>;
      expect((await brazeErrorOf(client.request(sessionsDataSeries, unit))).kind).to.equal(ErrorKind.config);
      expect(fake.requests).to.have.length(0);
      expect(client.stats.requests).to.equal(0);
    });

    it('does not cache errors', async () => {
      const { client, fake } = setup({ retries: 0 });
      fake.script(json({ message: 'boom' }, 500));
      expect((await brazeErrorOf(client.request(segmentDataSeries, PARAMS))).status).to.equal(500);
      expect(await client.request(segmentDataSeries, PARAMS)).to.deep.equal(SERIES);
      expect(fake.requests).to.have.length(2);
    });

    it('invalidate(predicate) and clear() drop cached responses', async () => {
      const { client, fake } = setup();
      await client.request(segmentDataSeries, PARAMS);
      await client.request(segmentDetails, { segment_id: 'seg-1' });
      client.invalidate((entry) => entry.endpoint === '/segments/details');
      expect(client.peek(segmentDataSeries, PARAMS)).to.deep.equal(SERIES);
      expect(client.peek(segmentDetails, { segment_id: 'seg-1' })).to.equal(undefined);
      client.clear();
      expect(client.peek(segmentDataSeries, PARAMS)).to.equal(undefined);
      await client.request(segmentDataSeries, PARAMS);
      expect(fake.requests).to.have.length(3);
    });

    it('does not cache an in-flight answer that was invalidated', async () => {
      const { client, fake } = setup();
      const gate = deferred<Response>();
      fake.script(() => gate.promise);
      const pending = client.request(segmentDataSeries, PARAMS);
      client.invalidate();
      gate.resolve(json(SERIES));
      expect(await pending).to.deep.equal(SERIES);
      expect(client.peek(segmentDataSeries, PARAMS)).to.equal(undefined);
    });
  });

  describe('abort', () => {
    it('rejects at once for an already aborted signal, without fetching', async () => {
      const { client, fake } = setup();
      const error = await rejectionOf(
        client.request(segmentDataSeries, PARAMS, { signal: AbortSignal.abort() }),
      );
      expect(isAbortError(error)).to.equal(true);
      expect(fake.requests).to.have.length(0);
    });

    it('one caller aborting rejects that caller at once and does not abort the other', async () => {
      const { client, fake } = setup();
      const gate = deferred<Response>();
      fake.script(() => gate.promise);
      const a = new AbortController();
      const first = client.request(segmentDataSeries, PARAMS, { signal: a.signal });
      const second = client.request(segmentDataSeries, PARAMS, { signal: new AbortController().signal });
      const request = await fake.nth(0);
      a.abort();
      expect(isAbortError(await rejectionOf(first))).to.equal(true);
      expect(request.signal.aborted).to.equal(false);
      gate.resolve(json(SERIES));
      expect(await second).to.deep.equal(SERIES);
      expect(fake.requests).to.have.length(1);
    });

    it("rejects with the signal's own reason", async () => {
      const { client } = setup();
      const a = new AbortController();
      const pending = client.request(segmentDataSeries, PARAMS, { signal: a.signal });
      const reason = new DOMException('navigated away', 'AbortError');
      a.abort(reason);
      expect(await rejectionOf(pending)).to.equal(reason);
    });

    it('aborts the shared fetch when every caller has aborted, and a later caller fetches anew', async () => {
      const { client, fake } = setup();
      fake.script(() => new Promise<Response>(() => undefined));
      const a = new AbortController();
      const b = new AbortController();
      const first = client.request(segmentDataSeries, PARAMS, { signal: a.signal });
      const second = client.request(segmentDataSeries, PARAMS, { signal: b.signal });
      const request = await fake.nth(0);
      a.abort();
      expect(request.signal.aborted).to.equal(false);
      b.abort();
      expect(request.signal.aborted).to.equal(true);
      expect(isAbortError(await rejectionOf(first))).to.equal(true);
      expect(isAbortError(await rejectionOf(second))).to.equal(true);
      expect(await client.request(segmentDataSeries, PARAMS)).to.deep.equal(SERIES);
      expect(fake.requests).to.have.length(2);
    });

    it('stops retrying when aborted during the backoff wait', async () => {
      const abort = new AbortController();
      const retries: RetryInfo[] = [];
      const { client, fake } = setup({
        retries: 5,
        retryBaseMs: 60_000,
        retryMaxMs: 60_000,
        onRetry: (info) => {
          retries.push(info);
          queueMicrotask(() => abort.abort());
        },
      });
      fake.script(json({ message: 'unavailable' }, 503));
      const error = await rejectionOf(client.request(segmentDataSeries, PARAMS, { signal: abort.signal }));
      expect(isAbortError(error)).to.equal(true);
      expect(retries).to.have.length(1);
      expect(retries[0]?.status).to.equal(503);
      expect(retries[0]?.delayMs).to.be.at.least(30_000);
      expect(fake.requests).to.have.length(1);
    });

    it('stops waiting for Retry-After when aborted', async () => {
      const abort = new AbortController();
      const { client, fake } = setup({
        maxRetryAfterMs: 60_000,
        onRetry: () => queueMicrotask(() => abort.abort()),
      });
      fake.script(json({ message: 'slow down' }, 429, { 'Retry-After': '50' }));
      const error = await rejectionOf(client.request(segmentDataSeries, PARAMS, { signal: abort.signal }));
      expect(isAbortError(error)).to.equal(true);
      expect(fake.requests).to.have.length(1);
    });
  });

  describe('errors', () => {
    it('turns a 404 with a Braze body into an http error with Braze message and details, never raw JSON', async () => {
      const { client, fake } = setup();
      fake.script(
        json(
          {
            message: 'Segment not found',
            errors: [
              'no segment seg-1',
              { code: 'seg_missing', message: 'seg-1 does not exist' },
              { code: 7 },
            ],
          },
          404,
        ),
      );
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.http);
      expect(error.status).to.equal(404);
      expect(error.message).to.equal('Segment not found');
      // An object in `errors` is read as its message (else its code); one with neither says nothing readable.
      expect(error.details).to.deep.equal(['no segment seg-1', 'seg-1 does not exist']);
      expect(error.brazeCode).to.equal('seg_missing');
      expect(error.retryable).to.equal(false);
      expect(error.endpoint).to.equal('/segments/data_series');
      expect(fake.requests).to.have.length(1);
    });

    it('does not retry a 422 and falls back to a clear message without a Braze body', async () => {
      const { client, fake } = setup();
      fake.script(new Response('<html>nope</html>', { status: 422 }));
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.http);
      expect(error.status).to.equal(422);
      expect(error.message).to.equal('Request failed with HTTP 422');
      expect(error.details).to.deep.equal([]);
      expect(fake.requests).to.have.length(1);
    });

    it('retries a 500 and succeeds', async () => {
      const retries: RetryInfo[] = [];
      const { client, fake } = setup({ onRetry: (info) => retries.push(info) });
      fake.script(json({ message: 'oops' }, 500));
      expect(await client.request(segmentDataSeries, PARAMS)).to.deep.equal(SERIES);
      expect(fake.requests).to.have.length(2);
      expect(retries.map((r) => [r.attempt, r.status])).to.deep.equal([[1, 500]]);
    });

    it('retries a 5xx `retries` times, then fails with the http error', async () => {
      const { client, fake } = setup({ retries: 3 });
      fake.script(...Array.from({ length: 4 }, () => json({ message: 'Internal error' }, 500)));
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.http);
      expect(error.status).to.equal(500);
      expect(error.message).to.equal('Internal error');
      expect(fake.requests).to.have.length(4);
    });

    it('uses a default message for a 5xx without a Braze body', async () => {
      const { client, fake } = setup({ retries: 0 });
      fake.script(new Response('Bad gateway', { status: 503 }));
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.message).to.equal('Request failed with HTTP 503');
    });

    it('turns a network TypeError into a network error after the retries', async () => {
      const { client, fake } = setup({ retries: 2 });
      const failure = new TypeError('Failed to fetch');
      fake.script(failure, failure, failure);
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.network);
      expect(error.cause).to.equal(failure);
      expect(error.status).to.equal(undefined);
      expect(fake.requests).to.have.length(3);
    });

    it('retries a network failure and succeeds', async () => {
      const { client, fake } = setup();
      fake.script(new TypeError('Failed to fetch'));
      expect(await client.request(segmentDataSeries, PARAMS)).to.deep.equal(SERIES);
      expect(fake.requests).to.have.length(2);
    });

    it('retries a 429 with Retry-After: 0, then succeeds', async () => {
      const { client, fake } = setup({ retryBaseMs: 60_000, retryMaxMs: 60_000 });
      fake.script(json({ message: 'Too many' }, 429, { 'Retry-After': '0' }));
      expect(await client.request(segmentDataSeries, PARAMS)).to.deep.equal(SERIES);
      expect(fake.requests).to.have.length(2);
    });

    it('fails a 429 at once as rate-limited when Retry-After exceeds maxRetryAfterMs', async () => {
      const { client, fake } = setup({ maxRetryAfterMs: 10_000 });
      fake.script(json({ message: 'Rate limit exceeded' }, 429, { 'Retry-After': '120' }));
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.rateLimited);
      expect(error.status).to.equal(429);
      expect(error.retryAfter).to.equal(120);
      expect(error.message).to.equal('Rate limit exceeded');
      expect(fake.requests).to.have.length(1);
    });

    it('fails as rate-limited when 429 repeats beyond rateLimitRetries', async () => {
      const { client, fake } = setup({ rateLimitRetries: 2 });
      fake.script(
        ...Array.from({ length: 3 }, () => json({ message: 'Too many' }, 429, { 'Retry-After': '0' })),
      );
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.rateLimited);
      expect(error.retryAfter).to.equal(0);
      expect(fake.requests).to.have.length(3);
    });

    it('falls back to X-RateLimit-Reset (epoch seconds) for a 429 without Retry-After', async () => {
      const now = 1_700_000_000_000;
      const { client, fake } = setup({ now: () => now });
      fake.script(json({ message: 'Too many' }, 429, { 'X-RateLimit-Reset': String(now / 1000 + 1800) }));
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.rateLimited);
      expect(error.retryAfter).to.equal(1800);
      expect(fake.requests).to.have.length(1);
    });

    it('reads Retry-After as seconds or an HTTP date, before X-RateLimit-Reset', () => {
      const now = Date.UTC(2024, 4, 1, 12, 0, 0);
      const headers = (init: Record<string, string>) => new Headers(init);
      expect(retryDelayFrom(headers({ 'Retry-After': '3' }), now)).to.equal(3000);
      expect(retryDelayFrom(headers({ 'Retry-After': 'Wed, 01 May 2024 12:00:30 GMT' }), now)).to.equal(
        30_000,
      );
      expect(retryDelayFrom(headers({ 'Retry-After': 'Wed, 01 May 2024 11:00:00 GMT' }), now)).to.equal(0);
      expect(
        retryDelayFrom(headers({ 'Retry-After': '2', 'X-RateLimit-Reset': String(now / 1000 + 60) }), now),
      ).to.equal(2000);
      expect(retryDelayFrom(headers({ 'X-RateLimit-Reset': String(now / 1000 + 60) }), now)).to.equal(60_000);
      expect(retryDelayFrom(headers({ 'Retry-After': 'soon' }), now)).to.equal(undefined);
      expect(retryDelayFrom(headers({}), now)).to.equal(undefined);
    });

    it('turns a 2xx with malformed JSON into a validation error', async () => {
      const { client, fake } = setup();
      fake.script(new Response('{"message": "success", "data": [', { status: 200 }));
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.validation);
      expect(error.message).to.equal('The server answered with invalid JSON');
      expect(error.status).to.equal(undefined);
      expect(fake.requests).to.have.length(1);
    });

    it('turns a 2xx that fails the response schema into a validation error with details', async () => {
      const { client, fake } = setup();
      fake.script(json({ message: 'success', data: [{ time: '2024-05-01', size: 'many' }] }));
      const error = await brazeErrorOf(client.request(segmentDataSeries, PARAMS));
      expect(error.kind).to.equal(ErrorKind.validation);
      expect(error.details).to.have.length.greaterThan(0);
      expect(error.details[0]).to.match(/^data\.0\.size: /);
      expect(client.peek(segmentDataSeries, PARAMS)).to.equal(undefined);
    });
  });

  describe('stats', () => {
    it('counts fetches started, cache hits and deduped requests', async () => {
      const { client } = setup();
      const snapshot = (c: BrazeClient) => ({ ...c.stats });
      expect(snapshot(client)).to.deep.equal({ requests: 0, cacheHits: 0, deduped: 0 });
      await Promise.all([
        client.request(segmentDataSeries, PARAMS),
        client.request(segmentDataSeries, PARAMS),
      ]);
      await client.request(segmentDataSeries, PARAMS);
      expect(snapshot(client)).to.deep.equal({ requests: 1, cacheHits: 1, deduped: 1 });
    });
  });
});
