// The browser-only app: the README's quick-start page plus this module, which marks each chart once it has drawn.
import type { SegmentTrendData } from 'braze-charts';

// DocumentEventMap knows the bubbling braze-* events.
document.addEventListener('braze-load', (event) => {
  (event.target as Element).setAttribute('data-loaded', '');
});
document.addEventListener('braze-error', (event) => {
  document.body.dataset.error = `${event.detail.error.kind}: ${event.detail.error.message}`;
});

// Each element's addEventListener knows its own braze-load data.
const trend = document.querySelector('braze-segment-trend');
trend?.addEventListener('braze-load', (event) => {
  const data: SegmentTrendData = event.detail.data;
  trend.dataset.segment = data.details?.name ?? '';
});
