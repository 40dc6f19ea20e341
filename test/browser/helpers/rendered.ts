import { fixture, html, oneEvent } from '@open-wc/testing';

/** A chart element as the tests see it: from the sources or from the CDN bundle. */
type Chart = Element & { updateComplete: Promise<unknown> };

/** Waits, frame by frame (at most `frames`), until `selector` is in the element's shadow root, and returns it. */
export async function shown<T extends Element>(el: Chart, selector: string, frames = 20): Promise<T> {
  for (let i = 0; i < frames; i++) {
    const found = el.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
  }
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} never appeared`);
  return found;
}

/** Waits until the chart's svg is drawn (at most `frames` frames) and returns it. */
export function drawn(el: Chart, frames = 20): Promise<SVGSVGElement> {
  return shown<SVGSVGElement>(el, 'svg[part~="svg"]', frames);
}

/** Mounts `markup` (one chart element) in a box `width` px wide and resolves once it loaded and drew its chart. */
export async function mountDrawn<T extends Chart>(markup: string, width = 640): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as T;
  await oneEvent(el, 'braze-load');
  await drawn(el);
  return el;
}
