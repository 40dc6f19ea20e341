import * as z from 'zod/mini';
import { booleanParam, dateTimeParam, detailsShape, idParam, lengthParam, text } from './fields.js';
import { CACHE_TTL_MS, pooledEndpoint } from './policy.js';
import { SendsDay, VariantStats } from './responses.js';

/**
 * Every campaign, not only API campaigns: `GET /campaigns/data_series` (days shaped like `/sends/data_series`
 * days; its own 50,000-a-minute pool) and `GET /campaigns/details` (names the conversion events). The list is
 * `campaignList` in `pickers.ts`.
 */

/** The channels of BRAZE_API.md's table: their stats are checked; any other channel is kept as given. */
export const KNOWN_CHANNELS: ReadonlySet<string> = new Set([
  'ios_push',
  'android_push',
  'kindle_push',
  'web_push',
  'email',
  'sms',
  'webhook',
  'whats_app',
  'content_cards',
  'in_app_message',
  'trigger_in_app_message',
]);

/** The per-variant counters of the known channels: when present they must be numbers (null reads as absent). */
export const KNOWN_COUNTERS: ReadonlySet<string> = new Set([
  'sent',
  'delivered',
  'undelivered',
  'delivery_failed',
  'direct_opens',
  'total_opens',
  'bounces',
  'body_clicks',
  'revenue',
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
]);

const CONVERSION_COUNTER = /^conversions[1-3]?(?:_by_send_time)?$/;

/**
 * Channel → per-variant stats, an open map as for sends, whose known channels' known counters are numbers:
 * `"sent": "12"` on `email` is an error at `email.0.sent`; an unknown channel's stats are kept as given.
 */
export const ChannelMessages = z.record(z.string(), z.array(VariantStats)).check(
  z.superRefine((messages, ctx) => {
    for (const [channel, variants] of Object.entries(messages)) {
      if (!KNOWN_CHANNELS.has(channel)) continue;
      variants.forEach((stats, index) => {
        for (const [key, value] of Object.entries(stats)) {
          if (value === null || typeof value === 'number') continue;
          if (!KNOWN_COUNTERS.has(key) && !CONVERSION_COUNTER.test(key)) continue;
          ctx.addIssue({
            code: 'custom',
            path: [channel, index, key],
            input: value,
            message: `${key} must be a number`,
          });
        }
      });
    }
  }),
);

const optionalNumber = z.optional(z.number());

/** A `/campaigns/data_series` day: a {@link SendsDay} with the conversion events B–D and checked counters. */
export const CampaignDay = z.extend(SendsDay, {
  messages: ChannelMessages,
  conversions1: optionalNumber,
  conversions1_by_send_time: optionalNumber,
  conversions2: optionalNumber,
  conversions2_by_send_time: optionalNumber,
  conversions3: optionalNumber,
  conversions3_by_send_time: optionalNumber,
});
export type CampaignDay = z.infer<typeof CampaignDay>;

export const CampaignDataSeriesParams = z.strictObject({
  campaign_id: idParam('campaign_id'),
  length: lengthParam(),
  ending_at: z.optional(dateTimeParam('ending_at')),
});
export type CampaignDataSeriesParams = z.infer<typeof CampaignDataSeriesParams>;

/** One of Braze's examples has no `message`: a body without it is read as a success. */
export const CampaignDataSeriesResponse = z.looseObject({
  message: z.optional(z.string()),
  data: z.array(CampaignDay),
});
export type CampaignDataSeriesResponse = z.infer<typeof CampaignDataSeriesResponse>;

export const CampaignDetailsParams = z.strictObject({
  campaign_id: idParam('campaign_id'),
  post_launch_draft_version: z.optional(booleanParam('post_launch_draft_version')),
});
export type CampaignDetailsParams = z.infer<typeof CampaignDetailsParams>;

/** A conversion event of a campaign: `type` (`Makes Purchase`, `Performs Custom Event`, …) and its options. */
export const ConversionBehavior = z.looseObject({
  type: text,
  window: z.nullish(z.number()),
  custom_event_name: text,
  product: text,
});
export type ConversionBehavior = z.infer<typeof ConversionBehavior>;

export const CampaignDetailsResponse = z.looseObject({
  ...detailsShape,
  has_post_launch_draft: z.nullish(z.boolean()),
  first_sent: text,
  last_sent: text,
  /** Message variation id → its message; only `channel` and `name` are read. */
  messages: z.nullish(z.record(z.string(), z.looseObject({ channel: text, name: text }))),
  /** Conversion events A, B, C, D in order: they name `conversions`, `conversions1`, … */
  conversion_behaviors: z.nullish(z.array(ConversionBehavior)),
});
export type CampaignDetailsResponse = z.infer<typeof CampaignDetailsResponse>;

/** The day counters of conversion events A–D, in the order of `conversion_behaviors`. */
export const CONVERSION_KEYS = ['conversions', 'conversions1', 'conversions2', 'conversions3'] as const;

export const campaignDataSeries = pooledEndpoint(
  'campaigns.data_series',
  '/campaigns/data_series',
  { params: CampaignDataSeriesParams, response: CampaignDataSeriesResponse },
  ['campaign_id', 'length', 'ending_at'],
  { pool: 'campaignsDataSeries', cacheTtlMs: CACHE_TTL_MS.series },
);
export const campaignDetails = pooledEndpoint(
  'campaigns.details',
  '/campaigns/details',
  { params: CampaignDetailsParams, response: CampaignDetailsResponse },
  ['campaign_id', 'post_launch_draft_version'],
  { pool: 'default', cacheTtlMs: CACHE_TTL_MS.details },
);
