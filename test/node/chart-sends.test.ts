import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SendsDay } from '../../src/api/responses.js';
import { funnelBars, horizontalBars, rowLayout, splitBar } from '../../src/chart/bars.js';
import { frame } from '../../src/chart/layout.js';
import {
  availableMetrics,
  channelLabel,
  flattenSends,
  funnelShares,
  funnelSteps,
  hasSendRecords,
  humanizeKey,
  metricLabel,
  metricTable,
  metricValue,
  retentionNotice,
  sendRates,
  sendSeries,
  sendSummary,
  seriesTotals,
  stepCounters,
  UNATTRIBUTED,
  type SendRecord,
} from '../../src/chart/sends.js';
import { chartMessages } from '../../src/chart/messages.js';
import { describeDaily, describeFunnel, metricFormat, stepRateTexts } from '../../src/chart/sends-summary.js';
import { stackedBars } from '../../src/chart/stack.js';
import '../../src/locales/de.js';

const A = { variation_name: 'Variant A', variation_api_id: 'var_a' };
const B = { variation_name: 'Variant B', variation_api_id: 'var_b' };
const CONTROL = { variation_name: 'Control', variation_api_id: 'var_ctl' };

/** Two days of a send on email, iOS push and SMS, plus a control group. */
const DATA: SendsDay[] = [
  {
    time: '2024-05-02',
    messages: {
      sms: [{ ...A, sent: 100, delivered: 90, clicks: 9 }],
      email: [
        { ...A, sent: 1000, delivered: 900, opens: 400, unique_opens: 300, clicks: 60, unique_clicks: 45 },
        { ...B, sent: 1000, delivered: 950, opens: 500, unique_opens: 380, clicks: 80, unique_clicks: 50 },
        { ...CONTROL, enrolled: 200, conversions: 4 },
      ],
      ios_push: [{ ...A, sent: 400, delivered: 360, direct_opens: 36, total_opens: 72, body_clicks: 18 }],
    },
    conversions: 50,
    unique_recipients: 2000,
    revenue: 1234.5,
  },
  {
    time: '2024-05-01',
    messages: {
      email: [
        { ...A, sent: 500, delivered: 500, opens: 100, unique_opens: 100, clicks: 10, unique_clicks: 10 },
      ],
      ios_push: [{ ...A, sent: 100, delivered: 100, total_opens: 20, body_clicks: 5, conversions: 2 }],
    },
    conversions: 10,
    unique_recipients: 500,
    revenue: 100,
  },
];

const days = flattenSends(DATA);
const records = days.flatMap((d) => d.records);
const record = (channel: string, counters: Record<string, number>): SendRecord => ({
  date: new Date(0),
  channel,
  variation: 'v',
  variationLabel: 'v',
  control: false,
  counters: new Map(Object.entries(counters)),
});

describe('flattenSends', () => {
  it('orders days by date and keeps every channel, variant and control group', () => {
    assert.deepEqual(
      days.map((d) => d.date.toISOString().slice(0, 10)),
      ['2024-05-01', '2024-05-02'],
    );
    assert.equal(days[1]!.records.length, 5);
    const control = records.filter((r) => r.control);
    assert.equal(control.length, 1);
    assert.equal(control[0]!.counters.get('enrolled'), 200);
    assert.equal(days[1]!.totals.get('revenue'), 1234.5);
  });

  it('merges two buckets of the same calendar date and drops unreadable times', () => {
    const merged = flattenSends([
      { time: '2024-05-01', messages: { email: [{ sent: 1 }] }, conversions: 1 },
      { time: '2024-05-01T00:00:00-05:00', messages: { email: [{ sent: 2 }] }, conversions: 2 },
      { time: 'yesterday', messages: { email: [{ sent: 3 }] } },
    ]);
    assert.equal(merged.length, 1);
    assert.deepEqual(
      merged[0]!.records.map((r) => r.counters.get('sent')),
      [1, 2],
    );
    assert.equal(merged[0]!.totals.get('conversions'), 3);
  });

  it('keeps only finite, non-negative numeric counters and names unnamed variants', () => {
    const [day] = flattenSends([
      {
        time: '2024-05-01',
        messages: { web_push: [{ sent: 5, delivered: -1, note: 'x', flag: true, gone: null }] },
      },
    ]);
    const r = day!.records[0]!;
    assert.deepEqual([...r.counters], [['sent', 5]]);
    assert.equal(r.variation, '#1');
    assert.equal(r.variationLabel, 'Variant 1');
  });

  it('tells a range with no channel stats (past retention) from one with data', () => {
    assert.equal(hasSendRecords(flattenSends([{ time: '2024-05-01', messages: {}, conversions: 0 }])), false);
    assert.equal(hasSendRecords(days), true);
  });
});

