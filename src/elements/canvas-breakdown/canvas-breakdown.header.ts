import { html, nothing, type TemplateResult } from 'lit';
import type { CanvasFigures } from '../../chart/canvas.js';
import { formatNumber, formatPercent } from '../../chart/format.js';
import type { SendSeries } from '../../chart/sends.js';
import { renderLegend } from '../base/legend.js';
import { seriesLegendItems } from '../breakdown/breakdown.views.js';
import { renderStatList, type StatItem } from '../base/stats.js';
import { skeleton } from '../base/states.js';
import { canvasFormat } from './canvas-breakdown.model.js';
import { canvasMessagesFor } from './canvas-breakdown.messages.js';

/** What the header shows: the title, the Canvas and its period, Braze's rollup and the toggle legend. */
export interface CanvasHeaderInput {
  title: TemplateResult;
  /** `Canvas <name> · <range>`. */
  description: string;
  figures: CanvasFigures | undefined;
  currency: string;
  locale: string;
  /** While the data loads: placeholders for the figures and the legend. */
  loading: boolean;
  /** The legend's series; none while there is nothing drawn. */
  legend: readonly SendSeries[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  hiddenText: string;
  /** The steps view: a legend of channels rather than variants or steps. */
  steps: boolean;
}

/** Entries, conversions, conversion rate and revenue: each only where Braze's summary gives it. */
function renderFigures(figures: CanvasFigures | undefined, locale: string, currency: string) {
  const t = canvasMessagesFor(locale);
  const f = figures ?? {
    entries: undefined,
    conversions: undefined,
    conversionRate: undefined,
    revenue: undefined,
  };
  const count = (v: number | undefined) => (v === undefined ? undefined : formatNumber(v, locale));
  const items: StatItem[] = [
    ['entries', t.stats.entries, count(f.entries)],
    ['conversions', t.stats.conversions, count(f.conversions)],
    [
      'conversion-rate',
      t.stats.conversionRate,
      f.conversionRate === undefined ? undefined : formatPercent(f.conversionRate, locale),
    ],
    [
      'revenue',
      t.stats.revenue,
      f.revenue === undefined ? undefined : canvasFormat('revenue', locale, currency)(f.revenue),
    ],
  ];
  return renderStatList(items);
}

/** The room of the steps view's short footnote (a control group's) while loading: one line. */
export const noteSkeleton = html`<div part="notes" class="notes" aria-hidden="true">
  <div><span class="skeleton-text w16"></span></div>
</div>`;

/** The Canvas breakdown's header. */
export function renderCanvasHeader(input: CanvasHeaderInput): TemplateResult {
  const { locale, loading, legend } = input;
  const t = canvasMessagesFor(locale);
  return html`<div>
      ${input.title}
      <p part="description" class="description">${input.description}</p>
    </div>
    ${
      loading
        ? skeleton.stats([
            [t.stats.entries, 6],
            [t.stats.conversions, 5],
            [t.stats.conversionRate, 5],
            [t.stats.revenue, 9],
          ])
        : renderFigures(input.figures, locale, input.currency)
    }
    ${loading ? skeleton.legend(input.steps ? [5, 6, 9, 9] : [6, 6, 5]) : nothing}
    ${
      legend.length
        ? renderLegend(seriesLegendItems(legend, input.hidden), input.onToggle, input.hiddenText)
        : nothing
    }`;
}
