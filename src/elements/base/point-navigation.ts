import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Margin } from '../../chart/layout.js';
import {
  announce,
  moveFocus,
  nearestIndex,
  nearestSeries,
  type PointFocus,
  type PointModel,
} from '../../chart/points.js';
import type { BrazePointSelectDetail } from './events.js';
import { placeTooltip } from './overlay.js';

/** How the controller reads and writes the host's reactive focus state. */
export interface PointNavigationAccess {
  /** The host's focused point. */
  focus(): PointFocus | undefined;
  /** Sets the focused point and, when given, the live region's text. */
  setFocus(focus: PointFocus | undefined, announcement?: string): void;
  /** The plot's offset inside the svg. */
  margin(): Margin;
  /** Dispatches `braze-point-select` from the host. */
  select(detail: BrazePointSelectDetail): void;
}

/**
 * Focus on the drawn points: arrow keys / Home / End move it, Escape clears it (pressed again: leaves the chart),
 * Enter / Space and clicks select (`braze-point-select`), pointers and touch follow it; keyboard moves are spoken
 * through the live region.
 */
export class PointNavigationController implements ReactiveController {
  /** The points drawn in the current render (set by the host while rendering); undefined when nothing is drawn. */
  model: PointModel | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly access: PointNavigationAccess,
  ) {
    host.addController(this);
  }

  /** The host's focus when it names a point of `model`. */
  validFocus(model: PointModel): PointFocus | undefined {
    const f = this.access.focus();
    return f && model.series[f.series]?.points[f.index] ? f : undefined;
  }

  /** After each render: places the tooltip next to the focused point. */
  hostUpdated(): void {
    const root = this.host.renderRoot;
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    const plot = root.querySelector<HTMLElement>('.plot');
    const f = this.access.focus();
    const point = f && this.model?.series[f.series]?.points[f.index];
    if (tooltip && plot && point) {
      const margin = this.access.margin();
      placeTooltip(tooltip, { x: point.x + margin.left, y: point.y + margin.top }, plot);
    }
  }

  private setFocus(focus: PointFocus | undefined, speak: boolean): void {
    if (!speak) return this.access.setFocus(focus);
    this.access.setFocus(focus, focus && this.model ? announce(this.model, focus) : '');
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const model = this.model;
    if (!model) return;
    if (event.key === 'Escape') {
      // The first Escape closes the tooltip; the next one leaves the chart (Tab then goes on after it).
      if (this.access.focus()) this.setFocus(undefined, true);
      else (event.currentTarget as SVGElement | null)?.blur();
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const focus = this.validFocus(model);
      if (!focus) return;
      event.preventDefault();
      this.select(model, focus);
      return;
    }
    const next = moveFocus(model, this.validFocus(model), event.key);
    if (!next) return;
    event.preventDefault();
    this.setFocus(next, true);
  };

  /** The point under a pointer event, in the model's terms. */
  private pointAt(event: PointerEvent | MouseEvent): PointFocus | undefined {
    const model = this.model;
    const chart = event.currentTarget as SVGSVGElement | null;
    if (!model || !chart) return undefined;
    const rect = chart.getBoundingClientRect();
    const margin = this.access.margin();
    const x = event.clientX - rect.left - margin.left;
    const y = event.clientY - rect.top - margin.top;
    const [along, across] = model.axis === 'x' ? [x, y] : [y, x];
    const index = nearestIndex(model, along);
    return index < 0 ? undefined : { index, series: nearestSeries(model, index, across) };
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    const focus = this.pointAt(event);
    const current = this.access.focus();
    if (focus && (focus.index !== current?.index || focus.series !== current.series))
      this.setFocus(focus, false);
  };

  readonly onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this.setFocus(undefined, false);
  };

  readonly onBlur = (): void => {
    this.setFocus(undefined, false);
  };

  readonly onClick = (event: MouseEvent): void => {
    const model = this.model;
    const focus = this.pointAt(event);
    if (!model || !focus) return;
    this.setFocus(focus, false);
    this.select(model, focus);
  };

  private select(model: PointModel, focus: PointFocus): void {
    const series = model.series[focus.series];
    const point = series?.points[focus.index];
    if (!series || !point) return;
    const detail: BrazePointSelectDetail = {
      seriesKey: series.key,
      seriesLabel: series.label,
      date:
        model.keys[focus.index] !== undefined && point.date
          ? isoOf(point.date, model.keys[focus.index])
          : undefined,
      label: model.labels[focus.index] ?? '',
      value: point.value,
      index: focus.index,
    };
    this.access.select(detail);
  }
}

/** The event's date: the CSV key when it is an ISO date or instant, else the date's ISO string. */
function isoOf(date: Date, key: string | undefined): string {
  return key && /^\d{4}-\d{2}-\d{2}/.test(key) ? key : date.toISOString();
}
