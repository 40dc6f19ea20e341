import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Relative luminance (WCAG) of a computed CSS colour (`rgb(…)` or `color(srgb …)`); undefined if unreadable. */
export function luminance(color: string): number | undefined {
  const srgb = color.startsWith('color(srgb');
  const channels = color
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (!channels || channels.length < 3) return undefined;
  const [r, g, b] = channels.map((c) => {
    const v = srgb ? c : c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The luminance of each parent's text, read once per run of updates: reading a computed style forces the page's
 * pending style work, and the charts of a dashboard share their parent (one read per slice instead of one per chart).
 */
const texts = new Map<Element, number | undefined>();

/**
 * Dark defaults on a dark page. Without `theme`, the charts take the page's colour scheme through CSS
 * (`light-dark()`); a page that is dark by its colours alone (light text, no `color-scheme`) is recognised here by
 * the luminance of the text the host inherits, and marked with the custom state `dark` (`:host(:state(dark))`).
 * Checked before every render and when the OS scheme changes; a page that switches its own colours can call
 * `requestUpdate()` on the charts (or set `theme`).
 */
export class ThemeController implements ReactiveController {
  readonly #internals: ElementInternals | undefined;
  // No media queries on a server (Lit SSR constructs the element to render its loading view).
  readonly #media = isServer ? undefined : matchMedia('(prefers-color-scheme: dark)');
  readonly #changed = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { theme?: string | undefined }) {
    host.addController(this);
    this.#internals = host.attachInternals?.();
  }

  hostConnected(): void {
    this.#media?.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.#changed);
  }

  hostUpdate(): void {
    const states = this.#internals?.states;
    if (!states) return;
    const parent = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host;
    let text: number | undefined;
    if (!this.host.theme && parent) {
      if (!texts.has(parent)) {
        if (!texts.size) queueMicrotask(() => texts.clear());
        texts.set(parent, luminance(getComputedStyle(parent).color));
      }
      text = texts.get(parent);
    }
    if (text !== undefined && text > 0.4) states.add('dark');
    else states.delete('dark');
  }
}
