import * as z from 'zod/mini';
import { dateTimeParam, idParam, lengthParam } from './fields.js';

export { ID_PATTERN, MAX_LENGTH, NAME_PATTERN } from './fields.js';
export { ISO_DATETIME_PATTERN, isIsoDateTime } from './time.js';

const length = lengthParam();
const endingAt = dateTimeParam('ending_at');

export const Unit = z.enum(['day', 'hour'], `unit must be 'day' or 'hour'`);
export type Unit = z.infer<typeof Unit>;

export const SegmentDataSeriesParams = z.strictObject({
  segment_id: idParam('segment_id'),
  length,
  ending_at: z.optional(endingAt),
});
export type SegmentDataSeriesParams = z.infer<typeof SegmentDataSeriesParams>;

export const SegmentDetailsParams = z.strictObject({
  segment_id: idParam('segment_id'),
});
export type SegmentDetailsParams = z.infer<typeof SegmentDetailsParams>;

export const SessionsDataSeriesParams = z.strictObject({
  length,
  unit: z.optional(Unit),
  ending_at: z.optional(endingAt),
  app_id: z.optional(idParam('app_id')),
  segment_id: z.optional(idParam('segment_id')),
});
export type SessionsDataSeriesParams = z.infer<typeof SessionsDataSeriesParams>;

export const SendsDataSeriesParams = z.strictObject({
  campaign_id: idParam('campaign_id'),
  send_id: idParam('send_id'),
  length,
  ending_at: z.optional(endingAt),
});
export type SendsDataSeriesParams = z.infer<typeof SendsDataSeriesParams>;
