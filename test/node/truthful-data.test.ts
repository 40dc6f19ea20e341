import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  SegmentDataSeriesResponse,
  SendsDataSeriesResponse,
  SessionsDataSeriesResponse,
  type SendsDay,
} from '../../src/api/responses.js';
import { dayKey } from '../../src/api/time.js';
import { formatHour, formatHourTick, hourOfDay } from '../../src/chart/format.js';
import { chartMessages, plural } from '../../src/chart/messages.js';
import { bucketPeriod, duplicateDates, lastBucket, mergePoints } from '../../src/chart/period.js';
import { csvCell, pointsToCSV } from '../../src/chart/points.js';
import { sendPeriod, metricTable, sendSummary } from '../../src/chart/sends.js';
import { sessionPeriod } from '../../src/chart/sessions-period.js';
import { hourTickIndices } from '../../src/chart/ticks.js';
import { segmentTrendMessages } from '../../src/elements/segment-trend/segment-trend.messages.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import {
  FALL_BACK_HOURS,
  GAPS_AND_DUPLICATES,
  LENIENT_SENDS,
  NUMERIC_STRINGS,
  SEVEN_UTC_DAYS,
  SEVEN_UTC_DAYS_ONE_MISSING,
  UNPADDED_OFFSET_HOURS,
} from '../fixtures/braze-payloads.js';

const keys = (dates: readonly { date: Date }[]) => dates.map((d) => dayKey(d.date));

describe('the period: Braze decides the buckets', () => {
  it('draws the 7 UTC days Braze answered for ending-at 23:59:59-05:00, not 8 from the date written there', () => {
    const { endingAt, length } = SEVEN_UTC_DAYS;
    const period = sessionPeriod(SEVEN_UTC_DAYS.sessions.data, { unit: 'day', length, endingAt });
    assert.deepEqual(keys(period.points), SEVEN_UTC_DAYS.days);
    assert.equal(period.missing, 0);
    const sizes = bucketPeriod(SEVEN_UTC_DAYS.sizes.data, { unit: 'day', length, endingAt });
    assert.deepEqual(keys(sizes.buckets), SEVEN_UTC_DAYS.days);
  });

  it('still names a day genuinely missing inside those 7 days', () => {
    const { endingAt, length } = SEVEN_UTC_DAYS;
    const period = sessionPeriod(SEVEN_UTC_DAYS_ONE_MISSING.sessions.data, { unit: 'day', length, endingAt });
    assert.deepEqual(keys(period.points), SEVEN_UTC_DAYS.days);
    assert.deepEqual(
      period.points.filter((p) => p.value === null).map((p) => dayKey(p.date)),
      ['2024-05-29'],
    );
  });

  it('also takes the company-zone answer (May 25 – May 31) for the same request', () => {
    const shifted = SEVEN_UTC_DAYS.sessions.data.map((d, i) => ({ ...d, time: `2024-05-${25 + i}` }));
    const period = sessionPeriod(shifted, { unit: 'day', length: 7, endingAt: SEVEN_UTC_DAYS.endingAt });
    assert.equal(dayKey(period.points[0]!.date), '2024-05-25');
    assert.equal(period.points.length, 7);
    assert.equal(period.missing, 0);
  });

  it("ends a day period on a date-only ending-at's own date, and on the instant's UTC date when Braze's answer stops short", () => {
    const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
    assert.equal(lastBucket('day', day('2024-05-30'), '2024-05-31'), day('2024-05-31'));
    assert.equal(lastBucket('day', day('2024-06-01'), '2024-05-31T23:59:59-05:00'), day('2024-06-01'));
    assert.equal(lastBucket('day', day('2024-05-31'), '2024-05-31T23:59:59-05:00'), day('2024-05-31'));
    assert.equal(lastBucket('day', day('2024-05-20'), '2024-05-31T23:59:59-05:00'), day('2024-06-01'));
    assert.equal(lastBucket('day', day('2024-05-20'), undefined), day('2024-05-20'));
  });

  it('reads the docs\u2019 unpadded -5:00 hours as instants', () => {
    const { endingAt, length } = UNPADDED_OFFSET_HOURS;
    const period = sessionPeriod(UNPADDED_OFFSET_HOURS.sessions.data, { unit: 'hour', length, endingAt });
    assert.deepEqual(
      period.points.map((p) => [p.date.toISOString(), p.value]),
      [
        ['2014-12-10T23:00:00.000Z', 310],
        ['2014-12-11T00:00:00.000Z', 420],
        ['2014-12-11T01:00:00.000Z', 515],
        ['2014-12-11T02:00:00.000Z', 480],
        ['2014-12-11T03:00:00.000Z', 390],
        ['2014-12-11T04:00:00.000Z', 260],
      ],
    );
  });
});

