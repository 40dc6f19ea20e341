import { BrazeSendBreakdown } from '../elements/send-breakdown/send-breakdown.js';

export { BrazeSendBreakdown };

if (!customElements.get('braze-send-breakdown'))
  customElements.define('braze-send-breakdown', BrazeSendBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'braze-send-breakdown': BrazeSendBreakdown;
  }
}
