/**
 * German for every element. Importing this module registers it (`import 'braze-charts/locales/de'`, or
 * `<script type="module" src=".../dist/cdn/locale-de.js">` next to the CDN bundle); `locale="de"` or `lang="de"`
 * then picks it. Without it, German pages get German numbers and dates with English words.
 */
import { de as chart } from './de/chart.js';
import { de as frame } from './de/frame.js';
import { de as segmentTrend } from './de/segment-trend.js';
import { de as sendBreakdown } from './de/send-breakdown.js';
import { de as sessionChart } from './de/session-chart.js';
import { de as kpi } from './de/kpi.js';
import { de as trends } from './de/trends.js';
import { de as campaignBreakdown } from './de/campaign-breakdown.js';
import { de as canvasBreakdown } from './de/canvas-breakdown.js';
import { registerLocale, type LocalePack } from './register.js';

export const de: LocalePack = {
  chart,
  frame,
  segmentTrend,
  sessionChart,
  sendBreakdown,
  kpi,
  trends,
  campaignBreakdown,
  canvasBreakdown,
};

registerLocale('de', de);
