import {
  CANVAS_MAX_LENGTH,
  LIST_PAGE_SIZE,
  parseInstant,
  type CanvasDataParams,
  type CanvasDataSeriesResponse,
  type CanvasDataSummaryResponse,
  type CanvasDetailsParams,
  type CanvasDetailsResponse,
  type CanvasListParams,
  type CanvasListResponse,
  type VariantStats,
} from '../api/index.js';
import { CAMPAIGN_REACH, messageCounters, type CampaignChannel, type MockVariant } from './mock-campaigns.js';
import { between, money, part, type Random } from './mock-sends.js';
import { WEEKLY_SEASONALITY } from './mock-series.js';
import { refusal, seriesBuckets, success, type MockReply } from './mock-workspace.js';
import { noise, seededRandom, stableUuid } from './random.js';
import { dayNumber, endingDay, formatDay, utcDay, weekday } from './time.js';

/**
 * Canvases of the mock workspace: variants (one a control group with no steps) whose users flow through message,
 * delay and split steps. Entries, conversions and revenue per variant add up to the totals; a step's conversions
 * are a share of its variant's. A series covers at most the last 14 days before `ending_at`, as Braze's does.
 */

/** A step of a Canvas, on one variant's path. */
export interface MockCanvasStep {
  /** Short key (the step's id is a UUID made from the Canvas id and this key). */
  readonly key: string;
  readonly name: string;
  readonly type: 'message' | 'delay' | 'decision_split';
  readonly channels: readonly CampaignChannel[];
  /** The variant whose path it is on. */
  readonly variant: string;
  /** Share of the variant's entries that reach this step. */
  readonly reach: number;
  /** Keys of the steps after it. */
  readonly next: readonly string[];
  /** A step since deleted: its stats only with `include_deleted_step_data=true`, absent from the details. */
  readonly deleted?: boolean;
}

/** A Canvas of the mock workspace. */
export interface MockCanvas {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly created_at: string;
  readonly last_edited: string;
  readonly tags: readonly string[];
  readonly teams: readonly string[];
  readonly schedule_type: 'action_based' | 'scheduled' | 'api_triggered';
  /** First and (when it has stopped) last day users entered, `YYYY-MM-DD`. */
  readonly first_entry: string;
  readonly last_entry?: string;
  readonly archived: boolean;
  /** Typical entries a day. */
  readonly audience: number;
  readonly variants: readonly MockVariant[];
  readonly steps: readonly MockCanvasStep[];
}

const message = (
  key: string,
  name: string,
  variant: string,
  channels: CampaignChannel[],
  reach: number,
  next: string[] = [],
): MockCanvasStep => ({ key, name, type: 'message', channels, variant, reach, next });
const flow = (
  key: string,
  name: string,
  type: 'delay' | 'decision_split',
  variant: string,
  reach: number,
  next: string[],
): MockCanvasStep => ({ key, name, type, channels: [], variant, reach, next });