describe('gaps and duplicates: one rule per kind of value', () => {
  const { length, endingAt } = GAPS_AND_DUPLICATES;

  it('a snapshot (segment size) keeps the last value sent for a bucket; gaps stay null', () => {
    const { buckets } = bucketPeriod(GAPS_AND_DUPLICATES.sizes.data, { unit: 'day', length, endingAt });
    const points = mergePoints(buckets, (d) => d.size, 'last');
    assert.deepEqual(
      points.map((p) => p.value),
      [4000, 4100, null, null, null, GAPS_AND_DUPLICATES.sizeOnDuplicate, 4400],
    );
    assert.deepEqual(duplicateDates(buckets).map(dayKey), ['2024-05-30']);
  });

  it('a count (sessions) adds them up, whatever their order', () => {
    const forward = sessionPeriod(GAPS_AND_DUPLICATES.sessions.data, { unit: 'day', length, endingAt });
    const reversed = sessionPeriod([...GAPS_AND_DUPLICATES.sessions.data].reverse(), {
      unit: 'day',
      length,
      endingAt,
    });
    assert.deepEqual(
      forward.points.map((p) => p.value),
      [100, 120, null, null, null, GAPS_AND_DUPLICATES.sessionsOnDuplicate, 140],
    );
    assert.deepEqual(forward.points, reversed.points);
    assert.equal(forward.missing, 3);
    assert.deepEqual(forward.duplicates.map(dayKey), ['2024-05-30']);
  });

  it('a count (sends) adds them up too, and a missing day is a gap (null), not zero', () => {
    const period = sendPeriod(GAPS_AND_DUPLICATES.sends.data, {
      length,
      endingAt,
      now: new Date('2024-05-31'),
    });
    assert.deepEqual(
      keys(period.days),
      ['25', '26', '27', '28', '29', '30', '31'].map((d) => `2024-05-${d}`),
    );
    const table = metricTable(period.days, 'sent', 'channel')!;
    assert.deepEqual(
      table.values.map((row) => row[0]),
      [1000, 800, null, null, null, GAPS_AND_DUPLICATES.sentOnDuplicate, 600],
    );
    assert.deepEqual(period.duplicates.map(dayKey), ['2024-05-30']);
  });

  it('marks days older than the 14-day retention that came back empty as gaps, and says so', () => {
    const now = new Date('2024-05-31T12:00:00Z');
    const data: SendsDay[] = [
      { time: '2024-05-10', messages: {} },
      { time: '2024-05-20', messages: { email: [{ sent: 5 }] } },
    ];
    const period = sendPeriod(data, { length: 22, endingAt: '2024-05-31', now });
    assert.equal(period.days[0]!.reported, false);
    assert.equal(period.days.find((d) => dayKey(d.date) === '2024-05-20')!.reported, true);
    assert.deepEqual(period.retention, { oldestDay: new Date('2024-05-17T00:00:00Z'), entirely: false });
    // An old day with stats after all: nothing is claimed about retention.
    const kept = sendPeriod([{ time: '2024-05-10', messages: { email: [{ sent: 1 }] } }, ...data.slice(1)], {
      length: 22,
      endingAt: '2024-05-31',
      now,
    });
    assert.equal(kept.retention, undefined);
  });
});

describe("Braze's answers, as Braze writes them", () => {
  it('reads null day-level revenue and conversions as not reported, and ignores unknown variant fields of any type', () => {
    const parsed = SendsDataSeriesResponse.safeParse(LENIENT_SENDS);
    assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues));
    const period = sendPeriod(parsed.data.data, {
      length: 2,
      endingAt: '2024-05-31',
      now: new Date('2024-05-31'),
    });
    const summary = sendSummary(period.days);
    assert.equal(summary.revenue, undefined, 'no revenue reported on either day');
    assert.equal(summary.conversions, 12, 'only the day that reports conversions counts');
    const counters = [...period.days[0]!.records[0]!.counters.keys()];
    assert.deepEqual(counters.sort(), ['delivered', 'sent', 'unique_opens']);
  });

  for (const [name, schema, { body, path }] of [
    ['segments', SegmentDataSeriesResponse, NUMERIC_STRINGS.sizes],
    ['sessions', SessionsDataSeriesResponse, NUMERIC_STRINGS.sessions],
    ['sends (a variant counter)', SendsDataSeriesResponse, NUMERIC_STRINGS.sends],
    ['sends (day revenue)', SendsDataSeriesResponse, NUMERIC_STRINGS.sendsRevenue],
  ] as const) {
    it(`refuses a numeric string where Braze sends a number, naming the path: ${name}`, () => {
      const parsed = schema.safeParse(body);
      assert.equal(parsed.success, false);
      assert.deepEqual(
        parsed.error!.issues.map((i) => i.path.join('.')),
        [path],
      );
    });
  }
});

