import type {
  CampaignDataSeriesParams,
  CampaignDay,
  CampaignDetailsParams,
  CampaignDetailsResponse,
  ConversionBehavior,
  VariantStats,
} from '../api/index.js';
import { MOCK_CAMPAIGNS, type MockCampaign, type MockChannel } from './fixtures.js';
import {
  between,
  CHANNEL_REACH,
  channelCounters,
  money,
  part,
  type Counters,
  type Random,
} from './mock-sends.js';
import { WEEKLY_SEASONALITY } from './mock-series.js';
import { refusal, seriesBuckets, success, type MockReply } from './mock-workspace.js';
import { noise, seededRandom, stableUuid } from './random.js';
import { dayNumber, formatDay, utcDay, weekday } from './time.js';

/**
 * Every campaign of the mock workspace, for `/campaigns/data_series` and `/campaigns/details`: the API campaigns
 * of the fixtures plus scheduled, recurring and action-based ones on more channels (webhook, WhatsApp, Content
 * Cards, in-app messages), each with its variants, an optional control group and its conversion events.
 */

/** Channels a campaign of the mock sends on. */
export type CampaignChannel = MockChannel | 'webhook' | 'whats_app' | 'content_cards' | 'in_app_message';

/** A variant of a campaign: its share of the audience and how much better than the first it does. */
export interface MockVariant {
  readonly name: string;
  readonly share: number;
  readonly lift: number;
}

/** A campaign as `/campaigns/list` and `/campaigns/details` describe it, plus the knobs of its series. */
export interface MockCampaignProfile extends Omit<MockCampaign, 'channels'> {
  readonly description: string;
  readonly teams: readonly string[];
  readonly created_at: string;
  readonly schedule_type: 'api_triggered' | 'action_based' | 'scheduled' | 'recurring';
  readonly channels: readonly CampaignChannel[];
  /** First and (when it has ended) last day it sent, `YYYY-MM-DD`. */
  readonly first_sent: string;
  readonly last_sent?: string;
  /** Days of the week it sends on (0 = Sunday); every day when absent. */
  readonly sendWeekdays?: readonly number[];
  readonly variants: readonly MockVariant[];
  /** Share of the audience held out as a control group (0: none). */
  readonly controlShare: number;
  /** Conversion events A–D, in order. */
  readonly conversion_behaviors: readonly ConversionBehavior[];
  readonly archived: boolean;
}

const AB: readonly MockVariant[] = [
  { name: 'Variant A', share: 0.45, lift: 1 },
  { name: 'Variant B', share: 0.45, lift: 1.12 },
];
const SESSION = { type: 'Starts Session', window: 86_400 } as const;
const PURCHASE = { type: 'Makes Any Purchase', window: 259_200 } as const;
const customEvent = (name: string, days = 1) =>
  ({ type: 'Performs Custom Event', window: days * 86_400, custom_event_name: name }) as const;

/** What the fixtures' campaigns lack for these endpoints, by id. */
const FIXTURE_EXTRAS: Readonly<Record<string, Omit<MockCampaignProfile, keyof MockCampaign>>> = {
  camp_welcome_series: {
    description: 'Three messages over a new user’s first week, triggered by the signup service.',
    teams: ['Growth'],
    created_at: '2023-11-02T10:00:00Z',
    schedule_type: 'api_triggered',
    first_sent: '2023-11-06',
    variants: AB,
    controlShare: 0.1,
    conversion_behaviors: [SESSION, customEvent('Completed Onboarding', 3)],
    archived: false,
  },
  camp_order_updates: {
    description: 'Shipping and delivery notices sent by the order service.',
    teams: ['Operations'],
    created_at: '2023-06-20T08:00:00Z',
    schedule_type: 'api_triggered',
    first_sent: '2023-06-21',
    variants: AB,
    controlShare: 0.1,
    conversion_behaviors: [SESSION],
    archived: false,
  },
  camp_weekly_digest: {
    description: 'Monday round-up of new recipes, sent by the content service.',
    teams: ['Content'],
    created_at: '2023-09-01T07:00:00Z',
    schedule_type: 'api_triggered',
    first_sent: '2023-09-04',
    sendWeekdays: [1],
    variants: AB,
    controlShare: 0.1,
    conversion_behaviors: [SESSION, customEvent('Viewed Product')],
    archived: false,
  },
  camp_unknown_channel: {
    description: 'Trial of a channel Braze does not document yet.',
    teams: [],
    created_at: '2024-04-18T12:00:00Z',
    schedule_type: 'api_triggered',
    first_sent: '2024-04-20',
    variants: AB,
    controlShare: 0.1,
    conversion_behaviors: [SESSION],
    archived: false,
  },
  camp_spring_sale: {
    description: 'Four Thursday sends announcing the spring sale.',
    teams: ['Revenue'],
    created_at: '2024-03-01T09:00:00Z',
    schedule_type: 'scheduled',
    first_sent: '2024-03-21',
    last_sent: '2024-04-11',
    sendWeekdays: [4],
    variants: AB,
    controlShare: 0.1,
    conversion_behaviors: [PURCHASE, SESSION],
    archived: false,
  },
};

