import { estimateTextWidth } from '../../chart/layout.js';

/** Small text (axis labels, legends, notes) is this share of the host's font size: 12px at the default 14px. */
export const SMALL_EM = 0.86;

const widths = new Map<string, number>();
let canvas: CanvasRenderingContext2D | null | undefined;

/** The CSS font of `host`'s small text (`em` × its font size, in its family), e.g. `12.04px system-ui`. */
export function smallFont(host: Element, em = SMALL_EM): string {
  return smallFontOf(getComputedStyle(host), em);
}

/** The CSS font of small text for a host whose computed `fontSize` and `fontFamily` are already known. */
export function smallFontOf(style: { fontSize: string; fontFamily: string }, em = SMALL_EM): string {
  const size = (parseFloat(style.fontSize) || 14) * em;
  return `${size}px ${style.fontFamily || 'sans-serif'}`;
}

/** Width in px of `text` in `font` (a CSS font shorthand), measured once on a canvas; estimated without one. */
export function measureText(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    canvas ??= document.createElement('canvas').getContext('2d');
    if (canvas) {
      canvas.font = font;
      width = Math.ceil(canvas.measureText(text).width) + 1;
    } else width = estimateTextWidth(text, parseFloat(font) || 12);
    widths.set(key, width);
  }
  return width;
}
