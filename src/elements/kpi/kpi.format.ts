import { dayKey } from '../../api/time.js';
import { isRatio, type KpiFigure, type KpiFigureKey } from '../../chart/kpi.js';
import { formatDay, formatNumber, formatPercent, formatSignedPercent } from '../../chart/format.js';
import type { PointModel } from '../../chart/points.js';
import { seriesPaint } from '../../chart/palette.js';
import type { FrameMessages } from '../base/messages.js';
import { kpiMessages } from './kpi.messages.js';

/** How the KPI elements write figures, changes and their table. */

const decimal = new Map<string, Intl.NumberFormat>();

/** A figure's value: counts whole, stickiness a percentage, sessions per MAU with two decimals. */
export function formatFigure(key: KpiFigureKey, value: number, locale: string): string {
  if (key === 'stickiness') return formatPercent(value, locale);
  if (key !== 'sessions_per_mau') return formatNumber(value, locale);
  let format = decimal.get(locale);
  if (!format)
    decimal.set(
      locale,
      (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
    );
  return format.format(value);
}

/** The change: its direction, its text (`+4.2%`) and its words for screen readers (`up 4.2%`). */
export function describeChange(change: number | undefined, locale: string) {
  const t = kpiMessages(locale);
  if (change === undefined) return { direction: '', text: t.noChange, words: t.noChange };
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const text = formatSignedPercent(change, locale);
  return {
    direction,
    text,
    words: t.changeWords(direction, formatSignedPercent(Math.abs(change), locale).replace('+', '')),
  };
}

/** `17.2% → 18.1%`: a ratio's previous and current values, in words beside its relative change. */
export function bothValues(figure: KpiFigure, locale: string): string {
  const { key, value, previous } = figure;
  if (!isRatio(key) || value === undefined || previous === undefined) return '';
  return `${formatFigure(key, previous, locale)} → ${formatFigure(key, value, locale)}`;
}

/** The table and CSV: one row per day of the period, one column per figure (each figure's `series` entry). */
export function figuresModel(
  figures: readonly KpiFigure[],
  locale: string,
  t: FrameMessages,
  label: (key: KpiFigureKey) => string,
): PointModel | undefined {
  const days = figures[0]?.points ?? [];
  if (!days.length) return undefined;
  return {
    axis: 'x',
    bucketHeading: t.date,
    labels: days.map((p) => formatDay(p.date, locale)),
    keys: days.map((p) => dayKey(p.date)),
    series: figures.map((figure, i) => ({
      key: figure.key,
      label: label(figure.key),
      paint: seriesPaint(i),
      points: figure.points.map((p) => ({
        x: 0,
        y: 0,
        date: p.date,
        value: p.value,
        formatted: p.value === null ? t.noData : formatFigure(figure.key, p.value, locale),
      })),
    })),
  };
}
