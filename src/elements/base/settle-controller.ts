import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The attribute by which a server-rendered element waits for its host (Lit SSR, `@lit/react`) to configure it. */
export const DEFER_HYDRATION = 'defer-hydration';

/**
 * Whether the host's configuration can be judged yet. Frameworks set an element's properties after it upgraded —
 * React's hydration of server-rendered HTML, `@lit/react`'s layout effect — so a missing `proxy-url` right after
 * connection says nothing. The element is given until the first animation frame after it connected (`settling`),
 * and all the time it carries `defer-hydration` (`deferred`: the attribute Lit SSR and `@lit/react` use for "the
 * page will configure me", which `braze-charts/react` puts on server-rendered charts): meanwhile it shows its
 * loading view and reports no configuration error.
 */
export class SettleController implements ReactiveController {
  #frame = 0;
  #settled = false;
  #watch: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** True while the host carries `defer-hydration`: nothing is requested yet. */
  get deferred(): boolean {
    return this.host.hasAttribute(DEFER_HYDRATION);
  }

  /** True until the first frame after connection, and while deferred: configuration errors are not reported yet. */
  get settling(): boolean {
    return !this.#settled || this.deferred;
  }

  hostConnected(): void {
    if (this.deferred) {
      this.#watch = new MutationObserver(() => {
        if (this.deferred) return;
        this.#watch?.disconnect();
        this.host.requestUpdate();
      });
      this.#watch.observe(this.host, { attributeFilter: [DEFER_HYDRATION] });
    }
    if (this.#settled || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#settled = true;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#watch?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
