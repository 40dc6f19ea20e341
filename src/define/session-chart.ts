import { BrazeSessionChart } from '../elements/session-chart/session-chart.js';

export { BrazeSessionChart };

if (!customElements.get('braze-session-chart'))
  customElements.define('braze-session-chart', BrazeSessionChart);

declare global {
  interface HTMLElementTagNameMap {
    'braze-session-chart': BrazeSessionChart;
  }
}
