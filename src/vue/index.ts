/**
 * Vue 3 support (`braze-charts/vue`): typed global components for every tag, so `vue-tsc` and Volar check
 * their props and events in templates, and the `isCustomElement` test for Vue's template compiler.
 *
 * ```ts
 * // vite.config.ts
 * vue({ template: { compilerOptions: { isCustomElement: isBrazeElement } } })
 * // main.ts
 * import 'braze-charts';
 * import type {} from 'braze-charts/vue';
 * ```
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
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

export type {
  BrazeErrorEvent,
  BrazeLoadEvent,
  BrazePointSelectEvent,
  BrazePointSelectDetail,
  BrazeOptionSelectEvent,
  BrazeOptionSelectDetail,
} from '../events.js';

/** True for the tags of braze-charts: pass it as Vue's `compilerOptions.isCustomElement`. */
export function isBrazeElement(tag: string): boolean {
  return tag.startsWith('braze-');
}

/** The properties every chart tag has, besides its own. */
type CommonProp = 'proxyUrl' | 'locale' | 'theme' | 'noExport' | 'timeout';

/** `data-*` attributes: Vue's template checker sees `data-test` on a component as `dataTest`. */
interface DataAttributes {
  [dataAttribute: `data-${string}`]: unknown;
  [dataAttribute: `data${Capitalize<string>}`]: unknown;
}

/**
 * Props of a chart tag: its public properties (optional; kebab-case in templates, `no-export` too), the ordinary
 * HTML attributes (`id`, `class`, `style`, `title`, `hidden`, `aria-*`, `data-*`, …) and its events as `on…`
 * listeners, `braze-load` typed with the element's data `T`.
 */
type ChartProps<E extends HTMLElement, K extends keyof E, T> = Partial<Pick<E, K | (CommonProp & keyof E)>> &
  Omit<HTMLAttributes, K | CommonProp> &
  DataAttributes & {
    onBrazeLoad?: (event: BrazeLoadEvent<T>) => void;
    onBrazeError?: (event: BrazeErrorEvent) => void;
    onBrazePointSelect?: (event: BrazePointSelectEvent) => void;
  };

export type SegmentTrendVueProps = ChartProps<
  BrazeSegmentTrend,
  'segmentId' | 'length' | 'endingAt' | 'baseline',
  SegmentTrendData
>;
export type SessionChartVueProps = ChartProps<
  BrazeSessionChart,
  'unit' | 'length' | 'endingAt' | 'appId' | 'segmentId' | 'variant' | 'compare' | 'missing' | 'timeZone',
  SessionChartData
>;
export type SendBreakdownVueProps = ChartProps<
  BrazeSendBreakdown,
  'campaignId' | 'sendId' | 'length' | 'endingAt' | 'metric' | 'groupBy' | 'view',
  SendBreakdownData
>;

export type KpiOverviewVueProps = ChartProps<
  BrazeKpiOverview,
  'appId' | 'length' | 'endingAt' | 'metrics',
  KpiOverviewData
>;
export type KpiTrendVueProps = ChartProps<
  BrazeKpiTrend,
  'metric' | 'appId' | 'length' | 'endingAt' | 'compare' | 'variant' | 'missing',
  KpiTrendData
>;
export type CampaignBreakdownVueProps = ChartProps<
  BrazeCampaignBreakdown,
  'campaignId' | 'length' | 'endingAt' | 'metric' | 'groupBy' | 'view',
  CampaignBreakdownData
>;

/** Series params every trend takes. */
type TrendProp =
  'unit' | 'length' | 'endingAt' | 'appId' | 'variant' | 'compare' | 'missing' | 'timeZone' | 'picker';
/** The picker's event of the trends: `braze-option-select`. */
interface OptionSelect {
  onBrazeOptionSelect?: (event: BrazeOptionSelectEvent) => void;
}

export type EventTrendVueProps = ChartProps<
  BrazeEventTrend,
  TrendProp | 'event' | 'segmentId',
  EventTrendData
> &
  OptionSelect;
export type PurchaseTrendVueProps = ChartProps<
  BrazePurchaseTrend,
  TrendProp | 'metric' | 'product' | 'currency',
  PurchaseTrendData
> &
  OptionSelect;
export type CanvasBreakdownVueProps = ChartProps<
  BrazeCanvasBreakdown,
  'canvasId' | 'length' | 'endingAt' | 'metric' | 'groupBy' | 'view' | 'includeDeleted' | 'currency',
  CanvasBreakdownData
>;

declare module 'vue' {
  interface GlobalComponents {
    'braze-campaign-breakdown': DefineComponent<CampaignBreakdownVueProps>;
    'braze-kpi-overview': DefineComponent<KpiOverviewVueProps>;
    'braze-kpi-trend': DefineComponent<KpiTrendVueProps>;
    'braze-event-trend': DefineComponent<EventTrendVueProps>;
    'braze-purchase-trend': DefineComponent<PurchaseTrendVueProps>;
    'braze-canvas-breakdown': DefineComponent<CanvasBreakdownVueProps>;
    'braze-segment-trend': DefineComponent<SegmentTrendVueProps>;
    'braze-session-chart': DefineComponent<SessionChartVueProps>;
    'braze-send-breakdown': DefineComponent<SendBreakdownVueProps>;
  }
}
