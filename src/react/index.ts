/**
 * React wrappers for the braze-charts elements (`braze-charts/react`), made with `@lit/react`'s `createComponent`:
 * attributes and properties are props (`segmentId`, `length`, …), events are typed callbacks (`onBrazeLoad`,
 * `onBrazeError`, `onBrazePointSelect`). Importing this module defines every custom element.
 *
 * Server rendering (Next.js, `renderToString`): a wrapper renders its tag with `defer-hydration`, and `@lit/react`
 * removes that attribute once hydration has set the element's properties; until then the chart shows its loading
 * view and requests nothing, so it never reports a missing `proxy-url` that hydration was about to set. Use these
 * wrappers rather than raw tags in server-rendered React: React 19 does not attach a raw tag's `on*` event props
 * after hydration (facebook/react#35446).
 *
 * For the raw tags in JSX (`<braze-segment-trend segment-id="…">`), see the `IntrinsicElements` types in `./jsx.js`,
 * which this module brings in.
 */
import { createComponent, type EventName } from '@lit/react';
import { isServer } from 'lit';
import * as React from 'react';
import { BrazeSegmentTrend } from '../define/segment-trend.js';
import { BrazeSendBreakdown } from '../define/send-breakdown.js';
import { BrazeSessionChart } from '../define/session-chart.js';
import { BrazeKpiOverview } from '../define/kpi-overview.js';
import { BrazeKpiTrend } from '../define/kpi-trend.js';
import { BrazeEventTrend } from '../define/event-trend.js';
import { BrazePurchaseTrend } from '../define/purchase-trend.js';
import type { EventTrendData } from '../elements/event-trend/event-trend.js';
import type { PurchaseTrendData } from '../elements/purchase-trend/purchase-trend.js';
import { BrazeCampaignBreakdown } from '../define/campaign-breakdown.js';
import type { CampaignBreakdownData } from '../elements/campaign-breakdown/campaign-breakdown.js';
import type { KpiOverviewData } from '../elements/kpi-overview/kpi-overview.js';
import type { KpiTrendData } from '../elements/kpi-trend/kpi-trend.js';
import { BrazeCanvasBreakdown } from '../define/canvas-breakdown.js';
import type { CanvasBreakdownData } from '../elements/canvas-breakdown/canvas-breakdown.js';
import type { SegmentTrendData } from '../elements/segment-trend/segment-trend.js';
import type { SendBreakdownData } from '../elements/send-breakdown/send-breakdown.js';
import type { SessionChartData } from '../elements/session-chart/session-chart.js';
import type {
  BrazeErrorEvent,
  BrazeLoadEvent,
  BrazeOptionSelectEvent,
  BrazePointSelectEvent,
} from '../events.js';

/** The event and detail types (`BrazeLoadEvent<T>`, `BrazePointSelectDetail`, …), as `braze-charts` exports them. */
export type * from '../events.js';
export type { BrazeChartsIntrinsicElements } from './jsx.js';

/** The event props of every wrapper, for data of type `T` in `braze-load`. */
function chartEvents<T>() {
  return {
    onBrazeLoad: 'braze-load' as EventName<BrazeLoadEvent<T>>,
    onBrazeError: 'braze-error' as EventName<BrazeErrorEvent>,
    onBrazePointSelect: 'braze-point-select' as EventName<BrazePointSelectEvent>,
  };
}

/**
 * On a server, `component` renders its tag with `defer-hydration` (see above); in the browser it is `component`.
 */
function deferredOnServer<C extends { displayName?: string | undefined }>(component: C): C {
  if (!isServer) return component;
  const deferred = React.forwardRef<unknown, object>((props, ref) =>
    React.createElement(
      component as unknown as React.ComponentType<object>,
      {
        ...props,
        ref,
        'defer-hydration': '',
      } as object,
    ),
  );
  deferred.displayName = component.displayName ?? '';
  return deferred as unknown as C;
}

