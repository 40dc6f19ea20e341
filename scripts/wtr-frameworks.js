// Web Test Runner plugin: serves React 19 (CommonJS on npm) and Vue 3 as browser ES modules for the framework
// tests. React, react-dom and react-dom/client are bundled once with esbuild (one React instance) and re-exported
// with their named exports; `vue` resolves to Vue's ESM browser build (with the template compiler).
import { build } from 'esbuild';

const PREFIX = '/__frameworks/';
const SHIMS = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const ENTRY = `import * as React from 'react'; import * as ReactDOM from 'react-dom';
  import * as ReactDOMClient from 'react-dom/client'; export { React, ReactDOM, ReactDOMClient };`;

function bundle(format, mode) {
  return build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  }).then((result) => result.outputFiles[0].text);
}

let browserBundle;
let exportNames;

/** The export names of each namespace, from a production CommonJS bundle evaluated here (no Node `require`). */
function names() {
  exportNames ??= bundle('cjs', 'production').then((code) => {
    const module = { exports: {} };
    new Function('module', 'exports', code)(module, module.exports);
    return Object.fromEntries(
      Object.entries(module.exports).map(([name, ns]) => {
        const value = ns.default ?? ns;
        return [name, Object.keys(value).filter((k) => IDENTIFIER.test(k) && k !== 'default')];
      }),
    );
  });
  return exportNames;
}

export function frameworksPlugin() {
  return {
    name: 'braze-frameworks',
    resolveImport({ source }) {
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      if (source in SHIMS) return `${PREFIX}${SHIMS[source]}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length, -'.js'.length);
      if (name === 'bundle')
        return { body: await (browserBundle ??= bundle('esm', 'development')), type: 'js' };
      const keys = (await names())[name];
      if (!keys) return undefined;
      return {
        type: 'js',
        body: `import { ${name} as ns } from '${PREFIX}bundle.js';
const m = ns.default ?? ns;
export default m;
export const { ${keys.join(', ')} } = m;`,
      };
    },
  };
}
