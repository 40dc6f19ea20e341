import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { segmentDataSeries, segmentDetails } from '../../src/api/index.js';
import {
  BrazeDataController,
  type BrazeRequestError,
  DataStatus,
  ErrorKind,
  configureClient,
  getClient,
  resetClients,
  type DataValue,
} from '../../src/data/index.js';
import { deferred, type Deferred } from './helpers/fake-fetch.js';

// ---- helpers ----

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Answers like the proxy would: the series echoes the segment id and length, details name the segment. */
function answer(request: Request): Response {
  const url = new URL(request.url);
  const id = url.searchParams.get('segment_id') ?? '';
  if (url.pathname.endsWith('/segments/details')) return json({ message: 'success', name: `Segment ${id}` });
  const length = Number(url.searchParams.get('length'));
  return json({
    message: 'success',
    data: Array.from({ length }, (_, i) => ({
      time: `2024-05-${String(i + 1).padStart(2, '0')}`,
      size: id.length,
    })),
  });
}

/** A fetch that records Requests; each one waits until the test releases it (or answers at once if `auto`). */
class FakeFetch {
  readonly requests: Request[] = [];
  readonly #gates: Deferred<Response>[] = [];
  readonly #waiters = new Map<number, Deferred<Request>>();
  auto: boolean;

  constructor(auto = true) {
    this.auto = auto;
  }

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

  /** Lets the `index`-th request through: with `response`, or with the default answer. */
  async release(index: number, response?: Response): Promise<void> {
    const request = await this.nth(index);
    this.#gates[index]?.resolve(response ?? answer(request));
  }

  readonly fetch = (request: Request): Promise<Response> => {
    const gate = deferred<Response>();
    this.#gates.push(gate);
    this.requests.push(request);
    this.#waiters.get(this.requests.length - 1)?.resolve(request);
    if (this.auto) gate.resolve(answer(request));
    return new Promise<Response>((resolve, reject) => {
      const { signal } = request;
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      gate.promise.then(resolve, reject);
    });
  };
}

let counter = 0;
function setup(auto = true) {
  const fake = new FakeFetch(auto);
  const url = `https://proxy.test/controller-${++counter}`;
  configureClient(url, { fetch: fake.fetch, retries: 0 });
  return { url, fake };
}

type Requests = { series: typeof segmentDataSeries; details: typeof segmentDetails };

class XDataProbe extends LitElement {
  static override properties = {
    proxyUrl: { attribute: 'proxy-url' },
    segmentId: { attribute: 'segment-id' },
    days: { type: Number },
    tick: { type: Number },
  };
  declare proxyUrl: string | undefined;
  declare segmentId: string | undefined;
  declare days: number;
  /** Changing it re-renders without changing the requests. */
  declare tick: number;

  readonly completed: DataValue<Requests>[] = [];
  readonly errors: BrazeRequestError[] = [];

  readonly data = new BrazeDataController(this, {
    proxyUrl: () => this.proxyUrl,
    requests: () => {
      if (!this.segmentId) return 'segment-id is required';
      return {
        series: { endpoint: segmentDataSeries, params: { segment_id: this.segmentId, length: this.days } },
        details: { endpoint: segmentDetails, params: { segment_id: this.segmentId } },
      };
    },
    onComplete: (value) => {
      this.completed.push(value);
      this.dispatchEvent(new CustomEvent('probe-complete'));
    },
    onError: (error) => {
      this.errors.push(error);
      this.dispatchEvent(new CustomEvent('probe-error'));
    },
  });

  constructor() {
    super();
    this.days = 3;
    this.tick = 0;
  }

  override render() {
    const value = this.data.value;
    // Fully typed: `series` and `details` are the parsed responses of their endpoints.
    const size: number | undefined = value?.series.data[0]?.size;
    const name: string | null | undefined = value?.details.name;
    // @ts-expect-error -- only the requested names exist on the value
    void value?.missing;
    return html`<p class="status">${this.data.status}</p>
      <p class="name">${name ?? ''}</p>
      <p class="size">${size ?? ''}</p>
      <p class="points">${value?.series.data.length ?? ''}</p>`;
  }
}
customElements.define('x-data-probe', XDataProbe);

