/**
 * Named fixtures served by the mock Braze (`createMockBraze`). Ids are stable: demos, stories and tests may rely
 * on them. Sizes trend from a reference date (2024-01-01) at each segment's daily growth rate.
 */

/** A mock segment, as `/segments/list` and `/segments/details` describe it, plus the knobs of its series. */
export interface MockSegment {
  readonly id: string;
  readonly name: string;
  /** Braze's human-readable filter summary. */
  readonly description: string;
  /** The segment's own description. */
  readonly text_description: string;
  readonly tags: readonly string[];
  readonly teams: readonly string[];
  readonly created_at: string;
  readonly updated_at: string;
  /** `false` makes `/sessions/data_series?segment_id=…` answer 400, as Braze does. */
  readonly analytics_tracking_enabled: boolean;
  /** Estimated size on 2024-01-01. 0 means the segment is always empty. */
  readonly baseSize: number;
  /** Daily growth rate, e.g. `0.001` ≈ +0.1 % a day; negative declines. */
  readonly dailyGrowth: number;
  /** Day-to-day sampling jitter (relative standard deviation). */
  readonly jitter: number;
  /** Average sessions per member per day (drives `/sessions/data_series?segment_id=…`). */
  readonly sessionsPerUser: number;
}

/** Segments known to the mock. Any other segment id answers 404, like Braze. */
export const MOCK_SEGMENTS: readonly MockSegment[] = Object.freeze([
  {
    id: 'seg_all_users',
    name: 'All Users',
    description: 'All users',
    text_description: 'Everyone with a profile in this workspace.',
    tags: ['core'],
    teams: [],
    created_at: '2022-03-01T09:00:00Z',
    updated_at: '2024-01-15T12:30:00Z',
    analytics_tracking_enabled: true,
    baseSize: 1_240_000,
    dailyGrowth: 0.0008,
    jitter: 0.004,
    sessionsPerUser: 0.32,
  },
  {
    id: 'seg_power_users',
    name: 'Power Users',
    description: 'Session count in the last 30 days is more than 20 AND Has made any purchase',
    text_description: 'Highly engaged purchasers: our best audience for early-access launches.',
    tags: ['engagement', 'vip'],
    teams: ['Lifecycle'],
    created_at: '2022-06-12T15:20:00Z',
    updated_at: '2024-02-02T08:05:00Z',
    analytics_tracking_enabled: true,
    baseSize: 86_500,
    dailyGrowth: 0.0016,
    jitter: 0.012,
    sessionsPerUser: 2.6,
  },
  {
    id: 'seg_churn_risk',
    name: 'Churn Risk',
    description: 'Last used these apps more than 21 days ago AND Session count is at least 3',
    text_description: 'Previously active users going quiet. Shrinking since the re-engagement program began.',
    tags: ['retention'],
    teams: ['Lifecycle', 'Growth'],
    created_at: '2023-01-09T10:00:00Z',
    updated_at: '2024-03-18T16:45:00Z',
    analytics_tracking_enabled: true,
    baseSize: 142_000,
    dailyGrowth: -0.0022,
    jitter: 0.015,
    sessionsPerUser: 0.04,
  },
  {
    id: 'seg_new_signups',
    name: 'New Signups (7 days)',
    description: 'First used these apps less than 7 days ago',
    text_description: 'Users in their first week, targeted by the onboarding series.',
    tags: ['onboarding'],
    teams: ['Growth'],
    created_at: '2023-04-21T11:11:00Z',
    updated_at: '2024-04-01T09:00:00Z',
    analytics_tracking_enabled: true,
    baseSize: 18_400,
    dailyGrowth: 0.0011,
    jitter: 0.04,
    sessionsPerUser: 1.4,
  },
  {
    id: 'seg_lapsed_purchasers',
    name: 'Lapsed Purchasers',
    description: 'Has made any purchase AND Last made any purchase more than 90 days ago',
    text_description: '',
    tags: ['revenue', 'winback'],
    teams: ['Revenue'],
    created_at: '2023-08-30T13:00:00Z',
    updated_at: '2023-08-30T13:00:00Z',
    analytics_tracking_enabled: true,
    baseSize: 53_000,
    dailyGrowth: 0.0003,
    jitter: 0.02,
    sessionsPerUser: 0.09,
  },
  {
    id: 'seg_empty',
    name: 'Empty Segment',
    description: 'Custom attribute "beta_tester" is true AND Custom attribute "beta_tester" is false',
    text_description: 'Contradictory filters: always 0 users.',
    tags: [],
    teams: [],
    created_at: '2024-02-14T00:00:00Z',
    updated_at: '2024-02-14T00:00:00Z',
    analytics_tracking_enabled: true,
    baseSize: 0,
    dailyGrowth: 0,
    jitter: 0,
    sessionsPerUser: 0,
  },
  {
    id: 'seg_no_analytics',
    name: 'Newsletter Subscribers (no analytics)',
    description: 'Email subscription status is subscribed or opted in',
    text_description: 'Analytics tracking is off: sessions by segment are unavailable.',
    tags: ['email'],
    teams: ['Content'],
    created_at: '2022-11-02T07:30:00Z',
    updated_at: '2023-12-01T10:10:00Z',
    analytics_tracking_enabled: false,
    baseSize: 410_000,
    dailyGrowth: 0.0005,
    jitter: 0.006,
    sessionsPerUser: 0.3,
  },
]);

