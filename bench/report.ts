/** Statistics, tables and heap reads shared by the bench's sections (Node side). */
import type { CDPSession } from 'puppeteer-core';

export const MB = 1024 * 1024;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
/** `a / b` with two decimals, or an empty cell when it means nothing (0/0). */
export const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : '—') : (a / b).toFixed(2));

/** Prints a table: the first column left-aligned, the others right-aligned. */
export function table(
  title: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): void {
  const cells = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(cells[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of cells.slice(1)) console.log(line(row));
}

/** The page's JS heap in use after three full GCs (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
