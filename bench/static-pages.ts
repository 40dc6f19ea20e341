/**
 * The static pages of the cold-load and Lighthouse sections, as a site would write them by hand: ours loads the CDN
 * files (cdn/, built from the sources like `npm run build:cdn`), Chart.js its own minified UMD file
 * (vendor/chart.umd.min.js) and fetches the same proxy URLs our elements request. The pages mark when their chart
 * is drawn (`window.coldResult`) with a small inline script; nothing else differs from a real page.
 */

const PROXY = '/api/braze';

/** The one chart of the cold-load pages: a 30-day segment trend (series + details, two requests). */
export const COLD_URLS = [
  `${PROXY}/segments/data_series?segment_id=seg_all_users&length=30&ending_at=2024-05-31`,
  `${PROXY}/segments/details?segment_id=seg_all_users`,
] as const;

/** The Lighthouse pages' charts: the proxy URLs our three elements request (without ending-at: "now"). */
export const LH_URLS = {
  segment: `${PROXY}/segments/data_series?segment_id=seg_all_users&length=30`,
  details: `${PROXY}/segments/details?segment_id=seg_all_users`,
  sessions: `${PROXY}/sessions/data_series?length=14&unit=day`,
  sends: `${PROXY}/sends/data_series?campaign_id=camp_welcome_series&send_id=send_welcome_day0&length=14`,
} as const;

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${title}">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

const preloadData = (urls: readonly string[]) =>
  urls
    .map((url) => `<link rel="preload" as="fetch" crossorigin href="${url.replaceAll('&', '&amp;')}">`)
    .join('\n');

/** Sets `window.coldResult` at the chart's `braze-load` (ours) or after `new Chart` (Chart.js), then painted. */
const MARK = `function coldDrawn() {
  const drawn = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => {
    window.coldResult = { drawn, painted: performance.now() };
  }));
}
function coldFailed(why) { window.coldResult = { error: String(why) }; }`;

const OURS_COLD_BODY = `<braze-segment-trend proxy-url="${PROXY}" segment-id="seg_all_users" length="30" ending-at="2024-05-31"></braze-segment-trend>
<script>
${MARK}
document.addEventListener('braze-load', coldDrawn, { once: true });
document.addEventListener('braze-error', (e) => coldFailed(e.detail.error.message), { once: true });
</script>`;

const CHARTJS_OPTIONS = `animation: false, responsive: true, maintainAspectRatio: false`;

const CHARTJS_COLD_BODY = `<div style="position:relative;height:300px"><canvas id="chart" role="img" aria-label="All Users, daily size"></canvas></div>
<script>
${MARK}
Promise.all(${JSON.stringify(COLD_URLS)}.map((url) => fetch(url).then((r) => r.json())))
  .then(([series, details]) => {
    new Chart(document.getElementById('chart'), {
      type: 'line',
      data: {
        labels: series.data.map((d) => d.time),
        datasets: [{ label: 'Users', data: series.data.map((d) => d.size), fill: true, pointRadius: 0 }],
      },
      options: { ${CHARTJS_OPTIONS}, plugins: { title: { display: true, text: details.name }, legend: { display: false } } },
    });
    coldDrawn();
  })
  .catch(coldFailed);
</script>`;

const CHARTJS_SCRIPT = '<script src="/vendor/chart.umd.min.js"></script>';

const STYLE = `<style>
body { font: 16px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 960px; padding: 16px; }
section { margin: 0 0 24px; }
</style>`;

const OURS_LH_BODY = `<main>
<h1>Analytics</h1>
<section><braze-segment-trend proxy-url="${PROXY}" segment-id="seg_all_users" length="30"></braze-segment-trend></section>
<section><braze-session-chart proxy-url="${PROXY}" length="14"></braze-session-chart></section>
<section><braze-send-breakdown proxy-url="${PROXY}" campaign-id="camp_welcome_series" send-id="send_welcome_day0" view="funnel"></braze-send-breakdown></section>
</main>`;

