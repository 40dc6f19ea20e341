import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/index.js';
import '../../../src/locales/de.js';
import { configureClient } from '../../../src/data/client.js';
import type { BrazeChartElement } from '../../../src/elements/base/chart-base.js';
import { createProxy } from '../../../src/proxy/index.js';
import { drawn, shown } from './rendered.js';

/** The in-page proxy of the gallery: the reference proxy over the mock Braze, its clock fixed, so data never moves. */
export const GALLERY_PROXY_URL = '/gallery/braze';
/** The mock's "now": every chart ends here (send analytics are kept for the 14 days before it). */
export const GALLERY_NOW = new Date('2024-05-31T20:00:00Z');

let installed = false;
/** Routes GALLERY_PROXY_URL to the reference proxy over a mock Braze whose clock is GALLERY_NOW. */
export function installGalleryProxy(): void {
  if (installed) return;
  installed = true;
  const app = createProxy({ mock: true, basePath: GALLERY_PROXY_URL, now: () => GALLERY_NOW.getTime() });
  configureClient(GALLERY_PROXY_URL, { fetch: (request) => Promise.resolve(app.fetch(request)) });
}

/** One drawing of the gallery: an element in one view, with fixed attributes. */
export interface GalleryCase {
  name: string;
  markup: string;
  /** What shows it is drawn, when not the chart's svg: the KPI overview draws tiles with sparklines instead. */
  drawing?: string;
}

/** Each element in each of its views. */
export const GALLERY: readonly GalleryCase[] = [
  { name: 'trend', markup: '<braze-segment-trend segment-id="seg_all_users"></braze-segment-trend>' },
  {
    name: 'trend-zero',
    markup:
      '<braze-segment-trend segment-id="seg_churn_risk" length="60" baseline="zero"></braze-segment-trend>',
  },
  { name: 'sessions-bars', markup: '<braze-session-chart></braze-session-chart>' },
  {
    name: 'sessions-compare',
    markup: '<braze-session-chart length="14" compare="previous"></braze-session-chart>',
  },
  {
    name: 'sessions-line',
    markup: '<braze-session-chart length="90" variant="line" compare="previous"></braze-session-chart>',
  },
  {
    name: 'sessions-hour',
    markup:
      '<braze-session-chart unit="hour" length="48" variant="line" time-zone="UTC"></braze-session-chart>',
  },
  {
    name: 'sends-daily',
    markup:
      '<braze-send-breakdown campaign-id="camp_order_updates" send-id="send_shipped"></braze-send-breakdown>',
  },
  {
    name: 'sends-conversions',
    markup:
      '<braze-send-breakdown campaign-id="camp_welcome_series" send-id="send_welcome_day0" metric="conversions"></braze-send-breakdown>',
  },
  {
    name: 'sends-totals',
    markup:
      '<braze-send-breakdown campaign-id="camp_order_updates" send-id="send_shipped" view="totals"></braze-send-breakdown>',
  },
  {
    name: 'sends-funnel',
    markup:
      '<braze-send-breakdown campaign-id="camp_welcome_series" send-id="send_welcome_day0" view="funnel"></braze-send-breakdown>',
  },
  { name: 'kpi-overview', markup: '<braze-kpi-overview></braze-kpi-overview>', drawing: 'svg.spark' },
  {
    name: 'kpi-dau-compare',
    markup: '<braze-kpi-trend metric="dau" compare="previous"></braze-kpi-trend>',
  },
  { name: 'kpi-stickiness', markup: '<braze-kpi-trend metric="stickiness" length="60"></braze-kpi-trend>' },
  { name: 'kpi-new-users', markup: '<braze-kpi-trend metric="new_users" length="14"></braze-kpi-trend>' },
  {
    name: 'events-bars',
    markup: '<braze-event-trend event="Added to Cart" picker length="14"></braze-event-trend>',
  },
  {
    name: 'events-compare',
    markup:
      '<braze-event-trend event="Searched" length="28" variant="line" compare="previous"></braze-event-trend>',
  },
  { name: 'purchases-revenue', markup: '<braze-purchase-trend picker length="14"></braze-purchase-trend>' },
  {
    name: 'purchases-quantity',
    markup:
      '<braze-purchase-trend metric="quantity" product="coins_500" unit="hour" length="48" variant="line" time-zone="UTC"></braze-purchase-trend>',
  },
  {
    name: 'campaign-daily',
    markup: '<braze-campaign-breakdown campaign-id="camp_cart_abandonment"></braze-campaign-breakdown>',
  },
  {
    name: 'campaign-conversions',
    markup:
      '<braze-campaign-breakdown campaign-id="camp_cart_abandonment" metric="conversions1" length="14"></braze-campaign-breakdown>',
  },
  {
    name: 'campaign-totals',
    markup:
      '<braze-campaign-breakdown campaign-id="camp_winback" view="totals" group-by="variation"></braze-campaign-breakdown>',
  },
  {
    name: 'campaign-funnel',
    markup:
      '<braze-campaign-breakdown campaign-id="camp_cart_abandonment" view="funnel" group-by="variation"></braze-campaign-breakdown>',
  },
  {
    name: 'canvas-daily',
    markup: '<braze-canvas-breakdown canvas-id="canvas_onboarding"></braze-canvas-breakdown>',
  },
  {
    name: 'canvas-totals',
    markup:
      '<braze-canvas-breakdown canvas-id="canvas_onboarding" view="totals" metric="revenue"></braze-canvas-breakdown>',
  },
  {
    name: 'canvas-steps',
    markup: '<braze-canvas-breakdown canvas-id="canvas_onboarding" view="steps"></braze-canvas-breakdown>',
  },
];

/** Waits (at most 40 frames) until `el`, mounted from `c`, shows its drawing: the chart's svg or the case's own. */
export async function caseDrawn(el: BrazeChartElement, c: GalleryCase): Promise<void> {
  await (c.drawing ? shown(el, c.drawing, 40) : drawn(el, 40));
}

/** Where a case is shown: language, direction, width and theme. */
export interface GallerySetting {
  lang: string;
  dir?: 'ltr' | 'rtl';
  width: number;
  theme?: 'light' | 'dark';
}

/**
 * Mounts `c` in a box `width` px wide with `lang` and `dir` on it (a dark page with light text for the dark theme,
 * so the chart takes its dark colours from the page as it would in an app), and resolves once it is drawn.
 */
export async function mountCase(c: GalleryCase, s: GallerySetting): Promise<BrazeChartElement> {
  installGalleryProxy();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.lang = s.lang;
  wrapper.dir = s.dir ?? 'ltr';
  wrapper.style.cssText = `width: ${s.width}px; ${
    s.theme === 'dark' ? 'color: #e8eaed; background: #16181d;' : 'color: #1d1d1f; background: #ffffff;'
  }`;
  wrapper.innerHTML = c.markup;
  const el = wrapper.firstElementChild as BrazeChartElement;
  el.setAttribute('proxy-url', GALLERY_PROXY_URL);
  await oneEvent(el, 'braze-load');
  await caseDrawn(el, c);
  await el.updateComplete;
  return el;
}
