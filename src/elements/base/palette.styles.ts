import { css, unsafeCSS } from 'lit';
import { DARK_PALETTE, PALETTE, paletteDeclarations } from '../../chart/palette.js';

// Declaration lists without a rule around them: the palette's custom properties (generated from the one list in
// src/chart/palette.ts) and the dark tokens. The CDN build's literal minifier cannot parse a bare declaration list,
// so these live apart from the hand-written rules in chart-base.styles.ts, which it does minify.

/** `--_palette-N` declarations of the light palette. */
export const lightPalette = unsafeCSS(paletteDeclarations(PALETTE));
/** `--_palette-N` declarations of the dark palette. */
export const darkPalette = unsafeCSS(paletteDeclarations(DARK_PALETTE));

/** Dark tokens, shared by `theme="dark"` and `prefers-color-scheme: dark`. */
export const darkTokens = css`
  ${darkPalette}
  --_text: var(--braze-color-text, #e8eaed);
  --_positive: var(--braze-color-positive, #4ac26b);
  --_negative: var(--braze-color-negative, #ff7b72);
  --_focus: var(--braze-color-focus, #8cc8ff);
  --_background: var(--braze-color-background, #16181d);
  --_tooltip-bg: var(--braze-tooltip-background, #23262d);
  --_export-background: #16181d;
  color-scheme: dark;
`;
