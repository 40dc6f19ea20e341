import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import type { InlineConfig, Plugin } from 'vite';

/** The CDN element files: name → entry. `braze-charts` (all three) imports the three element files. */
export const CDN_ELEMENTS = {
  'braze-charts': 'src/cdn/braze-charts.ts',
  'segment-trend': 'src/cdn/segment-trend.ts',
  'session-chart': 'src/cdn/session-chart.ts',
  'send-breakdown': 'src/cdn/send-breakdown.ts',
  'kpi-overview': 'src/cdn/kpi-overview.ts',
  'kpi-trend': 'src/cdn/kpi-trend.ts',
  'event-trend': 'src/cdn/event-trend.ts',
  'purchase-trend': 'src/cdn/purchase-trend.ts',
  'campaign-breakdown': 'src/cdn/campaign-breakdown.ts',
  'canvas-breakdown': 'src/cdn/canvas-breakdown.ts',
} as const;

/** The locale packs: name → entry. Each stands alone (the registry lives on `globalThis`, see src/chart/locale.ts). */
export const CDN_LOCALES = {
  'locale-de': 'src/cdn/locale-de.ts',
  'locale-fr': 'src/cdn/locale-fr.ts',
} as const;

/** The chunk every element file imports: lit, d3, zod, the frame, the data client and all code two elements share. */
export const SHARED_CHUNK = 'shared';
/**
 * Code the elements beyond the first three share with one another or with one of the first three goes to a chunk
 * per set of elements using it, named after them: `shared.kpi-overview.kpi-trend.js` (the KPI maths),
 * `shared.kpi-trend.session-chart.js` (the session chart's drawing, which the KPI trend reuses). A page of one
 * element loads its file, `shared.js` and only the chunks of sets it belongs to.
 */
export const chunkOf = (entries: Iterable<string>) => `${SHARED_CHUNK}.${[...entries].sort().join('.')}`;
/** The first three elements: what two of them share is the shared chunk. */
const CORE_ENTRIES = ['segment-trend', 'session-chart', 'send-breakdown'] as const;

/**
 * Elements that are thin subclasses of one base (their properties, requests and title): their classes go into the
 * chunk of code they share, next to that base, so their element files are only the definitions. Measured: 0.5 kB
 * less for the full bundle (two element files' import and export lists), the same for each element alone.
 */
const ELEMENT_FAMILIES = [
  {
    elements: ['campaign-breakdown', 'send-breakdown'],
    test: (id: string) => /\/src\/elements\/(send|campaign)-breakdown\//.test(id),
  },
];

/**
 * Modules that go into the shared chunk whichever elements use them: the endpoint policy's descriptor builder
 * (`pooledEndpoint`, cache lifetimes) is a few hundred bytes that most elements since issue 17 import; a chunk of its
 * own cost 0.37 kB gzip to each of them (the KPI elements, both breakdowns) and to the full bundle, for 0.16 kB in
 * `shared.js`.
 */
const ALWAYS_SHARED = [/\/src\/api\/policy\.ts$/];

/** The element entries whose sharing decides what goes into the shared chunk (the full bundle reaches everything). */
const ELEMENT_ENTRIES = [
  'segment-trend',
  'session-chart',
  'send-breakdown',
  'kpi-overview',
  'kpi-trend',
  'event-trend',
  'purchase-trend',
  'campaign-breakdown',
  'canvas-breakdown',
] as const;

/**
 * Records which element entries reach each module (static imports), so the chunking rule can put every module two
 * or more elements use into the one shared chunk, and leave a module only one element uses in that element's file.
 */
