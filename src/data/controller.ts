import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EndpointDescriptor, ParamsOf, ResponseOf } from '../api/endpoints.js';
import { toQuery } from '../api/query.js';
import { getClient, type BrazeClient, type PreparedRequest } from './client.js';
import { BrazeRequestError, ErrorCode, ErrorKind } from './errors.js';
import { refreshGroup, type RefreshGroup, type RefreshMember } from './refresh.js';

/** Where a data controller is, like `@lit/task`'s `TaskStatus` but with readable string values. */
export const DataStatus = {
  /** Nothing requested yet (before the host's first update). */
  initial: 'initial',
  /** Requests are in flight. The previous value, if any, is kept until they settle. */
  pending: 'pending',
  /** Every request succeeded: `value` holds the responses. */
  complete: 'complete',
  /** A request failed or the host is misconfigured: `error` says why, `value` is `undefined`. */
  error: 'error',
} as const;
export type DataStatus = (typeof DataStatus)[keyof typeof DataStatus];
/** Alias of the `DataStatus` type, for code that prefers a distinct name for the value union. */
export type DataStatusValue = DataStatus;

/** Named endpoints a controller requests together, e.g. `{ series: typeof segmentDataSeries }`. */
export type EndpointMap = Record<string, EndpointDescriptor>;

/** One request: an endpoint and its (typed) params. */
export interface DataRequest<E extends EndpointDescriptor> {
  endpoint: E;
  params: ParamsOf<E>;
}

/** The requests of a controller, by name. */
export type DataRequests<R extends EndpointMap> = { [K in keyof R]: DataRequest<R[K]> };

/** The responses of a controller, by the same names as its requests; an optional request's may be missing. */
export type DataValue<R extends EndpointMap, O extends keyof R = never> = {
  [K in keyof R]: K extends O ? ResponseOf<R[K]> | undefined : ResponseOf<R[K]>;
};

export interface BrazeDataControllerOptions<R extends EndpointMap, O extends keyof R = never> {
  /** The proxy base URL, usually the host's `proxy-url` attribute. Missing → a `config` error. */
  proxyUrl: () => string | undefined | null;
  /**
   * Called on every host update (keep it cheap and pure): the requests to make, by name, or why the host cannot
   * request yet — a message such as `'segment-id is required'` or a `config` BrazeRequestError.
   * Nothing is requested again while the proxy URL and the requests' canonical URLs stay the same.
   */
  requests: () => DataRequests<R> | string | BrazeRequestError;
  /**
   * Requests the data can do without (e.g. a segment's details beside its series): when one fails, the run still
   * completes, without its answer, and `errorOf(name)` says why. When any other request fails, the whole run fails
   * and its other requests are aborted.
   */
  optional?: readonly O[];
  /** How long each request may wait for its answer, in ms (see `ClientOptions.timeoutMs`); default: the client's. */
  timeoutMs?: () => number | undefined;
  /** How often to ask for new data, in ms (at least 5 000), together with the client's other controllers. */
  refreshInterval?: () => number | undefined;
  /** While it returns true, nothing is requested and the status stays as it is (e.g. a lazy host off screen). */
  paused?: () => boolean;
  /**
   * While it returns true, the host may still be configured (a framework setting its properties after the element
   * upgraded): a configuration error is not reported yet — the status stays as it is and the requests are read
   * again at the next update. A valid configuration is requested at once.
   */
  settling?: () => boolean;
  /**
   * While it returns true, a new run keeps the current value (and `complete` status) until its answer arrives, as a
   * refresh does: for a request that follows another one's refreshed answer.
   */
  keepValue?: () => boolean;
  /** Called (asynchronously, after the state is set) when every request succeeded. */
  onComplete?: (value: DataValue<R, O>) => void;
  /** Called (asynchronously, after the state is set) once per failed run. Aborted runs are not errors. */
  onError?: (error: BrazeRequestError) => void;
}

