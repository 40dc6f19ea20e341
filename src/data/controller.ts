import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toQuery, type EndpointDescriptor, type ParamsOf, type ResponseOf } from '../api/index.js';
import { getClient, type BrazeClient } from './client.js';
import { BrazeRequestError, ErrorCode, ErrorKind } from './errors.js';

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

/** The responses of a controller, by the same names as its requests. */
export type DataValue<R extends EndpointMap> = { [K in keyof R]: ResponseOf<R[K]> };

export interface BrazeDataControllerOptions<R extends EndpointMap> {
  /** The proxy base URL, usually the host's `proxy-url` attribute. Missing → a `config` error. */
  proxyUrl: () => string | undefined | null;
  /**
   * Called on every host update (keep it cheap and pure): the requests to make, by name, or why the host cannot
   * request yet — a message such as `'segment-id is required'` or a `config` BrazeRequestError.
   * Nothing is requested again while the proxy URL and the requests' canonical URLs stay the same.
   */
  requests: () => DataRequests<R> | string | BrazeRequestError;
  /** Called (asynchronously, after the state is set) when every request succeeded. */
  onComplete?: (value: DataValue<R>) => void;
  /** Called (asynchronously, after the state is set) once per failed run. Aborted runs are not errors. */
  onError?: (error: BrazeRequestError) => void;
}

/** Renderers for `render()`: one per status, all optional. */
export interface DataRenderers<R extends EndpointMap, T> {
  initial?: () => T;
  pending?: (previous: DataValue<R> | undefined) => T;
  complete?: (value: DataValue<R>) => T;
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
 * state on each update, requests again only when they change, aborts on change and on disconnect, drops stale
 * answers, and exposes `status`, `value` (typed per request name) and `error` for `render()`.
 */
export class BrazeDataController<R extends EndpointMap> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: BrazeDataControllerOptions<R>;
  #status: DataStatus = DataStatus.initial;
  #value: DataValue<R> | undefined;
  #error: BrazeRequestError | undefined;
  #key: string | undefined;
  #run: AbortController | undefined;
  #wasDisconnected = false;

  constructor(host: ReactiveControllerHost, options: BrazeDataControllerOptions<R>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The current status; see `DataStatus`. */
  get status(): DataStatus {
    return this.#status;
  }

  /** The responses of the last complete run (kept while a new run is pending; `undefined` after an error). */
  get value(): DataValue<R> | undefined {
    return this.#value;
  }

  /** Why the last run failed, when `status` is `error`. */
  get error(): BrazeRequestError | undefined {
    return this.#error;
  }

  /** The AbortSignal of the current run; aborted when the requests change or the host disconnects. */
  get signal(): AbortSignal | undefined {
    return this.#run?.signal;
  }

  /** Runs the requests again on the next host update (cached answers are reused, failed ones re-requested). */
  retry(): void {
    this.#key = undefined;
    this.#host.requestUpdate();
  }

  /** Calls the renderer of the current status. */
  render<T>(renderers: DataRenderers<R, T>): T | undefined {
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
  }

  hostUpdate(): void {
    const plan = this.#plan();
    if (plan.key === this.#key) return;
    this.#key = plan.key;
    const previous = this.#run;
    const run = new AbortController();
    this.#run = run;
    this.#start(run, plan);
    // Aborted only now, so that requests the new run shares with the old one keep their fetch in flight.
    previous?.abort();
  }

  #start(run: AbortController, plan: Plan<R>): void {
    if ('error' in plan) {
      this.#fail(run, plan.error, true);
      return;
    }
    const { client, requests } = plan;
    const names = Object.keys(requests) as (keyof R & string)[];
    for (const name of names) {
      try {
        client.urlFor(requests[name].endpoint, requests[name].params);
      } catch (error) {
        this.#fail(run, asBrazeError(error), true);
        return;
      }
    }
    const values: Record<string, unknown> = {};
    const missing: (keyof R & string)[] = [];
    for (const name of names) {
      const cached = client.peek(requests[name].endpoint, requests[name].params);
      if (cached === undefined) missing.push(name);
      else values[name] = cached;
    }
    if (missing.length === 0) {
      this.#complete(run, values as DataValue<R>, true);
      return;
    }
    this.#status = DataStatus.pending;
    this.#error = undefined;
    this.#host.requestUpdate();
    Promise.all(
      missing.map((name) =>
        client
          .request(requests[name].endpoint, requests[name].params, { signal: run.signal })
          .then((response) => [name, response] as const),
      ),
    ).then(
      (responses) => {
        for (const [name, response] of responses) values[name] = response;
        this.#complete(run, values as DataValue<R>, false);
      },
      (error: unknown) => this.#fail(run, asBrazeError(error), false),
    );
  }

  /** Reads the host's state into a key (proxy URL + canonical request URLs) and what to do. */
  #plan(): Plan<R> {
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
    const lines = Object.keys(requests)
      .sort()
      .map((name) => {
        const { endpoint, params } = requests[name] as DataRequest<EndpointDescriptor>;
        return `${name} ${endpoint.path}?${toQuery(endpoint, params as Record<string, unknown>).toString()}`;
      });
    return { key: [client.proxyUrl, ...lines].join('\n'), client, requests };
  }

  #complete(run: AbortController, value: DataValue<R>, sync: boolean): void {
    if (this.#run !== run || run.signal.aborted) return;
    this.#status = DataStatus.complete;
    this.#value = value;
    this.#error = undefined;
    this.#host.requestUpdate();
    this.#notify(run, sync, () => this.#options.onComplete?.(value));
  }

  #fail(run: AbortController, error: BrazeRequestError, sync: boolean): void {
    if (this.#run !== run || run.signal.aborted) return;
    this.#status = DataStatus.error;
    this.#value = undefined;
    this.#error = error;
    this.#host.requestUpdate();
    this.#notify(run, sync, () => this.#options.onError?.(error));
  }

  /**
   * Calls back outside the host's update (in a microtask when the state was set during it). A state set during
   * the host's update (a cached answer, a configuration error) came after the host's `willUpdate` had run, so the
   * host is asked for one more update in which everything it derives from `value` sees the new state.
   */
  #notify(run: AbortController, sync: boolean, callback: () => void): void {
    const call = () => {
      if (this.#run !== run || run.signal.aborted) return;
      try {
        callback();
      } catch (error) {
        report(error);
      }
    };
    if (!sync) return call();
    queueMicrotask(() => {
      if (this.#run === run && !run.signal.aborted) this.#host.requestUpdate();
      call();
    });
  }
}
