/**
 * Dashboard, ours: the planned charts (dashboard-plan.ts, `?n=60`) as our elements against the mock proxy served by
 * the bench server at /api/braze, through the default page-wide client (no configuration). A chart is drawn at its
 * `braze-load`.
 */
// The define files, as a page would import them (braze-charts/segment-trend …).
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import { getClient } from '../../src/public-api.js';
import { runDashboard } from './dashboard-harness.js';
import { PROXY } from './dashboard-plan.js';

runDashboard({
  library: 'ours',
  mount(grid, charts, drawn, failed) {
    const els = charts.map(({ tag, attributes }) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) if (value) el.setAttribute(name, value);
      el.addEventListener('braze-load', drawn, { once: true });
      el.addEventListener(
        'braze-error',
        (event) => failed(`${tag}: ${(event as CustomEvent<{ error: Error }>).detail.error.message}`),
        { once: true },
      );
      return el;
    });
    grid.append(...els);
  },
  clear(grid) {
    grid.replaceChildren();
    getClient(PROXY).clear();
  },
  requests: () => getClient(PROXY).stats.requests,
});
