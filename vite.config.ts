import { defineConfig } from 'vite';

/**
 * Library build: one ES module per element define file plus the full bundle. Runtime dependencies (lit, d3, zod)
 * stay external so an app's bundler dedupes them; the self-contained CDN build is a separate entry later.
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        'define/segment-trend': 'src/define/segment-trend.ts',
        'define/session-chart': 'src/define/session-chart.ts',
        'define/send-breakdown': 'src/define/send-breakdown.ts',
        'define/kpi-overview': 'src/define/kpi-overview.ts',
        'define/kpi-trend': 'src/define/kpi-trend.ts',
        'define/event-trend': 'src/define/event-trend.ts',
        'define/purchase-trend': 'src/define/purchase-trend.ts',
        'define/campaign-breakdown': 'src/define/campaign-breakdown.ts',
        'define/canvas-breakdown': 'src/define/canvas-breakdown.ts',
        'data/index': 'src/data/index.ts',
        'locales/de': 'src/locales/de.ts',
        'locales/fr': 'src/locales/fr.ts',
        'react/index': 'src/react/index.ts',
        'vue/index': 'src/vue/index.ts',
        'ssr/index': 'src/ssr/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^d3-/,
        /^zod($|\/)/,
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^vue$/,
        /^@lit-labs\//,
        /^node:/,
      ],
      // One file per module, mirroring src/: the define call stays in dist/define/*.js, the only files with side
      // effects, so bundlers can tree-shake everything else; the .d.ts files from tsc sit beside them.
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // The maps point at src/, which the package ships: no second copy of every source inside them.
        sourcemapExcludeSources: true,
      },
    },
  },
});
