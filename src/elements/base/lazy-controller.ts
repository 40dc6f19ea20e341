import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport a lazy chart starts loading: one viewport ahead, so it is drawn when scrolled to. */
export const LAZY_MARGIN = '100%';

type Host = ReactiveControllerHost & Element & { loading?: string | undefined };

/** One IntersectionObserver for every lazy chart on the page. */
let observer: IntersectionObserver | undefined;
const controllers = new WeakMap<Element, LazyController>();

/**
 * `loading="lazy"`, like `<img loading="lazy">`: the host waits (its data controllers request nothing, the loading
 * view holds its place) until it comes near the viewport, then loads once. Eager hosts never wait.
 */
export class LazyController implements ReactiveController {
  #near = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** True while the host is lazy and has not come near the viewport yet. */
  get waiting(): boolean {
    return this.host.loading === 'lazy' && !this.#near;
  }

  hostConnected(): void {
    if (!this.waiting) return;
    controllers.set(this.host, this);
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) controllers.get(entry.target)?.arrive();
      },
      { rootMargin: LAZY_MARGIN },
    );
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
  }

  /** `loading` became "lazy" while connected: start watching. */
  hostUpdate(): void {
    if (this.waiting && !controllers.has(this.host)) this.hostConnected();
  }

  /** The host came near the viewport: it loads from now on. */
  arrive(): void {
    this.#near = true;
    observer?.unobserve(this.host);
    this.host.requestUpdate();
  }
}
