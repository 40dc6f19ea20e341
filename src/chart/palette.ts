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
 * What a mark or swatch is painted with: series N of the palette (1-based; `--braze-series-N`, else the theme's
 * palette colour), the neutral grey (`neutral`: "Not attributed") or the previous period's colour (`previous`).
 * Drawn as a `data-paint` attribute that the frame's styles turn into a colour (see paintRules): no inline style,
 * so the charts look the same under a Content-Security-Policy without `style-src 'unsafe-inline'`.
 */
export type Paint = number | 'neutral' | 'previous';

/** The paint of series `index` (0-based): 1 to 8, the palette wrapping around. */
export function seriesPaint(index: number): Paint {
  return (index % PALETTE.length) + 1;
}

/** CSS rules giving every `[data-paint]` its colour as `--_paint` (read by marks, points and swatches). */
export function paintRules(): string {
  const series = PALETTE.map(
    (_, i) => `[data-paint='${i + 1}']{--_paint:var(--braze-series-${i + 1},var(--_palette-${i + 1}))}`,
  );
  return `${series.join('')}[data-paint='neutral']{--_paint:var(--_neutral)}[data-paint='previous']{--_paint:var(--_previous)}`;
}

/** CSS declarations `--_palette-N: light-dark(light, dark);`: each colour follows the host's colour scheme. */
export function paletteDeclarations(): string {
  return PALETTE.map((color, i) => `--_palette-${i + 1}: light-dark(${color}, ${DARK_PALETTE[i]});`).join(
    '\n',
  );
}
