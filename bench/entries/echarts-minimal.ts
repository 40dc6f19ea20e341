/**
 * Bundle-size entry: ECharts' documented minimal tree-shaken setup for line and bar charts drawn as SVG, exporting
 * `init` (what a page calls; `setOption` is a method of the instance).
 */
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { init };
