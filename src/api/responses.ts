import * as z from 'zod/mini';
import { count, stringList, text } from './fields.js';

/** `{ message, errors? }` — the body of every Braze error response. */
export const BrazeErrorBody = z.looseObject({
  message: z.string(),
  errors: z.optional(z.array(z.unknown())),
});
export type BrazeErrorBody = z.infer<typeof BrazeErrorBody>;

export const SegmentDataPoint = z.looseObject({ time: z.string(), size: count });
export type SegmentDataPoint = z.infer<typeof SegmentDataPoint>;

export const SegmentDataSeriesResponse = z.looseObject({
  message: z.string(),
  data: z.array(SegmentDataPoint),
});
export type SegmentDataSeriesResponse = z.infer<typeof SegmentDataSeriesResponse>;

export const SegmentDetailsResponse = z.looseObject({
  message: z.string(),
  name: text,
  description: text,
  text_description: text,
  created_at: text,
  updated_at: text,
  tags: stringList,
  teams: stringList,
});
export type SegmentDetailsResponse = z.infer<typeof SegmentDetailsResponse>;

export const SessionsDataPoint = z.looseObject({ time: z.string(), sessions: count });
export type SessionsDataPoint = z.infer<typeof SessionsDataPoint>;

export const SessionsDataSeriesResponse = z.looseObject({
  message: z.string(),
  data: z.array(SessionsDataPoint),
});
export type SessionsDataSeriesResponse = z.infer<typeof SessionsDataSeriesResponse>;

/**
 * One variant's stats inside a channel. Counters are open-ended (new ones appear over time), so every key
 * other than the variation labels is kept as given; numeric ones are the counters.
 */
export const VariantStats = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]));
export type VariantStats = z.infer<typeof VariantStats>;

export const SendsDay = z.looseObject({
  time: z.string(),
  /** Open map: channel key → per-variant stats. Unknown channels are kept. */
  messages: z.record(z.string(), z.array(VariantStats)),
  conversions: z.optional(z.number()),
  conversions_by_send_time: z.optional(z.number()),
  unique_recipients: z.optional(z.number()),
  revenue: z.optional(z.number()),
});
export type SendsDay = z.infer<typeof SendsDay>;

export const SendsDataSeriesResponse = z.looseObject({
  message: z.string(),
  data: z.array(SendsDay),
});
export type SendsDataSeriesResponse = z.infer<typeof SendsDataSeriesResponse>;
