/** Plot-area arithmetic: outer size minus margins, never negative. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
}

export const DEFAULT_MARGIN: Margin = { top: 12, right: 24, bottom: 28, left: 48 };

/** Gap between a y-axis label and the plot (the labels' `x="-8"`) plus a little air on the left. */
const AXIS_LABEL_GAP = 12;

/** A width estimate of a label in the axis font: about 0.6em a character (7.1px at 12px). */
export function estimateTextWidth(text: string, fontSize = 12): number {
  return text.length * 0.59 * fontSize;
}

/**
 * The left margin that fits the widest y-axis label (its width plus the label gap), never under `min` and never
 * over 35% of `width` (so a narrow chart keeps a plot). `measure` gives a label's width in pixels.
 */
export function fitLeftMargin(
  labels: readonly string[],
  width: number,
  min = 32,
  measure: (label: string) => number = estimateTextWidth,
): number {
  if (!labels.length) return min;
  const widest = Math.max(...labels.map((label) => measure(label)));
  const needed = Math.ceil(widest + AXIS_LABEL_GAP);
  return Math.max(min, Math.min(needed, Math.floor(width * 0.35)));
}

export function frame(width: number, height: number, margin: Margin = DEFAULT_MARGIN): Frame {
  return {
    width,
    height,
    margin,
    innerWidth: Math.max(0, width - margin.left - margin.right),
    innerHeight: Math.max(0, height - margin.top - margin.bottom),
  };
}

/** How many ticks fit: about one per `spacing` pixels, at least 2, at most `max`. */
export function tickCount(length: number, spacing: number, max = 10): number {
  return Math.max(2, Math.min(max, Math.floor(length / spacing)));
}
