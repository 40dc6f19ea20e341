import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One ResizeObserver for every chart on the page: a dashboard's first measurements arrive in one callback. */
let observer: ResizeObserver | undefined;
const controllers = new WeakMap<Element, ResizeController>();

function shared(): ResizeObserver {
  // Style and layout are clean in the callback, and the updates it asks for run after it: reads never force a layout.
  return (observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.measured(entry.contentRect);
  }));
}

/**
 * Measures an element's content box with a ResizeObserver (one for the whole page) and updates the host at most once
 * per animation frame, so a dragged window or a flex reflow never renders more often than the screen paints (and
 * never triggers "ResizeObserver loop" errors: the measurement is applied in the next frame, outside the observer
 * callback). Sizes and the font come from the observer, so measuring never forces a layout — except `ensure()`, for
 * a chart whose data arrived before the observer's first callback.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  /** The host's computed font size and family, read with each measurement (in the observer's callback: for free). */
  font: { fontSize: string; fontFamily: string } | undefined;
  private target: Element | undefined;
  private frame = 0;
  private pending: { width: number; height: number } | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Starts observing `target` (called by the host after first render, when its plot container exists). */
  observe(target: Element | null | undefined): void {
    if (!target || target === this.target) return;
    this.unobserve();
    this.target = target;
    controllers.set(target, this);
    shared().observe(target);
  }

  /**
   * Measures now (one layout read) if nothing was measured yet: call in `willUpdate` when there is something to draw,
   * so a chart whose data is already there is drawn in this frame rather than after the observer's first callback.
   */
  ensure(): void {
    if (this.width || this.height || !this.target) return;
    const box = this.target.getBoundingClientRect();
    this.font = fontOf(this.host);
    this.width = Math.round(box.width);
    this.height = Math.round(box.height);
  }

  hostConnected(): void {
    // Re-attach after the element was moved in the DOM (disconnect + connect without a re-render).
    const target = this.target;
    this.target = undefined;
    this.observe(target);
  }

  hostDisconnected(): void {
    this.unobserve();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** A measurement from the shared observer, applied in the next animation frame. */
  measured(box: DOMRectReadOnly): void {
    this.font = fontOf(this.host);
    this.pending = { width: Math.round(box.width), height: Math.round(box.height) };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const size = this.pending;
      if (!size || (size.width === this.width && size.height === this.height)) return;
      this.width = size.width;
      this.height = size.height;
      this.host.requestUpdate();
    });
  }

  private unobserve(): void {
    if (this.target) observer?.unobserve(this.target);
  }
}

/** The computed font size and family of `host` (copied: a live CSSStyleDeclaration would be read again later). */
function fontOf(host: Element): { fontSize: string; fontFamily: string } {
  const { fontSize, fontFamily } = getComputedStyle(host);
  return { fontSize, fontFamily };
}
