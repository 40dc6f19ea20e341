/**
 * Vue 3 support (`braze-charts/vue`): typed global components for the three tags, so `vue-tsc` and Volar check
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
import type { DefineComponent } from 'vue';
import type { BrazeErrorEvent, BrazeLoadEvent, BrazePointSelectEvent } from '../react/events.js';
import type { BrazeSegmentTrend } from '../elements/segment-trend/segment-trend.js';
import type { BrazeSendBreakdown } from '../elements/send-breakdown/send-breakdown.js';
import type { BrazeSessionChart } from '../elements/session-chart/session-chart.js';

export type {
  BrazeErrorEvent,
  BrazeLoadEvent,
  BrazePointSelectEvent,
  BrazePointSelectDetail,
} from '../react/events.js';

/** True for the tags of braze-charts: pass it as Vue's `compilerOptions.isCustomElement`. */
export function isBrazeElement(tag: string): boolean {
  return tag.startsWith('braze-');
}

/** Props shared by every chart tag: its public properties (optional), `theme`, and its events as `on…` listeners. */
type ChartProps<E extends HTMLElement, K extends keyof E> = Partial<
  Pick<E, K | (('theme' | 'timeout') & keyof E)>
> & {
  onBrazeLoad?: (event: BrazeLoadEvent) => void;
  onBrazeError?: (event: BrazeErrorEvent) => void;
  onBrazePointSelect?: (event: BrazePointSelectEvent) => void;
};

export type SegmentTrendVueProps = ChartProps<
  BrazeSegmentTrend,
  'proxyUrl' | 'locale' | 'segmentId' | 'length' | 'endingAt' | 'baseline'
>;
export type SessionChartVueProps = ChartProps<
  BrazeSessionChart,
  | 'proxyUrl'
  | 'locale'
  | 'unit'
  | 'length'
  | 'endingAt'
  | 'appId'
  | 'segmentId'
  | 'variant'
  | 'compare'
  | 'missing'
  | 'timeZone'
>;
export type SendBreakdownVueProps = ChartProps<
  BrazeSendBreakdown,
  'proxyUrl' | 'locale' | 'campaignId' | 'sendId' | 'length' | 'endingAt' | 'metric' | 'groupBy' | 'view'
>;

declare module 'vue' {
  interface GlobalComponents {
    'braze-segment-trend': DefineComponent<SegmentTrendVueProps>;
    'braze-session-chart': DefineComponent<SessionChartVueProps>;
    'braze-send-breakdown': DefineComponent<SendBreakdownVueProps>;
  }
}
