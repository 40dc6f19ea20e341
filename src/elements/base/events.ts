import type { BrazeRequestError } from '../../data/errors.js';

/** Detail of `braze-load`: the validated responses the chart rendered, keyed by request. */
export interface BrazeLoadDetail<T = unknown> {
  data: T;
}

/** Detail of `braze-error`: the typed error the chart shows. */
export interface BrazeErrorDetail {
  error: BrazeRequestError;
}

declare global {
  interface HTMLElementEventMap {
    'braze-load': CustomEvent<BrazeLoadDetail>;
    'braze-error': CustomEvent<BrazeErrorDetail>;
  }
}
