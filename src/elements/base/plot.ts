import { html, nothing, type TemplateResult } from 'lit';
import type { Frame } from '../../chart/layout.js';
import { renderCrosshair, renderTooltip } from './overlay.js';
import { renderPatterns } from './patterns.js';
import type { PointNavigationController } from './point-navigation.js';

const HINT_ID = 'keyboard-hint';

/**
 * The chart's `<svg>` (its single tab stop, wired to the point navigation), the keyboard hint it is described by,
 * and — while a point is focused — the crosshair and the tooltip.
 */
export function renderPlot(
  box: Frame,
  summary: string,
  chart: TemplateResult,
  hint: string,
  nav: PointNavigationController,
): TemplateResult {
  const model = nav.model;
  const focus = model && nav.validFocus(model);
  return html`<svg
      part="svg"
      class="chart"
      role="img"
      tabindex="0"
      aria-label=${summary}
      aria-describedby=${HINT_ID}
      width=${box.width}
      height=${box.height}
      viewBox="0 0 ${box.width} ${box.height}"
      @keydown=${nav.onKeyDown}
      @pointermove=${nav.onPointerMove}
      @pointerdown=${nav.onPointerMove}
      @pointerleave=${nav.onPointerLeave}
      @click=${nav.onClick}
      @blur=${nav.onBlur}
    >
      ${renderPatterns()}
      <g transform="translate(${box.margin.left},${box.margin.top})">
        ${chart}${model && focus ? renderCrosshair(model, focus, box) : nothing}
      </g>
    </svg>
    <span id=${HINT_ID} class="visually-hidden">${hint}</span>
    ${model && focus ? renderTooltip(model, focus) : nothing}`;
}
