import { nothing, svg, type TemplateResult } from 'lit';
import type { BarRow, BarSegment, HorizontalBarsGeometry } from '../../chart/bars.js';
import { formatNumber, formatPercent } from '../../chart/format.js';
import type { Frame } from '../../chart/layout.js';
import { PALETTE, seriesPaint, type Paint } from '../../chart/palette.js';
import { placeXLabels } from '../base/axes.js';
import type { LegendItem } from '../base/legend.js';
import { UNATTRIBUTED, type FunnelStep, type SendRates, type SendSeries } from '../../chart/sends.js';
import { stepRateTexts } from '../../chart/sends-summary.js';
import type { StackedBarsGeometry } from '../../chart/stack.js';
import { sendMessagesFor } from './breakdown.messages.js';

/** A series' paint: its palette colour, or the neutral grey for what is not attributed to any series. */
export function sendSeriesPaint(s: SendSeries): Paint {
  return s.key === UNATTRIBUTED ? 'neutral' : seriesPaint(s.colorIndex);
}

/** The legend of a breakdown's series: each in its paint and forced-colours pattern, pressed unless `hidden`. */
export function seriesLegendItems(legend: readonly SendSeries[], hidden: ReadonlySet<string>): LegendItem[] {
  return legend.map((s) => ({
    key: s.key,
    label: s.label,
    paint: sendSeriesPaint(s),
    active: !hidden.has(s.key),
    swatch: { series: (s.colorIndex % PALETTE.length) + 1 },
  }));
}

/** `hidden` with `key` shown again if it was hidden, hidden if it was shown (a new set, for Lit to see). */
export function toggleSeries(hidden: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(hidden);
  if (!next.delete(key)) next.add(key);
  return next;
}

/**
 * The style of a breakdown's series from its legend: each series' label, paint and palette index (a key the legend
 * does not know: the first colour), with the given value format and text measure.
 */
export function legendSeriesStyle(
  legend: readonly SendSeries[],
  format: (value: number) => string,
  measure: (text: string) => number,
): SeriesStyle {
  const series = new Map(legend.map((s) => [s.key, s]));
  return {
    label: (key) => series.get(key)?.label ?? key,
    paint: (key) => {
      const s = series.get(key);
      return s ? sendSeriesPaint(s) : 1;
    },
    series: (key) => ((series.get(key)?.colorIndex ?? 0) % PALETTE.length) + 1,
    format,
    measure,
  };
}

/** How a view names, colours and formats its series. */
export interface SeriesStyle {
  label(key: string): string;
  paint(key: string): Paint;
  /** 1-based index of the series in the palette (its forced-colours pattern). */
  series(key: string): number;
  /** Width in px of a text in the rows' font. */
  measure(text: string): number;
  /** Full value text, e.g. `1,234` or `$1,234.50`. */
  format(value: number): string;
}

/** Space kept between a row's label and its rates. */
const ROW_GAP = 16;

/**
 * The richest of `options` (per row, richest first) that fits every row beside its label within `width`: one
 * choice for all rows, so they read alike. The last option is used when none fits (make it empty).
 */
function fitRates(
  labels: readonly string[],
  options: readonly (readonly string[])[],
  width: number,
  measure: (text: string) => number,
): readonly string[] {
  // The label's value is bold: a tenth wider than measured in the regular weight.
  const room = labels.map((label) => width - measure(label) * 1.1 - ROW_GAP);
  return (
    options.find((texts) => texts.every((text, i) => !text || measure(text) <= (room[i] ?? 0))) ??
    options[options.length - 1] ??
    []
  );
}

/** The stacked segments of the daily view (axes are drawn by the frame). */
export function dailyMarks(g: StackedBarsGeometry, style: SeriesStyle) {
  return svg`<g part="mark" class="marks">
    ${g.segments.map(
      (s) => svg`<rect class="segment" data-key=${s.key} data-series=${style.series(s.key)} data-day=${s.day}
        x=${s.x} y=${s.y} width=${s.width} height=${s.height} data-paint=${style.paint(s.key)}></rect>`,
    )}
  </g>`;
}

/**
 * The days older than Braze's retention of send analytics, shaded behind the daily bars (nothing for none); the
 * retention note above the chart says what the shade means (no native `<title>` tooltip over the chart's own).
 */
export function retentionShade(to: number, box: Frame) {
  return to > 0
    ? svg`<rect class="retention-shade" x="0" y="0" width=${to} height=${box.innerHeight}></rect>`
    : nothing;
}

/** `Delivery 97.5% · Open 24.1% · Click 3.2% · Conversion 1%`: the rates of a series that apply to it. */
export function ratesText(rates: SendRates, locale?: string): string {
  const t = sendMessagesFor(locale).rates;
  const parts: [string, number | undefined][] = [
    [t.delivery, rates.delivery],
    [t.open, rates.open],
    [t.click, rates.click],
    [t.conversion, rates.conversion],
  ];
  return parts
    .filter((p): p is [string, number] => p[1] !== undefined)
    .map(([name, value]) => `${name} ${formatPercent(value, locale)}`)
    .join(' · ');
}

