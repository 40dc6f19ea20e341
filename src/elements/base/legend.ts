import { html, nothing, type TemplateResult } from 'lit';

export interface LegendItem {
  key: string;
  label: string;
  /** CSS colour of the swatch. */
  color: string;
  /** False when the series is hidden. */
  active: boolean;
  /** Drawn dashed or lighter (e.g. a comparison period). */
  variant?: 'solid' | 'muted';
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
    ${items.map(
      (item) =>
        html`<li>
          ${
            onToggle
              ? html`<button
                  type="button"
                  class="legend-item"
                  aria-pressed=${item.active ? 'true' : 'false'}
                  @click=${() => onToggle(item.key)}
                >
                  ${swatch(item, hiddenText)}${item.label}
                </button>`
              : html`<span class="legend-item">${swatch(item, hiddenText)}${item.label}</span>`
          }
        </li>`,
    )}
  </ul>`;
}

function swatch(item: LegendItem, hiddenText: string): TemplateResult {
  return html`<span
      class="swatch ${item.variant === 'muted' ? 'muted' : ''}"
      style="background:${item.color}"
      aria-hidden="true"
    ></span
    >${item.active ? nothing : html`<span class="visually-hidden">${hiddenText}</span>`}`;
}
