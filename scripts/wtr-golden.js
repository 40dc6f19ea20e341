// `executeServerCommand('golden', { name, svg })` for the golden-snapshot test (test/browser/golden.test.ts): compares
// a drawing with its committed file test/golden/<name>.svg and answers `{ ok, diff }` (the first lines that differ);
// with GOLDEN_UPDATE=1 (`npm run test:golden:update`) it writes the file instead. A missing file is a failure, so
// a new drawing must be committed on purpose.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const DIR = 'test/golden';

/** Where two texts first differ: the line number and, from each, the stretch of that line around the change. */
function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = a.findIndex((line, n) => line !== b[n]);
  if (i < 0) i = Math.min(a.length, b.length);
  const [x, y] = [a[i] ?? '', b[i] ?? ''];
  let c = 0;
  while (c < x.length && x[c] === y[c]) c += 1;
  const around = (line) => line.slice(Math.max(0, c - 60), c + 100);
  return `line ${i + 1}, column ${c + 1}:\n- ${around(x)}\n+ ${around(y)}`;
}

export function goldenPlugin() {
  return {
    name: 'braze-golden',
    async executeCommand({ command, payload }) {
      if (command !== 'golden') return undefined;
      const { name, svg } = payload;
      if (!/^[\w.-]+$/.test(name)) throw new Error(`golden: bad name ${name}`);
      const file = join(DIR, `${name}.svg`);
      if (process.env.GOLDEN_UPDATE) {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, svg);
        return { ok: true, diff: '' };
      }
      const expected = await readFile(file, 'utf8').catch(() => undefined);
      if (expected === undefined)
        return { ok: false, diff: `${file} is missing: run npm run test:golden:update and commit it` };
      return expected === svg ? { ok: true, diff: '' } : { ok: false, diff: firstDifference(expected, svg) };
    },
  };
}
