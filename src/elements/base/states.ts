import { html, nothing, type TemplateResult } from 'lit';
import type { BrazeRequestError } from '../../data/errors.js';
import type { FrameMessages } from './messages.js';

/** The loading view: a skeleton and a status line, replaceable through the `loading` slot. */
export function renderLoading(t: FrameMessages): TemplateResult {
  return html`<div part="loading" class="state loading" role="status">
    <slot name="loading"
      ><div class="skeleton" aria-hidden="true"></div>
      <span>${t.loading}</span></slot
    >
  </div>`;
}

/** The empty view, replaceable through the `empty` slot. */
export function renderEmpty(message: unknown): TemplateResult {
  return html`<div part="empty" class="state empty" role="status">
    <slot name="empty">${message}</slot>
  </div>`;
}

/** The error view: headline, detail lines and — only where asking again can help (`error.retryable`) — Retry. */
export function renderError(
  error: BrazeRequestError,
  { title, lines }: { title: string; lines: string[] },
  t: FrameMessages,
  retry: () => void,
): TemplateResult {
  return html`<div part="error" class="state error" role="alert">
    <slot name="error">
      <strong>${title}</strong>
      ${lines.map((line) => html`<span>${line}</span>`)}
      ${error.retryable ? html`<button type="button" @click=${retry}>${t.retry}</button>` : nothing}
    </slot>
  </div>`;
}

/** Widths of a figure's placeholder value, in characters of its digits (each a class of the frame's styles). */
export type ValueWidth = 5 | 6 | 7 | 9;

/** Widths of placeholder text, in em (each a class of the frame's styles; 5 is the default). */
export type SkeletonWidth = 5 | 6 | 9 | 13 | 15 | 16;

/** The class giving placeholder text its width: no inline style (a strict CSP blocks `style` attributes). */
const width = (em: SkeletonWidth): string => (em === 5 ? 'skeleton-text' : `skeleton-text w${em}`);

/**
 * Placeholders of the header while loading — a title bar, `stats` figures, a legend of `legend` items — so the
 * header takes the room it will take once the data is there (no jump when it arrives, no raw id as a title).
 */
export const skeleton = {
  title: (): TemplateResult =>
    html`<div part="title" class="title" aria-hidden="true"><span class="skeleton-text long"></span></div>`,
  description: (): TemplateResult =>
    html`<p part="description" class="description" aria-hidden="true">
      <span class="skeleton-text long"></span>
    </p>`,
  /**
   * Figures to come: each a label over a placeholder value. Given as `[label, characters]` (the label's text, known
   * before the data, and about how many characters its value will take), the row wraps as the drawn one will.
   */
  stats: (figures: number | readonly (readonly [string, ValueWidth])[]): TemplateResult =>
    html`<div part="stats" class="stats" aria-hidden="true">
      ${(typeof figures === 'number' ? Array.from({ length: figures }, () => undefined) : figures).map(
        (figure) =>
          html`<div>
            <div class="dt">${figure ? figure[0] : html`<span class="skeleton-text"></span>`}</div>
            <div class="dd">
              <span class=${figure ? `skeleton-text v${figure[1]}` : 'skeleton-text'}></span>
            </div>
          </div>`,
      )}
    </div>`,
  legend: (widths: readonly SkeletonWidth[]): TemplateResult =>
    html`<div part="legend" class="legend" aria-hidden="true">
      ${widths.map((em) => html`<span class="legend-item"><span class=${width(em)}></span></span>`)}
    </div>`,
  /** Footnotes to come, each a sentence that wraps as a sentence would (two halves of about 16em). */
  notes: (count: number): TemplateResult =>
    html`<div part="notes" class="notes" aria-hidden="true">
      ${Array.from(
        { length: count },
        () =>
          html`<div>
            <span class="skeleton-text w16"></span>
            <span class="skeleton-text w16"></span>
          </div>`,
      )}
    </div>`,
};
