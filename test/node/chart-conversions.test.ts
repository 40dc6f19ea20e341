import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SendsDay } from '../../src/api/responses.js';
import { conversionLabel, conversionLabels, withConversionNames } from '../../src/chart/conversions.js';
import { chartMessages, chartMessagesEn } from '../../src/chart/messages.js';
import { flattenSends, funnelSteps, metricLabel } from '../../src/chart/sends.js';
import { describeDaily } from '../../src/chart/sends-summary.js';
import { metricTable } from '../../src/chart/sends.js';
import '../../src/locales/de.js';

describe('conversionLabel', () => {
  it('names each documented behaviour type', () => {
    assert.equal(conversionLabel({ type: 'Makes Any Purchase' }), 'Purchases');
    assert.equal(
      conversionLabel({ type: 'Makes Specific Purchase', product: 'premium_monthly' }),
      'Purchases of premium_monthly',
    );
    assert.equal(
      conversionLabel({ type: 'Performs Custom Event', custom_event_name: 'Completed Onboarding' }),
      'Completed Onboarding',
    );
    assert.equal(conversionLabel({ type: 'Starts Session', window: 86_400 }), 'Sessions');
  });

  it('keeps an unknown type as Braze writes it, and says nothing for a missing one', () => {
    assert.equal(conversionLabel({ type: 'Upgrades App' }), 'Upgrades App');
    assert.equal(conversionLabel({ type: 'Performs Custom Event' }), 'Performs Custom Event');
    assert.equal(conversionLabel({ type: 'Makes Specific Purchase', product: null }), 'Purchases');
    assert.equal(conversionLabel({ type: null }), undefined);
    assert.equal(conversionLabel({ type: '' }), undefined);
    assert.equal(conversionLabel(undefined), undefined);
  });

  it('speaks the locale', () => {
    const de = chartMessages('de');
    assert.equal(conversionLabel({ type: 'Makes Any Purchase' }, de), 'Käufe');
    assert.equal(conversionLabel({ type: 'Starts Session' }, chartMessages('de-AT')), 'Sitzungen');
  });
});

describe('conversionLabels', () => {
  it('maps events A–D to conversions, conversions1..3 in order, leaving out the unnamed', () => {
    const labels = conversionLabels([
      { type: 'Makes Any Purchase' },
      null,
      { type: 'Performs Custom Event', custom_event_name: 'Added to Cart' },
      { type: 'Starts Session' },
      { type: 'Makes Any Purchase' },
    ]);
    assert.deepEqual(
      [...labels],
      [
        ['conversions', 'Purchases'],
        ['conversions2', 'Added to Cart'],
        ['conversions3', 'Sessions'],
      ],
    );
    assert.equal(conversionLabels(undefined).size, 0);
    assert.equal(conversionLabels(null).size, 0);
  });

  it('renames metrics, titles and summaries, and leaves the rest generic', () => {
    const t = withConversionNames(chartMessagesEn, conversionLabels([{ type: 'Starts Session' }]));
    assert.equal(metricLabel('conversions', t), 'Sessions');
    assert.equal(metricLabel('conversions1', t), 'Conversions (B)');
    assert.equal(metricLabel('conversions', chartMessagesEn), 'Conversions');
    const days = flattenSends(
      [{ time: '2024-05-01', conversions: 12, messages: { email: [{ variation_name: 'A', sent: 100 }] } }],
      t,
    );
    const table = metricTable(days, 'conversions', 'channel', t);
    assert.ok(table);
    assert.match(
      describeDaily(
        table,
        table.series.map((s) => s.key),
        'channel',
        'en',
        t,
      ),
      /^Sessions per day/,
    );
  });
});

describe('funnelSteps: in-app messages', () => {
  const day = (messages: SendsDay['messages']): SendsDay => ({ time: '2024-05-01', messages });

  it('starts an in-app message at its impressions, with no opens step for it', () => {
    const records = flattenSends([
      day({ in_app_message: [{ variation_name: 'A', impressions: 1000, clicks: 80 }] }),
    ]).flatMap((d) => d.records);
    const steps = funnelSteps(records);
    assert.deepEqual(
      steps.map((s) => [s.key, s.label, s.count]),
      [
        ['sent', 'Impressions', 1000],
        ['delivered', 'Delivered', undefined],
        ['opens', 'Opens', undefined],
        ['clicks', 'Clicks', 80],
        ['conversions', 'Conversions', undefined],
      ],
    );
    assert.deepEqual(steps[0]?.impressions, ['In-app message']);
    assert.equal(steps[3]?.ofSent, 0.08);
  });

  it('adds in-app impressions to the other channels’ sends, named in the first step', () => {
    const records = flattenSends([
      day({
        content_cards: [{ variation_name: 'A', sent: 500, unique_impressions: 300, unique_clicks: 30 }],
        in_app_message: [{ variation_name: 'A', impressions: 200, clicks: 20 }],
      }),
    ]).flatMap((d) => d.records);
    const [sent, , opens] = funnelSteps(records);
    assert.equal(sent?.label, 'Sent / Impressions');
    assert.equal(sent?.count, 700);
    assert.deepEqual(sent?.impressions, ['In-app message']);
    // Opens: only Content Cards' impressions; the in-app message's are its first step, not counted twice.
    assert.equal(opens?.count, 300);
    assert.deepEqual(opens?.missing, ['In-app message']);
  });

  it('leaves channels without in-app messages as they were', () => {
    const records = flattenSends([
      day({ email: [{ variation_name: 'A', sent: 10, unique_opens: 4 }] }),
    ]).flatMap((d) => d.records);
    const [sent] = funnelSteps(records);
    assert.equal(sent?.label, 'Sent');
    assert.equal(sent?.impressions, undefined);
  });
});
