import { unsafeCSS } from 'lit';
import { DARK_PALETTE, PALETTE, paletteDeclarations } from '../../chart/palette.js';

// The palette's custom-property declarations, generated from the one list in src/chart/palette.ts. Kept apart from
// the hand-written styles so those stay plain css`` literals that the CDN build can minify.

/** `--_palette-N` declarations of the light palette. */
export const lightPalette = unsafeCSS(paletteDeclarations(PALETTE));
/** `--_palette-N` declarations of the dark palette. */
export const darkPalette = unsafeCSS(paletteDeclarations(DARK_PALETTE));
