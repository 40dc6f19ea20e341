import { BrazeKpiOverview } from '../elements/kpi-overview/kpi-overview.js';
import type { BrazeListeners, KpiOverviewEventMap } from '../events.js';

export { BrazeKpiOverview };

if (!customElements.get('braze-kpi-overview')) customElements.define('braze-kpi-overview', BrazeKpiOverview);

declare global {
  interface HTMLElementTagNameMap {
    'braze-kpi-overview': BrazeKpiOverview;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/kpi-overview/kpi-overview.js' {
  interface BrazeKpiOverview {
    addEventListener: BrazeListeners<BrazeKpiOverview, KpiOverviewEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazeKpiOverview, KpiOverviewEventMap>['removeEventListener'];
  }
}
