import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CanvasDay, CanvasDetailsResponse } from '../../src/api/canvas.js';
import { dayKey } from '../../src/api/time.js';
import {
  canvasFigures,
  canvasPaths,
  canvasSeries,
  canvasTable,
  clampCanvasLength,
  flattenCanvas,
  namesIn,
  stepRows,
  summaryTotals,
} from '../../src/chart/canvas.js';
import { canvasDetails, canvasSeries as mockSeries, canvasSummary } from '../../src/proxy/mock-canvas.js';

const NOW = new Date('2024-05-20T12:00:00Z');
const deleted = (name: string) => `${name} (deleted)`;

type Flag = 'true' | 'false';
function mock(
  params: Partial<
    Record<'include_variant_breakdown' | 'include_step_breakdown' | 'include_deleted_step_data', Flag>
  >,
) {
  const query = { canvas_id: 'canvas_onboarding', length: 14, ending_at: '2024-05-19T23:59:59Z', ...params };
  const series = mockSeries(query, NOW);
  const summary = canvasSummary(query, NOW);
  const details = canvasDetails({ canvas_id: query.canvas_id }, NOW);
  assert.equal(series.status, 200);
  assert.equal(summary.status, 200);
  assert.equal(details.status, 200);
  return {
    series: series.body.data,
    summary: summary.body.data,
    details: details.body as CanvasDetailsResponse,
  };
}

const day = (time: string, variants: Record<string, number>, total?: number): CanvasDay => ({
  time,
  total_stats: { entries: total ?? Object.values(variants).reduce((a, b) => a + b, 0) },
  variant_stats: Object.fromEntries(
    Object.entries(variants).map(([id, entries]) => [id, { name: `V ${id}`, entries }]),
  ),
});

describe('canvasPaths: the order of variants and steps from /canvas/details', () => {
  const details: CanvasDetailsResponse = {
    message: 'success',
    variants: [
      { id: 'b', name: 'Second', first_step_ids: ['s1'] },
      { id: 'a', name: 'First', first_step_ids: ['s4'] },
      { id: 'c', name: 'Control', first_step_ids: [] },
    ],
    steps: [
      { id: 's3', name: 'Three', type: 'message', next_step_ids: [] },
      { id: 's2', name: 'Split', type: 'decision_split', next_step_ids: ['s3', 's5'] },
      { id: 's1', name: 'One', type: 'message', next_step_ids: ['s2'] },
      { id: 's5', name: 'Five', type: 'message', next_step_ids: [] },
      { id: 's4', name: 'Four', type: 'message', next_step_ids: ['s3'] },
      { id: 's9', name: 'Orphan', type: 'message', next_step_ids: [] },
    ],
  };

  it('variants in the details order, a variant without steps is a control group', () => {
    const paths = canvasPaths(details);
    assert.deepEqual(
      paths.variants.map((v) => [v.name, v.control]),
      [
        ['Second', false],
        ['First', false],
        ['Control', true],
      ],
    );
  });

  it('steps breadth-first along each path, shared steps once, orphans and deleted (stats only) last', () => {
    const paths = canvasPaths(details, { variants: new Map(), steps: new Map([['gone', 'Old SMS']]) });
    assert.deepEqual(
      paths.steps.map((s) => [s.name, s.variant, s.deleted]),
      [
        ['One', 'b', false],
        ['Split', 'b', false],
        ['Three', 'b', false],
        ['Five', 'b', false],
        ['Four', 'a', false],
        ['Orphan', '', false],
        ['Old SMS', '', true],
      ],
    );
  });

  it('without details, the names the stats give', () => {
    const paths = canvasPaths(undefined, { variants: new Map([['x', 'X']]), steps: new Map() });
    assert.deepEqual(paths.variants, [{ id: 'x', name: 'X', control: false }]);
  });
});

