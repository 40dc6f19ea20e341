// The React demo (no JSX transform in this repo's tooling, so createElement; in an app you would write
// <SegmentTrend proxyUrl="/api/braze" segmentId={id} onBrazeLoad={…} />).
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SegmentTrend, SendBreakdown, SessionChart } from '../src/react/index.js';

const PROXY_URL = '/api/braze';
const SEGMENTS = ['seg_all_users', 'seg_power_users', 'seg_churn_risk'];

function App() {
  const [segmentId, setSegmentId] = useState(SEGMENTS[0]!);
  const [length, setLength] = useState(30);
  const [log, setLog] = useState<string[]>([]);
  const write = (line: string) => setLog((lines) => [line, ...lines].slice(0, 8));

  return h(
    'div',
    null,
    h(
      'p',
      null,
      h(
        'label',
        null,
        'Segment ',
        h(
          'select',
          { value: segmentId, onChange: (e: { target: HTMLSelectElement }) => setSegmentId(e.target.value) },
          SEGMENTS.map((id) => h('option', { key: id, value: id }, id)),
        ),
      ),
      ' ',
      h(
        'label',
        null,
        'Days ',
        h('input', {
          type: 'number',
          min: 1,
          max: 100,
          value: length,
          onChange: (e: { target: HTMLInputElement }) => setLength(Number(e.target.value) || 30),
        }),
      ),
    ),
    h(
      'div',
      { className: 'grid' },
      h(
        'section',
        { className: 'card' },
        h(SegmentTrend, {
          proxyUrl: PROXY_URL,
          segmentId,
          length,
          onBrazeLoad: (e) =>
            write(`onBrazeLoad: ${e.detail.data.details?.name} (${e.detail.data.series.data.length} days)`),
          onBrazeError: (e) => write(`onBrazeError: ${e.detail.error.kind}`),
          onBrazePointSelect: (e) => write(`onBrazePointSelect: ${e.detail.label} = ${e.detail.value}`),
        }),
      ),
      h(
        'section',
        { className: 'card' },
        h(SessionChart, {
          proxyUrl: PROXY_URL,
          length: 14,
          compare: 'previous',
          onBrazeLoad: () => write('onBrazeLoad: sessions'),
        }),
      ),
      h(
        'section',
        { className: 'card' },
        h(SendBreakdown, {
          proxyUrl: PROXY_URL,
          campaignId: 'camp_welcome_series',
          sendId: 'send_welcome_day0',
          view: 'totals',
          onBrazeLoad: () => write('onBrazeLoad: sends'),
        }),
      ),
    ),
    h('h2', null, 'Events'),
    h('div', { className: 'log', id: 'log' }, log.join('\n')),
  );
}

createRoot(document.querySelector('#root')!).render(h(App));
