import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { serializeSvg } from '../../src/elements/base/export.js';
import { GALLERY, mountCase, type GallerySetting } from './helpers/gallery.js';

/**
 * Golden snapshots, in the spirit of Observable Plot's test/output: the drawing of every element and view from fixed
 * mock data, in English, German and right to left (Hebrew), 320 and 768 px wide, on a light and a dark page, compared
 * with the committed test/golden/*.svg. A change to what is drawn shows as a diff of those files; after checking
 * it, `npm run test:golden:update` writes them again.
 */

/**
 * The chart's svg as stable text: the computed colours, strokes and fonts inlined (so the light and dark drawings
 * differ where they should), numbers to one decimal, one element per line, without the pattern definitions.
 */
function drawing(el: Element): string {
  const root = el.shadowRoot!;
  const svg = root.querySelector<SVGSVGElement>('svg[part~="svg"]');
  const tiles = [...root.querySelectorAll<HTMLElement>('[part~="tile"]')];
  // The KPI overview draws no chart svg: each tile's visible text (as a comment) and its sparkline instead.
  const text = tiles.length
    ? tiles
        .map((tile) => {
          const words = [...tile.children]
            .filter((child) => !child.matches('svg, .visually-hidden'))
            .map((child) => child.textContent!.replace(/\s+/g, ' ').trim())
            .join(' | ');
          const spark = tile.querySelector<SVGSVGElement>('svg.spark');
          return `<!-- ${words} -->${spark ? serializeSvg(spark, 'none').text : ''}`;
        })
        .join('\n')
    : serializeSvg(svg!, 'none').text;
  return text
    .replace(/<defs[\s\S]*?<\/defs>/, '') // the forced-colours patterns, the same in every drawing
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s*</g, '>\n<')
    .concat('\n');
}

const SETTINGS: (GallerySetting & { key: string })[] = [];
for (const [key, lang, dir] of [
  ['en', 'en-US', 'ltr'],
  ['de', 'de-DE', 'ltr'],
  ['rtl', 'he', 'rtl'],
] as const)
  for (const width of [320, 768])
    for (const theme of ['light', 'dark'] as const)
      SETTINGS.push({ key: `${key}-${width}-${theme}`, lang, dir, width, theme });

describe('golden drawings (test/golden, npm run test:golden:update)', () => {
  for (const c of GALLERY) {
    it(`${c.name}: ${SETTINGS.length} drawings as committed`, async () => {
      const failures: string[] = [];
      for (const setting of SETTINGS) {
        const el = await mountCase(c, setting);
        const name = `${c.name}-${setting.key}`;
        const result = await executeServerCommand<
          { ok: boolean; diff: string },
          { name: string; svg: string }
        >('golden', { name, svg: drawing(el) });
        if (!result.ok) failures.push(`${name}: ${result.diff}`);
        el.parentElement!.remove();
      }
      expect(failures.join('\n\n'), 'drawings that differ from test/golden').to.equal('');
    });
  }
});
