/**
 * Bundling for the benchmark, all through vite's JS API (the same bundler for every library):
 * - the bench pages (bench/pages/*.ts) into a temp dir, served by bench/server.ts, with the CDN files built from
 *   the sources as `npm run build:cdn` builds them (cdn/), Chart.js's own minified UMD file (vendor/) and the
 *   static pages of the cold-load and Lighthouse sections (bench/static-pages.ts);
 * - the bundle-size entries (ours: src/index.ts and each src/define/*.ts; Chart.js; ECharts) into a temp dir,
 *   each as one self-contained ES module (no externals), minified, target es2022, then gzipped with node:zlib.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as viteBuild, type BuildEnvironmentOptions, type InlineConfig } from 'vite';
import { cdnElementsConfig } from '../vite.cdn.config.js';
import { LH_ELEMENT_FILES, staticPages } from './static-pages.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = fileURLToPath(new URL('.', import.meta.url));

/**
 * vite's build, leaving `NODE_ENV` as it found it: vite sets it to `production` for the whole process, and the
 * bench's reference proxy then (rightly) refuses mock mode.
 */
async function build(config: InlineConfig): Promise<void> {
  const env = process.env.NODE_ENV;
  try {
    await viteBuild(config);
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  }
}

/** One vite app build into `outDir`: minified, es2022, no preload helper; the same settings for every bundle. */
function appBuild(outDir: string, rolldownOptions: BuildEnvironmentOptions['rolldownOptions']): InlineConfig {
  return {
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions,
    },
  };
}

export const PAGES = ['render', 'dashboard', 'dashboard-chartjs', 'memory'] as const;
export type PageName = (typeof PAGES)[number];

/**
 * Bundles the bench pages into `outDir` (assets/<page>.js plus one <page>.html each), builds the CDN element files
 * into cdn/, copies Chart.js's UMD file to vendor/ and writes the static pages.
 */
export async function buildPages(outDir: string): Promise<void> {
  await build(
    appBuild(outDir, {
      input: Object.fromEntries(PAGES.map((page) => [page, join(BENCH, 'pages', `${page}.ts`)])),
      output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name]-[hash].js' },
    }),
  );
  for (const page of PAGES) {
    await writeFile(
      join(outDir, `${page}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${page}</title></head>` +
        `<body style="margin:0"><script type="module" src="/assets/${page}.js"></script></body></html>\n`,
    );
  }
  const cdn = cdnElementsConfig();
  await build({
    ...cdn,
    root: ROOT,
    build: { ...cdn.build, outDir: join(outDir, 'cdn'), emptyOutDir: true, sourcemap: false },
  });
  await mkdir(join(outDir, 'vendor'));
  await copyFile(
    join(ROOT, 'node_modules/chart.js/dist/chart.umd.min.js'),
    join(outDir, 'vendor/chart.umd.min.js'),
  );
  const chunks = await importedChunks(join(outDir, 'cdn'), LH_ELEMENT_FILES);
  for (const [name, html] of Object.entries(staticPages(chunks)))
    await writeFile(join(outDir, `${name}.html`), html);
}

/** The files `entries` import in `dir`, directly or not (the CDN files import each other as `./name.js`). */
async function importedChunks(dir: string, entries: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const pending = [...entries];
  while (pending.length) {
    const code = await readFile(join(dir, pending.pop()!), 'utf8');
    for (const [, file] of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) {
      if (found.has(file!) || entries.includes(file!)) continue;
      found.add(file!);
      pending.push(file!);
    }
  }
  return [...found].sort();
}

export interface BundleSize {
  name: string;
  entry: string;
  minBytes: number;
  gzipBytes: number;
}

export const BUNDLE_ENTRIES: readonly { name: string; entry: string }[] = [
  { name: 'braze-charts (full: 5 elements + client)', entry: 'src/index.ts' },
  { name: 'braze-charts/segment-trend', entry: 'src/define/segment-trend.ts' },
  { name: 'braze-charts/session-chart', entry: 'src/define/session-chart.ts' },
  { name: 'braze-charts/send-breakdown', entry: 'src/define/send-breakdown.ts' },
  { name: 'chart.js/auto', entry: 'bench/entries/chartjs-auto.ts' },
  { name: 'echarts minimal (line+bar+grid+tooltip, SVG)', entry: 'bench/entries/echarts-minimal.ts' },
];

/** Builds each entry on its own (lit, d3 and zod bundled in) and measures min and min+gzip (level 9) bytes. */
export async function measureBundles(): Promise<BundleSize[]> {
  const dir = await mkdtemp(join(tmpdir(), 'braze-bench-size-'));
  try {
    const sizes: BundleSize[] = [];
    for (const [index, { name, entry }] of BUNDLE_ENTRIES.entries()) {
      const outDir = join(dir, String(index));
      // An app build with the entry's exports kept ('strict'): vite's library mode leaves whitespace in ES
      // output, which would overstate every size.
      await build(
        appBuild(outDir, {
          input: join(ROOT, entry),
          preserveEntrySignatures: 'strict',
          output: { entryFileNames: 'bundle.js', chunkFileNames: '[name]-[hash].js' },
        }),
      );
      const files = (await readdir(outDir)).filter((file) => file.endsWith('.js'));
      let minBytes = 0;
      let gzipBytes = 0;
      for (const file of files) {
        const code = await readFile(join(outDir, file));
        minBytes += code.byteLength;
        gzipBytes += gzipSync(code, { level: 9 }).byteLength;
      }
      sizes.push({ name, entry, minBytes, gzipBytes });
    }
    return sizes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
