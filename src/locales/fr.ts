/**
 * French for every element. Importing this module registers it (`import 'braze-charts/locales/fr'`, or
 * `<script type="module" src=".../dist/cdn/locale-fr.js">` next to the CDN bundle); `locale="fr"` or `lang="fr"`
 * then picks it. Without it, French pages get French numbers and dates with English words.
 */
import { fr as chart } from './fr/chart.js';
import { fr as frame } from './fr/frame.js';
import { fr as segmentTrend } from './fr/segment-trend.js';
import { fr as sendBreakdown } from './fr/send-breakdown.js';
import { fr as sessionChart } from './fr/session-chart.js';
import { fr as kpi } from './fr/kpi.js';
import { fr as trends } from './fr/trends.js';
import { fr as campaignBreakdown } from './fr/campaign-breakdown.js';
import { fr as canvasBreakdown } from './fr/canvas-breakdown.js';
import { registerLocale, type LocalePack } from './register.js';

export const fr: LocalePack = {
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

registerLocale('fr', fr);
