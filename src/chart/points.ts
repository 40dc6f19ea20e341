import type { Paint } from './palette.js';

/**
 * The point model every chart exposes to the shared frame (tooltip, crosshair, keyboard focus, live region, data
 * table, CSV export). DOM-free: series are aligned bucket by bucket, positions are in plot coordinates.
 */
export interface ChartPoint {
  /** Position of the point in plot coordinates (0,0 = top-left of the plot area). */
  x: number;
  y: number;
  /** The bucket's date (UTC midnight for day buckets, an instant for hours); undefined for categories. */
  date: Date | undefined;
  /** `null` for a missing bucket. */
  value: number | null;
  /** The value in full, e.g. `1,234,567` or `$1,234.50`; a dash for a missing bucket. */
  formatted: string;
  /**
   * The point's own bucket when it is not the column's (the previous period's day under this period's): its name
   * in full for tooltip, table and announcement, and its ISO key for CSV.
   */
  own?: { label: string; key: string };
}

/** How a series' swatch (legend, tooltip) matches its marks. */
export interface SwatchStyle {
  /** 1-based pattern of the series' marks in forced-colours mode (see PATTERNS). */
  series?: number;
  /** An outline instead of a filled square (e.g. the previous period's hollow bars and dashed line). */
  hollow?: boolean;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** What the series' marks and swatches are painted with. */
  paint: Paint;
  /** One point per bucket, in bucket order (the same length in every series). */
  points: ChartPoint[];
  swatch?: SwatchStyle;
}

export interface PointModel {
  /** What each bucket is called in full (a date or a category), in bucket order. */
  labels: string[];
  /** Machine-readable bucket keys for CSV (ISO dates or category keys), in bucket order. */
  keys: string[];
  series: ChartSeries[];
  /** The axis buckets run along: `x` (columns, time) or `y` (rows of horizontal bars). */
  axis: 'x' | 'y';
  /** Heading of the bucket column of the table and CSV, e.g. `Date`. */
  bucketHeading: string;
  /**
   * Stacked series (first at the bottom): the tooltip lists them as they are stacked, top first, and ends with the
   * bucket's total.
   */
  stack?: { totalLabel: string; totals: string[] };
}

/** The keyboard/pointer focus: a series and a bucket index. */
export interface PointFocus {
  series: number;
  index: number;
}

/** Number of buckets in the model. */
export function bucketCount(model: PointModel): number {
  return model.labels.length;
}

/** The bucket nearest to `position` (plot coordinates along the model's axis), or -1 without buckets. */
export function nearestIndex(model: PointModel, position: number): number {
  const reference = model.series[0]?.points ?? [];
  let best = -1;
  let distance = Infinity;
  reference.forEach((p, i) => {
    const d = Math.abs((model.axis === 'x' ? p.x : p.y) - position);
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return best;
}

/** The series whose point at `index` is nearest to `y` (or `x` for row charts), skipping missing values. */
export function nearestSeries(model: PointModel, index: number, position: number): number {
  let best = 0;
  let distance = Infinity;
  model.series.forEach((s, i) => {
    const p = s.points[index];
    if (!p || p.value === null) return;
    const d = Math.abs((model.axis === 'x' ? p.y : p.x) - position);
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return best;
}

/**
 * Where a key moves the focus: Left/Right (Up/Down for row charts) by one bucket, Home/End to the ends, the other
 * arrow pair between series. Undefined for keys that do not move it. Without a focus, any move starts at the first
 * bucket (End: the last).
 */
export function moveFocus(
  model: PointModel,
  focus: PointFocus | undefined,
  key: string,
): PointFocus | undefined {
  const count = bucketCount(model);
  const seriesCount = model.series.length;
  if (count === 0 || seriesCount === 0) return undefined;
  const [back, forward, seriesBack, seriesForward] =
    model.axis === 'x'
      ? ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']
      : ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
  const known = [back, forward, seriesBack, seriesForward, 'Home', 'End'];
  if (!known.includes(key)) return undefined;
  if (!focus) return { series: 0, index: key === 'End' ? count - 1 : 0 };
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v));
  switch (key) {
    case back:
      return { ...focus, index: clamp(focus.index - 1, count) };
    case forward:
      return { ...focus, index: clamp(focus.index + 1, count) };
    case seriesBack:
      return { ...focus, series: clamp(focus.series - 1, seriesCount) };
    case seriesForward:
      return { ...focus, series: clamp(focus.series + 1, seriesCount) };
    case 'Home':
      return { ...focus, index: 0 };
    default:
      return { ...focus, index: count - 1 };
  }
}

/** `Label: value` lines of every series at a bucket, as shown in the tooltip and announced. */
export function bucketValues(model: PointModel, index: number): BucketValue[] {
  return model.series.map((s) => ({
    key: s.key,
    label: s.label,
    paint: s.paint,
    swatch: s.swatch,
    formatted: s.points[index]?.formatted ?? '',
    own: s.points[index]?.own?.label,
  }));
}

/** One series' value at a bucket, as the tooltip shows it. */
export interface BucketValue {
  key: string;
  label: string;
  paint: Paint;
  swatch: SwatchStyle | undefined;
  formatted: string;
  /** The point's own bucket name, when it is not the column's. */
  own: string | undefined;
}

/** The sentence announced for a focused point: the bucket, then the focused series first, then the others. */
export function announce(model: PointModel, focus: PointFocus): string {
  const label = model.labels[focus.index] ?? '';
  const values = bucketValues(model, focus.index);
  const first = values[focus.series];
  const rest = values.filter((_, i) => i !== focus.series);
  const ordered = first ? [first, ...rest] : rest;
  const position = `${focus.index + 1}/${bucketCount(model)}`;
  const said = ordered.map((v) => `${v.label}${v.own ? ` (${v.own})` : ''} ${v.formatted}`);
  return `${label}: ${said.join(', ')} (${position})`;
}

/** True when the series' points sit in buckets of their own (a previous period), named in a column before them. */
export function hasOwnBuckets(series: ChartSeries): boolean {
  return series.points.some((p) => p.own);
}

/** The table/CSV headings of a series: its label, after `<label> – <bucket heading>` when it has own buckets. */
export function columnHeadings(model: PointModel, series: ChartSeries): string[] {
  return hasOwnBuckets(series) ? [`${series.label} – ${model.bucketHeading}`, series.label] : [series.label];
}

/**
 * One CSV cell: quoted where RFC 4180 needs it. A text cell starting with `=`, `+`, `-`, `@`, tab or carriage return
 * gets a leading `'`, so that a spreadsheet shows it instead of running it as a formula (OWASP, CSV injection): a
 * variation named `@SUM(1+1)` stays text. Numbers are written by us, never neutralised.
 */
export function csvCell(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The model as CSV (RFC 4180, `\r\n` line ends): a bucket column of ISO dates or category keys, then one column per
 * series with the raw values (empty for a missing bucket), so a spreadsheet reads them as numbers.
 */
export function pointsToCSV(model: PointModel): string {
  const text = (cells: readonly string[]) => cells.map((cell) => csvCell(cell));
  const header = text([model.bucketHeading, ...model.series.flatMap((s) => columnHeadings(model, s))]);
  const rows = model.keys.map((key, i) => [
    ...text([key]),
    ...model.series.flatMap((s) => {
      const point = s.points[i];
      const value = point?.value;
      const cell = value === null || value === undefined ? '' : csvCell(String(value), false);
      return hasOwnBuckets(s) ? [...text([point?.own?.key ?? '']), cell] : [cell];
    }),
  ]);
  return [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