export const MOCK_CANVASES: readonly MockCanvas[] = Object.freeze([
  {
    id: 'canvas_onboarding',
    name: 'Onboarding Journey',
    description: 'First-week journey for new users: an email path against a push path, with a control group.',
    created_at: '2024-01-08T10:00:00Z',
    last_edited: '2024-04-30T09:30:00Z',
    tags: ['onboarding'],
    teams: ['Growth'],
    schedule_type: 'action_based',
    first_entry: '2024-01-11',
    archived: false,
    audience: 2_300,
    variants: [
      { name: 'Email path', share: 0.45, lift: 1 },
      { name: 'Push path', share: 0.45, lift: 1.15 },
      { name: 'Control', share: 0.1, lift: 0.55 },
    ],
    steps: [
      message('welcome_email', 'Welcome email', 'Email path', ['email'], 1, ['wait_email']),
      flow('wait_email', 'Wait 1 day', 'delay', 'Email path', 0.97, ['engaged']),
      flow('engaged', 'Opened the app since?', 'decision_split', 'Email path', 0.97, ['tips', 'nudge']),
      message('tips', 'Recipe tips email', 'Email path', ['email'], 0.55),
      message('nudge', 'Come back push', 'Email path', ['ios_push', 'android_push'], 0.42),
      message('welcome_push', 'Welcome push', 'Push path', ['ios_push', 'android_push'], 1, ['wait_push']),
      flow('wait_push', 'Wait 1 day', 'delay', 'Push path', 0.96, ['tour']),
      message('tour', 'In-app tour', 'Push path', ['in_app_message'], 0.9, ['card']),
      message('card', 'Recipes Content Card', 'Push path', ['content_cards'], 0.9),
      { ...message('old_sms', 'Welcome SMS (retired)', 'Email path', ['sms'], 0.04), deleted: true },
    ],
  },
  {
    id: 'canvas_cart_recovery',
    name: 'Cart Recovery',
    description: 'Email, then WhatsApp, to users who started checkout and did not buy.',
    created_at: '2024-02-19T15:00:00Z',
    last_edited: '2024-03-11T12:20:00Z',
    tags: ['commerce'],
    teams: ['Revenue'],
    schedule_type: 'action_based',
    first_entry: '2024-02-20',
    archived: false,
    audience: 640,
    variants: [{ name: 'Variant 1', share: 1, lift: 1.4 }],
    steps: [
      message('reminder', 'Reminder email', 'Variant 1', ['email'], 1, ['wait']),
      flow('wait', 'Wait 4 hours', 'delay', 'Variant 1', 0.8, ['whatsapp']),
      message('whatsapp', 'WhatsApp offer', 'Variant 1', ['whats_app', 'webhook'], 0.8),
    ],
  },
  {
    id: 'canvas_holiday_2023',
    name: 'Holiday Countdown 2023',
    description: 'Daily pushes in December 2023; stopped and archived.',
    created_at: '2023-11-20T09:00:00Z',
    last_edited: '2024-01-03T08:00:00Z',
    tags: ['seasonal'],
    teams: ['Content'],
    schedule_type: 'scheduled',
    first_entry: '2023-12-01',
    last_entry: '2023-12-24',
    archived: true,
    audience: 18_000,
    variants: [{ name: 'Variant 1', share: 1, lift: 1 }],
    steps: [message('countdown', 'Countdown push', 'Variant 1', ['ios_push', 'android_push'], 1)],
  },
]);

export function findCanvas(id: string): MockCanvas | undefined {
  return MOCK_CANVASES.find((canvas) => canvas.id === id);
}

const idOf = (canvas: MockCanvas, kind: 'variant' | 'step', key: string) =>
  stableUuid(`${canvas.id}:${kind}:${key}`);

type Totals = {
  revenue: number;
  conversions: number;
  conversions_by_entry_time: number;
  entries: number;
};
type StepTotals = {
  name: string;
  revenue: number;
  conversions: number;
  conversions_by_entry_time: number;
  messages: Record<string, VariantStats[]>;
};
type CanvasDayStats = {
  time: string;
  total_stats: Totals;
  variant_stats: Record<string, Totals & { name: string }>;
  step_stats: Record<string, StepTotals>;
};

function entersOn(canvas: MockCanvas, day: number): boolean {
  if (day < dayNumber(canvas.first_entry)) return false;
  return canvas.last_entry === undefined || day <= dayNumber(canvas.last_entry);
}

function conversionsOf(entries: number, lift: number, random: Random) {
  const conversions = part(entries, random, 0.04 * lift, 0.07 * lift);
  return {
    conversions,
    conversions_by_entry_time: part(conversions, random, 0.85, 1),
    revenue: money(conversions * between(random, 15, 40)),
  };
}

