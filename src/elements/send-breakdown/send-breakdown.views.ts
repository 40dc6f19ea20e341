import { nothing, svg, type TemplateResult } from 'lit';
import type { BarRow, BarSegment, HorizontalBarsGeometry } from '../../chart/bars.js';
import { formatDay, formatNumber, formatPercent } from '../../chart/format.js';
import type { Frame } from '../../chart/layout.js';
import type { FunnelStep, SendRates } from '../../chart/sends.js';
import { stepRateTexts } from '../../chart/sends-summary.js';
import type { StackedBarsGeometry } from '../../chart/stack.js';
import { sendMessagesFor } from './send-breakdown.messages.js';

/** How a view names, colours and formats its series. */
export interface SeriesStyle {
  label(key: string): string;
  color(key: string): string;
  /** Full value text, e.g. `1,234` or `$1,234.50`. */
  format(value: number): string;
}

/** Below this plot width, per-row rate texts are left out (the header and the aria-label still give them). */
const WIDE = 420;

/** The stacked segments of the daily view (axes are drawn by the frame). */
export function dailyMarks(
  g: StackedBarsGeometry,
  dates: readonly Date[],
  style: SeriesStyle,
  locale?: string,
) {
  return svg`<g part="mark" class="marks">
    ${g.segments.map((s) => {
      const date = dates[s.day];
      return svg`<rect class="segment" data-key=${s.key} data-day=${s.day} x=${s.x} y=${s.y} width=${s.width}
        height=${s.height} style="fill:${style.color(s.key)}"><title>${style.label(s.key)}, ${
          date ? formatDay(date, locale) : ''
        }: ${style.format(s.value)}</title></rect>`;
    })}
  </g>`;
}

/** The days older than Braze's retention of send analytics, shaded behind the daily bars (nothing for none). */
export function retentionShade(to: number, box: Frame, title: string) {
  return to > 0
    ? svg`<rect class="retention-shade" x="0" y="0" width=${to} height=${box.innerHeight}><title>${title}</title></rect>`
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
  const wide = box.innerWidth >= WIDE;
  return svg`
    <g part="grid" class="grid" aria-hidden="true">
      ${g.xTicks.map((t) => svg`<line x1=${t.offset} x2=${t.offset} y1="0" y2=${box.innerHeight}></line>`)}
    </g>
    <g part="axis-x" class="axis axis-x" aria-hidden="true" transform="translate(0,${box.innerHeight})">
      <line x1="0" x2=${box.innerWidth}></line>
      ${g.xTicks.map((t) => svg`<text x=${t.offset} y="16" text-anchor="middle">${t.label}</text>`)}
    </g>
    <g part="mark" class="marks">
      ${g.rows.map((row) => {
        const rate = rates.get(row.key);
        const rateText = wide && rate ? ratesText(rate, locale) : '';
        return svg`<g class="row" data-key=${row.key}>
          <text class="row-label" y=${row.labelY}>${style.label(row.key)}
            <tspan class="row-value" dx="6">${style.format(row.value)}</tspan></text>
          ${rateText ? svg`<text class="row-rates" x=${box.innerWidth} y=${row.labelY} text-anchor="end">${rateText}</text>` : nothing}
          <rect class="bar" data-key=${row.key} x="0" y=${row.barY} width=${row.width} height=${row.barHeight}
            style="fill:${style.color(row.key)}"></rect>
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
  const wide = box.innerWidth >= WIDE;
  return svg`<g part="mark" class="marks">
    ${steps.map((step, i) => {
      const row = rows[i];
      if (!row) return nothing;
      const { previous, sent } = stepRateTexts(step, locale);
      const campaignLevel =
        step.key === 'conversions' && step.count === undefined && campaignConversions !== undefined
          ? t.campaignTotal(formatNumber(campaignConversions, locale))
          : '';
      const value =
        step.count !== undefined
          ? formatNumber(step.count, locale)
          : campaignLevel
            ? t.notReportedPer(t.per[per])
            : t.notReported;
      return svg`<g class="row" data-step=${step.key}>
        <text class="row-label" y=${row.labelY}>${step.label}
          <tspan class="row-value" dx="6">${value}</tspan>
        </text>
        <text class="row-rates" x=${box.innerWidth} y=${row.labelY} text-anchor="end">${
          wide && previous ? svg`<tspan class="rate-previous">${previous}</tspan>` : nothing
        }${wide && previous && sent ? ' · ' : ''}${
          sent ? svg`<tspan class="rate-sent">${sent}</tspan>` : nothing
        }${campaignLevel}</text>
        ${(segments[i] ?? []).map(
          (s) => svg`<rect class="step-segment" data-step=${step.key} data-key=${s.key} x=${s.x} y=${row.barY}
            width=${s.width} height=${row.barHeight} style="fill:${style.color(s.key)}"><title>${t.segmentTitle(style.label(s.key), formatNumber(s.value, locale), step.label)}</title></rect>`,
        )}
      </g>`;
    })}
  </g>`;
}
