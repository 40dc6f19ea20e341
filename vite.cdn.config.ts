import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import type { InlineConfig } from 'vite';

/** The CDN bundles: name → entry. `braze-charts` is the full bundle; the others define one element each. */
export const CDN_ENTRIES = {
  'braze-charts': 'src/index.ts',
  'segment-trend': 'src/define/segment-trend.ts',
  'session-chart': 'src/define/session-chart.ts',
  'send-breakdown': 'src/define/send-breakdown.ts',
  'locale-de': 'src/locales/de.ts',
  'locale-fr': 'src/locales/fr.ts',
} as const;

export type CdnEntry = keyof typeof CDN_ENTRIES;

/**
 * A self-contained, minified ES module (lit, d3 and zod bundled in, no imports left) usable with one
 * `<script type="module" src=".../dist/cdn/braze-charts.js">`. One build per entry so that every file stands
 * alone (a multi-entry build would share chunks): `npm run build:cdn` (scripts/build-cdn.ts) builds them all;
 * `vite build -c vite.cdn.config.ts` alone builds the full bundle, `BRAZE_CDN_ENTRY=segment-trend …` another.
 */
export function cdnConfig(name: CdnEntry): InlineConfig {
  return {
    configFile: false,
    publicDir: false,
    // Lit's html`` and css`` literals keep their indentation and comments otherwise; minify them as HTML and CSS.
    plugins: [minifyTemplateLiterals({ exclude: ['**/node_modules/**', '**/palette.styles.ts'] })],
    logLevel: 'warn',
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: CDN_ENTRIES[name], formats: ['es'], fileName: () => `${name}.js` },
      // Vite leaves ES library builds unminified (to keep pure annotations for the app's bundler); these files
      // are final, so minify them here. No code splitting: each file must stand alone.
      rolldownOptions: {
        // No /* @__PURE__ */ comments in a final file (nothing bundles it again).
        output: { codeSplitting: false, minify: true, comments: { annotation: false } },
        // d3-shape ships one file whose curves are `Curve.prototype = {…}` assignments; with property writes
        // counted as side effects every curve stays in (−1.1 kB gzip once they may go). test/browser/cdn.test.ts
        // draws all three elements from this bundle.
        // d3-time, one file too, builds every interval at its top level (`const timeMonth = timeInterval(…)`):
        // calling timeInterval is pure, so only the intervals used (utcDay, utcHour) stay (−1.0 kB gzip).
        treeshake: {
          propertyWriteSideEffects: false,
          manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'],
        },
      },
    },
  };
}

const entry = (process.env.BRAZE_CDN_ENTRY ?? 'braze-charts') as CdnEntry;
if (!(entry in CDN_ENTRIES))
  throw new Error(`BRAZE_CDN_ENTRY must be one of ${Object.keys(CDN_ENTRIES).join(', ')}`);
export default cdnConfig(entry);
