import { sessionsDataSeries, type ResponseOf } from '../../api/endpoints.js';
import { sessionsOf, type SessionsDatum, type SessionUnit } from '../../chart/sessions-period.js';
import type { Same } from '../base/same-type.js';
import { BrazeSeriesChart, type SeriesChartData } from '../series-chart/series-chart.js';
import { sessionMessagesFor, type SessionMessages } from './session-chart.messages.js';

/** The responses `<braze-session-chart>` renders (the `braze-load` detail's `data`). */
export type SessionChartData = SeriesChartData<ResponseOf<typeof sessionsDataSeries>>;

/**
 * App sessions per day or per hour (GET `/sessions/data_series`), as bars or a line, with the period's total and
 * average, optionally over the previous period of the same length. Missing buckets are shown as gaps or zeros,
 * never interpolated. Day buckets are calendar dates and never shift; hour buckets are shown in the viewer's time
 * zone (or `time-zone`).
 *
 * @tag braze-session-chart
 * @fires braze-load - Both periods arrived and are rendered; `detail.data` is a `SessionChartData`.
 * @fires braze-error - Loading failed (once per load, even when both periods fail) or the element is misconfigured.
 * @csspart title - The chart title ("Sessions per day").
 * @csspart description - The app and segment shown, and the period.
 * @csspart legend - "This period" / "Previous period", with their dates (with `compare="previous"`).
 * @csspart stats - Total, average and the change against the previous period.
 * @cssprop --braze-series-previous - Colour of the previous period's marks (hollow bars, dashed line). Default:
 *   the neutral grey (`--braze-color-neutral`).
 * @cssprop --braze-previous-opacity - Fill opacity inside the previous period's hollow bars. Default 0.15.
 * @cssprop --braze-line-width - Stroke width of the line. Default 2px.
 */
export class BrazeSessionChart extends BrazeSeriesChart<SessionsDatum> {
  static override properties = {
    ...BrazeSeriesChart.properties,
    segmentId: { type: String, attribute: 'segment-id', reflect: true },
  };

  /** Only sessions of this segment's users (the segment needs analytics tracking in Braze). Default: all users. */
  declare segmentId: string | undefined;

  protected readonly readValue = sessionsOf;

  protected seriesEndpoint() {
    return sessionsDataSeries;
  }

  protected seriesParams() {
    return { segment_id: this.segmentId || undefined };
  }

  /** This element's strings in the resolved locale. */
  protected get st(): SessionMessages {
    return sessionMessagesFor(this.resolvedLocale);
  }

  protected scope(): string {
    const t = this.st;
    const app = this.appId ? t.app(this.appId) : t.allApps;
    const segment = this.segmentId ? t.segment(this.segmentId) : t.allUsers;
    return `${app} · ${segment}`;
  }
}

// `unit` spells out its union for editors (see Same); it must stay the alias the code uses.
true satisfies Same<BrazeSessionChart['unit'], SessionUnit>;