/** The totals view: one labelled horizontal bar per series, a value axis underneath. */
export function totalsView(
  box: Frame,
  g: HorizontalBarsGeometry,
  rates: ReadonlyMap<string, SendRates>,
  style: SeriesStyle,
  locale?: string,
): TemplateResult {
  const labels = g.rows.map((row) => `${style.label(row.key)} ${style.format(row.value)}`);
  const full = g.rows.map((row) => {
    const rate = rates.get(row.key);
    return rate ? ratesText(rate, locale) : '';
  });
  const shown = fitRates(labels, [full, full.map(() => '')], box.innerWidth, style.measure);
  return svg`
    <g part="grid" class="grid" aria-hidden="true">
      ${g.xTicks.map((t) => svg`<line x1=${t.offset} x2=${t.offset} y1="0" y2=${box.innerHeight}></line>`)}
    </g>
    <g part="axis-x" class="axis axis-x" aria-hidden="true" transform="translate(0,${box.innerHeight})">
      <line x1="0" x2=${box.innerWidth}></line>
      ${placeXLabels(g.xTicks, box).map(
        (t) => svg`<text x=${t.offset} y="16" text-anchor=${t.anchor}>${t.label}</text>`,
      )}
    </g>
    <g part="mark" class="marks">
      ${g.rows.map((row, i) => {
        const rateText = shown[i] ?? '';
        return svg`<g class="row" data-key=${row.key}>
          <text class="row-label" y=${row.labelY}>${style.label(row.key)}
            <tspan class="row-value" dx="6">${style.format(row.value)}</tspan></text>
          ${rateText ? svg`<text class="row-rates" x=${box.innerWidth} y=${row.labelY} text-anchor="end">${rateText}</text>` : nothing}
          <rect class="bar" data-key=${row.key} data-series=${style.series(row.key)} x="0" y=${row.barY}
            width=${row.width} height=${row.barHeight}
            data-paint=${style.paint(row.key)}></rect>
        </g>`;
      })}
    </g>`;
}

/** The funnel view: each step a centred bar split by series, label and count on the left, rates on the right. */
export function funnelView(
  box: Frame,
  steps: readonly FunnelStep[],
  rows: readonly BarRow[],
  segments: readonly (readonly BarSegment[])[],
  options: {
    style: SeriesStyle;
    per: 'channel' | 'variant';
    campaignConversions: number | undefined;
    locale?: string;
  },
) {
  const { style, per, campaignConversions, locale } = options;
  const t = sendMessagesFor(locale);
  const texts = steps.map((step) => {
    const { previous, sent } = stepRateTexts(step, locale);
    const campaignLevel =
      step.key === 'conversions' && step.count === undefined && campaignConversions !== undefined
        ? t.campaignTotal(formatNumber(campaignConversions, locale))
        : '';
    // "not reported per channel" where it fits beside the step's name, else "not reported".
    const perText = campaignLevel ? t.notReportedPer(t.per[per]) : '';
    const fits = style.measure(`${step.label} ${perText}`) * 1.1 <= box.innerWidth;
    const value =
      step.count !== undefined ? formatNumber(step.count, locale) : perText && fits ? perText : t.notReported;
    return { value, previous, sent, campaignLevel };
  });
  // Both rates where they fit beside every label, else the rate of sent only, else none.
  const both = texts.map((r) => [r.previous, r.sent, r.campaignLevel].filter(Boolean).join(' · '));
  const ofSent = texts.map((r) => [r.sent, r.campaignLevel].filter(Boolean).join(' · '));
  const labels = steps.map((step, i) => `${step.label} ${texts[i]?.value ?? ''}`);
  const shown = fitRates(labels, [both, ofSent, both.map(() => '')], box.innerWidth, style.measure);
  return svg`<g part="mark" class="marks">
    ${steps.map((step, i) => {
      const row = rows[i];
      if (!row) return nothing;
      const value = texts[i]?.value ?? '';
      return svg`<g class="row" data-step=${step.key}>
        <text class="row-label" y=${row.labelY}>${step.label}
          <tspan class="row-value" dx="6">${value}</tspan>
        </text>
        ${
          shown[i]
            ? svg`<text class="row-rates" x=${box.innerWidth} y=${row.labelY} text-anchor="end">${shown[i]}</text>`
            : nothing
        }
        ${(segments[i] ?? []).map(
          (s) => svg`<rect class="step-segment" data-step=${step.key} data-key=${s.key}
            data-series=${style.series(s.key)} x=${s.x} y=${row.barY}
            width=${s.width} height=${row.barHeight} data-paint=${style.paint(s.key)}></rect>`,
        )}
      </g>`;
    })}
  </g>`;
}
