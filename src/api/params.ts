import * as z from 'zod/mini';

/**
 * Braze ids (segment, app, campaign, send) are API identifiers: UUID-like strings. We accept a conservative
 * alphabet so that nothing path-like, whitespace or control characters ever reaches the upstream URL.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/**
 * ISO-8601 date or date-time. Offsets may be `Z`, `+05:00`, `-5:00` (unpadded, as Braze's docs show) or `+0500`.
 */
export const ISO_DATETIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{1,2}(?::?\d{2})?)?)?$/;

/** True when `value` is a real calendar date/time in ISO-8601 form (no 2024-02-30, no 25:00). */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATETIME_PATTERN.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return false;
  if (offset && offset !== 'Z') {
    const om = /^[+-](\d{1,2}):?(\d{2})?$/.exec(offset);
    if (!om || Number(om[1]) > 14 || Number(om[2] ?? 0) > 59) return false;
  }
  return true;
}

export const MAX_LENGTH = 100;

const id = (name: string) =>
  z
    .string()
    .check(z.regex(ID_PATTERN, `${name} must be 1-128 characters of letters, digits, '_', '-', '.', ':'`));

const length = z
  .int(`length must be an integer from 1 to ${MAX_LENGTH}`)
  .check(
    z.gte(1, `length must be an integer from 1 to ${MAX_LENGTH}`),
    z.lte(MAX_LENGTH, `length must be an integer from 1 to ${MAX_LENGTH}`),
  );

const endingAt = z
  .string()
  .check(z.refine(isIsoDateTime, 'ending_at must be an ISO-8601 date-time, e.g. 2024-05-01T00:00:00-05:00'));

export const Unit = z.enum(['day', 'hour'], `unit must be 'day' or 'hour'`);
export type Unit = z.infer<typeof Unit>;

export const SegmentDataSeriesParams = z.strictObject({
  segment_id: id('segment_id'),
  length,
  ending_at: z.optional(endingAt),
});
export type SegmentDataSeriesParams = z.infer<typeof SegmentDataSeriesParams>;

export const SegmentDetailsParams = z.strictObject({
  segment_id: id('segment_id'),
});
export type SegmentDetailsParams = z.infer<typeof SegmentDetailsParams>;

export const SessionsDataSeriesParams = z.strictObject({
  length,
  unit: z.optional(Unit),
  ending_at: z.optional(endingAt),
  app_id: z.optional(id('app_id')),
  segment_id: z.optional(id('segment_id')),
});
export type SessionsDataSeriesParams = z.infer<typeof SessionsDataSeriesParams>;

export const SendsDataSeriesParams = z.strictObject({
  campaign_id: id('campaign_id'),
  send_id: id('send_id'),
  length,
  ending_at: z.optional(endingAt),
});
export type SendsDataSeriesParams = z.infer<typeof SendsDataSeriesParams>;
