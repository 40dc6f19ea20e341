import { svg, type TemplateResult } from 'lit';
import { estimateTextWidth, fitLeftMargin, type Frame, type Margin } from '../../chart/layout.js';
import type { Tick } from '../../chart/time-series.js';
import { measureText } from './text-measure.js';

/** An x tick label as drawn: its tick and its anchor. */
export interface PlacedLabel extends Tick {
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The x tick labels to draw: each centred on its tick, or — where centring would push it past the svg's edge —
 * ending (right edge) or starting (left edge) at it; a label that would then touch the one before is left out
 * (its grid line stays), the last one kept.
 */
export function placeXLabels(ticks: readonly Tick[], box: Frame, gap = 8): PlacedLabel[] {
  const placed = ticks.map((t): PlacedLabel & { from: number; to: number } => {
    const width = estimateTextWidth(t.label);
    const anchor =
      t.offset + width / 2 > box.innerWidth + box.margin.right
        ? 'end'
        : t.offset - width / 2 < -box.margin.left
          ? 'start'
          : 'middle';
    const from = anchor === 'end' ? t.offset - width : anchor === 'start' ? t.offset : t.offset - width / 2;
    return { ...t, anchor, from, to: from + width };
  });
  const kept: typeof placed = [];
  for (const label of placed.reverse()) {
    const next = kept[0];
    if (!next || label.to + gap <= next.from) kept.unshift(label);
  }
  return kept.map(({ offset, label, anchor }) => ({ offset, label, anchor }));
}

/** Grid lines plus the two axes, in plot coordinates. */
export function renderAxes(box: Frame, xTicks: readonly Tick[], yTicks: readonly Tick[]): TemplateResult {
  return svg`
      <g part="grid" class="grid" aria-hidden="true">
        ${yTicks.map((t) => svg`<line x1="0" x2=${box.innerWidth} y1=${t.offset} y2=${t.offset}></line>`)}
      </g>
      <g part="axis-y" class="axis axis-y" aria-hidden="true">
        ${yTicks.map((t) => svg`<text x="-8" y=${t.offset} dy="0.32em" text-anchor="end">${t.label}</text>`)}
      </g>
      <g part="axis-x" class="axis axis-x" aria-hidden="true" transform="translate(0,${box.innerHeight})">
        <line x1="0" x2=${box.innerWidth}></line>
        ${xTicks.map((t) => svg`<line class="tick" x1=${t.offset} x2=${t.offset} y2="5"></line>`)}
        ${placeXLabels(xTicks, box).map(
          (t) => svg`<text x=${t.offset} y="18" text-anchor=${t.anchor}>${t.label}</text>`,
        )}
      </g>`;
}

/** The frame's margins with the left one widened to fit the y-axis labels (never narrower than given). */
export class FittedMargin {
  /** The left margin fitted to the current y-axis labels, when wider than the element's own. */
  #left: number | undefined;

  /** `margin`, its left side widened to the fitted width when that is wider. */
  apply(margin: Margin): Margin {
    const left = Math.max(margin.left, this.#left ?? 0);
    return left === margin.left ? margin : { ...margin, left };
  }

  /**
   * Fits the left margin to `labels` in `font()` (the axis font, a CSS font shorthand, read only when there are labels
   * to measure; up to 35% of `width`); no labels: back to the element's own margin.
   */
  fit(labels: readonly string[], width: number, minLeft: number, font: () => string): void {
    if (!labels.length) {
      this.#left = undefined;
      return;
    }
    const css = font();
    this.#left = fitLeftMargin(labels, width, minLeft, (label) => measureText(label, css));
  }
}
