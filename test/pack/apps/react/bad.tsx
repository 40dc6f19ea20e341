// Type-checked, never built: every @ts-expect-error below must meet an error, or tsc fails.
import { SegmentTrend, SessionChart } from 'braze-charts/react';

const trend = document.querySelector('braze-segment-trend')!;
// @ts-expect-error -- braze-load's data is SegmentTrendData: it has `details`, not `detail`
trend.addEventListener('braze-load', (event) => event.detail.data.detail);

export function Bad() {
  return (
    <>
      {/* @ts-expect-error -- a typo in a wrapper prop */}
      <SegmentTrend segmntId="seg_all_users" />
      {/* @ts-expect-error -- "week" is not a unit */}
      <SessionChart unit="week" />
      {/* @ts-expect-error -- "week" is not a unit (raw tag) */}
      <braze-session-chart unit="week" />
      {/* @ts-expect-error -- "pie" is not a view */}
      <braze-send-breakdown view="pie" />
      {/* @ts-expect-error -- no-export is a boolean */}
      <braze-segment-trend no-export="yes" />
      {/* @ts-expect-error -- the session chart's data has no `details` */}
      <braze-session-chart onbraze-load={(event) => event.detail.data.details} />
    </>
  );
}