/** One day of a Canvas, every breakdown included (the caller drops what was not asked for). */
function canvasDay(canvas: MockCanvas, time: string, day: number): CanvasDayStats {
  const stats: CanvasDayStats = {
    time,
    total_stats: { revenue: 0, conversions: 0, conversions_by_entry_time: 0, entries: 0 },
    variant_stats: {},
    step_stats: {},
  };
  if (!entersOn(canvas, day)) {
    for (const variant of canvas.variants)
      stats.variant_stats[idOf(canvas, 'variant', variant.name)] = {
        name: variant.name,
        ...stats.total_stats,
      };
    return stats;
  }
  const random = seededRandom('canvas.data_series', canvas.id, day);
  const seasonality = WEEKLY_SEASONALITY[weekday(day)] ?? 1;
  const entries = Math.max(0, Math.round(canvas.audience * seasonality * (1 + 0.1 * noise(random))));
  const total = stats.total_stats;
  for (const variant of canvas.variants) {
    const variantEntries = Math.round(entries * variant.share);
    const outcome = conversionsOf(variantEntries, variant.lift, random);
    stats.variant_stats[idOf(canvas, 'variant', variant.name)] = {
      name: variant.name,
      entries: variantEntries,
      ...outcome,
    };
    total.entries += variantEntries;
    total.conversions += outcome.conversions;
    total.conversions_by_entry_time += outcome.conversions_by_entry_time;
    total.revenue = money(total.revenue + outcome.revenue);

    const steps = canvas.steps.filter((step) => step.variant === variant.name && step.type === 'message');
    const reachSum = steps.reduce((sum, step) => sum + step.reach, 0);
    for (const step of steps) {
      const stepEntries = Math.round(variantEntries * step.reach);
      const attributed = Math.round(
        ((outcome.conversions * 0.9 * step.reach) / reachSum) * between(random, 0.85, 1),
      );
      const messages: Record<string, VariantStats[]> = {};
      for (const channel of step.channels) {
        const sent = Math.round(stepEntries * Math.min(1, CAMPAIGN_REACH[channel] * 1.3));
        messages[channel] = [messageCounters(channel, sent, variant.lift, random)];
      }
      stats.step_stats[idOf(canvas, 'step', step.key)] = {
        name: step.name,
        revenue: money(attributed * between(random, 15, 40)),
        conversions: attributed,
        conversions_by_entry_time: part(attributed, random, 0.85, 1),
        messages,
      };
    }
  }
  return stats;
}

/** The days of a request: `length` days, or from `starting_at`, to `ending_at`; at most 14, none after today. */
function canvasDays(canvas: MockCanvas, params: CanvasDataParams, now: Date): CanvasDayStats[] {
  const end = endingDay(params.ending_at, now);
  const first =
    params.starting_at === undefined
      ? end - (params.length ?? CANVAS_MAX_LENGTH) + 1
      : dayNumber(params.starting_at.slice(0, 10));
  return seriesBuckets('day', params.ending_at, CANVAS_MAX_LENGTH, now)
    .filter(({ day }) => day >= first)
    .map(({ time, day }) => canvasDay(canvas, time, day));
}

/** Keeps only the breakdowns asked for (and deleted steps only when asked). */
function breakdowns(
  canvas: MockCanvas,
  params: CanvasDataParams,
  stats: Pick<CanvasDayStats, 'variant_stats' | 'step_stats'>,
) {
  const deleted = new Set(canvas.steps.filter((s) => s.deleted).map((s) => idOf(canvas, 'step', s.key)));
  const steps = Object.entries(stats.step_stats).filter(
    ([id]) => params.include_deleted_step_data === 'true' || !deleted.has(id),
  );
  return {
    ...(params.include_variant_breakdown === 'true' ? { variant_stats: stats.variant_stats } : {}),
    ...(params.include_step_breakdown === 'true' ? { step_stats: Object.fromEntries(steps) } : {}),
  };
}

const notFound = (id: string) => refusal(404, 'Canvas not found', `canvas_id ${id} does not exist`);

/** `/canvas/data_series`: `data` is an object, `{ name, stats: [day…] }`. */
export function canvasSeries(params: CanvasDataParams, now: Date): MockReply<CanvasDataSeriesResponse> {
  const canvas = findCanvas(params.canvas_id);
  if (!canvas) return notFound(params.canvas_id);
  const stats = canvasDays(canvas, params, now).map((day) => ({
    time: day.time,
    total_stats: day.total_stats,
    ...breakdowns(canvas, params, day),
  }));
  return success({ data: { name: canvas.name, stats } });
}

/** Adds the numbers of `add` into `into`, key by key (revenue kept to the cent). */
function addNumbers(into: Record<string, unknown>, add: object): void {
  for (const [key, value] of Object.entries(add)) {
    if (typeof value !== 'number') continue;
    const sum = Number(into[key] ?? 0) + value;
    into[key] = key === 'revenue' ? money(sum) : sum;
  }
}

