import * as z from 'zod/mini';
import { count, dateTimeParam, idParam, lengthParam } from './fields.js';
import { CACHE_TTL_MS, pooledEndpoint } from './policy.js';

/**
 * The four KPI series of Braze's Home dashboard: `GET /kpi/{dau,mau,new_users,uninstalls}/data_series`. Same
 * params for all (no `unit`, no `segment_id`); each answers `{ time, <metric> }` per day. MAU is a 30-day rolling
 * count computed once a day: today's value appears only the next day.
 */

/** Params of every KPI series. */
export const KpiDataSeriesParams = z.strictObject({
  length: lengthParam(),
  ending_at: z.optional(dateTimeParam('ending_at')),
  app_id: z.optional(idParam('app_id')),
});
export type KpiDataSeriesParams = z.infer<typeof KpiDataSeriesParams>;

/** The KPI metrics, as named in their paths and in their data points. */
export const KPI_METRICS = ['dau', 'mau', 'new_users', 'uninstalls'] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

const series = <S extends Record<string, typeof count>>(counter: S) =>
  z.looseObject({ message: z.string(), data: z.array(z.looseObject({ time: z.string(), ...counter })) });

export const KpiDauResponse = series({ dau: count });
export type KpiDauResponse = z.infer<typeof KpiDauResponse>;
export const KpiMauResponse = series({ mau: count });
export type KpiMauResponse = z.infer<typeof KpiMauResponse>;
export const KpiNewUsersResponse = series({ new_users: count });
export type KpiNewUsersResponse = z.infer<typeof KpiNewUsersResponse>;
export const KpiUninstallsResponse = series({ uninstalls: count });
export type KpiUninstallsResponse = z.infer<typeof KpiUninstallsResponse>;

/** A KPI data point of any metric: `{ time, dau }`, `{ time, mau }`, … */
export type KpiDataPoint<M extends KpiMetric = KpiMetric> = { time: string } & Record<M, number>;

const KEYS = ['length', 'ending_at', 'app_id'] as const;
const policy = { pool: 'default', cacheTtlMs: CACHE_TTL_MS.series } as const;
const kpi = <R extends z.ZodMiniType>(metric: KpiMetric, response: R) =>
  pooledEndpoint(
    `kpi.${metric}.data_series`,
    `/kpi/${metric}/data_series`,
    { params: KpiDataSeriesParams, response },
    KEYS,
    policy,
  );

export const kpiDauDataSeries = kpi('dau', KpiDauResponse);
export const kpiMauDataSeries = kpi('mau', KpiMauResponse);
export const kpiNewUsersDataSeries = kpi('new_users', KpiNewUsersResponse);
export const kpiUninstallsDataSeries = kpi('uninstalls', KpiUninstallsResponse);

/** The KPI endpoints, by metric. */
export const KPI_ENDPOINTS = {
  dau: kpiDauDataSeries,
  mau: kpiMauDataSeries,
  new_users: kpiNewUsersDataSeries,
  uninstalls: kpiUninstallsDataSeries,
} as const;
