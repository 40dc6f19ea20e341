import { BrazeEventTrend } from '../elements/event-trend/event-trend.js';
import type { BrazeListeners, EventTrendEventMap } from '../events.js';

export { BrazeEventTrend };

if (!customElements.get('braze-event-trend')) customElements.define('braze-event-trend', BrazeEventTrend);

declare global {
  interface HTMLElementTagNameMap {
    'braze-event-trend': BrazeEventTrend;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/event-trend/event-trend.js' {
  interface BrazeEventTrend {
    addEventListener: BrazeListeners<BrazeEventTrend, EventTrendEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazeEventTrend, EventTrendEventMap>['removeEventListener'];
  }
}
