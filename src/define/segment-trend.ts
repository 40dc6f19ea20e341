import { BrazeSegmentTrend } from '../elements/segment-trend/segment-trend.js';
import type { BrazeListeners, SegmentTrendEventMap } from '../events.js';

export { BrazeSegmentTrend };

if (!customElements.get('braze-segment-trend'))
  customElements.define('braze-segment-trend', BrazeSegmentTrend);

declare global {
  interface HTMLElementTagNameMap {
    'braze-segment-trend': BrazeSegmentTrend;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/segment-trend/segment-trend.js' {
  interface BrazeSegmentTrend {
    addEventListener: BrazeListeners<BrazeSegmentTrend, SegmentTrendEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazeSegmentTrend, SegmentTrendEventMap>['removeEventListener'];
  }
}