describe('labels', () => {
  it('labels unknown channel and counter keys generically', () => {
    assert.equal(channelLabel('experimental_channel'), 'Experimental channel');
    assert.equal(channelLabel('ios_push'), 'iOS push');
    assert.equal(channelLabel('whats_app'), 'WhatsApp');
    assert.equal(channelLabel('constructor'), 'Constructor');
    assert.equal(metricLabel('unique_opens'), 'Unique opens');
    assert.equal(metricLabel('conversions1'), 'Conversions (B)');
    assert.equal(humanizeKey('newChannel-key'), 'New channel key');
    assert.equal(humanizeKey('__'), '__');
  });
});

describe('per-channel funnel counters', () => {
  it('maps opens and clicks per channel, preferring unique/direct counters', () => {
    assert.equal(metricValue(record('ios_push', { direct_opens: 3, total_opens: 9 }), 'opens'), 3);
    assert.equal(metricValue(record('android_push', { total_opens: 9 }), 'opens'), 9);
    assert.equal(metricValue(record('email', { opens: 40, unique_opens: 30 }), 'opens'), 30);
    assert.equal(metricValue(record('email', { opens: 40 }), 'opens'), 40);
    assert.equal(metricValue(record('email', { clicks: 8, unique_clicks: 5 }), 'clicks'), 5);
    assert.equal(metricValue(record('ios_push', { body_clicks: 2 }), 'clicks'), 2);
    assert.equal(metricValue(record('sms', { clicks: 7 }), 'clicks'), 7);
    assert.equal(metricValue(record('whats_app', { read: 11 }), 'opens'), 11);
    assert.equal(metricValue(record('sms', { sent: 1 }), 'opens'), undefined);
    assert.deepEqual(stepCounters('experimental_channel', 'opens'), [
      'unique_opens',
      'opens',
      'direct_opens',
      'total_opens',
    ]);
  });

  it('reads other metrics verbatim', () => {
    assert.equal(metricValue(record('email', { bounces: 4 }), 'bounces'), 4);
    assert.equal(metricValue(record('email', { bounces: 4 }), 'unsubscribes'), undefined);
  });

  it('lists the funnel steps present first, then every other counter and day total', () => {
    const metrics = availableMetrics(days);
    assert.deepEqual(metrics.slice(0, 6), ['sent', 'delivered', 'opens', 'clicks', 'conversions', 'revenue']);
    assert.ok(metrics.includes('unique_recipients'));
    assert.ok(metrics.includes('direct_opens'));
    assert.ok(!metrics.includes('enrolled'), 'control-only counters are not send metrics');
  });
});

describe('sendSeries', () => {
  it('orders channels as Braze does, unknown ones after, and variations by name', () => {
    const mixed = flattenSends([
      {
        time: '2024-05-01',
        messages: {
          zeta_channel: [{ sent: 1 }],
          sms: [{ sent: 1 }],
          alpha_channel: [{ sent: 1 }],
          email: [{ sent: 1 }],
        },
      },
    ]);
    assert.deepEqual(
      sendSeries(mixed, 'channel').map((s) => s.label),
      ['Email', 'SMS', 'Alpha channel', 'Zeta channel'],
    );
    assert.deepEqual(sendSeries(days, 'variation'), [
      { key: 'var_a', label: 'Variant A', colorIndex: 0 },
      { key: 'var_b', label: 'Variant B', colorIndex: 1 },
    ]);
  });
});

describe('metricTable', () => {
  it('sums a metric per day and channel, leaving out control groups', () => {
    const table = metricTable(days, 'sent', 'channel')!;
    assert.deepEqual(
      table.series.map((s) => s.key),
      ['email', 'ios_push', 'sms'],
    );
    assert.deepEqual(table.values, [
      [500, 100, 0],
      [2000, 400, 100],
    ]);
    assert.deepEqual(seriesTotals(table), [2500, 500, 100]);
  });

  it('groups by variation across channels', () => {
    const table = metricTable(days, 'sent', 'variation')!;
    assert.deepEqual(table.values, [
      [600, 0],
      [1500, 1000],
    ]);
  });

  it('leaves out series that never report the metric and adds the unattributed campaign-level rest', () => {
    const table = metricTable(days, 'conversions', 'channel')!;
    assert.deepEqual(
      table.series.map((s) => [s.key, s.colorIndex]),
      [
        ['ios_push', 1],
        [UNATTRIBUTED, 3],
      ],
    );
    assert.deepEqual(table.values, [
      [2, 8],
      [0, 50],
    ]);
  });

  it('is undefined for a metric nothing reports', () => {
    assert.equal(metricTable(days, 'read', 'channel'), undefined);
  });
});