function elementReach(): {
  plugin: Plugin;
  shared: (id: string) => boolean;
  more: (id: string) => string | null;
} {
  const reach = new Map<string, Set<string>>();
  const plugin: Plugin = {
    name: 'braze-cdn-element-reach',
    buildEnd() {
      reach.clear();
      for (const name of ELEMENT_ENTRIES) {
        const entry = [...this.getModuleIds()].find((id) => id.endsWith(CDN_ELEMENTS[name]));
        if (!entry) throw new Error(`CDN entry ${CDN_ELEMENTS[name]} is not in the module graph`);
        const seen = new Set<string>();
        const stack = [entry];
        while (stack.length) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          reach.set(id, (reach.get(id) ?? new Set()).add(name));
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      }
    },
  };
  const core = (id: string) => CORE_ENTRIES.filter((name) => reach.get(id)?.has(name)).length;
  const shared = (id: string) => core(id) >= 2 || ALWAYS_SHARED.some((re) => re.test(id));
  const more = (id: string) => {
    const family = ELEMENT_FAMILIES.find((f) => f.test(id));
    if (family) return chunkOf(family.elements);
    const entries = reach.get(id);
    return !shared(id) && entries && entries.size >= 2 ? chunkOf(entries) : null;
  };
  return { plugin, shared, more };
}

/** Settings both CDN builds share: minified ES modules, es2022, source maps, Lit's literals minified. */
function base(plugins: Plugin[]): InlineConfig {
  return {
    configFile: false,
    publicDir: false,
    // Lit's html`` and css`` literals keep their indentation and comments otherwise; minify them as HTML and CSS.
    plugins: [
      minifyTemplateLiterals({ exclude: ['**/node_modules/**', '**/palette.styles.ts'] }),
      ...plugins,
    ],
    logLevel: 'warn',
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
    },
  };
}

/** Rolldown output settings of a final file: minified, and no /* @__PURE__ *\/ comments (nothing bundles it again). */
const FINAL = { minify: true, comments: { annotation: false } } as const;
// d3-shape ships one file whose curves are `Curve.prototype = {…}` assignments; with property writes counted as
// side effects every curve stays in (−1.1 kB gzip once they may go). d3-time, one file too, builds every interval at
// its top level (`const timeMonth = timeInterval(…)`): those calls are pure, so only the intervals used (utcDay,
// utcHour) stay (−0.35 kB gzip). test/browser/cdn.test.ts draws all three elements from these files.
const TREESHAKE = {
  propertyWriteSideEffects: false,
  manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'],
} as const;

/**
 * The element files as one multi-entry build of ES modules: `braze-charts.js`, `segment-trend.js`,
 * `session-chart.js`, `send-breakdown.js` and the `shared.js` chunk they import (relative imports only, no bare
 * specifiers). Any combination of them on a page loads lit, d3, zod, the client registry and Lit's Trusted Types
 * policy once.
 */
export function cdnElementsConfig(): InlineConfig {
  const { plugin, shared, more } = elementReach();
  const config = base([plugin]);
  config.build = {
    ...config.build,
    lib: { entry: CDN_ELEMENTS, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        ...FINAL,
        chunkFileNames: '[name].js',
        codeSplitting: {
          groups: [
            { name: SHARED_CHUNK, test: shared },
            // Each module by its own set: a KPI module must not pull the session chart's modules it imports into
            // the KPI chunk (rolldown's default), nor the reverse.
            { name: more, debugName: 'shared by a set of elements', includeDependenciesRecursively: false },
          ],
        },
      },
      treeshake: TREESHAKE,
    },
  };
  return config;
}

/** One locale pack as a file of its own, with no imports. */
export function cdnLocaleConfig(name: keyof typeof CDN_LOCALES): InlineConfig {
  const config = base([]);
  config.build = {
    ...config.build,
    lib: { entry: CDN_LOCALES[name], formats: ['es'], fileName: () => `${name}.js` },
    rolldownOptions: { output: { ...FINAL, codeSplitting: false }, treeshake: TREESHAKE },
  };
  return config;
}

/** `vite build -c vite.cdn.config.ts` builds the element files; `npm run build:cdn` builds everything. */
export default cdnElementsConfig();