const CHARTJS_LH_BODY = `<main>
<h1>Analytics</h1>
<section style="position:relative;height:320px"><canvas id="segment" role="img" aria-label="Segment size per day"></canvas></section>
<section style="position:relative;height:320px"><canvas id="sessions" role="img" aria-label="Sessions per day"></canvas></section>
<section style="position:relative;height:320px"><canvas id="funnel" role="img" aria-label="Send funnel"></canvas></section>
</main>
${CHARTJS_SCRIPT}
<script>
const get = (url) => fetch(url).then((r) => r.json());
const options = (title, extra) => ({ ${CHARTJS_OPTIONS}, plugins: { title: { display: true, text: title }, legend: { display: false } }, ...extra });
const sum = (rows, field) => rows.reduce((s, r) => s + (r[field] ?? 0), 0);
Promise.all([get(${JSON.stringify(LH_URLS.segment)}), get(${JSON.stringify(LH_URLS.details)})]).then(([series, details]) => {
  new Chart(document.getElementById('segment'), {
    type: 'line',
    data: { labels: series.data.map((d) => d.time), datasets: [{ data: series.data.map((d) => d.size), fill: true, pointRadius: 0 }] },
    options: options(details.name),
  });
});
get(${JSON.stringify(LH_URLS.sessions)}).then((series) => {
  new Chart(document.getElementById('sessions'), {
    type: 'bar',
    data: { labels: series.data.map((d) => d.time), datasets: [{ data: series.data.map((d) => d.sessions) }] },
    options: options('Sessions per day'),
  });
});
get(${JSON.stringify(LH_URLS.sends)}).then((series) => {
  const rows = series.data.flatMap((d) => Object.values(d.messages).flat()).filter((r) => r.sent !== undefined);
  const opened = rows.reduce((s, r) => s + (r.unique_opens ?? r.direct_opens ?? 0), 0);
  const clicked = rows.reduce((s, r) => s + (r.unique_clicks ?? r.body_clicks ?? 0), 0);
  new Chart(document.getElementById('funnel'), {
    type: 'bar',
    data: { labels: ['Sent', 'Delivered', 'Opened', 'Clicked'], datasets: [{ data: [sum(rows, 'sent'), sum(rows, 'delivered'), opened, clicked] }] },
    options: options('Welcome series: funnel', { indexAxis: 'y' }),
  });
});
</script>`;

/** The three element files of the Lighthouse page. */
export const LH_ELEMENT_FILES = ['segment-trend.js', 'session-chart.js', 'send-breakdown.js'] as const;

/** The element files as module scripts, and the chunks they import preloaded, as the README recommends. */
const oursLighthouseHead = (chunks: readonly string[]) => `${chunks
  .map((file) => `<link rel="modulepreload" href="/cdn/${file}">`)
  .join('\n')}
${LH_ELEMENT_FILES.map((file) => `<script type="module" src="/cdn/${file}"></script>`).join('\n')}
${STYLE}`;

export const COLD_PAGES = {
  /** The README's one-line embed: the element file (it imports shared.js), then the element. */
  'cold-ours': '<script type="module" src="/cdn/segment-trend.js"></script>',
  /** The README's embed: plus a modulepreload of shared.js (the file the element file imports). */
  'cold-ours-modulepreload': `<link rel="modulepreload" href="/cdn/shared.js">
<script type="module" src="/cdn/segment-trend.js"></script>`,
  /** Plus a preload of the element's two requests, so they start with the HTML. */
  'cold-ours-preload': `<link rel="modulepreload" href="/cdn/shared.js">
${preloadData(COLD_URLS)}
<script type="module" src="/cdn/segment-trend.js"></script>`,
  /** Chart.js's usual embed: its script in the head, then the page fetches and draws. */
  'cold-chartjs': CHARTJS_SCRIPT,
  /** Plus a preload of the two requests, so they start with the library. */
  'cold-chartjs-preload': `${preloadData(COLD_URLS)}
${CHARTJS_SCRIPT}`,
} as const;
export type ColdPage = keyof typeof COLD_PAGES;

export const LIGHTHOUSE_PAGES = { 'lh-ours': 'ours', 'lh-chartjs': 'chartjs' } as const;
export type LighthousePage = keyof typeof LIGHTHOUSE_PAGES;

/** Every static page; `chunks` are the CDN chunks the Lighthouse page's element files import (from the build). */
export const staticPages = (chunks: readonly string[]): Record<ColdPage | LighthousePage, string> => ({
  'cold-ours': page('cold: ours', COLD_PAGES['cold-ours'], OURS_COLD_BODY),
  'cold-ours-modulepreload': page(
    'cold: ours, modulepreload',
    COLD_PAGES['cold-ours-modulepreload'],
    OURS_COLD_BODY,
  ),
  'cold-ours-preload': page('cold: ours, preloaded', COLD_PAGES['cold-ours-preload'], OURS_COLD_BODY),
  'cold-chartjs': page('cold: Chart.js', COLD_PAGES['cold-chartjs'], CHARTJS_COLD_BODY),
  'cold-chartjs-preload': page(
    'cold: Chart.js, preloaded',
    COLD_PAGES['cold-chartjs-preload'],
    CHARTJS_COLD_BODY,
  ),
  'lh-ours': page('Analytics: braze-charts', oursLighthouseHead(chunks), OURS_LH_BODY),
  'lh-chartjs': page('Analytics: Chart.js', STYLE, CHARTJS_LH_BODY),
});