/** Campaigns of the mock that are not API campaigns (no send analytics): only these endpoints see them. */
const MORE_CAMPAIGNS: readonly MockCampaignProfile[] = [
  {
    id: 'camp_cart_abandonment',
    name: 'Cart Abandonment',
    description: 'Reminds users who left items in their cart for an hour.',
    is_api_campaign: false,
    last_edited: '2024-04-28T08:15:00Z',
    created_at: '2024-01-29T14:00:00Z',
    tags: ['commerce', 'lifecycle'],
    teams: ['Revenue'],
    schedule_type: 'action_based',
    channels: ['email', 'ios_push', 'android_push'],
    audience: 3_400,
    first_sent: '2024-02-02',
    variants: [
      { name: 'Email first', share: 0.45, lift: 1 },
      { name: 'Push first', share: 0.45, lift: 1.1 },
    ],
    controlShare: 0.1,
    conversion_behaviors: [PURCHASE, customEvent('Started Checkout'), SESSION],
    archived: false,
  },
  {
    id: 'camp_feature_launch',
    name: 'Recipe Videos Launch',
    description: 'Content Card and in-app message introducing recipe videos.',
    is_api_campaign: false,
    last_edited: '2024-04-12T16:40:00Z',
    created_at: '2024-04-08T11:00:00Z',
    tags: ['product'],
    teams: ['Content'],
    schedule_type: 'scheduled',
    channels: ['content_cards', 'in_app_message'],
    audience: 26_000,
    first_sent: '2024-04-15',
    variants: [{ name: 'Launch', share: 1, lift: 1 }],
    controlShare: 0,
    conversion_behaviors: [customEvent('Played Video')],
    archived: false,
  },
  {
    id: 'camp_winback',
    name: 'Win-back Offers',
    description: 'Tuesday offers to lapsed purchasers by SMS and WhatsApp; the webhook updates the CRM.',
    is_api_campaign: false,
    last_edited: '2024-03-30T10:05:00Z',
    created_at: '2023-12-05T09:30:00Z',
    tags: ['retention', 'winback'],
    teams: ['Lifecycle'],
    schedule_type: 'recurring',
    channels: ['sms', 'whats_app', 'webhook'],
    audience: 9_500,
    first_sent: '2023-12-12',
    sendWeekdays: [2],
    variants: [
      { name: 'Discount 10%', share: 0.425, lift: 1 },
      { name: 'Discount 20%', share: 0.425, lift: 1.25 },
    ],
    controlShare: 0.15,
    conversion_behaviors: [
      PURCHASE,
      { type: 'Makes Specific Purchase', window: 604_800, product: 'premium_monthly' },
      SESSION,
      customEvent('Added to Cart', 3),
    ],
    archived: false,
  },
];

/** Every campaign of the mock workspace, the fixtures' first. */
export const MOCK_CAMPAIGN_PROFILES: readonly MockCampaignProfile[] = Object.freeze([
  ...MOCK_CAMPAIGNS.flatMap((campaign) => {
    const extras = FIXTURE_EXTRAS[campaign.id];
    return extras ? [{ ...campaign, ...extras }] : [];
  }),
  ...MORE_CAMPAIGNS,
]);