const text = (el: XDataProbe, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent ?? '';

/** Resolves once the probe is complete (at once if it already is). */
async function loaded(el: XDataProbe): Promise<void> {
  if (el.data.status !== DataStatus.complete) await oneEvent(el, 'probe-complete');
  await el.updateComplete;
}

describe('BrazeDataController', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onUnhandled));
  after(() => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    resetClients();
  });
  afterEach(() => expect(unhandled).to.deep.equal([]));

  it('goes initial → pending → complete with a typed value', async () => {
    const { url, fake } = setup(false);
    const el = document.createElement('x-data-probe') as XDataProbe;
    el.proxyUrl = url;
    el.segmentId = 'abc';
    expect(el.data.status).to.equal(DataStatus.initial);
    expect(el.data.value).to.equal(undefined);

    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    parent.append(el);
    await el.updateComplete;
    expect(el.data.status).to.equal(DataStatus.pending);
    expect(text(el, '.status')).to.equal('pending');
    expect(fake.requests.map((r) => r.url)).to.deep.equal([
      `${url}/segments/data_series?segment_id=abc&length=3`,
      `${url}/segments/details?segment_id=abc`,
    ]);

    const completed = oneEvent(el, 'probe-complete');
    await fake.release(0);
    await fake.release(1);
    await completed;
    await el.updateComplete;
    expect(el.data.status).to.equal(DataStatus.complete);
    expect(el.data.error).to.equal(undefined);
    expect(el.data.value?.series.data).to.have.length(3);
    expect(el.data.value?.details.name).to.equal('Segment abc');
    expect(el.completed).to.have.length(1);
    expect(el.completed[0]).to.equal(el.data.value);
    expect(text(el, '.status')).to.equal('complete');
    expect(text(el, '.name')).to.equal('Segment abc');
    expect(text(el, '.points')).to.equal('3');
  });

  it('does not request again when the host re-renders with the same requests', async () => {
    const { url, fake } = setup();
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="abc"></x-data-probe>`,
    );
    await loaded(el);
    const signal = el.data.signal;
    el.tick++;
    await el.updateComplete;
    el.proxyUrl = `${url}/`;
    el.tick++;
    await el.updateComplete;
    expect(fake.requests).to.have.length(2);
    expect(el.completed).to.have.length(1);
    expect(el.data.signal).to.equal(signal);
    expect(el.data.status).to.equal(DataStatus.complete);
  });

  it('aborts the old request when a property changes mid-flight and shows only the new result', async () => {
    const { url, fake } = setup(false);
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="old"></x-data-probe>`,
    );
    const first = await fake.nth(0);
    const firstSignal = el.data.signal;
    el.segmentId = 'newer';
    await el.updateComplete;
    expect(first.signal.aborted).to.equal(true);
    expect(firstSignal?.aborted).to.equal(true);
    expect(el.data.status).to.equal(DataStatus.pending);
    const completed = oneEvent(el, 'probe-complete');
    await fake.release(2);
    await fake.release(3);
    await completed;
    await el.updateComplete;
    expect(el.data.value?.details.name).to.equal('Segment newer');
    expect(text(el, '.name')).to.equal('Segment newer');
    expect(el.completed).to.have.length(1);
    expect(el.errors).to.have.length(0);
  });

  it('keeps a request the new run shares with the old one in flight', async () => {
    const { url, fake } = setup(false);
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="abc"></x-data-probe>`,
    );
    const [series, details] = await Promise.all([fake.nth(0), fake.nth(1)]);
    el.days = 7;
    await el.updateComplete;
    expect(series.signal.aborted).to.equal(true);
    expect(details.signal.aborted).to.equal(false);
    expect(fake.requests.map((r) => new URL(r.url).search)).to.deep.equal([
      '?segment_id=abc&length=3',
      '?segment_id=abc',
      '?segment_id=abc&length=7',
    ]);
    const completed = oneEvent(el, 'probe-complete');
    await fake.release(1);
    await fake.release(2);
    await completed;
    expect(el.data.value?.series.data).to.have.length(7);
    expect(el.data.value?.details.name).to.equal('Segment abc');
    expect(getClient(url).stats.deduped).to.equal(1);
  });

  it('never lets a stale result overwrite a newer one', async () => {
    const { url, fake } = setup(false);
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="old"></x-data-probe>`,
    );
    await fake.nth(1);
    // Another caller keeps the old fetches alive, so they really do answer after the switch.
    const client = getClient(url);
    const oldSeries = client.request(segmentDataSeries, { segment_id: 'old', length: 3 });
    const oldDetails = client.request(segmentDetails, { segment_id: 'old' });
    el.segmentId = 'new';
    await el.updateComplete;
    expect((await fake.nth(0)).signal.aborted).to.equal(false);

    // New answers first, then the old ones.
    const completed = oneEvent(el, 'probe-complete');
    await fake.release(2);
    await fake.release(3);
    await completed;
    await fake.release(0);
    await fake.release(1);
    await Promise.all([oldSeries, oldDetails]);
    await el.updateComplete;
    expect(el.data.value?.details.name).to.equal('Segment new');
    expect(el.completed).to.have.length(1);

    // Old answers first while the new ones are pending: the controller stays pending.
    const keep = client.request(segmentDetails, { segment_id: 'other' });
    el.segmentId = 'other';
    await el.updateComplete;
    el.segmentId = 'last';
    await el.updateComplete;
    await fake.release(4);
    await fake.release(5);
    await keep;
    await el.updateComplete;
    expect(el.data.status).to.equal(DataStatus.pending);
    expect(el.data.value?.details.name).to.equal('Segment new');
    const done = oneEvent(el, 'probe-complete');
    await fake.release(6);
    await fake.release(7);
    await done;
    expect(el.data.value?.details.name).to.equal('Segment last');
    expect(el.completed).to.have.length(2);
  });

  it('aborts on disconnect and requests again on reconnect', async () => {
    const { url, fake } = setup(false);
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="abc"></x-data-probe>`,
    );
    const first = await fake.nth(0);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    expect(first.signal.aborted).to.equal(true);
    expect(el.data.signal).to.equal(undefined);

    parent.append(el);
    await el.updateComplete;
    expect(fake.requests).to.have.length(4);
    expect(el.data.status).to.equal(DataStatus.pending);
    const completed = oneEvent(el, 'probe-complete');
    await fake.release(2);
    await fake.release(3);
    await completed;
    expect(el.data.status).to.equal(DataStatus.complete);
    expect(el.errors).to.have.length(0);
  });

  it('answers from the cache synchronously on reconnect and for a second element', async () => {
    const { url, fake } = setup();
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="abc"></x-data-probe>`,
    );
    await loaded(el);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.data.status).to.equal(DataStatus.complete);

    const twin = document.createElement('x-data-probe') as XDataProbe;
    twin.proxyUrl = url;
    twin.segmentId = 'abc';
    parent.append(twin);
    await twin.updateComplete;
    expect(twin.data.status).to.equal(DataStatus.complete);
    expect(text(twin, '.name')).to.equal('Segment abc');
    expect(fake.requests).to.have.length(2);
    expect(getClient(url).stats.cacheHits).to.equal(4);
  });

  it('reports a missing proxy-url as a config error, once, without requesting', async () => {
    const { fake } = setup();
    const el = await fixture<XDataProbe>(html`<x-data-probe segment-id="abc"></x-data-probe>`);
    expect(el.data.status).to.equal(DataStatus.error);
    expect(el.data.error?.kind).to.equal(ErrorKind.config);
    expect(el.data.error?.message).to.equal('proxy-url is required');
    expect(text(el, '.status')).to.equal('error');
    el.tick++;
    await el.updateComplete;
    el.tick++;
    await el.updateComplete;
    expect(el.errors).to.have.length(1);
    expect(fake.requests).to.have.length(0);
  });

  it("reports the host's own reason (a string) and invalid params as config errors", async () => {
    const { url, fake } = setup();
    const el = await fixture<XDataProbe>(html`<x-data-probe proxy-url=${url}></x-data-probe>`);
    expect(el.data.error?.kind).to.equal(ErrorKind.config);
    expect(el.data.error?.message).to.equal('segment-id is required');

    el.segmentId = 'abc';
    el.days = 0;
    await el.updateComplete;
    expect(el.data.status).to.equal(DataStatus.error);
    expect(el.data.error?.kind).to.equal(ErrorKind.config);
    expect(el.data.error?.endpoint).to.equal('/segments/data_series');
    expect(el.data.error?.details.join(' ')).to.contain('length');
    expect(el.errors.map((e) => e.kind)).to.deep.equal([ErrorKind.config, ErrorKind.config]);
    expect(fake.requests).to.have.length(0);

    el.days = 5;
    await el.updateComplete;
    await loaded(el);
    expect(el.data.value?.series.data).to.have.length(5);
  });

  it('goes to error with onError when a request fails, and retry() requests again', async () => {
    const { url, fake } = setup(false);
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="abc"></x-data-probe>`,
    );
    const failed = oneEvent(el, 'probe-error');
    await fake.release(0);
    await fake.release(1, json({ message: 'Segment not found' }, 404));
    await failed;
    await el.updateComplete;
    expect(el.data.status).to.equal(DataStatus.error);
    expect(el.data.value).to.equal(undefined);
    expect(el.data.error?.kind).to.equal(ErrorKind.http);
    expect(el.data.error?.status).to.equal(404);
    expect(el.data.error?.message).to.equal('Segment not found');
    expect(el.errors).to.have.length(1);
    expect(text(el, '.status')).to.equal('error');

    el.data.retry();
    await el.updateComplete;
    expect(el.data.status).to.equal(DataStatus.pending);
    // Retry asks the network again for both, bypassing the client's cache and the browser's HTTP cache.
    expect(fake.requests.map((r) => new URL(r.url).pathname.split('/').pop())).to.deep.equal([
      'data_series',
      'details',
      'data_series',
      'details',
    ]);
    expect(fake.requests.slice(2).map((r) => r.cache)).to.deep.equal(['reload', 'reload']);
    const completed = oneEvent(el, 'probe-complete');
    await fake.release(2);
    await fake.release(3);
    await completed;
    expect(el.data.status).to.equal(DataStatus.complete);
    expect(el.data.error).to.equal(undefined);
    expect(el.data.value?.details.name).to.equal('Segment abc');
    expect(el.data.value?.series.data).to.have.length(3);
  });

  it('render() picks the renderer of the current status', async () => {
    const { url, fake } = setup(false);
    const el = await fixture<XDataProbe>(
      html`<x-data-probe proxy-url=${url} segment-id="abc"></x-data-probe>`,
    );
    const renderers = {
      initial: () => 'initial',
      pending: () => 'pending',
      complete: (value: DataValue<Requests>) => `complete ${value.details.name ?? ''}`,
      error: (error: BrazeRequestError) => `error ${error.kind}`,
    };
    expect(el.data.render(renderers)).to.equal('pending');
    await fake.release(0);
    await fake.release(1);
    await loaded(el);
    expect(el.data.render(renderers)).to.equal('complete Segment abc');
    el.proxyUrl = undefined;
    await el.updateComplete;
    expect(el.data.render(renderers)).to.equal('error config');
  });

  it('reports an exception thrown by a callback without an unhandled rejection', async () => {
    const { url, fake } = setup(false);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    const original = window.onerror;
    window.onerror = () => true;
    try {
      class XThrowing extends LitElement {
        readonly data = new BrazeDataController(this, {
          proxyUrl: () => url,
          requests: () => ({ details: { endpoint: segmentDetails, params: { segment_id: 'boom' } } }),
          onComplete: () => {
            this.dispatchEvent(new CustomEvent('probe-complete'));
            throw new Error('callback failed (expected: this test checks it is reported)');
          },
        });
      }
      customElements.define('x-data-throwing', XThrowing);
      const el = await fixture<XThrowing>(html`<x-data-throwing></x-data-throwing>`);
      const completed = oneEvent(el, 'probe-complete');
      await fake.release(0);
      await completed;
      expect(el.data.status).to.equal(DataStatus.complete);
      expect(errors.map((e) => (e as Error).message)).to.deep.equal([
        'callback failed (expected: this test checks it is reported)',
      ]);
    } finally {
      window.removeEventListener('error', onError);
      window.onerror = original;
    }
  });

  it('validates the params of each request once per run, answered from the network or from the cache', async () => {
    const { url } = setup();
    let checks = 0;
    // The series endpoint with a params schema that counts its runs.
    const counted = {
      ...segmentDataSeries,
      params: {
        safeParse: (value: unknown) => {
          checks++;
          return segmentDataSeries.params.safeParse(value);
        },
      },
    } as unknown as typeof segmentDataSeries;
    class XCounted extends LitElement {
      static override properties = { tick: { type: Number } };
      declare tick: number;
      readonly data = new BrazeDataController(this, {
        proxyUrl: () => url,
        requests: () => ({ series: { endpoint: counted, params: { segment_id: 'once', length: 3 } } }),
        onComplete: () => this.dispatchEvent(new CustomEvent('probe-complete')),
      });
    }
    customElements.define('x-data-counted', XCounted);
    const first = document.createElement('x-data-counted') as XCounted;
    const completed = oneEvent(first, 'probe-complete');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(first);
    await completed;
    expect(checks, 'one run, from the network').to.equal(1);
    first.tick = 1;
    await first.updateComplete;
    expect(checks, 'a re-render with the same requests validates nothing').to.equal(1);
    const second = document.createElement('x-data-counted') as XCounted;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(second);
    await second.updateComplete;
    expect(second.data.status).to.equal(DataStatus.complete);
    expect(checks, 'one more run, from the cache').to.equal(2);
  });
});