describe('funnelSteps', () => {
  const steps = funnelSteps(records);
  const step = (key: string) => steps.find((s) => s.key === key)!;

  it('counts each step over the channels reporting it', () => {
    assert.deepEqual(
      steps.map((s) => s.count),
      [3100, 2900, 836, 137, 2],
    );
    assert.equal(step('sent').ofSent, 1);
  });

  it('computes rates only over records reporting both figures', () => {
    assert.equal(step('delivered').ofPrevious, 2900 / 3100);
    // SMS reports no opens: its 100 sent / 90 delivered are left out of the open rates.
    assert.equal(step('opens').ofPrevious, 836 / 2810);
    assert.equal(step('opens').ofSent, 836 / 3000);
    assert.deepEqual(step('opens').missing, ['SMS']);
    // Clicks: SMS reports clicks but no opens, so it is out of "of previous" and in "of sent".
    assert.equal(step('clicks').ofPrevious, (45 + 50 + 10 + 18 + 5) / 836);
    assert.equal(step('clicks').ofSent, 137 / 3100);
    assert.deepEqual(step('conversions').missing, ['Email', 'SMS']);
  });

  it('marks a step nobody reports as unknown, never as zero', () => {
    const only = funnelSteps(records.filter((r) => r.channel === 'sms'));
    assert.equal(only.find((s) => s.key === 'opens')!.count, undefined);
    assert.equal(only.find((s) => s.key === 'opens')!.ofSent, undefined);
    assert.deepEqual(funnelShares(only), [1, 0.9, undefined, 0.09, undefined]);
  });

  it('reads step rates and the summary as exact text', () => {
    assert.deepEqual(stepRateTexts(step('delivered'), 'en-US'), {
      previous: '93.5% of previous',
      sent: '93.5% of sent',
    });
    assert.deepEqual(stepRateTexts(step('sent'), 'en-US'), { previous: '', sent: '' });
    const text = describeFunnel(
      funnelSteps(records.filter((r) => r.channel === 'sms')),
      days.map((d) => d.date),
      'en-US',
    );
    assert.equal(
      text,
      'Send funnel, May 1\u2009–\u20092, 2024: Sent 100; Delivered 90 (90.0% of previous, 90.0% of sent); ' +
        'Opens not reported; Clicks 9 (9.0% of sent); Conversions not reported.',
    );
  });
});

describe('rates and summary', () => {
  it('derives delivery, open, click and conversion rates where they apply', () => {
    const email = sendRates(records.filter((r) => r.channel === 'email'));
    assert.deepEqual(email, {
      delivery: 2350 / 2500,
      open: 780 / 2350,
      click: 105 / 2350,
      conversion: undefined,
    });
    assert.equal(sendRates(records.filter((r) => r.channel === 'ios_push')).conversion, 2 / 100);
  });

  it('prefers campaign-level conversions and revenue and keeps the control group apart', () => {
    const summary = sendSummary(days);
    assert.equal(summary.sent, 3100);
    assert.equal(summary.conversions, 60);
    assert.equal(summary.conversion, 60 / 2500);
    assert.equal(summary.revenue, 1334.5);
    assert.deepEqual(summary.control, { enrolled: 200, conversions: 4 });
  });
});

describe('retentionNotice', () => {
  const now = new Date('2024-05-31T15:00:00Z');
  it('is quiet for a range inside the 14 days', () => {
    assert.equal(retentionNotice(undefined, 15, now), undefined);
    assert.equal(retentionNotice('2024-05-25', 7, now), undefined);
  });
  it('names the oldest day kept when the range reaches further back', () => {
    const notice = retentionNotice(undefined, 16, now)!;
    assert.equal(notice.oldestDay.toISOString(), '2024-05-17T00:00:00.000Z');
    assert.equal(notice.entirely, false);
  });
  it('says when the whole range is too old', () => {
    assert.equal(retentionNotice('2024-04-30T23:00:00-05:00', 3, now)!.entirely, true);
  });
});

