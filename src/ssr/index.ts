/**
 * Server rendering of the charts (`braze-charts/ssr`, Node): each chart's loading view as declarative shadow DOM,
 * rendered by Lit SSR (`@lit-labs/ssr`, an optional peer dependency), so a server-rendered page reserves every
 * chart's space — header, plot and toolbar at their final height — before any JavaScript runs. In the browser the
 * element files (`braze-charts`, `braze-charts/segment-trend`, …) take over that shadow root, draw the same loading
 * view in the same place and then the chart: no hydration code to load, nothing moves.
 *
 * Importing this module defines the three elements on the server (Lit's DOM shim), so a Lit SSR app can also render
 * them inside its own templates with `@lit-labs/ssr`'s `render`.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define/segment-trend.js';
import '../define/send-breakdown.js';
import '../define/session-chart.js';
import '../define/kpi-overview.js';
import '../define/kpi-trend.js';
import '../define/event-trend.js';
import '../define/purchase-trend.js';
import '../define/campaign-breakdown.js';
import '../define/canvas-breakdown.js';

/** The tags `renderChart` renders. */
export type ChartTag =
  | 'braze-segment-trend'
  | 'braze-session-chart'
  | 'braze-send-breakdown'
  | 'braze-kpi-overview'
  | 'braze-kpi-trend'
  | 'braze-event-trend'
  | 'braze-purchase-trend'
  | 'braze-campaign-breakdown'
  | 'braze-canvas-breakdown';

/** Attributes of a chart as in HTML (`proxy-url`, `segment-id`, …): `true` for a boolean attribute; left out when `false`, `null` or `undefined`. */
export type ChartAttributes = Record<string, string | number | boolean | null | undefined>;

const TAGS: readonly ChartTag[] = [
  'braze-segment-trend',
  'braze-session-chart',
  'braze-send-breakdown',
  'braze-kpi-overview',
  'braze-kpi-trend',
  'braze-event-trend',
  'braze-purchase-trend',
  'braze-campaign-breakdown',
  'braze-canvas-breakdown',
];
const NAME = /^[a-z][a-z0-9-]*$/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function attributeText(attributes: ChartAttributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => {
      if (!NAME.test(name)) throw new TypeError(`Invalid attribute name: ${JSON.stringify(name)}`);
      if (value === true) return name;
      return `${name}="${String(value).replace(/[&"<>]/g, (c) => ESCAPES[c] ?? c)}"`;
    })
    .join(' ');
}

/**
 * `<tag …attributes>` with its loading view in a declarative shadow root (`<template shadowrootmode="open">`), as
 * HTML to put in a server-rendered page; the element files, loaded in the browser, draw the chart into it. The
 * shadow root carries the element's styles in a `<style>`: under a Content-Security-Policy, allow it with
 * `await chartStyleHash(tag)` in `style-src`.
 *
 * ```ts
 * import { renderChart } from 'braze-charts/ssr';
 * const markup = await renderChart('braze-segment-trend', { 'proxy-url': '/api/braze', 'segment-id': 'seg_1' });
 * ```
 */
export async function renderChart(tag: ChartTag, attributes: ChartAttributes = {}): Promise<string> {
  if (!TAGS.includes(tag)) throw new TypeError(`Not a braze-charts element: ${JSON.stringify(tag)}`);
  const open = unsafeStatic(`${tag} ${attributeText(attributes)}`.trim());
  const close = unsafeStatic(tag);
  // A static tag (lit/static-html), which the lit lint rules take for a binding.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const markup = await collectResult(render(html`<${open}></${close}>`));
  // Lit's part markers around the whole result mean nothing to a page that is not a Lit template.
  return markup.replace(/^<!--lit-part[^>]*-->|<!--\/lit-part-->$/g, '');
}

/**
 * The CSP source (`'sha256-…'`) of the `<style>` that `renderChart(tag)` puts in the shadow root: add it to
 * `style-src` so a page under a strict policy shows the server-rendered loading view styled before JavaScript runs.
 */
export async function chartStyleHash(tag: ChartTag): Promise<string> {
  const element = customElements.get(tag) as typeof LitElement | undefined;
  if (!element) throw new TypeError(`Not a braze-charts element: ${JSON.stringify(tag)}`);
  const text = element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}
