/**
 * JSX types for the raw custom-element tags in React 19, which sets a custom element's known properties as
 * properties, other props as attributes, and adds `on<event-name>` props as event listeners:
 *
 * ```tsx
 * <braze-segment-trend proxy-url="/api/braze" segment-id="seg_1" length={30} onbraze-load={(e) => …} />
 * ```
 *
 * Prefer the wrappers from `braze-charts/react` (camelCase props, `onBrazeLoad`); these types are for code that
 * uses the tags directly. Loaded by `import 'braze-charts/react'` (or `import type {} from 'braze-charts/react'`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BrazeChartElement } from '../elements/base/chart-base.js';
import type { BrazeSegmentTrend, SegmentTrendData } from '../elements/segment-trend/segment-trend.js';
import type { BrazeSendBreakdown, SendBreakdownData } from '../elements/send-breakdown/send-breakdown.js';
import type { BrazeSessionChart, SessionChartData } from '../elements/session-chart/session-chart.js';
import type { BrazeKpiOverview, KpiOverviewData } from '../elements/kpi-overview/kpi-overview.js';
import type { BrazeKpiTrend, KpiTrendData } from '../elements/kpi-trend/kpi-trend.js';
import type { BrazeEventTrend, EventTrendData } from '../elements/event-trend/event-trend.js';
import type { BrazePurchaseTrend, PurchaseTrendData } from '../elements/purchase-trend/purchase-trend.js';
import type {
  BrazeErrorEvent,
  BrazeLoadEvent,
  BrazeOptionSelectEvent,
  BrazePointSelectEvent,
} from '../events.js';
import type {
  BrazeCampaignBreakdown,
  CampaignBreakdownData,
} from '../elements/campaign-breakdown/campaign-breakdown.js';
import type {
  BrazeCanvasBreakdown,
  CanvasBreakdownData,
} from '../elements/canvas-breakdown/canvas-breakdown.js';

/** A number, or a string of one: React 19 sets it as the property, which the elements read like the attribute. */
type NumberAttribute = number | `${number}`;

/**
 * Attributes every chart takes, plus its events as React 19 custom-element listeners (`T`: the data of its
 * `braze-load`).
 */
interface ChartTagProps<E extends BrazeChartElement, T> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  'proxy-url'?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  'no-export'?: boolean;
  timeout?: NumberAttribute;
  'onbraze-load'?: (event: BrazeLoadEvent<T>) => void;
  'onbraze-error'?: (event: BrazeErrorEvent) => void;
  'onbraze-point-select'?: (event: BrazePointSelectEvent) => void;
}

/** The attributes of a chart of one series per day or hour (session chart, event and purchase trends). */
interface SeriesAttributes {
  unit?: 'day' | 'hour';
  length?: NumberAttribute;
  'ending-at'?: string;
  'app-id'?: string;
  variant?: 'bars' | 'line';
  compare?: 'none' | 'previous';
  missing?: 'gap' | 'zero';
  'time-zone'?: string;
}

/** A trend's picker and its event. */
interface PickerAttributes {
  picker?: boolean;
  'onbraze-option-select'?: (event: BrazeOptionSelectEvent) => void;
}

export interface BrazeChartsIntrinsicElements {
  'braze-segment-trend': ChartTagProps<BrazeSegmentTrend, SegmentTrendData> & {
    'segment-id'?: string;
    length?: NumberAttribute;
    'ending-at'?: string;
    baseline?: 'zero' | 'auto';
  };
  'braze-session-chart': ChartTagProps<BrazeSessionChart, SessionChartData> &
    SeriesAttributes & { 'segment-id'?: string };
  'braze-send-breakdown': ChartTagProps<BrazeSendBreakdown, SendBreakdownData> & {
    'campaign-id'?: string;
    'send-id'?: string;
    length?: NumberAttribute;
    'ending-at'?: string;
    metric?: string;
    'group-by'?: 'channel' | 'variation';
    view?: 'daily' | 'totals' | 'funnel';
  };
  'braze-kpi-overview': ChartTagProps<BrazeKpiOverview, KpiOverviewData> & {
    'app-id'?: string;
    length?: NumberAttribute;
    'ending-at'?: string;
    metrics?: string;
  };
  'braze-kpi-trend': ChartTagProps<BrazeKpiTrend, KpiTrendData> & {
    metric?: 'dau' | 'mau' | 'new_users' | 'uninstalls' | 'stickiness' | 'sessions_per_mau';
    'app-id'?: string;
    length?: NumberAttribute;
    'ending-at'?: string;
    compare?: 'none' | 'previous';
    variant?: 'bars' | 'line';
    missing?: 'gap' | 'zero';
  };
  'braze-event-trend': ChartTagProps<BrazeEventTrend, EventTrendData> &
    SeriesAttributes &
    PickerAttributes & { event?: string; 'segment-id'?: string };
  'braze-purchase-trend': ChartTagProps<BrazePurchaseTrend, PurchaseTrendData> &
    SeriesAttributes &
    PickerAttributes & { metric?: 'revenue' | 'quantity'; product?: string; currency?: string };
  'braze-campaign-breakdown': ChartTagProps<BrazeCampaignBreakdown, CampaignBreakdownData> & {
    'campaign-id'?: string;
    length?: NumberAttribute;
    'ending-at'?: string;
    metric?: string;
    'group-by'?: 'channel' | 'variation';
    view?: 'daily' | 'totals' | 'funnel';
  };
  'braze-canvas-breakdown': ChartTagProps<BrazeCanvasBreakdown, CanvasBreakdownData> & {
    'canvas-id'?: string;
    length?: NumberAttribute;
    'ending-at'?: string;
    metric?: 'entries' | 'conversions' | 'conversions_by_entry_time' | 'revenue';
    'group-by'?: 'variant' | 'step';
    view?: 'daily' | 'totals' | 'steps';
    'include-deleted'?: boolean;
    currency?: string;
  };
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends BrazeChartsIntrinsicElements {}
  }
}
