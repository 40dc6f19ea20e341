/**
 * The default series palette: Okabe & Ito's colour-blind-safe set (distinguishable with protanopia, deuteranopia
 * and tritanopia), minus yellow and black, which fail contrast on white and dark backgrounds respectively.
 * Each colour can be overridden with `--braze-series-N` (N = 1…8).
 */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#7a5195',
  '#8c8c8c',
];

/** The same hues lightened for dark backgrounds (3:1 or better against #16181d). */
export const DARK_PALETTE = [
  '#56b4e9',
  '#f0b84a',
  '#33c08f',
  '#e08fbf',
  '#9fd6f5',
  '#f07c33',
  '#b08cd0',
  '#a6a6a6',
];

/**
 * The CSS colour of series `index` (0-based): the `--braze-series-N` custom property, else the theme's palette
 * colour (`--_palette-N`, set by the frame's styles for light and dark), else the light palette colour.
 */
export function seriesColor(index: number): string {
  const n = (index % PALETTE.length) + 1;
  return `var(--braze-series-${n}, var(--_palette-${n}, ${PALETTE[n - 1]}))`;
}

/** CSS declarations `--_palette-N: colour;` of a palette. */
export function paletteDeclarations(palette: readonly string[]): string {
  return palette.map((color, i) => `--_palette-${i + 1}: ${color};`).join('\n');
}
