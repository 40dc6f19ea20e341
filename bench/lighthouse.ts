/**
 * Lighthouse section of `npm run bench`: Lighthouse 12 (a devDependency, run in this process) audits the plain page
 * with our three elements (CDN files) and the equivalent Chart.js page (bench/static-pages.ts), with its mobile
 * (default) and desktop configs and simulated throttling, in a Chromium launched for it by puppeteer-core (Debian's,
 * `CHROME_PATH`, the tests' flags) that Lighthouse drives over its debugging port. Scores are medians of the runs;
 * "costs" are the performance points each metric loses (weight × (1 − score)).
 */
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { median, round } from './report.js';
import type { BenchServer } from './server.js';
import { LIGHTHOUSE_PAGES, type LighthousePage } from './static-pages.js';

export type FormFactor = 'mobile' | 'desktop';
export const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop'];

/** The performance metrics Lighthouse scores, by audit id. */
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;
type MetricId = keyof typeof METRICS;

export interface LighthouseRun {
  page: LighthousePage;
  formFactor: FormFactor;
  performance: number;
  accessibility: number;
  /** Each metric's value (ms; CLS unitless) and the performance points it cost. */
  metrics: Record<string, { value: number; display: string; cost: number }>;
  /** Failed accessibility audits (ids). */
  accessibilityFailures: string[];
}

/** One Lighthouse run of `page` (a fresh tab of the given browser). */
async function runOnce(port: number, server: BenchServer, page: LighthousePage, formFactor: FormFactor) {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  };
  const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(`${server.url}/${page}.html`, flags, config);
  if (!result) throw new Error(`lighthouse: no result for ${page} (${formFactor})`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse ${page} (${formFactor}): ${lhr.runtimeError.message}`);
  const perf = lhr.categories.performance!;
  const metrics: LighthouseRun['metrics'] = {};
  for (const ref of perf.auditRefs) {
    const name = METRICS[ref.id as MetricId];
    const audit = lhr.audits[ref.id];
    if (!name || !audit) continue;
    metrics[name] = {
      value: audit.numericValue ?? Number.NaN,
      display: audit.displayValue ?? '',
      cost: round(ref.weight * (1 - (audit.score ?? 0)), 1),
    };
  }
  const a11y = lhr.categories.accessibility!;
  return {
    page,
    formFactor,
    performance: Math.round((perf.score ?? 0) * 100),
    accessibility: Math.round((a11y.score ?? 0) * 100),
    metrics,
    accessibilityFailures: a11y.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
  } satisfies LighthouseRun;
}

/** Every page × form factor, `runs` times each (alternating pages), in a Chromium launched for Lighthouse. */
export async function benchLighthouse(server: BenchServer, runs: number): Promise<LighthouseRun[][]> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    defaultViewport: null,
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const all = new Map<string, LighthouseRun[]>();
    for (let i = 0; i < runs; i++) {
      for (const formFactor of FORM_FACTORS) {
        for (const page of Object.keys(LIGHTHOUSE_PAGES) as LighthousePage[]) {
          const key = `${page} ${formFactor}`;
          all.set(key, [...(all.get(key) ?? []), await runOnce(port, server, page, formFactor)]);
        }
      }
    }
    return [...all.values()];
  } finally {
    await browser.close();
  }
}

/** The run with the median performance score (its metrics belong together). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const score = median(runs.map((r) => r.performance));
  return [...runs].sort((a, b) => Math.abs(a.performance - score) - Math.abs(b.performance - score))[0]!;
}
