import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber, formatSignedPercent, timeZoneName } from '../../chart/format.js';
import {
  formatPeriod,
  type SessionBar,
  type SessionChartModel,
  type SessionDot,
  type SessionFormat,
  type SessionGeometry,
} from '../../chart/sessions.js';
import type { TimePoint } from '../../chart/time-series.js';
import { renderLegend } from '../base/legend.js';
import { skeleton } from '../base/states.js';
import { sessionMessagesFor, type SessionMessages } from './session-chart.messages.js';

/** How the header writes: the session chart's format, and for another series its words and its values. */
export interface SeriesHeaderFormat extends SessionFormat {
  /** The words (default: the session chart's in `locale`). */
  t?: SessionMessages | undefined;
  /** Writes a total or an average (default: a whole number). */
  value?: ((value: number) => string) | undefined;
}

/** `May 1, 2024 – May 30, 2024` for a run of buckets; empty for none. */
export function periodLabel(points: readonly TimePoint[], f: SessionFormat): string {
  const first = points[0];
  const last = points[points.length - 1];
  return first && last ? formatPeriod(first.date, last.date, f) : '';
}

/**
 * Title, scope (app · segment), the period (or, when compared, a legend with both periods' dates), the headline
 * figures and any `controls` (a picker). `model` is undefined until the data is complete.
 */
export function renderSessionHeader(
  title: (text: string) => TemplateResult,
  scope: string,
  model: SessionChartModel | undefined,
  f: SeriesHeaderFormat,
  loading: { compare: boolean } | undefined,
  controls: unknown = nothing,
) {
  const t = f.t ?? sessionMessagesFor(f.locale);
  const dates = model && !model.previous ? periodLabel(model.points, f) : '';
  // Hours are instants shown on some clock: say which.
  const zone = f.unit === 'hour' ? ` · ${t.times(timeZoneName(f.timeZone))}` : '';
  const previous = model?.previous;
  const legend =
    model && previous
      ? renderLegend([
          {
            key: 'current',
            label: `${t.thisPeriod} (${periodLabel(model.points, f)})`,
            paint: 1,
            active: true,
          },
          {
            key: 'previous',
            label: `${t.previousPeriod} (${periodLabel(previous.points, f)})`,
            paint: 'previous',
            active: true,
            swatch: { hollow: true },
          },
        ])
      : nothing;
  return html`<div class="header-text">
      ${title(t.title[f.unit])}
      <p part="description" class="description">${scope}${dates ? ` · ${dates}` : ''}${zone}</p>
      ${controls}
    </div>
    ${
      loading
        ? skeleton.stats([
            [t.total, 9],
            [t.average[f.unit], 7],
            ...(loading.compare ? ([[t.change, 5]] as const) : []),
          ])
        : model?.stats
          ? renderStats(model, model.stats.total, model.stats.average, f)
          : nothing
    }
    ${loading?.compare ? skeleton.legend([15, 15]) : legend}`;
}

function renderStats(m: SessionChartModel, total: number, average: number, f: SeriesHeaderFormat) {
  const t = f.t ?? sessionMessagesFor(f.locale);
  const value = f.value ?? ((v: number) => formatNumber(v, f.locale));
  const direction = m.change === undefined || m.change === 0 ? '' : m.change > 0 ? 'up' : 'down';
  return html`<dl part="stats" class="stats">
    <div>
      <dt>${t.total}</dt>
      <dd class="total">${value(total)}</dd>
    </div>
    <div>
      <dt>${t.average[f.unit]}</dt>
      <dd class="average">${value(average)}</dd>
    </div>
    ${
      m.previous
        ? html`<div>
            <dt>${t.change}</dt>
            <dd class="change ${direction}">
              ${m.change === undefined ? t.noChange : formatSignedPercent(m.change, f.locale)}
            </dd>
          </div>`
        : nothing
    }
  </dl>`;
}

/** Bars (previous period first, so behind), lines and lone-point dots, in plot coordinates. */
export function renderSessionMarks(g: SessionGeometry): TemplateResult {
  return svg`<g part="mark" class="marks">
    ${g.previousBars.map((b) => renderBar(b, true))}
    ${g.bars.map((b) => renderBar(b, false))}
    ${g.previousLinePath ? svg`<path class="line previous" d=${g.previousLinePath}></path>` : nothing}
    ${g.linePath ? svg`<path class="line current" d=${g.linePath}></path>` : nothing}
    ${g.previousDots.map((d) => renderDot(d, true))}
    ${g.dots.map((d) => renderDot(d, false))}
  </g>`;
}

function renderBar(b: SessionBar, previous: boolean): TemplateResult {
  return svg`<rect
    class="bar ${previous ? 'previous' : 'current'}"
    data-index=${b.index}
    x=${b.x}
    y=${b.y}
    width=${b.width}
    height=${b.height}
  ></rect>`;
}

function renderDot(d: SessionDot, previous: boolean): TemplateResult {
  return svg`<circle class="dot ${previous ? 'previous' : 'current'}" cx=${d.x} cy=${d.y} r="3.5"></circle>`;
}