/** An app of the mock workspace; its share scales `/sessions/data_series?app_id=…`. */
export interface MockApp {
  readonly id: string;
  readonly name: string;
  /** Fraction of all sessions. Unknown app ids get a stable share derived from their hash. */
  readonly share: number;
}

export const MOCK_APPS: readonly MockApp[] = Object.freeze([
  { id: 'app_ios', name: 'Acme (iOS)', share: 0.46 },
  { id: 'app_android', name: 'Acme (Android)', share: 0.38 },
  { id: 'app_web', name: 'Acme (Web)', share: 0.16 },
]);

/** Channel keys a campaign sends on. `experimental_channel` is not a Braze channel: it exercises open maps. */
export type MockChannel = 'email' | 'ios_push' | 'android_push' | 'sms' | 'experimental_channel';

/** A mock campaign, as `/campaigns/list` describes it, plus the channels its sends use. */
export interface MockCampaign {
  readonly id: string;
  readonly name: string;
  /** Only API campaigns have send analytics (`/sends/data_series`). */
  readonly is_api_campaign: boolean;
  readonly last_edited: string;
  readonly tags: readonly string[];
  readonly channels: readonly MockChannel[];
  /** Typical recipients per send day. */
  readonly audience: number;
}

/**
 * Campaigns known to the mock. `/sends/data_series` also answers for campaign ids not listed here (send ids come
 * from the send APIs, not from a list): their channels derive from the id, and an id containing `unknown` adds
 * the unknown `experimental_channel`.
 */
export const MOCK_CAMPAIGNS: readonly MockCampaign[] = Object.freeze([
  {
    id: 'camp_welcome_series',
    name: 'Welcome Series (API)',
    is_api_campaign: true,
    last_edited: '2024-03-02T10:00:00Z',
    tags: ['onboarding'],
    channels: ['email', 'ios_push', 'android_push'],
    audience: 6_200,
  },
  {
    id: 'camp_order_updates',
    name: 'Order Updates (API)',
    is_api_campaign: true,
    last_edited: '2024-02-11T18:20:00Z',
    tags: ['transactional'],
    channels: ['sms', 'ios_push', 'android_push', 'email'],
    audience: 21_000,
  },
  {
    id: 'camp_weekly_digest',
    name: 'Weekly Digest (API)',
    is_api_campaign: true,
    last_edited: '2024-04-05T08:00:00Z',
    tags: ['content'],
    channels: ['email'],
    audience: 48_000,
  },
  {
    id: 'camp_unknown_channel',
    name: 'Channel Preview (API, unknown channel)',
    is_api_campaign: true,
    last_edited: '2024-04-20T12:00:00Z',
    tags: ['labs'],
    channels: ['email', 'experimental_channel'],
    audience: 2_500,
  },
  {
    id: 'camp_spring_sale',
    name: 'Spring Sale (scheduled, not API)',
    is_api_campaign: false,
    last_edited: '2024-03-20T09:45:00Z',
    tags: ['promo'],
    channels: ['email', 'ios_push'],
    audience: 90_000,
  },
]);

/** Example send ids for the demo (no Braze endpoint lists them). Any send id is accepted by the mock. */
export const MOCK_SENDS: readonly {
  readonly campaign_id: string;
  readonly send_id: string;
  readonly name: string;
}[] = Object.freeze([
  { campaign_id: 'camp_welcome_series', send_id: 'send_welcome_day0', name: 'Welcome – day 0' },
  { campaign_id: 'camp_order_updates', send_id: 'send_shipped', name: 'Order shipped' },
  { campaign_id: 'camp_weekly_digest', send_id: 'send_digest', name: 'Weekly digest' },
  { campaign_id: 'camp_unknown_channel', send_id: 'send_preview', name: 'Preview (unknown channel)' },
]);

/**
 * Ids that make the mock misbehave, for tests and stories. Pass one as any id parameter (`segment_id`,
 * `app_id`, `campaign_id`, `send_id`).
 */
export const MOCK_FAULT_IDS = Object.freeze({
  /** 429 with `Retry-After: 1` and `X-RateLimit-Remaining: 0`. */
  rateLimited: 'fault_429',
  /** 500 with a Braze error body. */
  serverError: 'fault_500',
  /** 422 with a Braze error body. */
  unprocessable: 'fault_422',
  /** 200 whose body is not valid JSON. */
  badJson: 'fault_badjson',
  /** 200 with valid JSON that fails the endpoint's response schema. */
  badSchema: 'fault_schema',
} as const);

export type MockFaultId = (typeof MOCK_FAULT_IDS)[keyof typeof MOCK_FAULT_IDS];

export function findSegment(id: string): MockSegment | undefined {
  return MOCK_SEGMENTS.find((segment) => segment.id === id);
}

export function findCampaign(id: string): MockCampaign | undefined {
  return MOCK_CAMPAIGNS.find((campaign) => campaign.id === id);
}

export function findApp(id: string): MockApp | undefined {
  return MOCK_APPS.find((app) => app.id === id);
}
