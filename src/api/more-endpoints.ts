import { campaignDataSeries, campaignDetails } from './campaigns.js';
import { canvasDataSeries, canvasDataSummary, canvasDetails, canvasList } from './canvas.js';
import { eventCatalog } from './event-catalog.js';
import { eventDataSeries, eventList } from './events.js';
import { kpiDauDataSeries, kpiMauDataSeries, kpiNewUsersDataSeries, kpiUninstallsDataSeries } from './kpi.js';
import { purchaseProductList, purchaseQuantitySeries, purchaseRevenueSeries } from './purchases.js';
import type { PooledEndpoint } from './policy.js';

/**
 * The endpoints of BRAZE_API_MORE.md (issue 17), by path, each with its rate-limit pool and cache lifetime. The
 * proxy routes them all (those with `paging` only with its pickers on), and the mock answers them.
 */
export const MORE_ENDPOINTS = {
  [kpiDauDataSeries.path]: kpiDauDataSeries,
  [kpiMauDataSeries.path]: kpiMauDataSeries,
  [kpiNewUsersDataSeries.path]: kpiNewUsersDataSeries,
  [kpiUninstallsDataSeries.path]: kpiUninstallsDataSeries,
  [eventDataSeries.path]: eventDataSeries,
  [eventList.path]: eventList,
  [eventCatalog.path]: eventCatalog,
  [purchaseProductList.path]: purchaseProductList,
  [purchaseRevenueSeries.path]: purchaseRevenueSeries,
  [purchaseQuantitySeries.path]: purchaseQuantitySeries,
  [campaignDataSeries.path]: campaignDataSeries,
  [campaignDetails.path]: campaignDetails,
  [canvasDataSeries.path]: canvasDataSeries,
  [canvasDataSummary.path]: canvasDataSummary,
  [canvasDetails.path]: canvasDetails,
  [canvasList.path]: canvasList,
} as const satisfies Record<string, PooledEndpoint>;

export type MoreEndpointPath = keyof typeof MORE_ENDPOINTS;
