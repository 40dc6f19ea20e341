import type { PooledEndpoint } from '../../api/policy.js';
import type { Timed } from '../../chart/sessions-period.js';
import { BrazeSeriesChart } from '../series-chart/series-chart.js';
import { OptionList, renderPicker } from './option-list.js';
import { optionSelect } from './option-select.js';
import { trendMessagesFor, type TrendMessages } from './trends.messages.js';
import { trendStyles } from './trends.styles.js';

/** What a trend's picker lists and sets. */
export interface PickerSource {
  /** The attribute (and property) the picker sets: `event` or `product`. */
  readonly name: 'event' | 'product';
  readonly endpoint: PooledEndpoint;
  /** Where the names are in a page's answer. */
  readonly field: 'events' | 'products';
  /** Names per full page: a shorter page is the last. */
  readonly pageSize: number;
}

/**
 * A series chart whose header can hold a picker (`picker`): a native select filled from every page of a Braze list,
 * which sets one attribute and fires `braze-option-select`. An all-zero answer is empty (Braze answers zeros for an
 * event or product it never saw).
 */
export abstract class BrazeTrendChart<D extends Timed> extends BrazeSeriesChart<D> {
  static override styles = [...BrazeSeriesChart.styles, trendStyles];

  static override properties = {
    ...BrazeSeriesChart.properties,
    picker: { type: Boolean, reflect: true },
  };

  /** Shows a list of the workspace's names in the header (events or products); choosing one sets the attribute. */
  declare picker: boolean;

  /** The list the picker shows and the attribute it sets. */
  protected abstract readonly source: PickerSource;
  /** The picker's label and its first option (a prompt, or "all"). */
  protected abstract pickerWords(t: TrendMessages): { label: string; blank: string; choosable: boolean };

  readonly #list = new OptionList(this, () => {
    const proxyUrl = this.proxyUrl?.trim();
    return this.picker && proxyUrl ? { proxyUrl, ...this.source } : undefined;
  });

  constructor() {
    super();
    this.picker = false;
  }

  /** The trends' words in the resolved locale. */
  protected get tt(): TrendMessages {
    return trendMessagesFor(this.resolvedLocale);
  }

  /** The value of the picker's attribute, trimmed ('' when none). */
  protected get chosen(): string {
    return (this as unknown as Record<string, string | undefined>)[this.source.name]?.trim() ?? '';
  }

  protected override get words() {
    return this.tt.summary;
  }

  protected override isEmpty(): boolean {
    return !this.model?.points.some((p) => p.value);
  }

  protected override renderControls(): unknown {
    if (!this.picker) return undefined;
    const t = this.tt;
    const { label, blank, choosable } = this.pickerWords(t);
    const { name } = this.source;
    return renderPicker({
      label,
      value: this.chosen,
      blank: { text: blank, choosable },
      list: this.#list,
      failedText: t.listFailed,
      onPick: (value) => {
        (this as unknown as Record<string, string | undefined>)[name] = value || undefined;
        optionSelect(this, name, value);
      },
    });
  }
}
