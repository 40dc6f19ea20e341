/**
 * The `braze-*` events, typed per element. Each element's `addEventListener` knows its own `braze-load` data
 * (`trend.addEventListener('braze-load', (e) => e.detail.data.details?.name)`: declared beside each element's
 * definition, in src/define/), and because the events bubble and are composed, `document` and `window` listeners
 * know them too (with `detail.data` as `unknown`: any chart may have sent it).
 */
import type { BrazeErrorDetail, BrazeLoadDetail, BrazePointSelectDetail } from './elements/base/events.js';
import type { SegmentTrendData } from './elements/segment-trend/segment-trend.js';
import type { SendBreakdownData } from './elements/send-breakdown/send-breakdown.js';
import type { SessionChartData } from './elements/session-chart/session-chart.js';
import type { KpiOverviewData } from './elements/kpi-overview/kpi-overview.js';
import type { KpiTrendData } from './elements/kpi-trend/kpi-trend.js';
import type { EventTrendData } from './elements/event-trend/event-trend.js';
import type { PurchaseTrendData } from './elements/purchase-trend/purchase-trend.js';
import type { BrazeOptionSelectDetail } from './elements/trends/option-select.js';
import type { CampaignBreakdownData } from './elements/campaign-breakdown/campaign-breakdown.js';
import type { CanvasBreakdownData } from './elements/canvas-breakdown/canvas-breakdown.js';

export type { BrazeErrorDetail, BrazeLoadDetail, BrazeOptionSelectDetail, BrazePointSelectDetail };

/** `braze-option-select`: a picker in the chart's header set one of its attributes (`event`, `product`). */
export type BrazeOptionSelectEvent = CustomEvent<BrazeOptionSelectDetail>;

/** `braze-load`: the chart is drawn; `detail.data` holds the validated responses (`T`: the element's data type). */
export type BrazeLoadEvent<T = unknown> = CustomEvent<BrazeLoadDetail<T>>;
/** `braze-error`: loading failed or the element is misconfigured; `detail.error` is a `BrazeRequestError`. */
export type BrazeErrorEvent = CustomEvent<BrazeErrorDetail>;
/** `braze-point-select`: the point the user clicked or chose with Enter. */
export type BrazePointSelectEvent = CustomEvent<BrazePointSelectDetail>;

/** The `braze-*` events of a chart whose `braze-load` carries `T`. */
export interface BrazeChartEvents<T = unknown> {
  'braze-load': BrazeLoadEvent<T>;
  'braze-error': BrazeErrorEvent;
  'braze-point-select': BrazePointSelectEvent;
}

/** Every event of `<braze-segment-trend>`: the HTML element's, and `braze-load` with `SegmentTrendData`. */
export interface SegmentTrendEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<SegmentTrendData>;
}
/** Every event of `<braze-session-chart>`: the HTML element's, and `braze-load` with `SessionChartData`. */
export interface SessionChartEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<SessionChartData>;
}
/** Every event of `<braze-send-breakdown>`: the HTML element's, and `braze-load` with `SendBreakdownData`. */
export interface SendBreakdownEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<SendBreakdownData>;
}

/** Every event of `<braze-kpi-overview>`: the HTML element's, and `braze-load` with `KpiOverviewData`. */
export interface KpiOverviewEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<KpiOverviewData>;
}
/** Every event of `<braze-kpi-trend>`: the HTML element's, and `braze-load` with `KpiTrendData`. */
export interface KpiTrendEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<KpiTrendData>;
}
/** Every event of `<braze-campaign-breakdown>`: the HTML element's, and `braze-load` with `CampaignBreakdownData`. */
export interface CampaignBreakdownEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<CampaignBreakdownData>;
}

/** Every event of `<braze-event-trend>`: the HTML element's, and `braze-load` with `EventTrendData`. */
export interface EventTrendEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<EventTrendData>;
  'braze-option-select': BrazeOptionSelectEvent;
}
/** Every event of `<braze-purchase-trend>`: the HTML element's, and `braze-load` with `PurchaseTrendData`. */
export interface PurchaseTrendEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<PurchaseTrendData>;
  'braze-option-select': BrazeOptionSelectEvent;
}

/** Every event of `<braze-canvas-breakdown>`: the HTML element's, and `braze-load` with `CanvasBreakdownData`. */
export interface CanvasBreakdownEventMap extends HTMLElementEventMap {
  'braze-load': BrazeLoadEvent<CanvasBreakdownData>;
}

/** `addEventListener` / `removeEventListener` of element `E` whose events are `M`, the way lib.dom types HTMLElement's. */
export interface BrazeListeners<E, M> {
  addEventListener<K extends keyof M>(
    type: K,
    listener: (this: E, event: M[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof M>(
    type: K,
    listener: (this: E, event: M[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  // The events bubble out of the shadow root to the document and the window.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends BrazeChartEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends BrazeChartEvents {}
}
