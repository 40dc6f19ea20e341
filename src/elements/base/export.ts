/**
 * Export of a rendered chart: a standalone SVG (computed colours and fonts inlined, so it looks the same outside
 * the page), a PNG drawn from that SVG on a canvas, and a download through an `<a download>` with an object URL.
 */

import { measureText } from './text-measure.js';
import { luminance } from './theme-controller.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the computed style onto each exported node. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-variant-numeric',
  'shape-rendering',
] as const;

/** What an export shows above the chart, read from the rendered header so it matches the screen. */
export interface ExportCaption {
  title: string;
  /** Scope, period and unit, e.g. `All apps · All users · May 18 – 31, 2024 · Sessions`. */
  subtitle: string;
  /** Legend entries with their swatches' colours as drawn (`stroke` for an outlined swatch). */
  legend: { label: string; fill: string; stroke: string | undefined }[];
  font: { family: string; size: number };
  colors: { text: string; muted: string };
}

/** A text's width in px in a CSS font. */
export type Measure = (text: string, font: string) => number;

const svgEl = (name: string, attrs: Record<string, string | number>): SVGElement => {
  const el = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/** `text` broken into lines of at most `width` px in `font`, at spaces. */
export function wrapText(text: string, font: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

/** Lays the caption out from the top of `root` (width `width`); returns the height it takes. */
function drawCaption(root: SVGElement, caption: ExportCaption, width: number, measure: Measure): number {
  const { family, size } = caption.font;
  const pad = 12;
  const small = Math.round(size * 0.86 * 100) / 100;
  let y = pad / 2;
  const text = (x: number, content: string, fontSize: number, fill: string, weight = 400) => {
    const el = svgEl('text', {
      x,
      y,
      fill,
      'font-family': family,
      'font-size': fontSize,
      'font-weight': weight,
    });
    el.textContent = content;
    root.append(el);
  };
  const lines = (content: string, fontSize: number, fill: string, weight = 400) => {
    for (const line of wrapText(content, `${weight} ${fontSize}px ${family}`, width - 2 * pad, measure)) {
      y += fontSize * 1.45;
      text(pad, line, fontSize, fill, weight);
    }
  };
  lines(caption.title, size * 1.1, caption.colors.text, 600);
  lines(caption.subtitle, small, caption.colors.muted);
  let x = pad;
  if (caption.legend.length) y += small * 1.7;
  for (const item of caption.legend) {
    const w = 16 + measure(item.label, `${small}px ${family}`);
    if (x > pad && x + w > width - pad) {
      x = pad;
      y += small * 1.7;
    }
    const swatch = svgEl('rect', { x, y: y - 10, width: 10, height: 10, rx: 2, fill: item.fill });
    if (item.stroke) {
      swatch.setAttribute('stroke', item.stroke);
      swatch.setAttribute('stroke-width', '2');
    }
    root.append(swatch);
    text(x + 15, item.label, small, caption.colors.text);
    x += w + 12;
  }
  return Math.ceil(y + pad);
}

/**
 * `source` (the chart's svg) as a standalone SVG document: xmlns, explicit size, the page's background, every
 * node's computed presentation styles as attributes (never the `style` attributes, whose `var()`s mean nothing
 * outside the page), without the interactive overlays (`[data-export="skip"]`) and Lit's template comments, and —
 * with a caption — the title, subtitle and legend above the plot.
 */
export function serializeSvg(
  source: SVGSVGElement,
  background: string,
  caption?: ExportCaption,
  measure: Measure = (t, font) => t.length * (parseFloat(font.replace(/^\d00 /, '')) || 12) * 0.6,
): { text: string; width: number; height: number } {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((node, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(node);
    // What a node would inherit from its parent anyway (and an opacity of 1) is left out: the same picture, smaller.
    const parent = node === source || !node.parentElement ? undefined : getComputedStyle(node.parentElement);
    for (const property of INLINED) {
      const value = style.getPropertyValue(property);
      const inherited = property === 'opacity' ? value === '1' : parent?.getPropertyValue(property) === value;
      if (value && !inherited) copy.setAttribute(property, value);
    }
    copy.removeAttribute('style');
    if (node === source) copy.setAttribute('color', style.color);
  });
  for (const skip of clone.querySelectorAll('[data-export="skip"]')) skip.remove();
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const attr of ['tabindex', 'part', 'class', 'role', 'aria-label', 'aria-describedby'])
    clone.removeAttribute(attr);
  const width = source.width.baseVal.value;
  const plotHeight = source.height.baseVal.value;
  const root = svgEl('svg', { xmlns: SVG_NS, width, height: plotHeight });
  root.append(svgEl('rect', { width: '100%', height: '100%', fill: background }));
  const top = caption ? drawCaption(root, caption, width, measure) : 0;
  for (const [k, v] of Object.entries({ x: 0, y: top, width, height: plotHeight }))
    clone.setAttribute(k, String(v));
  root.append(clone);
  root.setAttribute('height', String(top + plotHeight));
  return { text: new XMLSerializer().serializeToString(root), width, height: top + plotHeight };
}

/** The first opaque background behind `el` (through shadow roots), else `fallback`. */
export function backgroundBehind(el: Element, fallback: string): string {
  for (let node: Element | null = el; node;) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && !/transparent|rgba\(0, 0, 0, 0\)/.test(color)) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return fallback;
}

