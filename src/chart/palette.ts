/**
 * The default series palette, one colour per series in legend and stacking order, for light and for dark pages.
 * The hues follow Okabe & Ito's colour-blind-safe set (blue, orange, green, reddish purple, …), their lightness
 * tuned so every mark has at least 3:1 contrast against white (light) and #16181d (dark) — WCAG 2.2's non-text
 * contrast — while neighbours stay apart under protanopia, deuteranopia and tritanopia (checked in
 * test/node/palette.test.ts). Each colour can be overridden with `--braze-series-N` (N = 1…8).
 */
export const PALETTE = [
  '#0072b2',
  '#c27400',
  '#147a5c',
  '#cc5aa0',
  '#5a4bb0',
  '#b0371b',
  '#2e8a99',
  '#3d5a80',
];

/** The same hues, lighter, for dark pages. */
export const DARK_PALETTE = [
  '#56b4e9',
  '#f0b84a',
  '#2fa874',
  '#e38ccb',
  '#9c8ff5',
  '#f2785a',
  '#5fc9d6',
  '#6f8fbf',
];

/**
 * The neutral grey of what is not a series of its own — the previous period, "Not attributed" — on light and on
 * dark pages (4.7:1 and 7:1).
 */
export const NEUTRAL = ['#737373', '#a0a4ab'] as const;

/**
 * The CSS colour of series `index` (0-based): the `--braze-series-N` custom property, else the theme's palette
 * colour (`--_palette-N`, set by the frame's styles).
 */
export function seriesColor(index: number): string {
  const n = (index % PALETTE.length) + 1;
  return `var(--braze-series-${n}, var(--_palette-${n}))`;
}

/** CSS declarations `--_palette-N: light-dark(light, dark);`: each colour follows the host's colour scheme. */
export function paletteDeclarations(): string {
  return PALETTE.map((color, i) => `--_palette-${i + 1}: light-dark(${color}, ${DARK_PALETTE[i]});`).join(
    '\n',
  );
}
