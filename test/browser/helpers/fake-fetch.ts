/** A scripted fetch for tests: records every Request and answers from a handler (which may never resolve). */
export interface FakeFetch {
  (request: Request): Promise<Response>;
  requests: Request[];
  /** Requests whose path ends with `suffix`. */
  to(suffix: string): Request[];
}

export function fakeFetch(handler: (request: Request) => Response | Promise<Response>): FakeFetch {
  const requests: Request[] = [];
  const fn = ((request: Request) => {
    requests.push(request);
    return Promise.resolve(handler(request));
  }) as FakeFetch;
  fn.requests = requests;
  fn.to = (suffix) => requests.filter((r) => new URL(r.url).pathname.endsWith(suffix));
  return fn;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

let counter = 0;
/** A proxy URL no other test uses, so the page-wide client cache never leaks between tests. */
export function uniqueProxyUrl(): string {
  counter += 1;
  return `https://proxy-${counter}.test/braze`;
}

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function watchUncaught(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Parses an SVG path made of M/L commands into points. */
export function pathPoints(d: string): { x: number; y: number }[] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }));
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

/** A promise with its resolve/reject handles, for answering a scripted fetch at a chosen moment. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
