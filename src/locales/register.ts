import { registerLocaleTables } from '../chart/locale.js';
import type { ChartMessages } from '../chart/messages.js';
import type { FrameMessages } from '../elements/base/messages.js';
import type { SegmentTrendMessages } from '../elements/segment-trend/segment-trend.messages.js';
import type { SendMessages } from '../elements/send-breakdown/send-breakdown.messages.js';
import type { SessionMessages } from '../elements/session-chart/session-chart.messages.js';
import type { KpiMessages } from '../elements/kpi/kpi.messages.js';
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
  canvasBreakdown: CanvasMessages;
}

/**
 * Makes `language` (a primary language such as `fr`, or a regional tag such as `pt-BR`) available to every
 * element's `locale`. Parts the pack leaves out stay English. Elements already on the page render again.
 */
export function registerLocale(language: string, pack: Partial<LocalePack>): void {
  registerLocaleTables(language, pack);
}
