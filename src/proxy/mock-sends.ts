import type { SendsDay, VariantStats } from '../api/index.js';
import type { MockCampaign, MockChannel } from './fixtures.js';
import { hashString, noise, seededRandom, stableUuid } from './random.js';
import { WEEKLY_SEASONALITY } from './mock-series.js';
import { dayBuckets, formatDay, weekday } from './time.js';

/** Braze keeps send analytics this many days; older days come back with empty `messages`. */
export const SEND_RETENTION_DAYS = 14;

/** Share of a send day's recipients reached on each channel. */
export const CHANNEL_REACH: Record<MockChannel, number> = {
  email: 0.72,
  ios_push: 0.34,
  android_push: 0.29,
  sms: 0.18,
  experimental_channel: 0.08,
};

const VARIANTS = [
  { name: 'Variant A', share: 0.45, lift: 1 },
  { name: 'Variant B', share: 0.45, lift: 1.12 },
] as const;
const CONTROL_SHARE = 0.1;

export type Random = () => number;
export type Counters = Record<string, number>;

export const between = (random: Random, low: number, high: number) => low + (high - low) * random();
export const part = (whole: number, random: Random, low: number, high: number) =>
  Math.min(whole, Math.round(whole * between(random, low, high)));
export const money = (value: number) => Math.round(value * 100) / 100;

/** Funnel counters for one variant on one channel: each stage ≤ the one before it. */
export function channelCounters(channel: MockChannel, sent: number, lift: number, random: Random): Counters {
  switch (channel) {
    case 'email': {
      const delivered = part(sent, random, 0.96, 0.99);
      const uniqueOpens = part(delivered, random, 0.18 * lift, 0.3 * lift);
      const opens = Math.min(delivered, Math.round(uniqueOpens * between(random, 1.1, 1.4)));
      const uniqueClicks = part(uniqueOpens, random, 0.08 * lift, 0.18 * lift);
      const clicks = Math.min(opens, Math.round(uniqueClicks * between(random, 1.05, 1.3)));
      return {
        sent,
        delivered,
        opens,
        unique_opens: uniqueOpens,
        clicks,
        unique_clicks: uniqueClicks,
        unsubscribes: part(delivered, random, 0.001, 0.004),
        bounces: sent - delivered,
        reported_spam: part(delivered, random, 0, 0.0004),
      };
    }
    case 'ios_push':
    case 'android_push': {
      const delivered = part(sent, random, 0.88, 0.97);
      const undelivered = sent - delivered;
      const directOpens = part(delivered, random, 0.03 * lift, 0.08 * lift);
      const conversions = part(directOpens, random, 0.1, 0.3);
      return {
        sent,
        delivered,
        undelivered,
        delivery_failed: part(undelivered, random, 0.1, 0.3),
        direct_opens: directOpens,
        total_opens: Math.min(delivered, Math.round(directOpens * between(random, 1.5, 2.4))),
        bounces: part(undelivered, random, 0.3, 0.6),
        body_clicks: part(directOpens, random, 0.5, 0.9),
        unique_recipients: sent,
        conversions,
        revenue: money(conversions * between(random, 18, 55)),
      };
    }
    case 'sms': {
      const sentToCarrier = part(sent, random, 0.97, 0.995);
      const delivered = part(sentToCarrier, random, 0.93, 0.99);
      return {
        sent,
        sent_to_carrier: sentToCarrier,
        delivered,
        rejected: sent - sentToCarrier,
        delivery_failed: sentToCarrier - delivered,
        clicks: part(delivered, random, 0.04 * lift, 0.11 * lift),
        opt_out: part(delivered, random, 0.001, 0.005),
        help: part(delivered, random, 0, 0.001),
      };
    }
    case 'experimental_channel': {
      const delivered = part(sent, random, 0.9, 0.98);
      return { sent, delivered, read: part(delivered, random, 0.3, 0.6) };
    }
  }
}

/** Channels for a campaign id the fixtures do not list: 1–3 stable picks, plus the unknown one on request. */
export function channelsFor(campaignId: string): MockChannel[] {
  const pool: MockChannel[] = ['email', 'ios_push', 'android_push', 'sms'];
  const hash = hashString(campaignId);
  const picked = pool.filter((_, i) => (hash >>> i) & 1);
  const channels = picked.length > 0 ? picked.slice(0, 3) : ['email' as const];
  return campaignId.toLowerCase().includes('unknown') ? [...channels, 'experimental_channel'] : channels;
}

/** A stand-in campaign for ids the fixtures do not list. */
export function adHocCampaign(campaignId: string): MockCampaign {
  return {
    id: campaignId,
    name: campaignId,
    is_api_campaign: true,
    last_edited: '2024-01-01T00:00:00Z',
    tags: [],
    channels: channelsFor(campaignId),
    audience: 1_000 + (hashString(`audience|${campaignId}`) % 20_000),
  };
}

function emptyDay(day: number): SendsDay {
  return {
    time: formatDay(day),
    messages: {},
    conversions: 0,
    conversions_by_send_time: 0,
    unique_recipients: 0,
  };
}

function sendDay(campaign: MockCampaign, sendId: string, day: number): SendsDay {
  const random = seededRandom('sends.data_series', campaign.id, sendId, day);
  const seasonality = WEEKLY_SEASONALITY[weekday(day)] ?? 1;
  const recipients = Math.max(0, Math.round(campaign.audience * seasonality * (1 + 0.12 * noise(random))));
  const messages: Record<string, VariantStats[]> = {};
  let revenue = 0;
  for (const channel of campaign.channels) {
    const reach = Math.round(recipients * CHANNEL_REACH[channel]);
    const variants: VariantStats[] = VARIANTS.map((variant) => {
      const counters = channelCounters(channel, Math.round(reach * variant.share), variant.lift, random);
      revenue += counters.revenue ?? 0;
      return {
        variation_name: variant.name,
        variation_api_id: stableUuid(`${campaign.id}:${variant.name}`),
        ...counters,
      };
    });
    const enrolled = Math.round(reach * CONTROL_SHARE);
    variants.push({
      variation_name: 'Control',
      variation_api_id: stableUuid(`${campaign.id}:Control`),
      enrolled,
      conversions: part(enrolled, random, 0.002, 0.008),
    });
    messages[channel] = variants;
  }
  const conversions = part(recipients, random, 0.01, 0.03);
  const conversions1 = part(conversions, random, 0.3, 0.5);
  return {
    time: formatDay(day),
    messages,
    conversions,
    conversions_by_send_time: part(conversions, random, 0.85, 1),
    conversions1,
    conversions1_by_send_time: part(conversions1, random, 0.85, 1),
    unique_recipients: recipients,
    revenue: money(revenue + conversions * between(random, 20, 45)),
  };
}

/**
 * Daily send analytics ending at `lastDay`. Days more than {@link SEND_RETENTION_DAYS} before `today`, or after
 * it, have no analytics (empty `messages`), as Braze reports them.
 */
export function sendsSeries(
  campaign: MockCampaign,
  sendId: string,
  lastDay: number,
  length: number,
  today: number,
): SendsDay[] {
  return dayBuckets(lastDay, length).map((day) =>
    day < today - SEND_RETENTION_DAYS || day > today ? emptyDay(day) : sendDay(campaign, sendId, day),
  );
}
