import { html, nothing, type TemplateResult } from 'lit';
import { formatCurrency, formatDay, formatNumber, formatPercent } from '../../chart/format.js';
import { chartMessages, type ChartMessages } from '../../chart/messages.js';
import {
  metricLabel,
  SEND_RETENTION_DAYS,
  UNATTRIBUTED,
  type FunnelStep,
  type GroupBy,
  type RetentionNotice,
  type SendDayData,
  type SendSeries,
  type SendSummary,
} from '../../chart/sends.js';
import { describeRange } from '../../chart/sends-summary.js';
import { renderLegend } from '../base/legend.js';
import { renderStatList, type StatItem } from '../base/stats.js';
import { skeleton } from '../base/states.js';
import type { ViewModel } from './breakdown.model.js';
import { sendMessagesFor, type SendMessages } from './breakdown.messages.js';
import { seriesLegendItems } from './breakdown.views.js';

/** Headline figures of the send; each appears only where the data supports it. */
export function renderStats(stats: SendSummary, locale: string | undefined, t: SendMessages): TemplateResult {
  const pct = (v: number | undefined) => (v === undefined ? undefined : formatPercent(v, locale));
  const items: StatItem[] = [
    ['sent', t.stats.sent, stats.sent === undefined ? undefined : formatNumber(stats.sent, locale)],
    ['delivery-rate', t.stats.delivery, pct(stats.delivery)],
    ['open-rate', t.stats.open, pct(stats.open)],
    ['click-rate', t.stats.click, pct(stats.click)],
    ['conversion-rate', t.stats.conversion, pct(stats.conversion)],
    [
      'revenue',
      t.stats.revenue,
      stats.revenue === undefined ? undefined : formatCurrency(stats.revenue, locale),
    ],
  ];
  return renderStatList(items);
}

/** The retention sentence: Braze keeps send analytics for 14 days, and what that leaves of this period. */
export function retentionText(
  retention: RetentionNotice,
  locale: string | undefined,
  t: SendMessages,
): string {
  return t.retention(SEND_RETENTION_DAYS, formatDay(retention.oldestDay, locale), retention.entirely);
}

export interface NotesInput {
  /** Set when the range reaches further back than Braze keeps send analytics. */
  retention: RetentionNotice | undefined;
  /** Days Braze sent more than once, formatted and listed ('' for none), and the frame's sentence for them. */
  duplicates: string;
  duplicatesNote: (dates: string, sum: boolean) => string;
  control: SendSummary['control'];
  /** The metric label when part of its campaign-level total is not attributed to any series. */
  unattributed: { metric: string; per: 'channel' | 'variant' } | undefined;
  /** Funnel steps, to list the channels that do not report a step. */
  steps: readonly FunnelStep[] | undefined;
  locale: string | undefined;
  t: SendMessages;
}

/**
 * Notes: above the chart (`header`), the warnings about the data — the range reaches past the days Braze keeps,
 * days Braze sent twice; below it (`footer`), footnotes: control group, unattributed totals, funnel steps some
 * channels lack.
 */
export function renderNotes(input: NotesInput, place: 'header' | 'footer'): TemplateResult | typeof nothing {
  const { retention, control, unattributed, steps, locale, t } = input;
  const notes: TemplateResult[] = [];
  if (place === 'header') {
    if (retention) notes.push(html`<li class="retention">${retentionText(retention, locale, t)}</li>`);
    if (input.duplicates) {
      notes.push(html`<li class="duplicates">${input.duplicatesNote(input.duplicates, true)}</li>`);
    }
    return list(notes);
  }
  if (control) {
    const conversions =
      control.conversions === undefined ? undefined : formatNumber(control.conversions, locale);
    notes.push(
      html`<li class="control">${t.control(formatNumber(control.enrolled, locale), conversions)}</li>`,
    );
  }
  if (unattributed) {
    notes.push(
      html`<li class="unattributed">${t.unattributed(unattributed.metric, t.per[unattributed.per])}</li>`,
    );
  }
  const shown = steps?.[0]?.impressions;
  if (shown?.length) notes.push(html`<li class="impressions">${t.impressions(shown.join(', '))}</li>`);
  const byMissing = new Map<string, string[]>();
  for (const step of steps ?? []) {
    if (step.count === undefined || !step.missing.length) continue;
    const key = step.missing.join(', ');
    byMissing.set(key, [...(byMissing.get(key) ?? []), step.label]);
  }
  for (const [missing, labels] of byMissing) {
    notes.push(html`<li class="missing">${t.missing(labels.join(', '), missing)}</li>`);
  }
  return list(notes);
}