export function findCampaignProfile(id: string): MockCampaignProfile | undefined {
  return MOCK_CAMPAIGN_PROFILES.find((campaign) => campaign.id === id);
}

/** `/campaigns/list` entries of every campaign (for the list route). */
export function campaignListEntries(): {
  id: string;
  name: string;
  is_api_campaign: boolean;
  last_edited: string;
  tags: string[];
}[] {
  return MOCK_CAMPAIGN_PROFILES.map(({ id, name, is_api_campaign, last_edited, tags }) => ({
    id,
    name,
    is_api_campaign,
    last_edited,
    tags: [...tags],
  }));
}

/** Share of a send day's recipients reached on each channel. */
export const CAMPAIGN_REACH: Readonly<Record<CampaignChannel, number>> = {
  ...CHANNEL_REACH,
  webhook: 1,
  whats_app: 0.22,
  content_cards: 0.6,
  in_app_message: 0.45,
};

/** Counters of one variant on one channel; each stage ≤ the one before it. */
export function messageCounters(
  channel: CampaignChannel,
  sent: number,
  lift: number,
  random: Random,
): Counters {
  switch (channel) {
    case 'webhook':
      return { sent, errors: part(sent, random, 0.001, 0.01) };
    case 'whats_app': {
      const failed = part(sent, random, 0.01, 0.04);
      const delivered = sent - failed;
      return { sent, delivered, failed, read: part(delivered, random, 0.55 * lift, 0.78 * lift) };
    }
    case 'content_cards': {
      const uniqueImpressions = part(sent, random, 0.5, 0.72);
      const uniqueClicks = part(uniqueImpressions, random, 0.06 * lift, 0.14 * lift);
      const uniqueDismissals = part(uniqueImpressions, random, 0.05, 0.15);
      return {
        sent,
        total_impressions: Math.round(uniqueImpressions * between(random, 1.2, 1.6)),
        unique_impressions: uniqueImpressions,
        total_clicks: Math.round(uniqueClicks * between(random, 1.05, 1.3)),
        unique_clicks: uniqueClicks,
        total_dismissals: Math.round(uniqueDismissals * between(random, 1, 1.1)),
        unique_dismissals: uniqueDismissals,
      };
    }
    case 'in_app_message': {
      // In-app messages are not sent: they are shown when triggered, so `sent` is the number of impressions.
      const clicks = part(sent, random, 0.05 * lift, 0.12 * lift);
      const firstButton = part(clicks, random, 0.5, 0.8);
      return {
        impressions: sent,
        clicks,
        first_button_clicks: firstButton,
        second_button_clicks: part(clicks - firstButton, random, 0.3, 0.9),
      };
    }
    default:
      return channelCounters(channel, sent, lift, random);
  }
}

function sendsOn(campaign: MockCampaignProfile, day: number): boolean {
  if (day < dayNumber(campaign.first_sent)) return false;
  if (campaign.last_sent !== undefined && day > dayNumber(campaign.last_sent)) return false;
  return campaign.sendWeekdays === undefined || campaign.sendWeekdays.includes(weekday(day));
}

const variationId = (campaign: MockCampaignProfile, variant: string) =>
  stableUuid(`${campaign.id}:${variant}`);

/** The conversion counters of a day, one per conversion event (A: `conversions`, B–D: `conversions1..3`). */
function conversionCounters(campaign: MockCampaignProfile, recipients: number, random: Random): Counters {
  const result: Counters = {};
  campaign.conversion_behaviors.slice(0, 4).forEach((_, index) => {
    const key = index === 0 ? 'conversions' : `conversions${index}`;
    const count = part(recipients, random, 0.012 / (index + 1), 0.03 / (index + 1));
    result[key] = count;
    result[`${key}_by_send_time`] = part(count, random, 0.85, 1);
  });
  return result;
}

function quietDay(time: string): CampaignDay {
  return { time, messages: {}, conversions: 0, conversions_by_send_time: 0, unique_recipients: 0 };
}