/** `/canvas/data_summary`: the days of the same params added up, per variant, step and channel. */
export function canvasSummary(params: CanvasDataParams, now: Date): MockReply<CanvasDataSummaryResponse> {
  const canvas = findCanvas(params.canvas_id);
  if (!canvas) return notFound(params.canvas_id);
  const total: Totals = { revenue: 0, conversions: 0, conversions_by_entry_time: 0, entries: 0 };
  const variants: CanvasDayStats['variant_stats'] = {};
  const steps: CanvasDayStats['step_stats'] = {};
  for (const day of canvasDays(canvas, params, now)) {
    addNumbers(total, day.total_stats);
    for (const [id, variant] of Object.entries(day.variant_stats))
      addNumbers(
        (variants[id] ??= {
          ...variant,
          revenue: 0,
          conversions: 0,
          conversions_by_entry_time: 0,
          entries: 0,
        }),
        variant,
      );
    for (const [id, step] of Object.entries(day.step_stats)) {
      const into = (steps[id] ??= {
        name: step.name,
        revenue: 0,
        conversions: 0,
        conversions_by_entry_time: 0,
        messages: {},
      });
      addNumbers(into, step);
      for (const [channel, list] of Object.entries(step.messages))
        list.forEach((stats, i) => addNumbers(((into.messages[channel] ??= [])[i] ??= {}), stats));
    }
  }
  return success({
    data: {
      name: canvas.name,
      total_stats: total,
      ...breakdowns(canvas, params, { variant_stats: variants, step_stats: steps }),
    },
  });
}

/** `/canvas/details`: variants with their first steps, steps with the steps after them (deleted ones left out). */
export function canvasDetails(params: CanvasDetailsParams, now: Date): MockReply<CanvasDetailsResponse> {
  const canvas = findCanvas(params.canvas_id);
  if (!canvas) return notFound(params.canvas_id);
  const steps = canvas.steps.filter((step) => !step.deleted);
  const stepId = (key: string) => idOf(canvas, 'step', key);
  const ended = canvas.last_entry === undefined ? undefined : dayNumber(canvas.last_entry);
  const lastEntry =
    ended !== undefined && ended < utcDay(now.getTime())
      ? `${formatDay(ended)}T23:58:00+00:00`
      : `${now.toISOString().slice(0, 16)}:00+00:00`;
  return success({
    name: canvas.name,
    description: canvas.description,
    created_at: canvas.created_at,
    updated_at: canvas.last_edited,
    archived: canvas.archived,
    draft: false,
    enabled: canvas.last_entry === undefined,
    schedule_type: canvas.schedule_type,
    first_entry: `${canvas.first_entry}T00:02:00+00:00`,
    last_entry: now.getTime() < Date.parse(`${canvas.first_entry}T00:02:00Z`) ? null : lastEntry,
    channels: [...new Set(steps.flatMap((step) => step.channels))],
    tags: [...canvas.tags],
    teams: [...canvas.teams],
    variants: canvas.variants.map((variant) => {
      const first = steps.find((step) => step.variant === variant.name);
      return {
        name: variant.name,
        id: idOf(canvas, 'variant', variant.name),
        first_step_ids: first ? [stepId(first.key)] : [],
        ...(first ? { first_step_id: stepId(first.key) } : {}),
      };
    }),
    steps: steps.map((step) => ({
      name: step.name,
      type: step.type,
      id: stepId(step.key),
      next_step_ids: step.next.map(stepId),
      channels: [...step.channels],
    })),
  });
}

/** `/canvas/list`: 100 a page, oldest first by default (Braze's order), archived ones only on request. */
export function canvasListPage(params: CanvasListParams): MockReply<CanvasListResponse> {
  const after =
    params['last_edit.time[gt]'] === undefined ? undefined : parseInstant(params['last_edit.time[gt]']);
  const canvases = MOCK_CANVASES.filter(
    (canvas) =>
      (params.include_archived === 'true' || !canvas.archived) &&
      (after === undefined || Date.parse(canvas.last_edited) > after.getTime()),
  ).sort((a, b) => a.created_at.localeCompare(b.created_at));
  if (params.sort_direction === 'desc') canvases.reverse();
  const start = Number(params.page ?? '0') * LIST_PAGE_SIZE;
  return success({
    canvases: canvases.slice(start, start + LIST_PAGE_SIZE).map(({ id, name, last_edited, tags }) => ({
      id,
      name,
      last_edited,
      tags: [...tags],
    })),
  });
}
