import { nothing, svg, type TemplateResult } from 'lit';
import { PATTERN_SIZE, PATTERNS } from '../../chart/patterns.js';

/**
 * The `<pattern>` of each series (`braze-pattern-N`), used by the marks in forced-colours mode only (see
 * src/chart/patterns.ts). Rendered inside the chart's svg, so an exported SVG carries them too.
 */
export function renderPatterns(): TemplateResult {
  const s = PATTERN_SIZE;
  return svg`<defs aria-hidden="true">${PATTERNS.map((p, i) =>
    p === 'solid'
      ? nothing
      : svg`<pattern id="braze-pattern-${i + 1}" width=${s} height=${s} patternUnits="userSpaceOnUse"
          patternTransform=${typeof p === 'number' ? `rotate(${p})` : nothing}>
          <rect class="pattern-bg" width=${s} height=${s}></rect>
          ${
            p === 'dots'
              ? svg`<circle class="pattern-ink" cx=${s / 2} cy=${s / 2} r="1.2"></circle>`
              : svg`<rect class="pattern-ink" width="2" height=${s}></rect>`
          }
        </pattern>`,
  )}</defs>`;
}
