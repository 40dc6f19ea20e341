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

/**
 * A picker body with only the allowed items; `body` itself when nothing needs filtering; undefined when it
 * must be filtered but cannot be read (it must then not be passed on).
 */
export function filterList(
  endpoint: EndpointDescriptor,
  body: string,
  allowed: AllowedIds,
): string | undefined {
  const list = LISTS.get(endpoint.path);
  const ids = list && allowed.get(list[1]);
  if (!list || !ids) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const items: unknown = (parsed as Record<string, unknown>)[list[0]];
  if (!Array.isArray(items)) return undefined;
  const kept = items.filter(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      'id' in item &&
      typeof item.id === 'string' &&
      ids.has(item.id),
  );
  return JSON.stringify({ ...parsed, [list[0]]: kept });
}