describe('stackedBars', () => {
  const box = frame(400, 240, { top: 0, right: 0, bottom: 40, left: 0 });
  const g = stackedBars(
    {
      dates: days.map((d) => d.date),
      keys: ['a', 'b'],
      values: [
        [300, 100],
        [200, 0],
      ],
    },
    box,
    { locale: 'en-US' },
  );

  it('draws segment heights proportional to values, the first key at the bottom', () => {
    const [a0, b0, a1] = g.segments;
    assert.equal(g.segments.length, 3, 'zero-height segments are not drawn');
    assert.deepEqual([a0!.key, b0!.key, a1!.key], ['a', 'b', 'a']);
    assert.ok(Math.abs(a0!.height / b0!.height - 3) < 1e-9);
    assert.ok(Math.abs(a0!.height / a1!.height - 1.5) < 1e-9);
    assert.equal(a0!.y + a0!.height, 200);
    assert.ok(Math.abs(b0!.y + b0!.height - a0!.y) < 1e-9);
    assert.deepEqual(g.totals, [400, 200]);
    assert.equal(g.yTicks.at(-1)!.label, '400');
  });

  it('ticks day buckets under the bars', () => {
    assert.deepEqual(
      g.xTicks.map((t) => t.label),
      ['May 1', 'May 2'],
    );
    assert.equal(g.xTicks[0]!.offset, g.centers[0]);
  });
});

describe('bars', () => {
  const box = frame(500, 200, { top: 0, right: 0, bottom: 0, left: 0 });
  it('makes horizontal bar widths proportional to values', () => {
    const g = horizontalBars(
      [
        { key: 'x', value: 50 },
        { key: 'y', value: 25 },
      ],
      box,
    );
    assert.equal(g.rows[0]!.width, 500);
    assert.equal(g.rows[1]!.width, 250);
    assert.ok(g.rows[1]!.barY > g.rows[0]!.barY);
  });

  it('centres funnel bars and gives an unreported step no bar', () => {
    const rows = funnelBars(
      [
        { key: 's', share: 1 },
        { key: 'd', share: 0.5 },
        { key: 'o', share: undefined },
      ],
      box,
    );
    assert.deepEqual(
      rows.map((r) => [r.x, r.width]),
      [
        [0, 500],
        [125, 250],
        [250, 0],
      ],
    );
  });

  it('splits a bar into consecutive proportional segments', () => {
    const parts = splitBar({ x: 10, width: 90 }, [
      { key: 'a', value: 2 },
      { key: 'z', value: 0 },
      { key: 'b', value: 1 },
    ]);
    assert.deepEqual(parts, [
      { key: 'a', value: 2, x: 10, width: 60 },
      { key: 'b', value: 1, x: 70, width: 30 },
    ]);
  });

  it('keeps bars at least 2px high in crowded rows', () => {
    assert.ok(rowLayout(40, 100).every((r) => r.barHeight >= 2));
  });
});

describe('formatting', () => {
  it('formats revenue as US dollars', () => {
    assert.equal(metricFormat('revenue', 'en-US').full(1234.5), '$1,234.50');
    assert.equal(metricFormat('sent', 'en-US').full(1234.5), '1,235');
  });

  it('summarises the daily view for screen readers', () => {
    const table = metricTable(days, 'sent', 'channel')!;
    assert.equal(
      describeDaily(table, ['email', 'ios_push'], 'channel', 'en-US'),
      'Sent per day by channel, May 1\u2009–\u20092, 2024: 3,000 in total. Email 2,500, iOS push 500. ' +
        'Highest day May 2, 2024 with 2,400. Hidden: SMS.',
    );
  });

  it('writes the summaries, channel, metric and step names in German under a German locale', () => {
    const de = chartMessages('de-DE');
    const table = metricTable(days, 'sent', 'channel', de)!;
    assert.equal(
      describeDaily(table, ['email', 'ios_push'], 'channel', 'de-DE'),
      'Gesendet pro Tag nach Kanal, 1.–2. Mai 2024: insgesamt 3.000. E-Mail 2.500, iOS-Push 500. ' +
        'Stärkster Tag 2. Mai 2024 mit 2.400. Ausgeblendet: SMS.',
    );
    assert.equal(channelLabel('experimental_channel', de), 'Experimental channel');
    assert.equal(metricLabel('unique_opens', de), 'Eindeutige Öffnungen');
    assert.equal(
      describeFunnel(
        funnelSteps(
          records.filter((r) => r.channel === 'sms'),
          de,
        ),
        days.map((d) => d.date),
        'de-DE',
      ).replace(/\u00a0/g, ' '),
      'Versandtrichter, 1.–2. Mai 2024: Gesendet 100; Zugestellt 90 (90,0 % des vorigen Schritts, ' +
        '90,0 % der Gesendeten); Öffnungen nicht gemeldet; Klicks 9 (9,0 % der Gesendeten); Conversions nicht gemeldet.',
    );
  });
});
