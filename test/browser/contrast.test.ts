import { expect } from '@open-wc/testing';
import { GALLERY, mountCase } from './helpers/gallery.js';

type RGBA = [number, number, number, number];

/** A computed CSS colour (`rgb()`, `rgba()`, `color(srgb …)`) as 0–1 channels and alpha. */
function parse(color: string): RGBA | undefined {
  if (color === 'none' || color.startsWith('url(')) return undefined;
  const n = color.match(/-?[\d.]+/g)?.map(Number);
  if (!n || n.length < 3) return undefined;
  const srgb = color.startsWith('color(');
  const [r, g, b] = (srgb ? n.slice(0, 3) : n.slice(0, 3).map((v) => v / 255)) as [number, number, number];
  return [r, g, b, n[3] ?? 1];
}

/** `top` drawn over the opaque `bottom`. */
const over = (top: RGBA, bottom: RGBA): RGBA => [
  top[0] * top[3] + bottom[0] * (1 - top[3]),
  top[1] * top[3] + bottom[1] * (1 - top[3]),
  top[2] * top[3] + bottom[2] * (1 - top[3]),
  1,
];

const luminance = ([r, g, b]: RGBA) => {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** WCAG 2.2 contrast ratio of a (possibly translucent) colour over an opaque background. */
function contrast(color: string, background: RGBA): number {
  const fg = over(parse(color)!, background);
  const [hi, lo] = [luminance(fg), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The opaque colour behind `el`: the first non-transparent background up the tree (through shadow roots). */
function backdrop(el: Element): RGBA {
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host
  ) {
    const bg = parse(getComputedStyle(node).backgroundColor);
    if (bg && bg[3] > 0) return bg;
    if (node === document.documentElement) break;
  }
  return [1, 1, 1, 1];
}

/**
 * WCAG 2.2 contrast of what is drawn, from the rendered colours: every text at least 4.5:1 against what is behind
 * it, every series mark (bars, segments, lines, dots, the previous period's outlines) at least 3:1, light and dark.
 */
describe('contrast of the rendered chart (WCAG 2.2)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const c of GALLERY) {
      it(`${c.name} (${theme}): text ≥ 4.5:1, marks ≥ 3:1`, async () => {
        const el = await mountCase(c, { lang: 'en-US', width: 640, theme });
        const root = el.shadowRoot!;
        const problems: string[] = [];
        const background = backdrop(el);
        const texts = [
          ...root.querySelectorAll<SVGTextElement>('svg text'),
          ...[...root.querySelectorAll<HTMLElement>('*')].filter(
            (e) =>
              !(e instanceof SVGElement) &&
              [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
              !e.closest('.visually-hidden, [hidden], style'),
          ),
        ];
        expect(texts.length).to.be.greaterThan(5);
        for (const t of texts) {
          const style = getComputedStyle(t);
          const color = t instanceof SVGElement ? style.fill : style.color;
          const ratio = contrast(color, backdrop(t.parentElement ?? t));
          if (ratio < 4.5)
            problems.push(`text "${t.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
          if (parseFloat(style.fontSize) < 12)
            problems.push(`text "${t.textContent!.trim().slice(0, 30)}" ${style.fontSize}`);
        }
        const marks = root.querySelectorAll<SVGElement>(
          'rect.bar, rect.segment, rect.step-segment, path.line, circle.dot, svg.spark path, svg.spark circle',
        );
        expect(marks.length).to.be.greaterThan(0);
        for (const mark of marks) {
          const style = getComputedStyle(mark);
          // A paint's own alpha, times its fill- or stroke-opacity and the element's opacity.
          const paint = (color: string, opacity: string) => {
            const rgba = parse(color);
            if (!rgba) return undefined;
            rgba[3] *= Number(opacity) * Number(style.opacity);
            return `color(srgb ${rgba.join(' ')})`;
          };
          const paints = [
            paint(style.fill, style.fillOpacity),
            paint(style.stroke, style.strokeOpacity),
          ].filter((p): p is string => p !== undefined && parse(p)![3] > 0);
          const best = Math.max(...paints.map((p) => contrast(p, background)));
          if (best < 3)
            problems.push(`${mark.getAttribute('class')} ${mark.dataset.key ?? ''} ${best.toFixed(2)}:1`);
        }
        expect([...new Set(problems)]).to.deep.equal([]);
      });
    }
  }
});