/** Renderers for `render()`: one per status, all optional. */
export interface DataRenderers<R extends EndpointMap, T, O extends keyof R = never> {
  initial?: () => T;
  pending?: (previous: DataValue<R, O> | undefined) => T;
  complete?: (value: DataValue<R, O>) => T;
  error?: (error: BrazeRequestError) => T;
}

type Plan<R extends EndpointMap> =
  { key: string; error: BrazeRequestError } | { key: string; client: BrazeClient; requests: DataRequests<R> };

function configError(message: string, cause?: unknown): BrazeRequestError {
  return new BrazeRequestError({ kind: ErrorKind.config, message, cause });
}

function asBrazeError(error: unknown): BrazeRequestError {
  if (error instanceof BrazeRequestError) return error;
  return new BrazeRequestError({
    kind: ErrorKind.network,
    code: ErrorCode.unknown,
    message: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}

function report(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}

/**
 * Loads the data of an element through the page-wide client of its proxy: builds the requests from the host's
 * state on each update, requests again only when they change (validating their params once per run), aborts on
 * change, on disconnect and — when one request of a run fails — its siblings, drops stale answers, and exposes
 * `status`, `value` (typed per request name) and `error` for `render()`. `retry()` asks the network again.
 */
export class BrazeDataController<
  R extends EndpointMap,
  O extends keyof R = never,
> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: BrazeDataControllerOptions<R, O>;
  #status: DataStatus = DataStatus.initial;
  #value: DataValue<R, O> | undefined;
  #error: BrazeRequestError | undefined;
  #optionalErrors: Partial<Record<keyof R, BrazeRequestError>> = {};
  #key: string | undefined;
  #run: AbortController | undefined;
  #reload = false;
  /** Set by a refresh: the next run keeps the value and `complete` status until its answer arrives. */
  #keep = false;
  #refreshing = false;
  #syncing = false;
  #wasDisconnected = false;
  #group: RefreshGroup | undefined;
  readonly #member: RefreshMember = {
    revalidate: () => {
      this.#key = undefined;
      this.#keep = true;
      this.#host.requestUpdate();
    },
  };

  constructor(host: ReactiveControllerHost, options: BrazeDataControllerOptions<R, O>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The current status; see `DataStatus`. */
  get status(): DataStatus {
    return this.#status;
  }

  /** The responses of the last complete run (kept while a new run is pending; `undefined` after an error). */
  get value(): DataValue<R, O> | undefined {
    return this.#value;
  }

  /** Why the last run failed, when `status` is `error`. */
  get error(): BrazeRequestError | undefined {
    return this.#error;
  }

  /** Why an optional request of the last complete run has no answer, if it failed. */
  errorOf(name: O): BrazeRequestError | undefined {
    return this.#optionalErrors[name];
  }

  /** The AbortSignal of the current run; aborted when the requests change or the host disconnects. */
  get signal(): AbortSignal | undefined {
    return this.#run?.signal;
  }

  /**
   * Runs the requests again on the next host update, from the network: the client's cache, answers already on their
   * way and the browser's HTTP cache are all bypassed (a broken answer must not come back from a cache).
   */
  retry(): void {
    this.#key = undefined;
    this.#reload = true;
    this.#host.requestUpdate();
  }

  /**
   * Asks for new data, keeping the current value (and `complete` status) until it arrives: every controller of the
   * same client refreshes together, so a page shows data of one age (see refresh.ts). Nothing loaded yet: `retry()`.
   */
  refresh(): void {
    if (this.#group && this.#status === DataStatus.complete) this.#group.refresh();
    else this.retry();
  }

  /** True while a refresh's requests are in flight (`status` stays `complete`, `value` the previous answer). */
  get refreshing(): boolean {
    return this.#refreshing;
  }

  /**
   * Stops the current run's requests. Its state stays as it is (`pending` stays pending) until `retry()` or a change
   * of the requests starts a new run.
   */
  abort(): void {
    this.#run?.abort();
  }

  /** Calls the renderer of the current status. */
  render<T>(renderers: DataRenderers<R, T, O>): T | undefined {
    switch (this.#status) {
      case DataStatus.initial:
        return renderers.initial?.();
      case DataStatus.pending:
        return renderers.pending?.(this.#value);
      case DataStatus.complete:
        return this.#value === undefined ? undefined : renderers.complete?.(this.#value);
      case DataStatus.error:
        return this.#error === undefined ? undefined : renderers.error?.(this.#error);
    }
  }

  hostConnected(): void {
    if (!this.#wasDisconnected) return;
    this.#wasDisconnected = false;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#wasDisconnected = true;
    this.#key = undefined;
    this.#run?.abort();
    this.#run = undefined;
    this.#refreshing = false;
    this.#group?.leave(this.#member);
    this.#group = undefined;
  }

  hostUpdate(): void {
    this.#plan();
  }

  /**
   * Brings the state up to date with the host now (what `hostUpdate` does later in the same update): a host calls it
   * in `willUpdate` so that what it derives from `value` already sees an answer the cache had. Idempotent.
   */
  sync(): void {
    this.#syncing = true;
    try {
      this.#plan();
    } finally {
      this.#syncing = false;
    }
  }

  #plan(): void {
    if (this.#options.paused?.()) return;
    const plan = this.#read();
    if ('error' in plan && this.#held(plan.error)) return;
    this.#join(plan);
    if (plan.key === this.#key) return;
    this.#key = plan.key;
    const previous = this.#run;
    const run = new AbortController();
    this.#run = run;
    const reload = this.#reload;
    this.#reload = false;
    this.#start(run, plan, reload);
    // Aborted only now, so that requests the new run shares with the old one keep their fetch in flight.
    previous?.abort();
  }

  #start(run: AbortController, plan: Plan<R>, reload: boolean): void {
    // A refresh (or a run replacing one still in flight) keeps what is shown until its answer arrives.
    const keep =
      (this.#keep || this.#refreshing || !!this.#options.keepValue?.()) &&
      this.#status === DataStatus.complete;
    this.#keep = false;
    if ('error' in plan) {
      this.#fail(run, plan.error, true);
      return;
    }
    const { client, requests } = plan;
    // A chart starting to load on a page whose data is older than the cache's lifetime refreshes the others too.
    if (!keep && !reload) this.#group?.starting(this.#member);
    const names = Object.keys(requests) as (keyof R & string)[];
    let prepared: PreparedRequest[];
    try {
      // Validated here, once per run: the cache lookup and the request below reuse the result.
      prepared = names.map((name) => client.prepare(requests[name].endpoint, requests[name].params));
    } catch (error) {
      const failure = asBrazeError(error);
      if (this.#held(failure)) this.#key = undefined;
      else this.#fail(run, failure, true);
      return;
    }
    const values: Record<string, unknown> = {};
    const optionalErrors: Partial<Record<keyof R, BrazeRequestError>> = {};
    const missing: number[] = [];
    names.forEach((name, i) => {
      const cached = reload ? undefined : client.cached(prepared[i] as PreparedRequest);
      if (cached === undefined) missing.push(i);
      else values[name] = cached;
    });
    if (missing.length === 0) {
      this.#complete(run, values as DataValue<R, O>, optionalErrors, true);
      return;
    }
    this.#refreshing = keep;
    if (!keep) {
      this.#status = DataStatus.pending;
      this.#error = undefined;
      if (!this.#syncing) this.#host.requestUpdate();
    }
    const optional = new Set<keyof R>(this.#options.optional ?? []);
    const options = { signal: run.signal, timeoutMs: this.#options.timeoutMs?.(), reload };
    Promise.all(
      missing.map((i) => {
        const name = names[i] as keyof R & string;
        return client.send(prepared[i] as PreparedRequest, options).then(
          (response) => {
            values[name] = response;
          },
          (error: unknown) => {
            if (!optional.has(name) || run.signal.aborted) throw error;
            optionalErrors[name] = asBrazeError(error);
          },
        );
      }),
    ).then(
      () => this.#complete(run, values as DataValue<R, O>, optionalErrors, false),
      (error: unknown) => {
        this.#fail(run, asBrazeError(error), false);
        // One request failed: the others of this run can no longer complete it.
        if (this.#run === run) run.abort();
      },
    );
  }

  /** True when `error` is a configuration error the host may still fix (see `settling`): it is not reported now. */
  #held(error: BrazeRequestError): boolean {
    return error.kind === ErrorKind.config && !!this.#options.settling?.();
  }

  /** Joins (or moves to) the refresh group of the plan's client; leaves it when the plan has none. */
  #join(plan: Plan<R>): void {
    const group = 'client' in plan ? refreshGroup(plan.client) : undefined;
    if (group !== this.#group) this.#group?.leave(this.#member);
    this.#group = group;
    group?.join(this.#member, this.#options.refreshInterval?.());
  }

  /** Reads the host's state into a key (proxy URL + canonical request URLs) and what to do. */
  #read(): Plan<R> {
    let proxyUrl: string | undefined;
    let requests: DataRequests<R> | string | BrazeRequestError;
    try {
      proxyUrl = this.#options.proxyUrl()?.trim();
      requests = this.#options.requests();
    } catch (cause) {
      const error = configError(cause instanceof Error ? cause.message : String(cause), cause);
      return { key: `!${error.message}`, error };
    }
    if (!proxyUrl) {
      const error = new BrazeRequestError({
        kind: ErrorKind.config,
        code: ErrorCode.configMissing,
        param: 'proxy-url',
        message: 'proxy-url is required',
      });
      return { key: '!proxy-url', error };
    }
    if (typeof requests === 'string') return { key: `!${requests}`, error: configError(requests) };
    if (requests instanceof BrazeRequestError) return { key: `!${requests.message}`, error: requests };
    let client: BrazeClient;
    try {
      client = getClient(proxyUrl);
    } catch (error) {
      const failure = asBrazeError(error);
      return { key: `!${proxyUrl}`, error: failure };
    }
    // The key only serialises the params (no validation): they are validated when the key changes, in #start.
    const lines = Object.keys(requests)
      .sort()
      .map((name) => {
        const { endpoint, params } = requests[name] as DataRequest<EndpointDescriptor>;
        return `${name} ${endpoint.path}?${toQuery(endpoint, params as Record<string, unknown>).toString()}`;
      });
    return { key: [client.proxyUrl, ...lines].join('\n'), client, requests };
  }

  #complete(
    run: AbortController,
    value: DataValue<R, O>,
    optionalErrors: Partial<Record<keyof R, BrazeRequestError>>,
    sync: boolean,
  ): void {
    if (this.#run !== run || run.signal.aborted) return;
    this.#refreshing = false;
    this.#status = DataStatus.complete;
    this.#value = value;
    this.#error = undefined;
    this.#optionalErrors = optionalErrors;
    this.#changed(sync);
    this.#notify(run, sync, () => this.#options.onComplete?.(value));
  }

  #fail(run: AbortController, error: BrazeRequestError, sync: boolean): void {
    if (this.#run !== run || run.signal.aborted) return;
    this.#refreshing = false;
    this.#status = DataStatus.error;
    this.#value = undefined;
    this.#error = error;
    this.#optionalErrors = {};
    this.#changed(sync);
    this.#notify(run, sync, () => this.#options.onError?.(error));
  }

  /**
   * Asks the host to render the new state. A state set during `sync()` is seen by the update in progress; one set
   * during `hostUpdate` came after the host's `willUpdate`, so the host gets one more update (in a microtask) in
   * which everything it derives from `value` sees it.
   */
  #changed(sync: boolean): void {
    if (this.#syncing) return;
    this.#host.requestUpdate();
    if (!sync) return;
    const run = this.#run;
    queueMicrotask(() => {
      if (this.#run === run && !run?.signal.aborted) this.#host.requestUpdate();
    });
  }

  /** Calls back outside the host's update (in a microtask when the state was set during it). */
  #notify(run: AbortController, sync: boolean, callback: () => void): void {
    const call = () => {
      if (this.#run !== run || run.signal.aborted) return;
      try {
        callback();
      } catch (error) {
        report(error);
      }
    };
    if (!sync) call();
    else queueMicrotask(call);
  }
}
