import { BrazePurchaseTrend } from '../elements/purchase-trend/purchase-trend.js';
import type { BrazeListeners, PurchaseTrendEventMap } from '../events.js';

export { BrazePurchaseTrend };

if (!customElements.get('braze-purchase-trend'))
  customElements.define('braze-purchase-trend', BrazePurchaseTrend);

declare global {
  interface HTMLElementTagNameMap {
    'braze-purchase-trend': BrazePurchaseTrend;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/purchase-trend/purchase-trend.js' {
  interface BrazePurchaseTrend {
    addEventListener: BrazeListeners<BrazePurchaseTrend, PurchaseTrendEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazePurchaseTrend, PurchaseTrendEventMap>['removeEventListener'];
  }
}
