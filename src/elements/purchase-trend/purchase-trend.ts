import type { ResponseOf } from '../../api/endpoints.js';
import {
  PRODUCT_LIST_PAGE_SIZE,
  purchaseProductList,
  purchaseQuantitySeries,
  purchaseRevenueSeries,
} from '../../api/purchases.js';
import { formatCurrency, formatNumber } from '../../chart/format.js';
import type { ValueOf } from '../../chart/sessions-period.js';
import { sessionMessagesFor, type SessionMessages } from '../session-chart/session-chart.messages.js';
import type { SeriesChartData } from '../series-chart/series-chart.js';
import { BrazeTrendChart, type PickerSource } from '../trends/trend-chart.js';
import type { TrendMessages } from '../trends/trends.messages.js';

type Revenue = ResponseOf<typeof purchaseRevenueSeries>;
type Quantity = ResponseOf<typeof purchaseQuantitySeries>;
type RevenueDatum = Revenue['data'][number];
type QuantityDatum = Quantity['data'][number];
type PurchaseDatum = RevenueDatum | QuantityDatum;

/** The responses `<braze-purchase-trend>` renders (the `braze-load` detail's `data`). */
export type PurchaseTrendData = SeriesChartData<Revenue> | SeriesChartData<Quantity>;

/** Whether `currency` is a code Intl formats money in (`USD`, `EUR`…). */
function knownCurrency(currency: string): boolean {
  if (!/^[A-Za-z]{3}$/.test(currency)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency });
    return true;
  } catch {
    return false;
  }
}

/**
 * Revenue or the number of purchases per day or per hour (GET `/purchases/revenue_series` or
 * `/purchases/quantity_series`), for all products or one, as bars or a line, with the period's total and average,
 * optionally over the previous period. Revenue is written in `currency` (Braze does not say the workspace's); its
 * totals are sums of the amounts Braze sent, rounded only when written. With `picker`, the workspace's products
 * (GET `/purchases/product_list`, every page) choose `product`.
 *
 * @tag braze-purchase-trend
 * @fires braze-load - Both periods arrived and are rendered; `detail.data` is a `PurchaseTrendData`.
 * @fires braze-error - Loading failed or an attribute (`metric`, `currency`, `time-zone`) is invalid.
 * @fires braze-option-select - A product was chosen in the picker; `detail` is `{ name: 'product', value }` (empty
 *   value: all products).
 * @csspart title - The chart title ("Revenue per day").
 * @csspart description - The app and product shown, and the period.
 * @csspart picker - The product picker (a labelled `<select>`), with `picker`.
 * @csspart legend - "This period" / "Previous period", with their dates (with `compare="previous"`).
 * @csspart stats - Total, average and the change against the previous period.
 * @cssprop --braze-series-previous - Colour of the previous period's marks. Default the neutral colour.
 */
export class BrazePurchaseTrend extends BrazeTrendChart<PurchaseDatum> {
  static override properties = {
    ...BrazeTrendChart.properties,
    metric: { type: String, reflect: true },
    product: { type: String, reflect: true },
    currency: { type: String, reflect: true },
  };

  /** `revenue` (default) or `quantity` (the number of purchases). */
  declare metric: 'revenue' | 'quantity';
  /** Only purchases of this product (its id as Braze records it). Default: all products. */
  declare product: string | undefined;
  /** ISO 4217 code revenue is written in, e.g. `EUR`: the workspace's currency (Braze does not say it). Default `USD`. */
  declare currency: string;

  /** A bucket's amount (revenue answers) or count (quantity answers). */
  protected readonly readValue: ValueOf<PurchaseDatum> = (d) =>
    this.revenue ? (d as RevenueDatum).revenue : (d as QuantityDatum).purchase_quantity;

  protected readonly source: PickerSource = {
    name: 'product',
    endpoint: purchaseProductList,
    field: 'products',
    pageSize: PRODUCT_LIST_PAGE_SIZE,
  };

  constructor() {
    super();
    this.metric = 'revenue';
    this.currency = 'USD';
  }

  private get revenue(): boolean {
    return this.metric !== 'quantity';
  }

  private get code(): string {
    return (this.currency?.trim() || 'USD').toUpperCase();
  }

  protected seriesEndpoint() {
    return this.revenue ? purchaseRevenueSeries : purchaseQuantitySeries;
  }

  protected seriesParams() {
    return { product: this.chosen || undefined };
  }

  protected override configProblem(): string | null | undefined {
    const t = this.tt.purchase;
    if (this.metric !== 'revenue' && this.metric !== 'quantity') return t.invalidMetric(String(this.metric));
    if (this.revenue && !knownCurrency(this.code)) return t.invalidCurrency(this.currency);
    return super.configProblem();
  }

  protected override get axisCurrency(): string | undefined {
    return this.revenue ? this.code : undefined;
  }

  protected override formatValue(value: number): string {
    const locale = this.resolvedLocale;
    return this.revenue ? formatCurrency(value, locale, this.code) : formatNumber(value, locale);
  }

  protected get st(): SessionMessages {
    const t = this.tt.purchase;
    const key = this.revenue ? 'revenue' : 'quantity';
    const label = this.revenue ? t.label.revenue(this.code) : t.label.quantity;
    return {
      ...sessionMessagesFor(this.resolvedLocale),
      title: t.title[key],
      total: t.total[key],
      sessionsLabel: label,
    };
  }

  protected scope(): string {
    const t = this.tt.purchase;
    const app = this.appId ? this.st.app(this.appId) : this.st.allApps;
    return `${app} · ${this.chosen ? t.product(this.chosen) : t.allProducts}`;
  }

  /** Nothing bought in the period (Braze answers zeros, also for a product it never saw). */
  protected override emptyMessage(): unknown {
    return this.tt.purchase.empty(this.chosen || undefined);
  }

  protected pickerWords(t: TrendMessages) {
    return { label: t.purchase.picker, blank: t.purchase.allProducts, choosable: true };
  }
}
