import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import {
  announce,
  moveFocus,
  nearestIndex,
  nearestSeries,
  pointsToCSV,
  type PointModel,
} from '../../src/chart/points.js';

const model: PointModel = {
  axis: 'x',
  bucketHeading: 'Date',
  labels: ['May 1, 2024', 'May 2, 2024', 'May 3, 2024'],
  keys: ['2024-05-01', '2024-05-02', '2024-05-03'],
  series: [
    {
      key: 'a',
      label: 'Email',
      paint: 1,
      points: [
        { x: 0, y: 50, date: undefined, value: 1, formatted: '1' },
        { x: 50, y: 40, date: undefined, value: null, formatted: '—' },
        { x: 100, y: 10, date: undefined, value: 1234.5, formatted: '1,234.5' },
      ],
    },
    {
      key: 'b',
      label: 'Push, "web"',
      paint: 2,
      points: [
        { x: 0, y: 90, date: undefined, value: 2, formatted: '2' },
        { x: 50, y: 80, date: undefined, value: 3, formatted: '3' },
        { x: 100, y: 70, date: undefined, value: 4, formatted: '4' },
      ],
    },
  ],
};

describe('chart points', () => {
  it('nearestIndex picks the bucket closest along the axis', () => {
    assert.equal(nearestIndex(model, -10), 0);
    assert.equal(nearestIndex(model, 30), 1);
    assert.equal(nearestIndex(model, 999), 2);
    assert.equal(nearestIndex({ ...model, series: [] }, 5), -1);
  });

  it('nearestSeries picks the series closest across the axis, skipping missing values', () => {
    assert.equal(nearestSeries(model, 0, 55), 0);
    assert.equal(nearestSeries(model, 0, 85), 1);
    assert.equal(nearestSeries(model, 1, 40), 1);
  });

  it('moveFocus walks buckets and series, clamps at the ends, ignores other keys', () => {
    assert.deepEqual(moveFocus(model, undefined, 'ArrowRight'), { series: 0, index: 0 });
    assert.deepEqual(moveFocus(model, undefined, 'End'), { series: 0, index: 2 });
    assert.deepEqual(moveFocus(model, { series: 0, index: 2 }, 'ArrowRight'), { series: 0, index: 2 });
    assert.deepEqual(moveFocus(model, { series: 0, index: 2 }, 'ArrowLeft'), { series: 0, index: 1 });
    assert.deepEqual(moveFocus(model, { series: 0, index: 1 }, 'ArrowDown'), { series: 1, index: 1 });
    assert.deepEqual(moveFocus(model, { series: 1, index: 1 }, 'ArrowDown'), { series: 1, index: 1 });
    assert.deepEqual(moveFocus(model, { series: 1, index: 1 }, 'Home'), { series: 1, index: 0 });
    assert.equal(moveFocus(model, { series: 1, index: 1 }, 'a'), undefined);
    const rows = { ...model, axis: 'y' as const };
    assert.deepEqual(moveFocus(rows, { series: 0, index: 0 }, 'ArrowDown'), { series: 0, index: 1 });
  });

  it('announce reads the bucket, the focused series first, then the others', () => {
    assert.equal(announce(model, { series: 1, index: 2 }), 'May 3, 2024: Push, "web" 4, Email 1,234.5 (3/3)');
  });

  it('pointsToCSV writes raw values, empty cells for gaps and quotes what needs it', () => {
    assert.equal(
      pointsToCSV(model),
      'Date,Email,"Push, ""web"""\r\n2024-05-01,1,2\r\n2024-05-02,,3\r\n2024-05-03,1234.5,4\r\n',
    );
  });

  it('formats day buckets on their calendar date in zones east and west of UTC', () => {
    const script =
      "import { formatDay, formatDayTick } from './src/chart/format.ts'; import { parseDay } from './src/api/time.ts';" +
      "const d = parseDay('2024-05-01T00:00:00-05:00'); console.log(formatDay(d, 'en-US') + '|' + formatDayTick(d, 'de-DE'));";
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      }).trim();
      assert.equal(out, 'May 1, 2024|1. Mai', zone);
    }
  });
});
