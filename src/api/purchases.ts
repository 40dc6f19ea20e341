import * as z from 'zod/mini';
import { Unit } from './params.js';
import { amount, count, dateTimeParam, idParam, lengthParam, pageParam } from './fields.js';
import { nameParam } from './name-param.js';
import { CACHE_TTL_MS, pooledEndpoint, SMALL_POOL_PAGE_LIST, type EndpointPolicy } from './policy.js';

/**
 * Purchases: `GET /purchases/product_list` (product names, paged) and the two series `/purchases/revenue_series`
 * and `/purchases/quantity_series` (per day or hour, optionally for one app and one product). All three are
 * treated as drawing from the small 1,000-an-hour pool, as Braze's pages say (perhaps by mistake for the series).
 */

export const ProductListParams = z.strictObject({ page: z.optional(pageParam) });
export type ProductListParams = z.infer<typeof ProductListParams>;

export const ProductListResponse = z.looseObject({ message: z.string(), products: z.array(z.string()) });
export type ProductListResponse = z.infer<typeof ProductListResponse>;

/**
 * Products per page of `/purchases/product_list`. Braze's docs do not give the page size: taken to be the events
 * list's 250 (a shorter page is the last one).
 */
export const PRODUCT_LIST_PAGE_SIZE = 250;

/** Params of both purchases series. */
export const PurchaseSeriesParams = z.strictObject({
  length: lengthParam(),
  unit: z.optional(Unit),
  ending_at: z.optional(dateTimeParam('ending_at')),
  app_id: z.optional(idParam('app_id')),
  product: z.optional(nameParam('product')),
});
export type PurchaseSeriesParams = z.infer<typeof PurchaseSeriesParams>;

/** Revenue per bucket: typed integer in one doc and USD floats in others, so any finite number (refunds: < 0). */
export const RevenueSeriesResponse = z.looseObject({
  message: z.string(),
  data: z.array(z.looseObject({ time: z.string(), revenue: amount })),
});
export type RevenueSeriesResponse = z.infer<typeof RevenueSeriesResponse>;

export const QuantitySeriesResponse = z.looseObject({
  message: z.string(),
  data: z.array(z.looseObject({ time: z.string(), purchase_quantity: count })),
});
export type QuantitySeriesResponse = z.infer<typeof QuantitySeriesResponse>;

const SERIES_KEYS = ['length', 'unit', 'ending_at', 'app_id', 'product'] as const;
const seriesPolicy: EndpointPolicy = { pool: 'small', cacheTtlMs: CACHE_TTL_MS.smallPoolSeries };

export const purchaseProductList = pooledEndpoint(
  'purchases.product_list',
  '/purchases/product_list',
  { params: ProductListParams, response: ProductListResponse },
  ['page'],
  SMALL_POOL_PAGE_LIST,
);
export const purchaseRevenueSeries = pooledEndpoint(
  'purchases.revenue_series',
  '/purchases/revenue_series',
  { params: PurchaseSeriesParams, response: RevenueSeriesResponse },
  SERIES_KEYS,
  seriesPolicy,
);
export const purchaseQuantitySeries = pooledEndpoint(
  'purchases.quantity_series',
  '/purchases/quantity_series',
  { params: PurchaseSeriesParams, response: QuantitySeriesResponse },
  SERIES_KEYS,
  seriesPolicy,
);