/**
 * `host`'s drawn chart as a standalone SVG document, captioned with what its header shows (title, legend — in
 * their on-screen colours), `subtitle`, on the background behind it. Throws before the chart is drawn.
 */
export function exportSvg(
  host: HTMLElement & { readonly renderRoot: ParentNode },
  fallbackTitle: string,
  subtitle: string,
): { text: string; width: number; height: number } {
  const root = host.renderRoot;
  const chart = root.querySelector<SVGSVGElement>('svg[part~="svg"]');
  if (!chart) throw new Error('The chart has not been drawn yet.');
  const style = getComputedStyle(host);
  const dark = (luminance(style.color) ?? 0) > 0.4;
  const description = root.querySelector('[part~="description"]');
  const legend = [...root.querySelectorAll('[part~="legend"] .legend-item:not([aria-pressed="false"])')].map(
    (item) => {
      const swatch = getComputedStyle(item.querySelector('.swatch') ?? item);
      const hollow = item.querySelector('.swatch.hollow') !== null;
      return {
        label: item.textContent?.trim() ?? '',
        fill: hollow ? 'none' : swatch.backgroundColor,
        stroke: hollow ? swatch.borderTopColor : undefined,
      };
    },
  );
  const caption: ExportCaption = {
    title: root.querySelector('[part~="title"]')?.textContent?.trim() || fallbackTitle,
    subtitle,
    legend,
    font: { family: style.fontFamily, size: parseFloat(style.fontSize) || 14 },
    colors: { text: style.color, muted: description ? getComputedStyle(description).color : style.color },
  };
  return serializeSvg(chart, backgroundBehind(host, dark ? '#16181d' : '#ffffff'), caption, measureText);
}

/** Thrown by svgToPng when the page's Content-Security-Policy (`img-src`) lets no image of the SVG load. */
export class ImageBlockedError extends Error {
  override name = 'ImageBlockedError';
}

async function decoded(src: string, width: number, height: number): Promise<HTMLImageElement> {
  const image = new Image();
  image.width = width;
  image.height = height;
  image.src = src;
  await image.decode();
  return image;
}

/**
 * Draws an SVG document string on a canvas (at `scale`× for sharp output) and encodes it as PNG. The SVG is loaded
 * as an image from a `blob:` URL, else (a CSP `img-src` without `blob:`) from a `data:` URL; when the page allows
 * neither, it rejects with an ImageBlockedError.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = await decoded(url, width, height).catch(() =>
      decoded(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`, width, height).catch(() => {
        throw new ImageBlockedError(
          "PNG export needs the page's Content-Security-Policy to allow blob: or data: images (img-src).",
        );
      }),
    );
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as `filename` through a temporary `<a download>` inside `root` (never document.body). */
export function download(root: ShadowRoot | HTMLElement, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a chart title: `Sessions per day` → `sessions-per-day`. */
export function fileName(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'chart'
  );
}

/** The file formats of the export menu. */
export type ExportKind = 'csv' | 'svg' | 'png';

/** What exportChart needs of a chart element. */
export interface Exportable {
  readonly renderRoot: HTMLElement | DocumentFragment;
  toCSV(): string;
  toSVG(): string;
  toPNG(): Promise<Blob>;
}

/** Downloads `chart` as `<title>.csv`, `.svg` or `.png` (the file name made from `title`). */
export async function exportChart(chart: Exportable, title: string, kind: ExportKind): Promise<void> {
  const name = fileName(title);
  const blob =
    kind === 'csv'
      ? new Blob([chart.toCSV()], { type: 'text/csv;charset=utf-8' })
      : kind === 'svg'
        ? new Blob([chart.toSVG()], { type: 'image/svg+xml' })
        : await chart.toPNG();
  download(chart.renderRoot as ShadowRoot, blob, `${name}.${kind}`);
}
