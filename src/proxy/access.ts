import type { EndpointDescriptor } from '../api/index.js';
import { campaignList, segmentList } from '../api/index.js';

/**
 * Static id allowlists (`allowedSegmentIds`, `allowedAppIds`, `allowedCampaignIds`): requests for other ids are
 * refused, and the picker lists are filtered down to the allowed ids. No Node imports.
 */

export type AllowedIds = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Why `params` may not be read under `allowed`, or undefined when they may. With an allowlist for a parameter
 * the endpoint accepts, the parameter must be present and listed: `/sessions/data_series` without `segment_id`
 * would read all users, which is not a listed segment.
 */
export function checkAllowedIds(
  endpoint: EndpointDescriptor,
  params: Readonly<Record<string, string>>,
  allowed: AllowedIds,
): string | undefined {
  for (const [param, ids] of allowed) {
    if (!endpoint.keys.includes(param)) continue;
    const value = params[param];
    if (value === undefined) return `${param} is required: this proxy serves only the ids it lists`;
    if (!ids.has(value)) return `${param}: this id is not served by this proxy`;
  }
  return undefined;
}

/** The list field and the id parameter of each picker endpoint. */
const LISTS: ReadonlyMap<string, readonly [field: string, param: string]> = new Map([
  [segmentList.path, ['segments', 'segment_id']],
  [campaignList.path, ['campaigns', 'campaign_id']],
]);

/** A validated picker body with only the allowed items (`body` itself when nothing needs filtering). */
export function filterList(endpoint: EndpointDescriptor, body: unknown, allowed: AllowedIds): unknown {
  const list = LISTS.get(endpoint.path);
  const ids = list && allowed.get(list[1]);
  if (!list || !ids) return body;
  const items = (body as Record<string, { id: string }[]>)[list[0]] ?? [];
  return { ...(body as object), [list[0]]: items.filter((item) => ids.has(item.id)) };
}
