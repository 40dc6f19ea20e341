import { html, nothing, type TemplateResult } from 'lit';
import { formatCurrency, formatDay, formatNumber, formatPercent } from '../../chart/format.js';
import {
  SEND_RETENTION_DAYS,
  type FunnelStep,
  type RetentionNotice,
  type SendSummary,
} from '../../chart/sends.js';
import type { SendMessages } from './send-breakdown.messages.js';

/** Headline figures of the send; each appears only where the data supports it. */
export function renderStats(stats: SendSummary, locale: string | undefined, t: SendMessages): TemplateResult {
  const pct = (v: number | undefined) => (v === undefined ? undefined : formatPercent(v, locale));
  const items: [string, string, string | undefined][] = [
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
  return html`<dl part="stats" class="stats">
    ${items
      .filter((item): item is [string, string, string] => item[2] !== undefined)
      .map(
        ([cls, label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd class=${cls}>${value}</dd>
          </div>`,
      )}
  </dl>`;
}

export interface NotesInput {
  /** Set when the range reaches further back than Braze keeps send analytics. */
  retention: RetentionNotice | undefined;
  control: SendSummary['control'];
  /** The metric label when part of its campaign-level total is not attributed to any series. */
  unattributed: { metric: string; per: 'channel' | 'variant' } | undefined;
  /** Funnel steps, to list the channels that do not report a step. */
  steps: readonly FunnelStep[] | undefined;
  locale: string | undefined;
  t: SendMessages;
}

/** Notes under the title: retention, control group, unattributed totals, funnel steps some channels lack. */
export function renderNotes(input: NotesInput): TemplateResult | typeof nothing {
  const { retention, control, unattributed, steps, locale, t } = input;
  const notes: TemplateResult[] = [];
  if (retention) {
    const day = formatDay(retention.oldestDay, locale);
    notes.push(html`<li class="retention">${t.retention(SEND_RETENTION_DAYS, day, retention.entirely)}</li>`);
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
  const byMissing = new Map<string, string[]>();
  for (const step of steps ?? []) {
    if (step.count === undefined || !step.missing.length) continue;
    const key = step.missing.join(', ');
    byMissing.set(key, [...(byMissing.get(key) ?? []), step.label]);
  }
  for (const [missing, labels] of byMissing) {
    notes.push(html`<li class="missing">${t.missing(labels.join(', '), missing)}</li>`);
  }
  return notes.length
    ? html`<ul part="notes" class="notes">
        ${notes}
      </ul>`
    : nothing;
}
