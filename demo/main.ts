import '../src/define/segment-trend.js';
import type { BrazeSegmentTrend } from '../src/elements/segment-trend/segment-trend.js';

const PROXY_URL = '/api/braze';
const FALLBACK_SEGMENTS = ['seg_all_users', 'seg_power_users', 'seg_churn_risk', 'seg_new_signups'];

const charts = document.querySelector<HTMLElement>('#charts')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLElement>('#log')!;

/** Segment ids from the proxy's picker endpoint (segments/list), first page. */
async function listSegments(): Promise<string[]> {
  try {
    const response = await fetch(`${PROXY_URL}/segments/list?page=0`);
    if (!response.ok) return FALLBACK_SEGMENTS;
    const body = (await response.json()) as { segments?: { id: string }[] };
    const ids = (body.segments ?? []).map((s) => s.id).slice(0, 6);
    return ids.length ? ids : FALLBACK_SEGMENTS;
  } catch {
    return FALLBACK_SEGMENTS;
  }
}

function applyControls(el: BrazeSegmentTrend): void {
  const form = new FormData(controls);
  el.length = Number(form.get('length'));
  el.endingAt = String(form.get('ending-at') || '') || undefined;
  el.baseline = form.get('baseline') === 'auto' ? 'auto' : 'zero';
}

function write(line: string): void {
  log.textContent = `${new Date().toLocaleTimeString()} ${line}\n${log.textContent ?? ''}`;
}

for (const id of await listSegments()) {
  const card = document.createElement('section');
  card.className = 'card';
  const el = document.createElement('braze-segment-trend');
  el.proxyUrl = PROXY_URL;
  el.segmentId = id;
  applyControls(el);
  card.append(el);
  charts.append(card);
}

controls.addEventListener('input', () =>
  charts.querySelectorAll('braze-segment-trend').forEach(applyControls),
);
charts.addEventListener('braze-load', (e) =>
  write(`braze-load ${(e.target as BrazeSegmentTrend).segmentId}`),
);
charts.addEventListener('braze-error', (e) =>
  write(`braze-error ${e.detail.error.kind}: ${e.detail.error.message}`),
);
