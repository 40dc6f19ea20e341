import { BrazeSessionChart } from '../elements/session-chart/session-chart.js';
import type { BrazeListeners, SessionChartEventMap } from '../events.js';

export { BrazeSessionChart };

if (!customElements.get('braze-session-chart'))
  customElements.define('braze-session-chart', BrazeSessionChart);

declare global {
  interface HTMLElementTagNameMap {
    'braze-session-chart': BrazeSessionChart;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/session-chart/session-chart.js' {
  interface BrazeSessionChart {
    addEventListener: BrazeListeners<BrazeSessionChart, SessionChartEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazeSessionChart, SessionChartEventMap>['removeEventListener'];
  }
}
