import { PRODUCT_LIST_PAGE_SIZE, type ProductListParams, type PurchaseSeriesParams } from '../api/index.js';
import { expectedDau } from './mock-kpi.js';
import { money } from './mock-sends.js';
import { DIURNAL_CURVE } from './mock-series.js';
import { seriesBuckets, success, type MockBucket, type MockReply } from './mock-workspace.js';
import { noise, seededRandom } from './random.js';

/**
 * Purchases of the mock workspace: a few products with USD prices, each bought a typical number of times per
 * thousand daily active users. Quantity and revenue come from the same purchases: a bucket's revenue is exactly
 * the sum of its quantities times their prices, in cents.
 */

/** A product of the mock workspace. */
export interface MockProduct {
  /** The product id Braze records with the purchase (what `product` filters by). */
  readonly id: string;
  /** Price in USD. */
  readonly price: number;
  /** Purchases per 1,000 daily active users. */
  readonly perThousandActive: number;
}

export const MOCK_PRODUCTS: readonly MockProduct[] = Object.freeze([
  { id: 'coins_500', price: 4.99, perThousandActive: 3.1 },
  { id: 'premium_monthly', price: 9.99, perThousandActive: 1.9 },
  { id: 'coins_1200', price: 9.99, perThousandActive: 1.2 },
  { id: 'remove_ads', price: 2.99, perThousandActive: 0.8 },
  { id: 'premium_annual', price: 79.99, perThousandActive: 0.25 },
  { id: 'gift_card_25', price: 25, perThousandActive: 0.04 },
]);

/** `/purchases/product_list`: product ids, alphabetical, 0-based pages. */
export function productListPage(
  params: ProductListParams,
): MockReply<{ message: string; products: string[] }> {
  const start = Number(params.page ?? '0') * PRODUCT_LIST_PAGE_SIZE;
  const products = MOCK_PRODUCTS.map((p) => p.id).sort();
  return success({ products: products.slice(start, start + PRODUCT_LIST_PAGE_SIZE) });
}

/** How many of `product` were bought in a bucket, for an app or all of them. */
function quantity(product: MockProduct, params: PurchaseSeriesParams, bucket: MockBucket): number {
  const share =
    bucket.hour === undefined ? 1 : (DIURNAL_CURVE[new Date(bucket.hour).getUTCHours()] ?? 1 / 24);
  const expected = (expectedDau(params.app_id, bucket.day) * product.perThousandActive * share) / 1000;
  const random = seededRandom('purchases', product.id, params.app_id ?? '*', bucket.hour ?? bucket.day);
  return Math.max(0, Math.round(expected * (1 + 0.12 * noise(random))));
}

/** The purchases of each bucket: quantity and revenue (USD, to the cent), one product's or every product's. */
export function purchases(
  params: PurchaseSeriesParams,
  now: Date,
): { time: string; quantity: number; revenue: number }[] {
  const products = MOCK_PRODUCTS.filter((p) => params.product === undefined || p.id === params.product);
  return seriesBuckets(params.unit ?? 'day', params.ending_at, params.length, now).map((bucket) => {
    let count = 0;
    let cents = 0;
    for (const product of products) {
      const bought = quantity(product, params, bucket);
      count += bought;
      cents += bought * Math.round(product.price * 100);
    }
    return { time: bucket.time, quantity: count, revenue: money(cents / 100) };
  });
}

/** `/purchases/revenue_series`. A product the workspace never sold has revenue 0. */
export function revenueSeries(
  params: PurchaseSeriesParams,
  now: Date,
): MockReply<{ message: string; data: { time: string; revenue: number }[] }> {
  return success({ data: purchases(params, now).map(({ time, revenue }) => ({ time, revenue })) });
}

/** `/purchases/quantity_series`. */
export function quantitySeries(
  params: PurchaseSeriesParams,
  now: Date,
): MockReply<{ message: string; data: { time: string; purchase_quantity: number }[] }> {
  return success({
    data: purchases(params, now).map(({ time, quantity: count }) => ({ time, purchase_quantity: count })),
  });
}