/** The event props of a chart with a picker: also `onBrazeOptionSelect`. */
function pickerEvents<T>() {
  return {
    ...chartEvents<T>(),
    onBrazeOptionSelect: 'braze-option-select' as EventName<BrazeOptionSelectEvent>,
  };
}

/** The wrapper of the chart element `elementClass`, defined as `tagName`, whose `braze-load` carries a `T`. */
function wrapper<
  I extends HTMLElement,
  T,
  E extends ReturnType<typeof chartEvents<T>> = ReturnType<typeof chartEvents<T>>,
>(tagName: string, elementClass: new () => I, displayName: string, events: E = chartEvents<T>() as E) {
  return deferredOnServer(createComponent({ react: React, tagName, elementClass, events, displayName }));
}

/** `<braze-segment-trend>` as a React component. */
export const SegmentTrend = wrapper<BrazeSegmentTrend, SegmentTrendData>(
  'braze-segment-trend',
  BrazeSegmentTrend,
  'SegmentTrend',
);

/** `<braze-session-chart>` as a React component. */
export const SessionChart = wrapper<BrazeSessionChart, SessionChartData>(
  'braze-session-chart',
  BrazeSessionChart,
  'SessionChart',
);

/** `<braze-send-breakdown>` as a React component. */
export const SendBreakdown = wrapper<BrazeSendBreakdown, SendBreakdownData>(
  'braze-send-breakdown',
  BrazeSendBreakdown,
  'SendBreakdown',
);

export type SegmentTrendProps = React.ComponentProps<typeof SegmentTrend>;
export type SessionChartProps = React.ComponentProps<typeof SessionChart>;
export type SendBreakdownProps = React.ComponentProps<typeof SendBreakdown>;

/** `<braze-kpi-overview>` as a React component. */
export const KpiOverview = wrapper<BrazeKpiOverview, KpiOverviewData>(
  'braze-kpi-overview',
  BrazeKpiOverview,
  'KpiOverview',
);

/** `<braze-kpi-trend>` as a React component. */
export const KpiTrend = wrapper<BrazeKpiTrend, KpiTrendData>('braze-kpi-trend', BrazeKpiTrend, 'KpiTrend');

export type KpiOverviewProps = React.ComponentProps<typeof KpiOverview>;
export type KpiTrendProps = React.ComponentProps<typeof KpiTrend>;

/** `<braze-event-trend>` as a React component (`onBrazeOptionSelect`: an event chosen in its picker). */
export const EventTrend = wrapper(
  'braze-event-trend',
  BrazeEventTrend,
  'EventTrend',
  pickerEvents<EventTrendData>(),
);
/** `<braze-purchase-trend>` as a React component (`onBrazeOptionSelect`: a product chosen in its picker). */
export const PurchaseTrend = wrapper(
  'braze-purchase-trend',
  BrazePurchaseTrend,
  'PurchaseTrend',
  pickerEvents<PurchaseTrendData>(),
);

export type EventTrendProps = React.ComponentProps<typeof EventTrend>;
export type PurchaseTrendProps = React.ComponentProps<typeof PurchaseTrend>;

/** `<braze-campaign-breakdown>` as a React component. */
export const CampaignBreakdown = wrapper<BrazeCampaignBreakdown, CampaignBreakdownData>(
  'braze-campaign-breakdown',
  BrazeCampaignBreakdown,
  'CampaignBreakdown',
);

export type CampaignBreakdownProps = React.ComponentProps<typeof CampaignBreakdown>;

/** `<braze-canvas-breakdown>` as a React component. */
export const CanvasBreakdown = wrapper<BrazeCanvasBreakdown, CanvasBreakdownData>(
  'braze-canvas-breakdown',
  BrazeCanvasBreakdown,
  'CanvasBreakdown',
);

export type CanvasBreakdownProps = React.ComponentProps<typeof CanvasBreakdown>;
