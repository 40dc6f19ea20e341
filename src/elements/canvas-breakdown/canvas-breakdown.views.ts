import { nothing, svg } from 'lit';
import type { CanvasStepRow } from '../../chart/canvas.js';
import { formatNumber, formatPercent } from '../../chart/format.js';
import type { Frame } from '../../chart/layout.js';
import { chartMessages } from '../../chart/messages.js';
import type { ChartSeries, PointModel } from '../../chart/points.js';
import type { FrameMessages } from '../base/messages.js';
import type { SeriesStyle } from '../breakdown/breakdown.views.js';
import { reachText, type PathHeading, type StepLine } from './canvas-breakdown.model.js';
import { canvasMessagesFor } from './canvas-breakdown.messages.js';

/** The funnel counters of the steps view's table, then the step's conversions and revenue. */
const FUNNEL = ['sent', 'delivered', 'opens', 'clicks'] as const;

/**
 * `Delivered 97.5% · Opens 24.1% · Clicks 3.2%`: each later step of the funnel as a share of sent (over the channels
 * reporting both), or of the step before when the step reports no sends (in-app messages).
 */
function funnelText(row: CanvasStepRow, locale: string): string {
  const words = chartMessages(locale).sends.steps;
  const first = FUNNEL.indexOf(row.reach?.key as (typeof FUNNEL)[number]);
  return row.funnel
    .filter((s, i) => i > first && s.key !== 'conversions')
    .map((s) => [s, row.reach?.key === 'sent' ? s.ofSent : s.ofPrevious] as const)
    .filter(([, rate]) => rate !== undefined)
    .map(([s, rate]) => `${words[s.key]} ${formatPercent(rate ?? 0, locale)}`)
    .join(' · ');
}

/**
 * The steps view: steps in path order; a message step is its name, its sent count and a bar of its sent split by
 * channel, its funnel rates, conversions and revenue on the right; delay and split steps are markers (a diamond, the
 * name and the type), with no figures — never a 0.
 */
export function stepsView(
  box: Frame,
  lines: readonly StepLine[],
  headings: readonly PathHeading[],
  style: SeriesStyle,
  locale: string,
) {
  const t = canvasMessagesFor(locale);
  return svg`<g part="mark" class="marks">
    ${headings.map((h) => svg`<text class="row-label path-heading" y=${h.y}>${h.name}</text>`)}
    ${lines.map(({ row, labelY, barY, barHeight, segments }) => {
      const { step } = row;
      // Narrow charts keep the names: the type and the count go where they do not fit (the table has them).
      const fits = (text: string, x = 0) => style.measure(text) * 1.1 + x <= box.innerWidth;
      if (!row.message) {
        const type = t.stepType(step.type);
        return svg`<g class="step marker" data-step=${step.id}>
          <path class="marker-shape" d="M4 ${labelY - 9}l5 5-5 5-5-5z" transform="translate(2,0)"></path>
          <text class="row-label marker-label" x="16" y=${labelY}>${step.name}
            ${fits(`${step.name} ${type}`, 22) ? svg`<tspan class="row-type" dx="6">${type}</tspan>` : nothing}</text>
        </g>`;
      }
      const figures = [
        funnelText(row, locale),
        row.conversions === undefined ? '' : t.conversionsCount(formatNumber(row.conversions, locale)),
        row.revenue === undefined ? '' : style.format(row.revenue),
      ].filter(Boolean);
      const name = step.deleted ? t.deleted(step.name) : step.name;
      const reach = reachText(row, locale);
      const right = figures.join(' · ');
      const withReach = reach && fits(`${name} ${reach}`, 6);
      const both = withReach && fits(`${name} ${reach}`, style.measure(right) + 16);
      return svg`<g class="step message" data-step=${step.id}>
        <text class="row-label" y=${labelY}>${name}
          ${withReach ? svg`<tspan class="row-value" dx="6">${reach}</tspan>` : nothing}</text>
        ${both ? svg`<text class="row-rates" x=${box.innerWidth} y=${labelY} text-anchor="end">${right}</text>` : nothing}
        ${segments.map(
          (s) => svg`<rect class="step-segment" data-step=${step.id} data-key=${s.key}
            data-series=${style.series(s.key)} x=${s.x} y=${barY} width=${s.width} height=${barHeight}
            data-paint=${style.paint(s.key)}></rect>`,
        )}
      </g>`;
    })}
  </g>`;
}

/**
 * The steps view's points, for the table, CSV, tooltip and keyboard: a row per step, a column per funnel step then
 * conversions and revenue; a delay or split step's cells say its type (no figure, never 0).
 */
export function stepsPointModel(
  lines: readonly StepLine[],
  style: SeriesStyle,
  locale: string,
  t: FrameMessages,
): PointModel {
  const words = chartMessages(locale).sends.steps;
  const c = canvasMessagesFor(locale);
  const column = (
    key: string,
    label: string,
    value: (row: CanvasStepRow) => number | undefined,
    money = false,
  ) => ({
    key,
    label,
    paint: 1 as const,
    points: lines.map(({ row, labelY, barY, barHeight, segments }) => {
      const v = row.message ? value(row) : undefined;
      const end = segments.reduce((x, s) => Math.max(x, s.x + s.width), 0);
      return {
        x: end,
        y: row.message ? barY + barHeight / 2 : labelY - 4,
        date: undefined,
        value: v ?? null,
        formatted:
          v === undefined
            ? row.message
              ? t.noData
              : c.stepType(row.step.type)
            : money
              ? style.format(v)
              : formatNumber(v, locale),
      };
    }),
  });
  const series: ChartSeries[] = [
    ...FUNNEL.map((key, i) => column(key, words[key], (row) => row.funnel[i]?.count)),
    column('conversions', c.metrics.conversions, (row) => row.conversions),
    column('revenue', c.metrics.revenue, (row) => row.revenue, true),
  ];
  return {
    axis: 'y',
    bucketHeading: t.category,
    labels: lines.map(({ row }) => (row.step.deleted ? c.deleted(row.step.name) : row.step.name)),
    keys: lines.map(({ row }) => row.step.id),
    series,
  };
}
