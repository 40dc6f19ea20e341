// A React 19 app: the wrappers from braze-charts/react, and a raw tag typed by the JSX types that module brings.
import { SegmentTrend, SendBreakdown } from 'braze-charts/react';
import type { BrazeLoadEvent, SessionChartData } from 'braze-charts';

const loaded = (event: Event) => (event.target as Element).setAttribute('data-loaded', '');

function sessions(event: BrazeLoadEvent<SessionChartData>) {
  loaded(event);
  document.body.dataset.sessions = String(event.detail.data.series.data.length);
}

export function App() {
  return (
    <main>
      <SegmentTrend
        id="trend"
        aria-label="Segment size"
        proxyUrl="/api/braze"
        segmentId="seg_all_users"
        length={30}
        noExport
        onBrazeLoad={(event) => {
          loaded(event);
          document.body.dataset.segment = event.detail.data.details?.name ?? '';
        }}
      />
      <braze-session-chart
        proxy-url="/api/braze"
        compare="previous"
        data-kind="raw"
        onbraze-load={sessions}
      />
      <SendBreakdown
        proxyUrl="/api/braze"
        campaignId="camp_welcome_series"
        sendId="send_welcome_day0"
        view="funnel"
        onBrazeLoad={(event) => loaded(event)}
      />
    </main>
  );
}
