import type { BrazeErrorDetail, BrazeLoadDetail, BrazePointSelectDetail } from '../elements/base/events.js';

export type { BrazeErrorDetail, BrazeLoadDetail, BrazePointSelectDetail };

/** `braze-load`: the validated responses the chart rendered (`T` is the element's data type). */
export type BrazeLoadEvent<T = unknown> = CustomEvent<BrazeLoadDetail<T>>;
/** `braze-error`: the typed error the chart shows. */
export type BrazeErrorEvent = CustomEvent<BrazeErrorDetail>;
/** `braze-point-select`: the point the user clicked or chose with Enter. */
export type BrazePointSelectEvent = CustomEvent<BrazePointSelectDetail>;
