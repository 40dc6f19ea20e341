/**
 * Dashboard, Chart.js: the same planned charts (dashboard-plan.ts, `?n=60`) drawn by Chart.js 4 (`chart.js/auto`,
 * no animation, responsive) from the same proxy URLs, as a page would write it: one fetch per distinct URL (shared
 * by the charts that need it), `response.json()`, then `new Chart(…)`, which has drawn when it returns.
 */
import Chart, { type ChartConfiguration } from 'chart.js/auto';
import { runDashboard } from './dashboard-harness.js';
import type { PlannedChart } from './dashboard-plan.js';

type Row = Record<string, unknown>;
interface Body {
  data?: Row[];
  name?: string;
}

const answers = new Map<string, Promise<Body>>();
const charts: Chart[] = [];

function load(url: string): Promise<Body> {
  let answer = answers.get(url);
  if (!answer) {
    answer = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<Body>;
    });
    answers.set(url, answer);
  }
  return answer;
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/** The per-group counters of one day of /sends/data_series (by channel, or by variation across channels). */
function groups(day: Row, by: 'channel' | 'variation'): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const [channel, rows] of Object.entries((day.messages ?? {}) as Record<string, Row[]>)) {
    for (const row of rows) {
      if (row.sent === undefined) continue; // the control group
      const key = by === 'channel' ? channel : String(row.variation_name);
      out.set(key, [...(out.get(key) ?? []), row]);
    }
  }
  return out;
}

function sendConfig(chart: Extract<PlannedChart, { kind: 'send' }>, days: Row[]): ChartConfiguration {
  const labels = days.map((d) => String(d.time));
  const totals = new Map<string, { sent: number; delivered: number; opened: number; clicked: number }>();
  const perDay = new Map<string, number[]>();
  days.forEach((day, i) => {
    for (const [key, rows] of groups(day, chart.groupBy)) {
      const t = totals.get(key) ?? { sent: 0, delivered: 0, opened: 0, clicked: 0 };
      for (const row of rows) {
        t.sent += num(row.sent);
        t.delivered += num(row.delivered);
        t.opened += num(row.unique_opens ?? row.direct_opens ?? row.read);
        t.clicked += num(row.unique_clicks ?? row.body_clicks);
      }
      totals.set(key, t);
      const series = perDay.get(key) ?? new Array<number>(days.length).fill(0);
      series[i] = rows.reduce((sum, row) => sum + num(row.sent), 0);
      perDay.set(key, series);
    }
  });
  if (chart.view === 'daily') {
    return {
      type: 'bar',
      data: { labels, datasets: [...perDay].map(([label, data]) => ({ label, data })) },
      options: { scales: { x: { stacked: true }, y: { stacked: true } } },
    };
  }
  if (chart.view === 'totals') {
    const keys = [...totals.keys()];
    return {
      type: 'bar',
      data: {
        labels: keys,
        datasets: (['sent', 'delivered'] as const).map((field) => ({
          label: field,
          data: keys.map((key) => totals.get(key)![field]),
        })),
      },
    };
  }
  const all = [...totals.values()];
  const sum = (field: 'sent' | 'delivered' | 'opened' | 'clicked') => all.reduce((s, t) => s + t[field], 0);
  return {
    type: 'bar',
    data: {
      labels: ['Sent', 'Delivered', 'Opened', 'Clicked'],
      datasets: [{ label: 'messages', data: [sum('sent'), sum('delivered'), sum('opened'), sum('clicked')] }],
    },
    options: { indexAxis: 'y' },
  };
}

/** The chart's configuration and title, from its answers. */
async function config(chart: PlannedChart): Promise<[ChartConfiguration, string]> {
  // Both requests of a segment start at once.
  const [answer, details] = await Promise.all([
    load(chart.series),
    chart.kind === 'segment' ? load(chart.details) : undefined,
  ]);
  const series = answer.data ?? [];
  if (chart.kind === 'send')
    return [sendConfig(chart, series), `${chart.attributes['campaign-id']} (${chart.view})`];
  const labels = series.map((d) => String(d.time));
  if (chart.kind === 'session') {
    const data = series.map((d) => num(d.sessions));
    return [
      {
        type: chart.variant === 'bars' ? 'bar' : 'line',
        data: { labels, datasets: [{ label: 'Sessions', data, pointRadius: 0 }] },
      },
      `Sessions per ${chart.attributes.unit}`,
    ];
  }
  const data = series.map((d) => num(d.size));
  return [
    { type: 'line', data: { labels, datasets: [{ label: 'Users', data, fill: true, pointRadius: 0 }] } },
    details?.name ?? chart.attributes['segment-id']!,
  ];
}

function draw(canvas: HTMLCanvasElement, base: ChartConfiguration, title: string): void {
  const options = base.options ?? {};
  charts.push(
    new Chart(canvas, {
      ...base,
      options: {
        ...options,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          title: { display: true, text: title },
          legend: { display: base.data.datasets.length > 1 },
        },
      },
    } as ChartConfiguration),
  );
}

runDashboard({
  library: 'chartjs',
  mount(grid, planned, drawn, failed) {
    for (const chart of planned) {
      const box = document.createElement('div');
      box.style.cssText = 'position:relative;height:260px';
      const canvas = document.createElement('canvas');
      box.append(canvas);
      grid.append(box);
      config(chart).then(
        ([base, title]) => {
          draw(canvas, base, title);
          drawn();
        },
        (error: unknown) => failed(String(error)),
      );
    }
  },
  clear(grid) {
    for (const chart of charts.splice(0)) chart.destroy();
    grid.replaceChildren();
    answers.clear();
  },
  requests: () => answers.size,
});
