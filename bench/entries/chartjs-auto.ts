/** Bundle-size entry: Chart.js with every controller, element, scale and plugin registered (chart.js/auto). */
export { default as Chart } from 'chart.js/auto';
