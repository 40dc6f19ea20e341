import { html, type TemplateResult } from 'lit';

/** Wraps a story on a dark page with `theme="dark"` set on the chart by the story's args. */
export function onDark(content: TemplateResult): TemplateResult {
  return html`<div style="background: #14161a; color: #e8eaed; padding: 16px">${content}</div>`;
}

/** Wraps a story in a right-to-left, Arabic page (the chart gets `locale="ar-EG"` from the story's args). */
export function rightToLeft(content: TemplateResult): TemplateResult {
  return html`<div dir="rtl" lang="ar">${content}</div>`;
}

/** A narrow container, as in a sidebar or on a phone. */
export function narrow(content: TemplateResult, width = 280): TemplateResult {
  return html`<div style="width: ${width}px">${content}</div>`;
}
