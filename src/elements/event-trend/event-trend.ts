import { EVENT_LIST_PAGE_SIZE, eventDataSeries, eventList } from '../../api/events.js';
import type { ResponseOf } from '../../api/endpoints.js';
import type { ValueOf } from '../../chart/sessions-period.js';
import { sessionMessagesFor, type SessionMessages } from '../session-chart/session-chart.messages.js';
import type { SeriesChartData } from '../series-chart/series-chart.js';
import { BrazeTrendChart, type PickerSource } from '../trends/trend-chart.js';
import type { TrendMessages } from '../trends/trends.messages.js';

type EventDatum = ResponseOf<typeof eventDataSeries>['data'][number];

/**
 * The responses `<braze-event-trend>` renders (the `braze-load` detail's `data`). With `picker` and no `event` yet,
 * `braze-load` fires for the drawn "choose an event" view with `data` undefined.
 */
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
export class BrazeEventTrend extends BrazeTrendChart<EventDatum> {
  static override properties = {
    ...BrazeTrendChart.properties,
    event: { type: String, reflect: true },
    segmentId: { type: String, attribute: 'segment-id', reflect: true },
  };

  /** The custom event's name, as Braze records it. Required unless `picker` lets the viewer choose one. */
  declare event: string | undefined;
  /** Only events of this segment's users (the segment needs analytics tracking in Braze). Default: all users. */
  declare segmentId: string | undefined;

  protected readonly readValue: ValueOf<EventDatum> = (d) => d.count;
  protected readonly source: PickerSource = {
    name: 'event',
    endpoint: eventList,
    field: 'events',
    pageSize: EVENT_LIST_PAGE_SIZE,
  };

  protected seriesEndpoint() {
    return eventDataSeries;
  }

  protected seriesParams() {
    return { event: this.chosen, segment_id: this.segmentId || undefined };
  }

  protected override configProblem(): string | null | undefined {
    if (!this.chosen) return this.picker ? null : this.tt.event.required;
    return super.configProblem();
  }

  protected get st(): SessionMessages {
    const t = this.tt.event;
    return {
      ...sessionMessagesFor(this.resolvedLocale),
      title: t.title(this.chosen || t.label),
      total: t.total,
      sessionsLabel: t.label,
    };
  }

  protected scope(): string {
    const t = this.st;
    return `${this.appId ? t.app(this.appId) : t.allApps} · ${this.segmentId ? t.segment(this.segmentId) : t.allUsers}`;
  }

  /** No event yet (with `picker`), or one that never happened in the period (Braze answers zeros). */
  protected override isEmpty(): boolean {
    return !this.chosen || super.isEmpty();
  }

  protected override emptyMessage(): unknown {
    const t = this.tt.event;
    return this.chosen ? t.empty(this.chosen) : t.chooseFirst;
  }

  protected pickerWords(t: TrendMessages) {
    return { label: t.event.picker, blank: t.event.choose, choosable: false };
  }
}
