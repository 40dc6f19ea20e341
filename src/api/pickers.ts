import * as z from 'zod/mini';
import type { EndpointDescriptor } from './endpoints.js';
import {
  booleanParam,
  dateTimeParam,
  pageParam as page,
  sortDirectionParam as sortDirection,
  stringList,
} from './fields.js';

/**
 * The two list ("picker") endpoints that let a UI offer segment and campaign choices. They are not export endpoints
 * (the proxy can switch them off), but they are part of the Braze contract the proxy and the mock both speak.
 */

export const SegmentListParams = z.strictObject({
  page: z.optional(page),
  sort_direction: z.optional(sortDirection),
});
export type SegmentListParams = z.infer<typeof SegmentListParams>;

export const CampaignListParams = z.strictObject({
  page: z.optional(page),
  include_archived: z.optional(booleanParam('include_archived')),
  sort_direction: z.optional(sortDirection),
  /** Only campaigns edited after this instant. */
  'last_edit.time[gt]': z.optional(dateTimeParam('last_edit.time[gt]')),
});
export type CampaignListParams = z.infer<typeof CampaignListParams>;

export const SegmentListResponse = z.looseObject({
  message: z.string(),
  segments: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      analytics_tracking_enabled: z.optional(z.boolean()),
      tags: stringList,
    }),
  ),
});
export type SegmentListResponse = z.infer<typeof SegmentListResponse>;

export const CampaignListResponse = z.looseObject({
  message: z.string(),
  campaigns: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      is_api_campaign: z.optional(z.boolean()),
      last_edited: z.nullish(z.string()),
      tags: stringList,
    }),
  ),
});
export type CampaignListResponse = z.infer<typeof CampaignListResponse>;

/** Items per page of both list endpoints. */
export const LIST_PAGE_SIZE = 100;

export const segmentList: EndpointDescriptor<typeof SegmentListParams, typeof SegmentListResponse> =
  Object.freeze({
    name: 'segments.list',
    path: '/segments/list',
    params: SegmentListParams,
    response: SegmentListResponse,
    keys: ['page', 'sort_direction'],
  });

export const campaignList: EndpointDescriptor<typeof CampaignListParams, typeof CampaignListResponse> =
  Object.freeze({
    name: 'campaigns.list',
    path: '/campaigns/list',
    params: CampaignListParams,
    response: CampaignListResponse,
    keys: ['page', 'include_archived', 'sort_direction', 'last_edit.time[gt]'],
  });

/** The picker endpoints, by path. */
export const PICKER_ENDPOINTS = {
  [segmentList.path]: segmentList,
  [campaignList.path]: campaignList,
} as const;
