/** Plot-area arithmetic: outer size minus margins, never negative. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
}

export const DEFAULT_MARGIN: Margin = { top: 12, right: 24, bottom: 28, left: 48 };

export function frame(width: number, height: number, margin: Margin = DEFAULT_MARGIN): Frame {
  return {
    width,
    height,
    margin,
    innerWidth: Math.max(0, width - margin.left - margin.right),
    innerHeight: Math.max(0, height - margin.top - margin.bottom),
  };
}

/** How many ticks fit: about one per `spacing` pixels, at least 2, at most `max`. */
export function tickCount(length: number, spacing: number, max = 10): number {
  return Math.max(2, Math.min(max, Math.floor(length / spacing)));
}
