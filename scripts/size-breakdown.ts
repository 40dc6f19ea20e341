// What each part of a CDN file costs, min + gzip: `npm run size:why [-- dist/cdn/send-breakdown.js] [--depth N]`
// (default: dist/cdn/shared.js, the chunk every element file imports).
// A part's cost is how many gzip bytes the bundle loses without that part's characters (leave one out, from the
// source map), so shared context is not counted twice; the rows add up to slightly less than the whole file.
// Packages are grouped by name; our files by their first `--depth` (default 3) path segments under src/.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap, type EachMapping } from '@jridgewell/trace-mapping';

const args = process.argv.slice(2);
const depthAt = args.indexOf('--depth');
const depth = depthAt >= 0 ? Number(args[depthAt + 1]) : 3;
const file = args.find((a, i) => !a.startsWith('--') && i !== depthAt + 1) ?? 'dist/cdn/shared.js';

const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

function part(source: string | null): string {
  if (!source) return '(bundler runtime)';
  const packagePath = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (packagePath) return packagePath[1]!;
  const own = source.replace(/^.*?\/?src\//, 'src/').split('/');
  return own.slice(0, depth).join('/');
}

const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const mappings: EachMapping[] = [];
eachMapping(map, (m) => mappings.push(m));
const offset = (m: EachMapping) => lineStarts[m.generatedLine - 1]! + m.generatedColumn;
mappings.sort((a, b) => offset(a) - offset(b));

/** The owning part of every character of the bundle. */
const owner: string[] = new Array<string>(code.length).fill('(bundler runtime)');
mappings.forEach((m, i) => {
  const end = i + 1 < mappings.length ? offset(mappings[i + 1]!) : code.length;
  owner.fill(part(m.source), offset(m), end);
});

const whole = gzip(code);
const rows = [...new Set(owner)]
  .map((name) => {
    let rest = '';
    for (let i = 0; i < code.length; i++) if (owner[i] !== name) rest += code[i];
    return { name, minified: code.length - rest.length, gzip: whole - gzip(rest) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kB = (bytes: number) => (bytes / 1000).toFixed(2).padStart(6);
console.log(`${file}: ${kB(code.length)} kB minified, ${kB(whole)} kB min + gzip\n`);
console.log('  gzip  minified  part');
for (const r of rows) console.log(`${kB(r.gzip)}  ${kB(r.minified)}    ${r.name}`);
const sum = (own: boolean) =>
  rows.filter((r) => r.name.startsWith('src/') === own).reduce((total, r) => total + r.gzip, 0);
console.log(`\n${kB(sum(false))} kB from packages and the bundler, ${kB(sum(true))} kB from src/`);
