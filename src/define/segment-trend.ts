import { BrazeSegmentTrend } from '../elements/segment-trend/segment-trend.js';

export { BrazeSegmentTrend };

if (!customElements.get('braze-segment-trend'))
  customElements.define('braze-segment-trend', BrazeSegmentTrend);

declare global {
  interface HTMLElementTagNameMap {
    'braze-segment-trend': BrazeSegmentTrend;
  }
}
