import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import type { BrazeErrorDetail } from '../../../src/elements/base/events.js';
import { watchUncaught } from './fake-fetch.js';
import { configureClient } from '../../../src/data/client.js';

/** One mock fault of the reference proxy: the id to request, and the failure the element must end in. */
export interface FaultState {
  id: string;
  kind: string;
  status: number | undefined;
  /** Requests the endpoint sees for the id: 429 is retried once, 5xx twice. */
  attempts: number;
  /** Whether the error view offers Retry: only where asking again can help (not 400, 404, 422). */
  retry: boolean;
}

/** The faults every endpoint of the mock proxy serves (see MOCK_FAULT_IDS in src/proxy/fixtures.ts). */
export const MOCK_FAULTS: readonly FaultState[] = [
  { id: 'fault_422', kind: 'http', status: 422, attempts: 1, retry: false },
  { id: 'fault_429', kind: 'rate-limited', status: 429, attempts: 2, retry: true },
  { id: 'fault_500', kind: 'http', status: 500, attempts: 3, retry: true },
  // A broken 200 (truncated JSON, schema failure) is a 502 from the proxy, never cached: retried like any 5xx.
  { id: 'fault_badjson', kind: 'http', status: 502, attempts: 3, retry: true },
  { id: 'fault_schema', kind: 'http', status: 502, attempts: 3, retry: true },
];

export interface FaultStateOptions {
  /** Mounts the element (in English) so that it requests `id` from /api/braze. */
  mount: (id: string) => Promise<HTMLElement & { updateComplete: Promise<boolean> }>;
  /** How many requests for `id` the endpoint has seen. */
  requests: (id: string) => number;
  /** The faults to check: usually the element's "not found" answer followed by MOCK_FAULTS. */
  faults: readonly FaultState[];
  /** The test title; default `ends <id> in the error state with a <kind> braze-error`. */
  title?: (fault: FaultState) => string;
}

/**
 * One test per fault: the element ends in the error state (role=alert, the message shown, Retry only where it can
 * help, no svg)
 * with one braze-error of the right kind and status, after the expected number of requests, passes axe and throws
 * nothing uncaught.
 */
export function describeFaultStates(options: FaultStateOptions): void {
  const title =
    options.title ?? ((f: FaultState) => `ends ${f.id} in the error state with a ${f.kind} braze-error`);
  for (const fault of options.faults) {
    it(title(fault), async () => {
      const uncaught = watchUncaught();
      try {
        const el = await options.mount(fault.id);
        const { detail } = (await oneEvent(el, 'braze-error')) as CustomEvent<BrazeErrorDetail>;
        expect(detail.error.kind).to.equal(fault.kind);
        expect(detail.error.status).to.equal(fault.status);
        await el.updateComplete;
        const view = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(view.getAttribute('role')).to.equal('alert');
        expect(view.textContent).to.contain(detail.error.message);
        const buttons = [...view.querySelectorAll('button')].map((b) => b.textContent);
        expect(buttons).to.deep.equal(fault.retry ? ['Retry'] : []);
        expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
        expect(options.requests(fault.id)).to.equal(fault.attempts);
        await expect(el).to.be.accessible();
        await aTimeout(0);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });
  }
}

/**
 * Routes the mock proxy at /api/braze (mounted by web-test-runner.config.js) through a recording fetch with fast
 * retries, for the enclosing `describe`. Returns the list every request URL is pushed to.
 */
export function recordMockProxy(): string[] {
  const seen: string[] = [];
  before(() =>
    configureClient('/api/braze', {
      retryBaseMs: 1,
      retryMaxMs: 2,
      fetch: (request) => {
        seen.push(request.url);
        return globalThis.fetch(request);
      },
    }),
  );
  return seen;
}
