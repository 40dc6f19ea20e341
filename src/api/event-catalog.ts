import * as z from 'zod/mini';
import { stringList, text } from './fields.js';
import { CACHE_TTL_MS, pooledEndpoint } from './policy.js';

/**
 * `GET /events`: the custom events with their descriptions, 50 a page, the next page's cursor in the `Link` header
 * (the small 1,000-an-hour pool). Apart from events.ts so that an element reading `/events/data_series` does not
 * load these schemas.
 */

/** Events per page of `/events`. */
export const EVENTS_PAGE_SIZE = 50;

/**
 * An opaque paging cursor, as Braze writes it into the `Link` header: URL-safe and base64 characters only, at most
 * 512 of them.
 */
export const CURSOR_PATTERN = /^[A-Za-z0-9_.~=+/-]{1,512}$/;

export const EventsParams = z.strictObject({
  cursor: z.optional(
    z.string().check(z.regex(CURSOR_PATTERN, 'cursor must be the opaque value of a Link header, as given')),
  ),
});
export type EventsParams = z.infer<typeof EventsParams>;

export const EventsResponse = z.looseObject({
  message: z.string(),
  events: z.array(
    z.looseObject({
      name: z.string(),
      description: text,
      included_in_analytics_report: z.nullish(z.boolean()),
      status: text,
      tag_names: stringList,
    }),
  ),
});
export type EventsResponse = z.infer<typeof EventsResponse>;

export const eventCatalog = pooledEndpoint(
  'events.get',
  '/events',
  { params: EventsParams, response: EventsResponse },
  ['cursor'],
  { pool: 'small', cacheTtlMs: CACHE_TTL_MS.smallPoolList, paging: 'cursor' },
);

const LINK_BASE = 'https://link.invalid/';

/**
 * The `cursor` of a `Link` header's `rel="next"` target (`<https://…/events?cursor=abc>; rel="next"`); undefined
 * when there is no next page or the cursor is not one {@link EventsParams} accepts.
 */
export function nextCursor(link: string | null | undefined): string | undefined {
  for (const [, target = '', params = ''] of link?.matchAll(/<([^>]*)>([^<]*)/g) ?? []) {
    const rel = /;\s*rel\s*=\s*"?([^";,]*)/i.exec(params)?.[1] ?? '';
    if (!rel.toLowerCase().split(/\s+/).includes('next')) continue;
    let cursor: string | null = null;
    try {
      cursor = new URL(target, LINK_BASE).searchParams.get('cursor');
    } catch {
      // An unreadable target has no cursor.
    }
    return cursor !== null && CURSOR_PATTERN.test(cursor) ? cursor : undefined;
  }
  return undefined;
}

/** A `Link` header pointing at the next page of `/events` under `base` (the proxy's own URL of the endpoint). */
export function nextLink(base: string, cursor: string): string {
  const url = new URL(base);
  url.search = new URLSearchParams({ cursor }).toString();
  return `<${url.href}>; rel="next"`;
}
