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

/** The CSS colour of series `index` (0-based): the `--braze-series-N` custom property with the palette default. */
export function seriesColor(index: number): string {
  const n = (index % PALETTE.length) + 1;
  return `var(--braze-series-${n}, ${PALETTE[n - 1]})`;
}
