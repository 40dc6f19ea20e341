import * as z from 'zod/mini';
import { isIsoDateTime } from './time.js';

/**
 * The field builders every endpoint schema is made of: query parameters (strict, each message naming its
 * parameter) and response values (strict on counters being numbers, lenient on absent text). Internal to
 * `src/api`: the endpoint modules export the schemas built from them.
 */

/**
 * Braze ids (segment, app, campaign, send, Canvas) are API identifiers: UUID-like strings. We accept a conservative
 * alphabet so that nothing path-like, whitespace or control characters ever reaches the upstream URL.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

/**
 * Names chosen by people (custom event names, purchase product ids): 1–255 characters, none of them a control,
 * format, private-use or unassigned code point, and no space at either end. Spaces and punctuation inside are
 * fine (`Added to Cart`); URL encoding carries them.
 */
export const NAME_PATTERN = /^[^\s\p{C}](?:[^\p{C}]{0,253}[^\s\p{C}])?$/u;

/** Most buckets a data-series endpoint returns (`length`). */
export const MAX_LENGTH = 100;

/** An id parameter (see {@link ID_PATTERN}). */
export const idParam = (name: string) =>
  z
    .string()
    .check(z.regex(ID_PATTERN, `${name} must be 1-128 characters of letters, digits, '_', '-', '.', ':'`));

/** `length`: an integer from 1 to `max` (the query reader turns plain decimal text into a number first). */
export const lengthParam = (max = MAX_LENGTH) => {
  const message = `length must be an integer from 1 to ${max}`;
  return z.int(message).check(z.gte(1, message), z.lte(max, message));
};

/** An ISO-8601 date or date-time parameter (`ending_at`, `starting_at`). */
export const dateTimeParam = (name: string) =>
  z
    .string()
    .check(z.refine(isIsoDateTime, `${name} must be an ISO-8601 date-time, e.g. 2024-05-01T00:00:00-05:00`));

/** `page`: 0-based page number, as decimal text. */
export const pageParam = z
  .string()
  .check(z.regex(/^(0|[1-9]\d{0,5})$/, 'page must be a non-negative integer (0 is the first page)'));

/** `sort_direction`. */
export const sortDirectionParam = z.enum(['asc', 'desc'], `sort_direction must be 'asc' or 'desc'`);

/** A boolean query flag, written `true` or `false` as Braze's docs do. */
export const booleanParam = (name: string) => z.enum(['true', 'false'], `${name} must be 'true' or 'false'`);

/** A counter in a response: a finite number ≥ 0 (a numeric string is an error, naming its path). */
export const count = z.number().check(z.refine(Number.isFinite, 'expected a finite number'), z.gte(0));

/** An amount of money: any finite number (refunds may make it negative; the currency is the workspace's). */
export const amount = z.number().check(z.refine(Number.isFinite, 'expected a finite number'));

/** Braze sometimes sends null for absent text fields; treat null like absent. */
export const text = z.nullish(z.string());

/** A list of names (tags, teams), null treated like absent. */
export const stringList = z.nullish(z.array(z.string()));

const flag = z.nullish(z.boolean());

/** What `/campaigns/details` and `/canvas/details` both answer: names, dates, state, schedule, tags, channels. */
export const detailsShape = {
  message: z.string(),
  name: text,
  description: text,
  created_at: text,
  updated_at: text,
  archived: flag,
  draft: flag,
  enabled: flag,
  schedule_type: text,
  channels: stringList,
  tags: stringList,
  teams: stringList,
};
