/**
 * Fill patterns that tell series apart where colour cannot: forced-colours mode draws every mark in one system
 * colour, so series 1 is solid and the others stripes at different angles or dots, in `CanvasText` on `Canvas`.
 * One list for the SVG `<pattern>`s of the marks and the CSS gradients of the legend and tooltip swatches, so a
 * swatch looks like its marks. An entry is the stripes' angle in degrees (clockwise from vertical), or `dots`.
 */
export const PATTERNS: readonly (number | 'dots' | 'solid')[] = ['solid', 45, 'dots', -45, 90, 0, -20, 20];

/** Size of a pattern tile in px (stripes: 2px of ink per tile). */
export const PATTERN_SIZE = 5;

/**
 * The forced-colours CSS of marks and swatches of series N (`[data-series="N"]`, N = 1…8): SVG marks filled with
 * their `<pattern id="braze-pattern-N">`, swatches with the same pattern as a CSS background.
 */
export function patternCss(): string {
  const s = PATTERN_SIZE;
  return PATTERNS.map((p, i) => {
    const n = i + 1;
    if (p === 'solid') return '';
    const background =
      p === 'dots'
        ? `radial-gradient(CanvasText 1.2px,Canvas 1.6px) 0 0/${s}px ${s}px`
        : `repeating-linear-gradient(${90 + p}deg,CanvasText 0 2px,Canvas 0 ${s}px)`;
    return `rect[data-series='${n}']{fill:url(#braze-pattern-${n})!important}.swatch[data-series='${n}']{background:${background}!important}`;
  }).join('');
}
