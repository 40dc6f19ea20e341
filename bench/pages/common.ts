/** Helpers shared by the bench pages (browser code, bundled by vite into a temp dir). */

/** Resolves in the next animation frame's callbacks. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Resolves after the frame following the current one has started: the first frame paints what was rendered
 * before it, so at the second rAF the chart has been painted ("double rAF").
 */
export async function painted(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** Runs V8's full GC when the page was started with --js-flags=--expose-gc. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Resolves with the first `type` event on `target`, or rejects with the `braze-error` detail. */
export function loaded(target: EventTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const onLoad = () => {
      target.removeEventListener('braze-error', onError);
      resolve();
    };
    const onError = (event: Event) => {
      target.removeEventListener('braze-load', onLoad);
      const { error } = (event as CustomEvent<{ error: Error }>).detail;
      reject(new Error(`braze-error: ${error.message}`));
    };
    target.addEventListener('braze-load', onLoad, { once: true });
    target.addEventListener('braze-error', onError, { once: true });
  });
}

/**
 * A fetch for `configureClient` that answers from pre-built JSON texts without touching the network. Unknown URLs
 * go to the real network once (warm-up runs prime the table), so timed runs always hit the table.
 */
export function createFakeFetch(): { fetch: (request: Request) => Promise<Response>; misses: () => number } {
  const bodies = new Map<string, string>();
  let misses = 0;
  const json = { 'Content-Type': 'application/json' };
  return {
    fetch: async (request) => {
      const body = bodies.get(request.url);
      if (body !== undefined) return new Response(body, { status: 200, headers: json });
      misses++;
      const real = await fetch(request.url);
      const text = await real.text();
      if (real.ok) bodies.set(request.url, text);
      return new Response(text, { status: real.status, headers: json });
    },
    misses: () => misses,
  };
}

/** Median of a list of numbers (NaN when empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rejects when `promise` has not settled after `ms` (so a stuck chart fails the run instead of hanging it). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
