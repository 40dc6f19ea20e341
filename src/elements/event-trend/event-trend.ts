import { EVENT_LIST_PAGE_SIZE, eventDataSeries, eventList } from '../../api/events.js';
import type { ResponseOf } from '../../api/endpoints.js';
import type { ValueOf } from '../../chart/sessions-period.js';
import { sessionMessagesFor, type SessionMessages } from '../session-chart/session-chart.messages.js';
import { BrazeSeriesChart, type SeriesChartData } from '../series-chart/series-chart.js';
import { optionSelect } from '../trends/option-select.js';
import { OptionList, renderPicker } from '../trends/option-list.js';
import { trendStyles } from '../trends/trends.styles.js';
import { trendMessagesFor } from '../trends/trends.messages.js';

type EventDatum = ResponseOf<typeof eventDataSeries>['data'][number];

/** The responses `<braze-event-trend>` renders (the `braze-load` detail's `data`); undefined series: no event yet. */
export type EventTrendData = SeriesChartData<ResponseOf<typeof eventDataSeries>>;

/**
 * How often a custom event happened per day or per hour (GET `/events/data_series`), as bars or a line, with the
 * period's total and average, optionally over the previous period of the same length, for all apps or one, all
 * users or one segment. With `picker`, a list of the workspace's events (GET `/events/list`, every page) chooses it.
 *
 * @tag braze-event-trend
 * @fires braze-load - Both periods arrived and are rendered; `detail.data` is an `EventTrendData`.
 * @fires braze-error - Loading failed, or `event` is missing without `picker`, or another attribute is invalid.
 * @fires braze-option-select - An event was chosen in the picker; `detail` is `{ name: 'event', value }`.
 * @csspart title - The chart title ("Viewed Product per day").
 * @csspart description - The app and segment shown, and the period.
 * @csspart picker - The event picker (a labelled `<select>`), with `picker`.
 * @csspart legend - "This period" / "Previous period", with their dates (with `compare="previous"`).
 * @csspart stats - Total, average and the change against the previous period.
 * @cssprop --braze-series-previous - Colour of the previous period's marks. Default the neutral colour.
 */
export class BrazeEventTrend extends BrazeSeriesChart<EventDatum> {
  static override styles = [...BrazeSeriesChart.styles, trendStyles];

  static override properties = {
    ...BrazeSeriesChart.properties,
    event: { type: String, reflect: true },
    segmentId: { type: String, attribute: 'segment-id', reflect: true },
    picker: { type: Boolean, reflect: true },
  };

  /** The custom event's name, as Braze records it. Required unless `picker` lets the viewer choose one. */
  declare event: string | undefined;
  /** Only events of this segment's users (the segment needs analytics tracking in Braze). Default: all users. */
  declare segmentId: string | undefined;
  /** Shows a list of the workspace's custom events in the header; choosing one sets `event`. */
  declare picker: boolean;

  protected readonly readValue: ValueOf<EventDatum> = (d) => d.count;

  readonly #events = new OptionList(this, () =>
    this.picker && this.proxyUrl?.trim()
      ? { proxyUrl: this.proxyUrl, endpoint: eventList, field: 'events', pageSize: EVENT_LIST_PAGE_SIZE }
      : undefined,
  );

  constructor() {
    super();
    this.picker = false;
  }

  private get name(): string {
    return this.event?.trim() ?? '';
  }

  protected seriesEndpoint() {
    return eventDataSeries;
  }

  protected seriesParams() {
    return { event: this.name, segment_id: this.segmentId || undefined };
  }

  protected override configProblem(): string | null | undefined {
    if (!this.name) return this.picker ? null : trendMessagesFor(this.resolvedLocale).event.required;
    return super.configProblem();
  }

  protected get st(): SessionMessages {
    const t = trendMessagesFor(this.resolvedLocale).event;
    const name = this.name || t.label;
    return {
      ...sessionMessagesFor(this.resolvedLocale),
      title: t.title(name),
      total: t.total,
      sessionsLabel: t.label,
    };
  }

  protected override get words() {
    return trendMessagesFor(this.resolvedLocale).summary;
  }

  protected scope(): string {
    const t = this.st;
    return `${this.appId ? t.app(this.appId) : t.allApps} · ${this.segmentId ? t.segment(this.segmentId) : t.allUsers}`;
  }

  /** No event yet (with `picker`), or an event that never happened in the period (Braze answers zeros). */
  protected override isEmpty(): boolean {
    return !this.name || !this.model?.points.some((p) => p.value);
  }

  protected override emptyMessage(): unknown {
    const t = trendMessagesFor(this.resolvedLocale).event;
    return this.name ? t.empty(this.name) : t.chooseFirst;
  }

  protected override renderControls(): unknown {
    if (!this.picker) return undefined;
    const t = trendMessagesFor(this.resolvedLocale);
    return renderPicker({
      label: t.event.picker,
      value: this.name,
      blank: { text: t.event.choose, choosable: false },
      list: this.#events,
      failedText: t.listFailed,
      onPick: (value) => {
        this.event = value;
        optionSelect(this, 'event', value);
      },
    });
  }
}
