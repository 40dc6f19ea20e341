import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DARK_PALETTE, NEUTRAL, PALETTE } from '../../src/chart/palette.js';

// WCAG 2.2 relative luminance and contrast ratio.
const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1, linear RGB), then the
// distance of two colours in OKLab: what a viewer with that deficiency still tells apart.
const CVD: Record<string, number[][] | undefined> = {
  normal: undefined,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
function oklab([r, g, b]: number[]): number[] {
  const l = Math.cbrt(0.4122214708 * r! + 0.5363325363 * g! + 0.0514459929 * b!);
  const m = Math.cbrt(0.2119034982 * r! + 0.6806995451 * g! + 0.1073969566 * b!);
  const s = Math.cbrt(0.0883024619 * r! + 0.2817188376 * g! + 0.6299787005 * b!);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
function seen(hex: string, matrix: number[][] | undefined): number[] {
  const rgb = channels(hex).map(linear);
  const simulated = matrix
    ? matrix.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)))
    : rgb;
  return oklab(simulated);
}
const distance = (a: string, b: string, matrix: number[][] | undefined) => {
  const [p, q] = [seen(a, matrix), seen(b, matrix)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
};

const LIGHT_BACKGROUNDS = ['#ffffff', '#f6f7f9'];
const DARK_BACKGROUNDS = ['#16181d', '#0f1115'];

describe('palette', () => {
  it('gives every series mark at least 3:1 against light and dark backgrounds (WCAG 2.2 non-text contrast)', () => {
    for (const color of [...PALETTE, NEUTRAL[0]])
      for (const bg of LIGHT_BACKGROUNDS)
        assert.ok(contrast(color, bg) >= 3, `${color} on ${bg}: ${contrast(color, bg).toFixed(2)}:1`);
    for (const color of [...DARK_PALETTE, NEUTRAL[1]])
      for (const bg of DARK_BACKGROUNDS)
        assert.ok(contrast(color, bg) >= 3, `${color} on ${bg}: ${contrast(color, bg).toFixed(2)}:1`);
  });

  it('keeps neighbours apart for normal vision and under protanopia, deuteranopia and tritanopia', () => {
    for (const palette of [PALETTE, DARK_PALETTE]) {
      for (const [vision, matrix] of Object.entries(CVD)) {
        // Neighbours in a stack or legend: clearly apart. Any two of the first five (most charts): apart.
        palette.slice(1).forEach((color, i) => {
          const d = distance(palette[i]!, color, matrix);
          assert.ok(d >= 0.07, `${vision}: ${palette[i]} / ${color} ${d.toFixed(3)}`);
        });
        for (let i = 0; i < 5; i++)
          for (let j = i + 1; j < 5; j++) {
            const d = distance(palette[i]!, palette[j]!, matrix);
            assert.ok(d >= 0.035, `${vision}: ${palette[i]} / ${palette[j]} ${d.toFixed(3)}`);
          }
      }
    }
  });

  it('draws the previous period and "not attributed" in a neutral that no series uses', () => {
    assert.ok(!PALETTE.includes(NEUTRAL[0]) && !DARK_PALETTE.includes(NEUTRAL[1]));
    assert.ok(
      distance(NEUTRAL[0], PALETTE[0]!, undefined) > 0.1,
      'the previous period differs from series 1',
    );
  });
});
