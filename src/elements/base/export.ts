/**
 * Export of a rendered chart: a standalone SVG (computed colours and fonts inlined, so it looks the same outside
 * the page), a PNG drawn from that SVG on a canvas, and a download through an `<a download>` with an object URL.
 */

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

/**
 * `source` as a standalone SVG document string: xmlns, explicit size, a background, every node's computed
 * presentation styles as attributes, and without the interactive overlays (`[data-export="skip"]`) and Lit's
 * template comments.
 */
export function serializeSvg(source: SVGSVGElement, background: string): string {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((node, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(node);
    for (const property of INLINED) {
      const value = style.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
    if (node === source) copy.setAttribute('color', style.color);
  });
  for (const skip of clone.querySelectorAll('[data-export="skip"]')) skip.remove();
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const attr of ['tabindex', 'part', 'class', 'style', 'aria-describedby']) clone.removeAttribute(attr);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(source.width.baseVal.value));
  clone.setAttribute('height', String(source.height.baseVal.value));
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  clone.insertBefore(rect, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

/** `host`'s drawn chart as a standalone SVG document on its export background. Throws before it is drawn. */
export function chartSvg(host: HTMLElement & { readonly renderRoot: ParentNode }): string {
  const chart = host.renderRoot.querySelector<SVGSVGElement>('svg[part="svg"]');
  if (!chart) throw new Error('The chart has not been drawn yet.');
  const background = getComputedStyle(host).getPropertyValue('--_export-background').trim() || '#ffffff';
  return serializeSvg(chart, background);
}

/** Draws an SVG document string on a canvas (at `scale`× for sharp output) and encodes it as PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
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
