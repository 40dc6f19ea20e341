import * as z from 'zod/mini';
import { isIsoDateTime } from './time.js';

/**
 * Braze ids (segment, app, campaign, send) are API identifiers: UUID-like strings. We accept a conservative
 * alphabet so that nothing path-like, whitespace or control characters ever reaches the upstream URL.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export { ISO_DATETIME_PATTERN, isIsoDateTime } from './time.js';

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
