import { KPI_ENDPOINTS, type KpiDataPoint } from '../../api/kpi.js';
import { sessionsDataSeries } from '../../api/endpoints.js';
import {
  FIGURE_SERIES,
  KPI_FIGURES,
  kpiQueries,
  type KpiFigureKey,
  type KpiSeriesKey,
} from '../../chart/kpi.js';
import type { DataRequest, DataRequests } from '../../data/controller.js';
import type { EndpointDescriptor } from '../../api/endpoints.js';

/**
 * The requests of the KPI elements: per series one request of 2n days (or two, see kpiQueries), named
 * `<series><index>`, built the same way by `<braze-kpi-overview>` and `<braze-kpi-trend>` so that the page's client
 * makes each distinct query once.
 */

/** The daily points of each series the element drew (both requests of a long period merged), as Braze sent them. */
export type KpiData = Partial<{
  dau: KpiDataPoint<'dau'>[];
  mau: KpiDataPoint<'mau'>[];
  new_users: KpiDataPoint<'new_users'>[];
  uninstalls: KpiDataPoint<'uninstalls'>[];
  sessions: { time: string; sessions: number }[];
}>;

export type KpiEndpoints = Record<string, EndpointDescriptor>;

/** Series whose failure leaves the other figures standing (uninstalls and sessions may lack permissions). */
export const OPTIONAL_SERIES: readonly KpiSeriesKey[] = ['uninstalls', 'sessions'];
export const optionalNames = OPTIONAL_SERIES.flatMap((key) => [`${key}0`, `${key}1`]);

/** The series the figures need, each once, in a stable order. */
export function seriesOf(figures: readonly KpiFigureKey[]): KpiSeriesKey[] {
  const wanted = new Set(figures.flatMap((figure) => FIGURE_SERIES[figure]));
  return (['dau', 'mau', 'new_users', 'uninstalls', 'sessions'] as const).filter((key) => wanted.has(key));
}

/** The requests covering P and P′ of `series`, for `app_id` (all apps when undefined); `now`: the client's clock. */
export function kpiRequests(
  series: readonly KpiSeriesKey[],
  length: number,
  endingAt: string | undefined,
  appId: string | undefined,
  now: number,
): DataRequests<KpiEndpoints> {
  const requests: Record<string, DataRequest<EndpointDescriptor>> = {};
  kpiQueries(length, endingAt, now).forEach(({ length, endingAt }, i) => {
    for (const key of series) {
      const common = { length, ending_at: endingAt, app_id: appId };
      requests[`${key}${i}`] =
        key === 'sessions'
          ? { endpoint: sessionsDataSeries, params: { ...common, unit: 'day' } }
          : { endpoint: KPI_ENDPOINTS[key], params: common };
    }
  });
  return requests;
}

/** The answers merged per series (`dau0` + `dau1` → `dau`); a failed optional series is absent. */
export function kpiData(value: Record<string, unknown> | undefined): KpiData {
  const data: Record<string, unknown[]> = {};
  for (const [name, answer] of Object.entries(value ?? {})) {
    const points = (answer as { data?: unknown[] } | undefined)?.data;
    if (!points) continue;
    const key = name.replace(/\d+$/, '');
    data[key] = [...(data[key] ?? []), ...points];
  }
  return data as KpiData;
}

/** `metrics` read as figures: space-separated, known ones only, in the order given; all six when empty. */
export function parseFigures(text: string | undefined): { figures: KpiFigureKey[]; invalid?: string } {
  const words = (text ?? '').split(/\s+/).filter(Boolean);
  const invalid = words.find((word) => !(KPI_FIGURES as readonly string[]).includes(word));
  const figures = [...new Set(words)] as KpiFigureKey[];
  return { figures: words.length ? figures : [...KPI_FIGURES], ...(invalid ? { invalid } : {}) };
}