describe('flattenCanvas and canvasTable: records per variant or step, days as Braze sent them', () => {
  it('variant records per day; a missing day is a gap (null), never 0', () => {
    const stats = [day('2024-05-01', { a: 3, b: 4 }), day('2024-05-03', { a: 5, b: 0 })];
    const days = flattenCanvas(stats, 'variant', { length: 3, endingAt: undefined });
    assert.deepEqual(
      days.map((d) => [
        dayKey(d.date),
        d.reported,
        d.records.map((r) => [r.key, r.label, r.counters.get('entries')]),
      ]),
      [
        [
          '2024-05-01',
          true,
          [
            ['a', 'V a', 3],
            ['b', 'V b', 4],
          ],
        ],
        ['2024-05-02', false, []],
        [
          '2024-05-03',
          true,
          [
            ['a', 'V a', 5],
            ['b', 'V b', 0],
          ],
        ],
      ],
    );
    const paths = canvasPaths(undefined, namesIn(stats));
    const table = canvasTable(days, 'entries', canvasSeries(paths, 'variant', deleted));
    assert.deepEqual(table?.values, [
      [3, 4],
      [null, null],
      [5, 0],
    ]);
  });

  it('steps report no entries: no table; conversions are per step in path order', () => {
    const { series, details } = mock({ include_variant_breakdown: 'true', include_step_breakdown: 'true' });
    const paths = canvasPaths(details, namesIn(series.stats));
    const days = flattenCanvas(series.stats, 'step', { length: 14, endingAt: '2024-05-19T23:59:59Z' });
    const steps = canvasSeries(paths, 'step', deleted);
    assert.equal(canvasTable(days, 'entries', steps), undefined);
    const table = canvasTable(days, 'conversions', steps);
    assert.deepEqual(
      table?.series.map((s) => s.label),
      [
        'Welcome email',
        'Recipe tips email',
        'Come back push',
        'Welcome push',
        'In-app tour',
        'Recipes Content Card',
      ],
    );
    assert.equal(table?.dates.length, 14);
    assert.ok(table?.values.every((row) => row.every((v) => typeof v === 'number' && v >= 0)));
  });

  it('variant entries add up to the day total; the control group is a variant', () => {
    const { series, details } = mock({ include_variant_breakdown: 'true' });
    const paths = canvasPaths(details, namesIn(series.stats));
    const days = flattenCanvas(series.stats, 'variant', { length: 14, endingAt: undefined });
    const table = canvasTable(days, 'entries', canvasSeries(paths, 'variant', deleted));
    assert.deepEqual(
      table?.series.map((s) => s.label),
      ['Email path', 'Push path', 'Control'],
    );
    days.forEach((d, i) => {
      const sum = (table?.values[i] ?? []).reduce<number>((a, v) => a + (v ?? 0), 0);
      assert.equal(sum, d.totals.get('entries'));
    });
  });
});

describe('summaryTotals, canvasFigures and stepRows: from Braze’s own rollup', () => {
  it('totals per variant come from the summary, not a sum of the series', () => {
    const { series, summary, details } = mock({ include_variant_breakdown: 'true' });
    const paths = canvasPaths(details, namesIn(series.stats));
    const s = canvasSeries(paths, 'variant', deleted);
    const doctored = { ...summary, variant_stats: { ...summary.variant_stats } };
    const first = s[0]?.key ?? '';
    doctored.variant_stats[first] = { name: 'Email path', entries: 12345 };
    assert.deepEqual(summaryTotals(doctored, 'entries', s, 'variant')[0], { key: first, value: 12345 });
    const figures = canvasFigures(summary);
    assert.equal(figures?.entries, summary.total_stats.entries);
    assert.ok((figures?.conversionRate ?? 0) > 0.02 && (figures?.conversionRate ?? 1) < 0.1);
  });

  it('steps view: message steps with channel funnels, delay and split steps without figures', () => {
    const { series, summary, details } = mock({
      include_variant_breakdown: 'true',
      include_step_breakdown: 'true',
    });
    const rows = stepRows(canvasPaths(details, namesIn(series.stats)), summary, false);
    assert.deepEqual(
      rows.map((r) => [r.step.name, r.message]),
      [
        ['Welcome email', true],
        ['Wait 1 day', false],
        ['Opened the app since?', false],
        ['Recipe tips email', true],
        ['Come back push', true],
        ['Welcome push', true],
        ['Wait 1 day', false],
        ['In-app tour', true],
        ['Recipes Content Card', true],
      ],
    );
    const wait = rows[1];
    assert.deepEqual([wait?.funnel, wait?.conversions, wait?.revenue], [[], undefined, undefined]);
    const push = rows[4];
    assert.deepEqual(
      push?.channels.map((c) => c.channel),
      ['ios_push', 'android_push'],
    );
    const sent = push?.funnel[0]?.count ?? 0;
    assert.equal(
      sent,
      (push?.channels ?? []).reduce((a, c) => a + (c.funnel[0]?.count ?? 0), 0),
    );
    assert.ok(sent > 0);
  });

  it('a deleted step appears only when asked for', () => {
    const { series, summary, details } = mock({
      include_step_breakdown: 'true',
      include_deleted_step_data: 'true',
    });
    const paths = canvasPaths(details, namesIn(series.stats));
    assert.equal(stepRows(paths, summary, false).length, 9);
    const all = stepRows(paths, summary, true);
    assert.deepEqual(all.at(-1)?.step, {
      ...all.at(-1)?.step,
      name: 'Welcome SMS (retired)',
      deleted: true,
    });
  });

  it('clampCanvasLength: at most 14 days, and says so', () => {
    assert.deepEqual(clampCanvasLength(30, 14), { length: 14, clamped: true });
    assert.deepEqual(clampCanvasLength(7, 14), { length: 7, clamped: false });
  });
});
