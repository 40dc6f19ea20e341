// Size budgets of the CDN files (`npm run size`, after `npm run build:cdn`), min + gzip, lit + d3 + zod included.
// What a page pays for one element is its file and every chunk it imports, followed through the chunks' own imports:
// the CDN build names a chunk after the set of elements that share it, and those sets change as elements are added,
// so the files are read from the build's import graph rather than listed here.
import { existsSync, readFileSync } from 'node:fs';

const DIR = 'dist/cdn';
if (!existsSync(`${DIR}/braze-charts.js`))
  throw new Error(`${DIR} is not built: run npm run build:cdn first`);

/** `file` and every module it imports, transitively (relative static imports: the CDN files import nothing else). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(`${DIR}/${file}`, 'utf8');
  for (const [, name] of source.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w{}*$,\s]*?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g,
  ))
    closure(name, seen);
  return seen;
}

const paths = (file) => [...closure(file)].sort().map((name) => `${DIR}/${name}`);

/** kB (gzip) each element may cost a page alone. */
const ELEMENTS = {
  'segment-trend': '45.8 kB',
  'session-chart': '49.8 kB',
  'send-breakdown': '55 kB',
  'campaign-breakdown': '55 kB',
  'canvas-breakdown': '58 kB',
  'kpi-overview': '49.3 kB',
  'kpi-trend': '52.2 kB',
  'event-trend': '52.3 kB',
  'purchase-trend': '52.6 kB',
};

export default [
  {
    name: 'full bundle: braze-charts.js and everything it imports (all nine elements, lit, d3, zod)',
    path: paths('braze-charts.js'),
    gzip: true,
    limit: '84 kB',
  },
  ...Object.entries(ELEMENTS).map(([element, limit]) => ({
    name: `<braze-${element}> alone: ${element}.js and the chunks it imports`,
    path: paths(`${element}.js`),
    gzip: true,
    limit,
  })),
  {
    name: 'shared chunk (dist/cdn/shared.js: lit, d3, zod, the frame, the data client)',
    path: [`${DIR}/shared.js`],
    gzip: true,
    limit: '43.4 kB',
  },
  {
    name: 'German locale pack (dist/cdn/locale-de.js, loaded beside any of the above)',
    path: [`${DIR}/locale-de.js`],
    gzip: true,
    limit: '5.5 kB',
  },
  {
    name: 'French locale pack (dist/cdn/locale-fr.js, loaded beside any of the above)',
    path: [`${DIR}/locale-fr.js`],
    gzip: true,
    limit: '5.5 kB',
  },
];
