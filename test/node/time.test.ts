import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  bucketRange,
  dayKey,
  isIsoDateTime,
  parseDay,
  parseInstant,
  parseIso,
  parseRetryAfter,
  retryDelayFrom,
  stepBuckets,
} from '../../src/api/time.js';
import { formatDay, formatDayTick } from '../../src/chart/format.js';

/** src/api/time.ts: the one reader of Braze's time forms, shared by chart/, data/ and proxy/. */

describe('parseInstant', () => {
  it('reads every ISO form Braze documents to the same instant', () => {
    const forms = [
      '2014-12-11T03:00:00Z',
      '2014-12-11T03:00:00.000Z',
      '2014-12-11T03:00:00.5Z',
      '2014-12-10T22:00:00-05:00',
      '2014-12-10T22:00:00-0500',
      '2014-12-10T22:00:00-5:00',
      '2014-12-10T22:00-5:00',
      '2014-12-11T08:30:00+05:30',
      '2014-12-11T08:30:00+0530',
      '2014-12-11 03:00:00Z',
    ];
    for (const form of forms) {
      assert.equal(Math.floor(parseInstant(form)!.getTime() / 1000) * 1000, Date.UTC(2014, 11, 11, 3), form);
    }
  });

  it('keeps fractions of a second', () => {
    assert.equal(parseInstant('2024-05-01T00:00:00.250Z')!.toISOString(), '2024-05-01T00:00:00.250Z');
  });

  it('reads a value without an offset, and a bare date, as UTC', () => {
    assert.equal(parseInstant('2024-05-31T12:30')!.toISOString(), '2024-05-31T12:30:00.000Z');
    assert.equal(parseInstant('2024-05-31')!.toISOString(), '2024-05-31T00:00:00.000Z');
  });

  it('rejects what is not a real ISO date-time', () => {
    for (const bad of [
      'last tuesday',
      '2024-02-30',
      '2024-05-01T25:00:00Z',
      '2024-05-01T10:00:00+15:00',
      '',
    ]) {
      assert.equal(parseInstant(bad), undefined, bad);
      assert.equal(isIsoDateTime(bad), false, bad);
    }
  });

  it('keeps the offset as written for code that must echo it', () => {
    const parts = parseIso('2024-05-31T23:59:59-5:00')!;
    assert.equal(parts.offsetText, '-5:00');
    assert.equal(parts.offsetMinutes, -300);
    assert.equal(parts.date, '2024-05-31');
    assert.equal(parts.dateOnly, false);
  });
});

describe('parseDay', () => {
  const originalTz = process.env.TZ;
  after(() => {
    process.env.TZ = originalTz;
  });

  for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo', 'UTC']) {
    it(`keeps a day bucket on its calendar date for a viewer in ${tz}`, () => {
      process.env.TZ = tz;
      for (const time of [
        '2024-05-01',
        '2024-05-01T00:00:00-05:00',
        '2024-05-01T23:00:00+09:00',
        '2024-05-01T00:00:00-5:00',
      ]) {
        const date = parseDay(time)!;
        assert.equal(dayKey(date), '2024-05-01');
        assert.equal(formatDay(date, 'en-US'), 'May 1, 2024');
        assert.equal(formatDayTick(date, 'en-US'), 'May 1');
      }
    });
  }

  it('rejects what is not a date', () => {
    assert.equal(parseDay('yesterday'), undefined);
    assert.equal(parseDay('2024-13-01'), undefined);
  });
});

describe('day and hour stepping', () => {
  it('steps calendar days across months and leap days', () => {
    assert.equal(dayKey(stepBuckets(parseDay('2024-03-01')!, 'day', -1)), '2024-02-29');
    assert.deepEqual(bucketRange(parseDay('2024-03-02')!, 'day', 3).map(dayKey), [
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
  });

  it('gives `length` hour starts ending with the hour that contains the instant', () => {
    const range = bucketRange(parseInstant('2024-05-01T02:30:00Z')!, 'hour', 3);
    assert.deepEqual(
      range.map((d) => d.toISOString()),
      ['2024-05-01T00:00:00.000Z', '2024-05-01T01:00:00.000Z', '2024-05-01T02:00:00.000Z'],
    );
  });
});

describe('Retry-After', () => {
  const now = Date.UTC(2024, 4, 10, 12);
  it('reads delay-seconds and HTTP dates, a past date as 0', () => {
    assert.equal(parseRetryAfter('30', now), 30_000);
    assert.equal(parseRetryAfter(' 1.5 ', now), 1_500);
    assert.equal(parseRetryAfter('Fri, 10 May 2024 12:01:00 GMT', now), 60_000);
    assert.equal(parseRetryAfter('Fri, 10 May 2024 11:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  it('prefers Retry-After to X-RateLimit-Reset', () => {
    const headers = new Headers({ 'Retry-After': '2', 'X-RateLimit-Reset': String(now / 1000 + 60) });
    assert.equal(retryDelayFrom(headers, now), 2_000);
    assert.equal(retryDelayFrom(new Headers({ 'X-RateLimit-Reset': String(now / 1000 + 60) }), now), 60_000);
    assert.equal(retryDelayFrom(new Headers(), now), undefined);
  });
});
