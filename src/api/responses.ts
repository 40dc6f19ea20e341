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

/** A counter Braze may leave out or send as `null`: not reported (never zero). */
const reported = z.nullish(count);
/** Money (USD) Braze may leave out or send as `null`. */
const money = z.nullish(z.number().check(z.refine(Number.isFinite, 'expected a finite number')));

/**
 * Counters Braze documents for a variant (any channel) or a day. They are JSON numbers: a numeric string there is
 * an error that names its path, as `size` and `sessions` are on the other endpoints.
 */
const VARIANT_COUNTERS = [
  'sent',
  'delivered',
  'undelivered',
  'delivery_failed',
  'direct_opens',
  'total_opens',
  'bounces',
  'body_clicks',
  'unique_recipients',
  'opens',
  'unique_opens',
  'clicks',
  'unique_clicks',
  'unsubscribes',
  'reported_spam',
  'sent_to_carrier',
  'rejected',
  'opt_out',
  'help',
  'errors',
  'failed',
  'read',
  'total_impressions',
  'unique_impressions',
  'total_clicks',
  'total_dismissals',
  'unique_dismissals',
  'impressions',
  'first_button_clicks',
  'second_button_clicks',
  'enrolled',
] as const;
const CONVERSIONS = [
  'conversions',
  'conversions1',
  'conversions2',
  'conversions3',
  'conversions_by_send_time',
  'conversions1_by_send_time',
  'conversions2_by_send_time',
  'conversions3_by_send_time',
] as const;
const counters = <K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, reported])) as Record<K, typeof reported>;

/**
 * One variant's stats inside a channel. Known counters must be numbers (or null: not reported); revenue is USD;
 * every other field, of any type (object, array, string), is kept as given and read only where it is a number:
 * Braze adds counters over time.
 */
export const VariantStats = z.looseObject({
  variation_name: text,
  variation_api_id: text,
  revenue: money,
  ...counters([...VARIANT_COUNTERS, ...CONVERSIONS]),
});
export type VariantStats = z.infer<typeof VariantStats>;

export const SendsDay = z.looseObject({
  time: z.string(),
  /** Open map: channel key → per-variant stats. Unknown channels are kept. */
  messages: z.record(z.string(), z.array(VariantStats)),
  /** Day-level figures: `null` means Braze did not report it that day. */
  ...counters([...CONVERSIONS, 'unique_recipients'] as const),
  revenue: money,
});
export type SendsDay = z.infer<typeof SendsDay>;

export const SendsDataSeriesResponse = z.looseObject({
  message: z.string(),
  data: z.array(SendsDay),
});
export type SendsDataSeriesResponse = z.infer<typeof SendsDataSeriesResponse>;
