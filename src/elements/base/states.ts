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
