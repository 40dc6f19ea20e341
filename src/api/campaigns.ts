import * as z from 'zod/mini';
import { booleanParam, dateTimeParam, detailsShape, idParam, lengthParam, text } from './fields.js';
import { CACHE_TTL_MS, pooledEndpoint } from './policy.js';
import { SendsDay, VariantStats } from './responses.js';

/**
 * Every campaign, not only API campaigns: `GET /campaigns/data_series` (days shaped like `/sends/data_series`
 * days; its own 50,000-a-minute pool) and `GET /campaigns/details` (names the conversion events). The list is
 * `campaignList` in `pickers.ts`.
 */

/**
 * A `/campaigns/data_series` day has the shape of a `/sends/data_series` day, with the same checks: known counters
 * (in any channel) are numbers or null, unknown fields of any type are kept.
 */
export const CampaignDay = SendsDay;
export type CampaignDay = SendsDay;

/** Channel → per-variant stats: the open map of a send day, as Canvas step stats use it too. */
export const ChannelMessages = z.record(z.string(), z.array(VariantStats));

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
