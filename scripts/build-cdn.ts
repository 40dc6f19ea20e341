// Builds the CDN files into dist/cdn/ (see vite.cdn.config.ts): the element files and their shared chunk in one
// build, then each locale pack on its own. Then it keeps the source maps lean (third-party sources are named, not
// embedded) and writes dist/cdn/integrity.json (file → sha384) for Subresource Integrity.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { CDN_LOCALES, cdnElementsConfig, cdnLocaleConfig } from '../vite.cdn.config.js';

const DIR = 'dist/cdn';
const files = () => readdirSync(DIR).filter((f) => f.endsWith('.js'));

mkdirSync(DIR, { recursive: true });
// Only what this script writes: dist/cdn/*.d.ts come from `tsc -p tsconfig.build.json` (npm run build:lib).
for (const file of readdirSync(DIR, { withFileTypes: true }).filter((f) => f.isFile())) {
  if (/\.js(\.map)?$|^integrity\.json$/.test(file.name)) rmSync(`${DIR}/${file.name}`);
}

await build(cdnElementsConfig());
for (const name of Object.keys(CDN_LOCALES) as (keyof typeof CDN_LOCALES)[])
  await build(cdnLocaleConfig(name));

/** Drops the embedded text of sources under node_modules (lit, d3, zod): their names and mappings stay. */
function leanMap(path: string): void {
  const map = JSON.parse(readFileSync(path, 'utf8')) as {
    sources: string[];
    sourcesContent?: (string | null)[];
  };
  map.sourcesContent = map.sourcesContent?.map((text, i) =>
    /(^|\/)node_modules\//.test(map.sources[i] ?? '') ? null : text,
  );
  writeFileSync(path, JSON.stringify(map));
}

const integrity: Record<string, string> = {};
for (const file of files().sort()) {
  // A file that only imports and re-exports (braze-charts.js) has no map.
  if (existsSync(`${DIR}/${file}.map`)) leanMap(`${DIR}/${file}.map`);
  integrity[file] = `sha384-${createHash('sha384')
    .update(readFileSync(`${DIR}/${file}`))
    .digest('base64')}`;
  console.log(`${DIR}/${file}`);
}
writeFileSync(`${DIR}/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);