describe('hour labels', () => {
  const zone = FALL_BACK_HOURS.timeZone;
  const at = (iso: string) => new Date(iso);

  it('shows the offset of an hour that happens twice (end of daylight saving time), and only then', () => {
    assert.equal(formatHourTick(at('2024-11-03T05:00:00Z'), 'en-US', zone), '1:00 AM GMT-4');
    assert.equal(formatHourTick(at('2024-11-03T06:00:00Z'), 'en-US', zone), '1:00 AM GMT-5');
    assert.equal(formatHourTick(at('2024-11-03T07:00:00Z'), 'en-US', zone), '2:00 AM');
    assert.equal(formatHour(at('2024-11-03T05:00:00Z'), 'en-US', zone), 'Nov 3, 2024, 1:00 AM GMT-4');
    assert.equal(formatHour(at('2024-11-03T03:00:00Z'), 'en-US', zone), 'Nov 2, 2024, 11:00 PM');
  });

  it('marks midnight with the date, and puts ticks on the clock so every midnight gets one', () => {
    assert.equal(formatHourTick(at('2024-11-03T04:00:00Z'), 'en-US', zone), 'Nov 3');
    const hours = FALL_BACK_HOURS.sessions.data.map((d) => hourOfDay(new Date(d.time), zone));
    assert.deepEqual(hours, [22, 23, 0, 1, 1, 2, 3, 4]);
    const ticks = hourTickIndices(hours, 3);
    assert.ok(ticks.includes(2), `midnight is ticked: ${ticks.join()}`);
    assert.ok(ticks.length <= 3);
  });
});

describe('plurals through Intl.PluralRules', () => {
  it('says "1 day" and "2 days" in English, "1 Tag" in German, "0 jour" and "2 jours" in French', () => {
    assert.equal(segmentTrendMessages('en').changeOver(1), 'Change over 1 day');
    assert.equal(segmentTrendMessages('en').changeOver(7), 'Change over 7 days');
    assert.equal(segmentTrendMessages('de').changeOver(1), 'Veränderung über 1 Tag');
    assert.equal(segmentTrendMessages('fr').changeOver(1), 'Variation sur 1 jour');
    assert.equal(chartMessages('fr').sessions.missing(0, 'day'), 'Aucune donnée pour 0 jour.');
    assert.equal(chartMessages('fr').sessions.missing(2, 'hour'), 'Aucune donnée pour 2 heures.');
    assert.equal(chartMessages('en').sessions.missing(1, 'hour'), 'No data for 1 hour.');
    assert.equal(plural('en', 1, { one: 'session', other: 'sessions' }, '1'), '1 session');
  });
});

describe('CSV formula neutralisation (OWASP)', () => {
  it("prefixes text cells that a spreadsheet would run with ', never numbers", () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(1+1)', '\tx', '\rx']) {
      assert.ok(csvCell(text).replace(/^"/, '').startsWith(`'`), JSON.stringify(text));
    }
    assert.equal(csvCell('@SUM(1+1)'), `'@SUM(1+1)`);
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('Email'), 'Email');
    assert.equal(csvCell('-5', false), '-5');
    const csv = pointsToCSV({
      axis: 'x',
      bucketHeading: 'Date',
      labels: ['May 31, 2024'],
      keys: ['2024-05-31'],
      series: [
        {
          key: 'a',
          label: '@SUM(1+1)',
          paint: 1,
          points: [{ x: 0, y: 0, date: undefined, value: -5, formatted: '' }],
        },
      ],
    });
    assert.equal(csv, `Date,'@SUM(1+1)\r\n2024-05-31,-5\r\n`);
  });
});

after(() => undefined);
