// Builds the self-contained CDN bundles into dist/cdn/: the full bundle and one per element (see vite.cdn.config.ts).
import { rmSync } from 'node:fs';
import { build } from 'vite';
import { CDN_ENTRIES, cdnConfig, type CdnEntry } from '../vite.cdn.config.js';

rmSync('dist/cdn', { recursive: true, force: true });
for (const name of Object.keys(CDN_ENTRIES) as CdnEntry[]) {
  await build(cdnConfig(name));
  console.log(`dist/cdn/${name}.js`);
}
