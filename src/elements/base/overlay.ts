import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Frame } from '../../chart/layout.js';
import { bucketValues, type PointFocus, type PointModel } from '../../chart/points.js';
import { renderSwatch } from './legend.js';

/** Crosshair through the focused bucket and a ring on each series' point there (not exported). */
export function renderCrosshair(model: PointModel, focus: PointFocus, box: Frame): TemplateResult {
  const anchor = model.series[focus.series]?.points[focus.index];
  if (!anchor) return svg``;
  const line =
    model.axis === 'x'
      ? svg`<line part="crosshair" class="crosshair" x1=${anchor.x} x2=${anchor.x} y1="0" y2=${box.innerHeight}></line>`
      : svg`<line part="crosshair" class="crosshair" x1="0" x2=${box.innerWidth} y1=${anchor.y} y2=${anchor.y}></line>`;
  return svg`<g class="overlay" data-export="skip" aria-hidden="true">
    ${line}
    ${model.series.map((s, i) => {
      const p = s.points[focus.index];
      if (!p || p.value === null) return nothing;
      return svg`<circle part=${i === focus.series ? 'focus-ring' : 'point'} class="point ${i === focus.series ? 'focused' : ''}"
        cx=${p.x} cy=${p.y} r=${i === focus.series ? 6 : 4} data-paint=${s.paint}></circle>`;
    })}
  </g>`;
}

/**
 * The tooltip: the bucket in full and every series' value there — a value from another bucket (the previous
 * period) with its own date; stacked series top first, then their total. Positioned by the frame after rendering.
 */
export function renderTooltip(model: PointModel, focus: PointFocus): TemplateResult {
  const rows = bucketValues(model, focus.index).map(
    (v, i) =>
      html`<div class="tooltip-row ${i === focus.series ? 'focused' : ''}">
        ${renderSwatch(v.paint, v.swatch)}
        <span class="tooltip-name"
          >${v.label}${v.own ? html`<span class="tooltip-own">${v.own}</span>` : nothing}</span
        >
        <span class="tooltip-value">${v.formatted}</span>
      </div>`,
  );
  const stack = model.stack;
  return html`<div part="tooltip" class="tooltip" aria-hidden="true">
    <div class="tooltip-label">${model.labels[focus.index] ?? ''}</div>
    ${stack ? rows.reverse() : rows}
    ${
      stack
        ? html`<div class="tooltip-row tooltip-total">
            <span></span><span class="tooltip-name">${stack.totalLabel}</span>
            <span class="tooltip-value">${stack.totals[focus.index] ?? ''}</span>
          </div>`
        : nothing
    }
  </div>`;
}

/**
 * Places the tooltip next to the anchor (plot-box coordinates), flipped to the other side near an edge and clamped
 * so it stays inside the plot box.
 */
export function placeTooltip(
  tooltip: HTMLElement,
  anchor: { x: number; y: number },
  plot: HTMLElement,
): void {
  const gap = 12;
  const { offsetWidth: w, offsetHeight: h } = tooltip;
  const { clientWidth: maxW, clientHeight: maxH } = plot;
  let left = anchor.x + gap;
  if (left + w > maxW) left = anchor.x - gap - w;
  let top = anchor.y - h - gap;
  if (top < 0) top = anchor.y + gap;
  left = Math.max(0, Math.min(left, maxW - w));
  top = Math.max(0, Math.min(top, maxH - h));
  tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}
