import { html, type TemplateResult } from 'lit';

/** One headline figure: its class (for styles and tests), its label and its formatted value (none: left out). */
export type StatItem = readonly [cls: string, label: string, value: string | undefined];

/** The header's figures as a description list; a figure without a value is left out, never shown as 0. */
export function renderStatList(items: readonly StatItem[]): TemplateResult {
  return html`<dl part="stats" class="stats">
    ${items
      .filter((item): item is readonly [string, string, string] => item[2] !== undefined)
      .map(
        ([cls, label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd class=${cls}>${value}</dd>
          </div>`,
      )}
  </dl>`;
}
