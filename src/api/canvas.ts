import * as z from 'zod/mini';
import { ChannelMessages } from './campaigns.js';
import { campaignList, CampaignListParams } from './pickers.js';
import {
  amount,
  booleanParam,
  count,
  dateTimeParam,
  detailsShape,
  idParam,
  lengthParam,
  stringList,
  text,
} from './fields.js';
import { CACHE_TTL_MS, pooledEndpoint } from './policy.js';
import { parseInstant } from './time.js';

/**
 * Canvas: `GET /canvas/data_series` (per day, at most 14 days), `/canvas/data_summary` (the same, rolled up),
 * `/canvas/details` (names of variants and steps) and `/canvas/list`. Unlike every other endpoint, the series'
 * `data` is an object. `ending_at` is always sent upstream: Braze's docs call it both required and defaulted.
 */

/** Most days a Canvas series or summary covers (`length`). */
export const CANVAS_MAX_LENGTH = 14;

const EXACTLY_ONE = `give either length (1-${CANVAS_MAX_LENGTH} days) or starting_at, not both`;
const NEITHER = `length (1-${CANVAS_MAX_LENGTH} days) or starting_at is required`;

/** Params of `/canvas/data_series` and `/canvas/data_summary`. */
export const CanvasDataParams = z
  .strictObject({
    canvas_id: idParam('canvas_id'),
    ending_at: z.optional(dateTimeParam('ending_at')),
    starting_at: z.optional(dateTimeParam('starting_at')),
    length: z.optional(lengthParam(CANVAS_MAX_LENGTH)),
    include_variant_breakdown: z.optional(booleanParam('include_variant_breakdown')),
    include_step_breakdown: z.optional(booleanParam('include_step_breakdown')),
    include_deleted_step_data: z.optional(booleanParam('include_deleted_step_data')),
  })
  .check(
    z.superRefine((params, ctx) => {
      const { length, starting_at: startingAt, ending_at: endingAt } = params;
      if (length !== undefined && startingAt !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['starting_at'], input: startingAt, message: EXACTLY_ONE });
      } else if (length === undefined && startingAt === undefined) {
        ctx.addIssue({ code: 'custom', path: ['length'], input: undefined, message: NEITHER });
      } else if (startingAt !== undefined && endingAt !== undefined) {
        const start = parseInstant(startingAt);
        const end = parseInstant(endingAt);
        if (start && end && start.getTime() >= end.getTime()) {
          ctx.addIssue({
            code: 'custom',
            path: ['starting_at'],
            input: startingAt,
            message: 'starting_at must be before ending_at',
          });
        }
      }
    }),
  );
export type CanvasDataParams = z.infer<typeof CanvasDataParams>;

/** Counters shared by a Canvas's totals, variants and steps; each optional, a number when present. */
const canvasCounters = {
  revenue: z.optional(amount),
  conversions: z.optional(count),
  conversions_by_entry_time: z.optional(count),
};

export const CanvasTotalStats = z.looseObject({ ...canvasCounters, entries: z.optional(count) });
export type CanvasTotalStats = z.infer<typeof CanvasTotalStats>;

export const CanvasVariantStats = z.looseObject({
  name: text,
  ...canvasCounters,
  entries: z.optional(count),
});
export type CanvasVariantStats = z.infer<typeof CanvasVariantStats>;

/** A step's stats: its conversions and revenue, and per channel the message stats (an open map, as for sends). */
export const CanvasStepStats = z.looseObject({
  name: text,
  ...canvasCounters,
  messages: z.optional(ChannelMessages),
});
export type CanvasStepStats = z.infer<typeof CanvasStepStats>;

const breakdowns = {
  variant_stats: z.nullish(z.record(z.string(), CanvasVariantStats)),
  step_stats: z.nullish(z.record(z.string(), CanvasStepStats)),
};

export const CanvasDay = z.looseObject({ time: z.string(), total_stats: CanvasTotalStats, ...breakdowns });
export type CanvasDay = z.infer<typeof CanvasDay>;

export const CanvasDataSeriesResponse = z.looseObject({
  message: z.string(),
  data: z.looseObject({ name: text, stats: z.array(CanvasDay) }),
});
export type CanvasDataSeriesResponse = z.infer<typeof CanvasDataSeriesResponse>;

export const CanvasDataSummaryResponse = z.looseObject({
  message: z.string(),
  data: z.looseObject({ name: text, total_stats: CanvasTotalStats, ...breakdowns }),
});
export type CanvasDataSummaryResponse = z.infer<typeof CanvasDataSummaryResponse>;

export const CanvasDetailsParams = z.strictObject({ canvas_id: idParam('canvas_id') });
export type CanvasDetailsParams = z.infer<typeof CanvasDetailsParams>;

export const CanvasDetailsResponse = z.looseObject({
  ...detailsShape,
  first_entry: text,
  last_entry: text,
  variants: z.nullish(
    z.array(z.looseObject({ id: z.string(), name: text, first_step_ids: stringList, first_step_id: text })),
  ),
  steps: z.nullish(
    z.array(
      z.looseObject({
        id: z.string(),
        name: text,
        type: text,
        next_step_ids: stringList,
        channels: stringList,
      }),
    ),
  ),
});
export type CanvasDetailsResponse = z.infer<typeof CanvasDetailsResponse>;

/** The params of `/canvas/list` are those of `/campaigns/list`. */
export const CanvasListParams = CampaignListParams;
export type CanvasListParams = z.infer<typeof CanvasListParams>;

export const CanvasListResponse = /* @__PURE__ */ z.looseObject({
  message: z.string(),
  canvases: z.array(z.looseObject({ id: z.string(), name: z.string(), last_edited: text, tags: stringList })),
});
export type CanvasListResponse = z.infer<typeof CanvasListResponse>;

/** `ending_at` for Braze when the caller gave none: the request time, to the second, in UTC. */
const endingNow = (now: Date) => ({ ending_at: `${now.toISOString().slice(0, 19)}Z` });

const DATA_KEYS = [
  'canvas_id',
  'ending_at',
  'starting_at',
  'length',
  'include_variant_breakdown',
  'include_step_breakdown',
  'include_deleted_step_data',
] as const;

/** The series and the summary take the same params and always send `ending_at` upstream. */
const canvasData = <R extends z.ZodMiniType>(kind: 'data_series' | 'data_summary', response: R) =>
  pooledEndpoint(`canvas.${kind}`, `/canvas/${kind}`, { params: CanvasDataParams, response }, DATA_KEYS, {
    pool: 'default',
    cacheTtlMs: CACHE_TTL_MS.series,
    upstreamDefaults: endingNow,
  });

export const canvasDataSeries = canvasData('data_series', CanvasDataSeriesResponse);
export const canvasDataSummary = canvasData('data_summary', CanvasDataSummaryResponse);
export const canvasDetails = pooledEndpoint(
  'canvas.details',
  '/canvas/details',
  { params: CanvasDetailsParams, response: CanvasDetailsResponse },
  ['canvas_id'],
  { pool: 'default', cacheTtlMs: CACHE_TTL_MS.details },
);
export const canvasList = /* @__PURE__ */ pooledEndpoint(
  'canvas.list',
  '/canvas/list',
  { params: CanvasListParams, response: CanvasListResponse },
  campaignList.keys,
  { pool: 'default', cacheTtlMs: CACHE_TTL_MS.list, paging: 'page' },
);
