import { axisFormat } from './format.js';
import type { ValueAxisOptions } from './value-axis.js';
import { tickCount, type Frame } from './layout.js';
import { linearScale } from './linear.js';
import type { Tick } from './ticks.js';

/** One labelled row of a horizontal bar chart, in plot coordinates. */
export interface BarRow {
  key: string;
  value: number;
  /** Baseline of the row's label line. */
  labelY: number;
  /** Top of the bar. */
  barY: number;
  barHeight: number;
  /** Left edge of the bar (non-zero for centred funnel bars). */
  x: number;
  width: number;
}

/** Height of the label line above each bar. */
export const ROW_LABEL_HEIGHT = 16;

/** Splits `height` into `count` rows: a label line, then a bar filling the rest of the row (at least 2px). */
export function rowLayout(
  count: number,
  height: number,
): { labelY: number; barY: number; barHeight: number }[] {
  const row = count > 0 ? height / count : 0;
  const gap = Math.min(8, row * 0.2);
  return Array.from({ length: count }, (_, i) => {
    const top = i * row;
    const barHeight = Math.max(2, Math.min(28, row - ROW_LABEL_HEIGHT - gap));
    return { labelY: top + 12, barY: top + ROW_LABEL_HEIGHT, barHeight };
  });
}

export interface HorizontalBarsGeometry {
  rows: BarRow[];
  /** Value ticks along the bottom (offset = x). */
  xTicks: Tick[];
}

/**
 * Horizontal bars for totals: width proportional to value on a nice linear scale from 0, rows top to bottom in
 * the given order, value ticks for an axis under the plot. Pure: no DOM.
 */
export function horizontalBars(
  items: readonly { key: string; value: number }[],
  box: Frame,
  options: ValueAxisOptions = {},
): HorizontalBarsGeometry {
  const { innerWidth: w, innerHeight: h } = box;
  const max = Math.max(0, ...items.map((d) => d.value));
  const count = tickCount(w, 80, 8);
  const x = linearScale([0, max > 0 ? max : 1], [0, w], count);
  const layout = rowLayout(items.length, h);
  const rows = items.map((item, i) => ({
    key: item.key,
    value: item.value,
    ...(layout[i] ?? { labelY: 0, barY: 0, barHeight: 0 }),
    x: 0,
    width: Math.max(0, x(Math.max(0, item.value))),
  }));
  const values = x.ticks(count).filter((v) => options.fractions || Number.isInteger(v));
  const format = axisFormat(values, options.locale, options.currency);
  const xTicks = values.map((v) => ({ offset: x(v), label: format(v) }));
  return { rows, xTicks };
}

/**
 * Centred funnel bars: each row's width is `share × width` (share clamped to 0–1), so widths compare directly.
 * A row whose share is `undefined` (the step is not reported) gets no bar (width 0).
 */
export function funnelBars(
  items: readonly { key: string; share: number | undefined }[],
  box: Frame,
): BarRow[] {
  const { innerWidth: w, innerHeight: h } = box;
  const layout = rowLayout(items.length, h);
  return items.map((item, i) => {
    const share = item.share === undefined ? 0 : Math.min(1, Math.max(0, item.share));
    const width = share * w;
    return {
      key: item.key,
      value: share,
      ...(layout[i] ?? { labelY: 0, barY: 0, barHeight: 0 }),
      x: (w - width) / 2,
      width,
    };
  });
}

/** A piece of a split bar. */
export interface BarSegment {
  key: string;
  value: number;
  x: number;
  width: number;
}

/**
 * Splits a bar into consecutive segments proportional to `parts` (in order, left to right), e.g. a funnel step
 * by channel. Parts of value 0 or less are left out.
 */
export function splitBar(
  bar: { x: number; width: number },
  parts: readonly { key: string; value: number }[],
): BarSegment[] {
  const positive = parts.filter((p) => p.value > 0);
  const total = positive.reduce((sum, p) => sum + p.value, 0);
  let x = bar.x;
  return positive.map((p) => {
    const width = total > 0 ? (bar.width * p.value) / total : 0;
    const segment = { key: p.key, value: p.value, x, width };
    x += width;
    return segment;
  });
}
