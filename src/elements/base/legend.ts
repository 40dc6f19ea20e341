import { html, nothing, type TemplateResult } from 'lit';
import type { Paint } from '../../chart/palette.js';
import type { SwatchStyle } from '../../chart/points.js';

export interface LegendItem {
  key: string;
  label: string;
  /** What the swatch is painted with (the series' marks' paint). */
  paint: Paint;
  /** False when the series is hidden. */
  active: boolean;
  /** Pattern (forced colours) and outline of the swatch, as its marks are drawn. */
  swatch?: SwatchStyle | undefined;
}

/**
 * A square in a series' colour (an outline for hollow marks), carrying its marks' forced-colours pattern, for
 * legends and tooltips.
 */
export function renderSwatch(paint: Paint, swatch: SwatchStyle | undefined): TemplateResult {
  return html`<span
    class="swatch ${swatch?.hollow ? 'hollow' : ''}"
    data-paint=${paint}
    data-series=${swatch?.series ?? nothing}
    aria-hidden="true"
  ></span>`;
}

/**
 * A legend as a list of toggle buttons (`aria-pressed`) when `onToggle` is given, or of plain labels otherwise.
 * Toggling is announced by the button state; hidden series keep their place so the legend never reflows.
 */
export function renderLegend(
  items: readonly LegendItem[],
  onToggle?: (key: string) => void,
  hiddenText = '(hidden)',
): TemplateResult {
  return html`<ul part="legend" class="legend">
    ${items.map((item) => {
      const content = html`${renderSwatch(item.paint, item.swatch)}${
          item.active ? nothing : html`<span class="visually-hidden">${hiddenText}</span>`
        }<bdi>${item.label}</bdi>`;
      return html`<li>
        ${
          onToggle
            ? html`<button
                type="button"
                class="legend-item"
                aria-pressed=${item.active ? 'true' : 'false'}
                @click=${() => onToggle(item.key)}
              >
                ${content}
              </button>`
            : html`<span class="legend-item">${content}</span>`
        }
      </li>`;
    })}
  </ul>`;
}
