import { unsafeCSS } from 'lit';
import { NEUTRAL, paintRules, paletteDeclarations } from '../../chart/palette.js';
import { patternCss } from '../../chart/patterns.js';

// A declaration list without a rule around it (generated from the lists in src/chart/palette.ts): the CDN build's
// literal minifier cannot parse a bare declaration list, so it lives apart from the hand-written rules in
// chart-base.styles.ts, which it does minify.

/**
 * `--_palette-N` and `--_neutral` declarations, each a `light-dark()` pair, and `--_previous` (the previous period's
 * colour). Declared here, before the forced-colours rules of chart-base.styles.ts, so those rules replace them.
 */
export const paletteTokens = unsafeCSS(
  `${paletteDeclarations()}\n--_neutral: var(--braze-color-neutral, light-dark(${NEUTRAL[0]}, ${NEUTRAL[1]}));` +
    `\n--_previous: var(--braze-series-previous, var(--_neutral));`,
);

/** Forced-colours rules giving each series' marks and swatches its pattern (src/chart/patterns.ts). */
export const patterns = unsafeCSS(patternCss());

/** The colour (`--_paint`) of every element carrying a `data-paint` (see Paint in src/chart/palette.ts). */
export const paints = unsafeCSS(paintRules());
