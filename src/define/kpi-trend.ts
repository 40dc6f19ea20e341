import { BrazeKpiTrend } from '../elements/kpi-trend/kpi-trend.js';
import type { BrazeListeners, KpiTrendEventMap } from '../events.js';

export { BrazeKpiTrend };

if (!customElements.get('braze-kpi-trend')) customElements.define('braze-kpi-trend', BrazeKpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'braze-kpi-trend': BrazeKpiTrend;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/kpi-trend/kpi-trend.js' {
  interface BrazeKpiTrend {
    addEventListener: BrazeListeners<BrazeKpiTrend, KpiTrendEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazeKpiTrend, KpiTrendEventMap>['removeEventListener'];
  }
}