const list = (notes: TemplateResult[]) =>
  notes.length
    ? html`<ul part="notes" class="notes">
        ${notes}
      </ul>`
    : nothing;

/** What the header shows: the element's attributes and the state derived from its data. */
export interface SendHeaderInput {
  /** The title, rendered as the element's heading. */
  title: TemplateResult;
  /** What the chart is of, before the range: `Campaign … · send …`. */
  context: readonly string[];
  metric: string;
  groupBy: GroupBy;
  days: readonly SendDayData[];
  retention: RetentionNotice | undefined;
  duplicates: string;
  duplicatesNote: (dates: string, sum: boolean) => string;
  stats: SendSummary | undefined;
  model: ViewModel | undefined;
  legend: readonly SendSeries[];
  hidden: ReadonlySet<string>;
  /** Toggles a series from its legend button. */
  onToggle: (key: string) => void;
  /** The frame's word for a hidden series, read out by the legend. */
  hiddenText: string;
  /** While the data loads: placeholders for the figures and the legend. */
  loading: boolean;
  locale: string;
  /** Chart words, e.g. with the campaign's conversion events named (default: the locale's). */
  chart?: ChartMessages | undefined;
}

/** The notes of a send's header and footer. */
function notesOf(input: SendHeaderInput): NotesInput {
  const { model, legend, locale } = input;
  const unattributed =
    model?.view !== 'funnel' && legend.some((s) => s.key === UNATTRIBUTED)
      ? {
          metric: metricLabel(input.metric, input.chart ?? chartMessages(locale)),
          per: input.groupBy === 'variation' ? ('variant' as const) : ('channel' as const),
        }
      : undefined;
  return {
    retention: input.retention,
    duplicates: input.duplicates,
    duplicatesNote: input.duplicatesNote,
    control: input.stats?.control,
    unattributed,
    steps: model?.view === 'funnel' ? model.steps : undefined,
    locale,
    t: sendMessagesFor(locale),
  };
}

/** True when the view may stack a "Not attributed" series (campaign-level conversions and revenue). */
export function unattributable(input: Pick<SendHeaderInput, 'metric' | 'model'>): boolean {
  return input.model?.view !== 'funnel' && /^(conversions\d?|revenue)$/.test(input.metric);
}

/** The footnotes under the chart (see renderNotes). */
export function renderSendFootnotes(input: SendHeaderInput): TemplateResult | typeof nothing {
  return renderNotes(notesOf(input), 'footer');
}

/** Title, description (context · range), the retention warning, headline figures and the toggle legend. */
export function renderSendHeader(input: SendHeaderInput): TemplateResult {
  const { model, legend, locale } = input;
  const t = sendMessagesFor(locale);
  const range = describeRange(
    input.days.map((d) => d.date),
    locale,
  );
  const description = [...input.context, range].filter(Boolean).join(' · ');
  return html`<div>
      ${input.title}
      <p part="description" class="description">${description}</p>
      ${renderNotes(notesOf(input), 'header')}
    </div>
    ${
      input.loading
        ? skeleton.stats([
            [t.stats.sent, 6],
            [t.stats.delivery, 5],
            [t.stats.open, 5],
            [t.stats.click, 5],
            [t.stats.conversion, 5],
            [t.stats.revenue, 9],
          ])
        : input.stats
          ? renderStats(input.stats, locale, t)
          : nothing
    }
    ${
      input.loading
        ? // Conversion events B-D: mostly campaign-level, so one series and "Not attributed" at most.
          skeleton.legend(
            /^conversions\d$/.test(input.metric) ? [5, 13] : unattributable(input) ? [5, 6, 13] : [5, 6, 6],
          )
        : nothing
    }
    ${
      model !== undefined && legend.length > 0
        ? renderLegend(seriesLegendItems(legend, input.hidden), input.onToggle, input.hiddenText)
        : nothing
    }`;
}