function campaignDay(campaign: MockCampaignProfile, time: string, day: number): CampaignDay {
  const random = seededRandom('campaigns.data_series', campaign.id, day);
  const seasonality = WEEKLY_SEASONALITY[weekday(day)] ?? 1;
  const recipients = Math.max(0, Math.round(campaign.audience * seasonality * (1 + 0.12 * noise(random))));
  const messages: Record<string, VariantStats[]> = {};
  let revenue = 0;
  for (const channel of campaign.channels) {
    const reach = Math.round(recipients * CAMPAIGN_REACH[channel]);
    const variants: VariantStats[] = campaign.variants.map((variant) => {
      const stats = messageCounters(channel, Math.round(reach * variant.share), variant.lift, random);
      revenue += stats.revenue ?? 0;
      return {
        variation_name: variant.name,
        variation_api_id: variationId(campaign, variant.name),
        ...stats,
      };
    });
    if (campaign.controlShare > 0) {
      const enrolled = Math.round(reach * campaign.controlShare);
      variants.push({
        variation_name: 'Control',
        variation_api_id: variationId(campaign, 'Control'),
        enrolled,
        conversions: part(enrolled, random, 0.002, 0.008),
      });
    }
    messages[channel] = variants;
  }
  const conversions = conversionCounters(campaign, recipients, random);
  return {
    time,
    messages,
    ...conversions,
    conversions: conversions.conversions ?? 0,
    conversions_by_send_time: conversions.conversions_by_send_time ?? 0,
    unique_recipients: recipients,
    revenue: money(revenue + (conversions.conversions ?? 0) * between(random, 20, 45)),
  };
}

const notFound = (id: string) => refusal(404, 'Campaign not found', `campaign_id ${id} does not exist`);

/**
 * `/campaigns/data_series`: a day per day up to today, shaped like a `/sends/data_series` day. Days the campaign
 * does not send on (before its first send, after its last, or off its weekdays) have no messages.
 */
export function campaignSeries(
  params: CampaignDataSeriesParams,
  now: Date,
): MockReply<{ message: string; data: CampaignDay[] }> {
  const campaign = findCampaignProfile(params.campaign_id);
  if (!campaign) return notFound(params.campaign_id);
  const data = seriesBuckets('day', params.ending_at, params.length, now).map(({ time, day }) =>
    sendsOn(campaign, day) ? campaignDay(campaign, time, day) : quietDay(time),
  );
  return success({ data });
}

/** The last day a campaign sent on, up to `today`. */
function lastSendDay(campaign: MockCampaignProfile, today: number): number | undefined {
  const last = campaign.last_sent === undefined ? today : Math.min(today, dayNumber(campaign.last_sent));
  for (let day = last; day > last - 7; day--) if (sendsOn(campaign, day)) return day;
  return undefined;
}

/** `/campaigns/details`. `post_launch_draft_version` is accepted; the mock has no drafts. */
export function campaignDetails(
  params: CampaignDetailsParams,
  now: Date,
): MockReply<CampaignDetailsResponse> {
  const campaign = findCampaignProfile(params.campaign_id);
  if (!campaign) return notFound(params.campaign_id);
  const last = lastSendDay(campaign, utcDay(now.getTime()));
  const messages: Record<string, { channel: string; name: string }> = {};
  for (const variant of campaign.variants) {
    messages[variationId(campaign, variant.name)] = {
      channel: campaign.channels[0] ?? 'email',
      name: variant.name,
    };
  }
  if (campaign.controlShare > 0)
    messages[variationId(campaign, 'Control')] = { channel: 'control', name: 'Control' };
  return success({
    created_at: campaign.created_at,
    updated_at: campaign.last_edited,
    archived: campaign.archived,
    draft: false,
    enabled: campaign.last_sent === undefined,
    has_post_launch_draft: false,
    name: campaign.name,
    description: campaign.description,
    schedule_type: campaign.schedule_type,
    channels: [...campaign.channels],
    first_sent: `${campaign.first_sent}T09:00:00+00:00`,
    last_sent: last === undefined ? null : `${formatDay(last)}T09:00:00+00:00`,
    tags: [...campaign.tags],
    teams: [...campaign.teams],
    messages,
    conversion_behaviors: campaign.conversion_behaviors.map((behavior) => ({ ...behavior })),
  });
}
