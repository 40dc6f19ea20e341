// Every element and view from fixed mock data (a fixed `ending-at`, so the same pictures every day), one card each:
// the page that docs/screenshots/ is taken from (scripts/look.ts) and that a reviewer can open at any width,
// theme, language and direction.
import '../src/index.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';

/** The cards: an id and the element's markup. */
const GALLERY: readonly { id: string; markup: string }[] = [
  { id: 'trend', markup: '<braze-segment-trend segment-id="seg_all_users" ending-at="2024-05-31">' },
  {
    id: 'trend-decline',
    markup: '<braze-segment-trend segment-id="seg_churn_risk" ending-at="2024-05-31" length="60">',
  },
  {
    id: 'trend-one',
    markup: '<braze-segment-trend segment-id="seg_power_users" ending-at="2024-05-31" length="1">',
  },
  { id: 'sessions', markup: '<braze-session-chart ending-at="2024-05-31">' },
  {
    id: 'sessions-compare',
    markup: '<braze-session-chart ending-at="2024-05-31" length="14" compare="previous">',
  },
  {
    id: 'sessions-line',
    markup: '<braze-session-chart ending-at="2024-05-31" length="90" variant="line" compare="previous">',
  },
  {
    id: 'sessions-hour',
    markup: '<braze-session-chart unit="hour" ending-at="2024-05-31T18:00:00Z" length="48" variant="line">',
  },
  {
    id: 'sends-daily',
    markup: '<braze-send-breakdown campaign-id="camp_order_updates" send-id="send_shipped">',
  },
  {
    id: 'sends-conversions',
    markup:
      '<braze-send-breakdown campaign-id="camp_welcome_series" send-id="send_welcome_day0" metric="conversions">',
  },
  {
    id: 'sends-totals',
    markup: '<braze-send-breakdown campaign-id="camp_order_updates" send-id="send_shipped" view="totals">',
  },
  {
    id: 'sends-funnel',
    markup:
      '<braze-send-breakdown campaign-id="camp_welcome_series" send-id="send_welcome_day0" view="funnel">',
  },
  {
    id: 'campaign-daily',
    markup: '<braze-campaign-breakdown campaign-id="camp_cart_abandonment" ending-at="2024-05-31">',
  },
  {
    id: 'campaign-conversions',
    markup:
      '<braze-campaign-breakdown campaign-id="camp_cart_abandonment" ending-at="2024-05-31" length="14" metric="conversions1">',
  },
  {
    id: 'campaign-totals',
    markup:
      '<braze-campaign-breakdown campaign-id="camp_winback" ending-at="2024-05-31" view="totals" group-by="variation">',
  },
  {
    id: 'campaign-funnel',
    markup:
      '<braze-campaign-breakdown campaign-id="camp_feature_launch" ending-at="2024-05-31" length="14" view="funnel">',
  },
  {
    id: 'canvas-daily',
    markup: '<braze-canvas-breakdown canvas-id="canvas_onboarding" ending-at="2024-05-31">',
  },
  {
    id: 'canvas-steps-daily',
    markup:
      '<braze-canvas-breakdown canvas-id="canvas_onboarding" ending-at="2024-05-31" length="30" group-by="step" metric="revenue">',
  },
  {
    id: 'canvas-totals',
    markup:
      '<braze-canvas-breakdown canvas-id="canvas_onboarding" ending-at="2024-05-31" view="totals" metric="conversions">',
  },
  {
    id: 'canvas-steps',
    markup: '<braze-canvas-breakdown canvas-id="canvas_onboarding" ending-at="2024-05-31" view="steps">',
  },
  { id: 'kpi-overview', markup: '<braze-kpi-overview ending-at="2024-05-31">' },
  {
    id: 'kpi-trend',
    markup: '<braze-kpi-trend metric="stickiness" ending-at="2024-05-31" compare="previous">',
  },
  {
    id: 'events',
    markup:
      '<braze-event-trend event="Added to Cart" picker ending-at="2024-05-31" length="14" compare="previous">',
  },
  {
    id: 'purchases',
    markup: '<braze-purchase-trend picker currency="EUR" ending-at="2024-05-31" length="14">',
  },
];

const params = new URLSearchParams(location.search);
const width = params.get('w') ?? undefined;
const theme = params.get('theme');
const only = params.get('only')?.split(',');
document.documentElement.lang = params.get('lang') ?? 'en';
document.documentElement.dir = params.get('dir') ?? 'ltr';
if (theme === 'dark') document.body.classList.add('dark');

const gallery = document.querySelector<HTMLElement>('#gallery')!;
for (const { id, markup } of GALLERY) {
  if (only && !only.includes(id)) continue;
  const card = document.createElement('section');
  card.className = 'card';
  card.id = id;
  card.setAttribute('aria-label', id);
  // A shrink-to-fit flex item: the card needs a width (charts fill their container, they have none of their own).
  card.style.width = `${width ?? 480}px`;
  card.innerHTML = markup;
  const el = card.firstElementChild!;
  el.setAttribute('proxy-url', '/api/braze');
  if (theme) el.setAttribute('theme', theme);
  gallery.append(card);
}
