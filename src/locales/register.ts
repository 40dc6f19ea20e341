import { registerLocaleTables } from '../chart/locale.js';
import type { ChartMessages } from '../chart/messages.js';
import type { FrameMessages } from '../elements/base/messages.js';
import type { SegmentTrendMessages } from '../elements/segment-trend/segment-trend.messages.js';
import type { SendMessages } from '../elements/breakdown/breakdown.messages.js';
import type { SessionMessages } from '../elements/session-chart/session-chart.messages.js';
import type { KpiMessages } from '../elements/kpi/kpi.messages.js';
import type { TrendMessages } from '../elements/trends/trends.messages.js';
import type { CampaignMessages } from '../elements/campaign-breakdown/campaign-breakdown.messages.js';
import type { CanvasMessages } from '../elements/canvas-breakdown/canvas-breakdown.messages.js';

/** A language's words for every part of braze-charts. See `braze-charts/locales/de` for a complete one. */
export interface LocalePack {
  /** Generated summaries, channel, metric and funnel-step names. */
  chart: ChartMessages;
  /** The shared frame: states, errors, table, export menu, keyboard hint. */
  frame: FrameMessages;
  segmentTrend: SegmentTrendMessages;
  sessionChart: SessionMessages;
  sendBreakdown: SendMessages;
  /** `<braze-kpi-overview>` and `<braze-kpi-trend>`. */
  kpi: KpiMessages;
  /** `<braze-event-trend>` and `<braze-purchase-trend>`. */
  trends: TrendMessages;
  /** `<braze-campaign-breakdown>`'s own words (the rest are `sendBreakdown`'s). */
  campaignBreakdown: CampaignMessages;
  canvasBreakdown: CanvasMessages;
}

/**
 * Makes `language` (a primary language such as `fr`, or a regional tag such as `pt-BR`) available to every
 * element's `locale`. Parts the pack leaves out stay English. Elements already on the page render again.
 */
export function registerLocale(language: string, pack: Partial<LocalePack>): void {
  registerLocaleTables(language, pack);
}
