import { BrazeSendBreakdown } from '../elements/send-breakdown/send-breakdown.js';
import type { BrazeListeners, SendBreakdownEventMap } from '../events.js';

export { BrazeSendBreakdown };

if (!customElements.get('braze-send-breakdown'))
  customElements.define('braze-send-breakdown', BrazeSendBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'braze-send-breakdown': BrazeSendBreakdown;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/send-breakdown/send-breakdown.js' {
  interface BrazeSendBreakdown {
    addEventListener: BrazeListeners<BrazeSendBreakdown, SendBreakdownEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazeSendBreakdown, SendBreakdownEventMap>['removeEventListener'];
  }
}
