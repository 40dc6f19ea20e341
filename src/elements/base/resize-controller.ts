import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures an element's content box with a ResizeObserver and updates the host at most once per animation frame,
 * so a dragged window or a flex reflow never renders more often than the screen paints (and never triggers
 * "ResizeObserver loop" errors: the measurement is applied in the next frame, outside the observer callback).
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;
  private frame = 0;
  private pending: { width: number; height: number } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts observing `target` (called by the host after first render, when its plot container exists). */
  observe(target: Element | null | undefined): void {
    if (!target || target === this.target) return;
    this.observer?.disconnect();
    this.target = target;
    this.observer ??= new ResizeObserver((entries) => this.onResize(entries));
    this.observer.observe(target);
    // Measure once right away, so a chart whose data is already there is drawn in this frame instead of waiting
    // for the observer's first callback and the frame after it. (One layout read, after the host's first render.)
    if (this.width === 0 && this.height === 0) {
      const box = target.getBoundingClientRect();
      this.apply(Math.round(box.width), Math.round(box.height));
    }
  }

  hostConnected(): void {
    // Re-attach after the element was moved in the DOM (disconnect + connect without a re-render).
    const target = this.target;
    this.target = undefined;
    this.observe(target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box) return;
    this.pending = { width: Math.round(box.width), height: Math.round(box.height) };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.pending) this.apply(this.pending.width, this.pending.height);
    });
  }

  private apply(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.host.requestUpdate();
  }
}
