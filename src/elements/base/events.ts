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

/** Detail of `braze-point-select`: the point the user clicked or chose with Enter. */
export interface BrazePointSelectDetail {
  /** Key of the point's series (e.g. `current`, `email`). */
  seriesKey: string;
  /** Label of the point's series, as shown in the legend and tooltip. */
  seriesLabel: string;
  /** The bucket's date as an ISO string (`2024-05-01` for day buckets, a full instant for hours); undefined for categories. */
  date: string | undefined;
  /** What the bucket is called in full, e.g. `May 1, 2024` or `Delivered`. */
  label: string;
  /** The value; `null` for a missing bucket. */
  value: number | null;
  /** Index of the bucket (0 = first). */
  index: number;
}

declare global {
  interface HTMLElementEventMap {
    'braze-point-select': CustomEvent<BrazePointSelectDetail>;
  }
}
