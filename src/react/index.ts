/**
 * React wrappers for the braze-charts elements (`braze-charts/react`), made with `@lit/react`'s `createComponent`:
 * attributes and properties are props (`segmentId`, `length`, …), events are typed callbacks (`onBrazeLoad`,
 * `onBrazeError`, `onBrazePointSelect`). Importing this module defines every custom element.
 *
 * For the raw tags in JSX (`<braze-segment-trend segment-id="…">`), see the `IntrinsicElements` types in `./jsx.js`,
 * which this module brings in.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { BrazeSegmentTrend } from '../define/segment-trend.js';
import { BrazeSendBreakdown } from '../define/send-breakdown.js';
import { BrazeSessionChart } from '../define/session-chart.js';
import { BrazeKpiOverview } from '../define/kpi-overview.js';
import { BrazeKpiTrend } from '../define/kpi-trend.js';
import type { KpiOverviewData } from '../elements/kpi-overview/kpi-overview.js';
import type { KpiTrendData } from '../elements/kpi-trend/kpi-trend.js';
import type { SegmentTrendData } from '../elements/segment-trend/segment-trend.js';
import type { SendBreakdownData } from '../elements/send-breakdown/send-breakdown.js';
import type { SessionChartData } from '../elements/session-chart/session-chart.js';
import type { BrazeErrorEvent, BrazeLoadEvent, BrazePointSelectEvent } from '../events.js';

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

/** `<braze-segment-trend>` as a React component. */
export const SegmentTrend = createComponent({
  react: React,
  tagName: 'braze-segment-trend',
  elementClass: BrazeSegmentTrend,
  events: chartEvents<SegmentTrendData>(),
  displayName: 'SegmentTrend',
});

/** `<braze-session-chart>` as a React component. */
export const SessionChart = createComponent({
  react: React,
  tagName: 'braze-session-chart',
  elementClass: BrazeSessionChart,
  events: chartEvents<SessionChartData>(),
  displayName: 'SessionChart',
});

/** `<braze-send-breakdown>` as a React component. */
export const SendBreakdown = createComponent({
  react: React,
  tagName: 'braze-send-breakdown',
  elementClass: BrazeSendBreakdown,
  events: chartEvents<SendBreakdownData>(),
  displayName: 'SendBreakdown',
});

export type SegmentTrendProps = React.ComponentProps<typeof SegmentTrend>;
export type SessionChartProps = React.ComponentProps<typeof SessionChart>;
export type SendBreakdownProps = React.ComponentProps<typeof SendBreakdown>;

/** `<braze-kpi-overview>` as a React component. */
export const KpiOverview = createComponent({
  react: React,
  tagName: 'braze-kpi-overview',
  elementClass: BrazeKpiOverview,
  events: chartEvents<KpiOverviewData>(),
  displayName: 'KpiOverview',
});

/** `<braze-kpi-trend>` as a React component. */
export const KpiTrend = createComponent({
  react: React,
  tagName: 'braze-kpi-trend',
  elementClass: BrazeKpiTrend,
  events: chartEvents<KpiTrendData>(),
  displayName: 'KpiTrend',
});

export type KpiOverviewProps = React.ComponentProps<typeof KpiOverview>;
export type KpiTrendProps = React.ComponentProps<typeof KpiTrend>;
