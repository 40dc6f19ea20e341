import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/send-breakdown.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeSendBreakdown } from '../../src/elements/send-breakdown/send-breakdown.js';
import { fakeFetch, json, uniqueProxyUrl, watchUncaught } from './helpers/fake-fetch.js';
import { drawn } from './helpers/rendered.js';
import { MOCK_FAULTS, describeFaultStates, recordMockProxy } from './helpers/fault-states.js';

const A = { variation_name: 'Variant A', variation_api_id: 'var_a' };
const B = { variation_name: 'Variant B', variation_api_id: 'var_b' };
const CONTROL = { variation_name: 'Control', variation_api_id: 'var_control' };

/**
 * Two days of a send. Over the period: sent 1,000 (email 800, iOS push 200), delivered 800, opens 200 (email
 * unique opens + push direct opens), clicks 50, per-variant conversions 5 (push only); campaign-level conversions
 * 10 of 900 unique recipients, revenue $200 ($50 of it attributed to push); a control group of 90.
 */
const SEND_DAYS = [
  {
    time: '2024-05-01',
    messages: {
      email: [
        { ...A, sent: 300, delivered: 240, opens: 90, unique_opens: 60, clicks: 20, unique_clicks: 15 },
        { ...B, sent: 200, delivered: 160, opens: 50, unique_opens: 40, clicks: 12, unique_clicks: 10 },
        { ...CONTROL, enrolled: 50, conversions: 2 },
      ],
      ios_push: [
        {
          ...A,
          sent: 100,
          delivered: 80,
          direct_opens: 20,
          total_opens: 30,
          body_clicks: 5,
          conversions: 2,
          revenue: 20,
        },
      ],
    },
    conversions: 6,
    unique_recipients: 500,
    revenue: 120.5,
  },
  {
    time: '2024-05-02',
    messages: {
      email: [
        { ...A, sent: 200, delivered: 160, unique_opens: 40, unique_clicks: 10 },
        { ...B, sent: 100, delivered: 80, unique_opens: 20, unique_clicks: 5 },
        { ...CONTROL, enrolled: 40, conversions: 1 },
      ],
      ios_push: [
        { ...A, sent: 100, delivered: 80, direct_opens: 20, body_clicks: 5, conversions: 3, revenue: 30 },
      ],
    },
    conversions: 4,
    unique_recipients: 400,
    revenue: 79.5,
  },
];

const UNKNOWN_CHANNEL_DAYS = [
  {
    time: '2024-05-01',
    messages: {
      email: [{ ...A, sent: 30, delivered: 30, unique_opens: 12 }],
      experimental_channel: [{ ...A, sent: 10, delivered: 9, read: 5, holo_views: 3 }],
    },
  },
];

const brazeLike = (data: unknown[]) => fakeFetch(() => json({ message: 'success', data }));

/**
 * Mounts an element 600px wide with a 240px plot (not yet loaded). Unless `attributes` say otherwise, it asks for the
 * two days the fixtures above hold (a longer period would show the days Braze did not send as gaps).
 */
async function mount(
  proxyUrl: string,
  attributes = '',
  endingAt = '2024-05-02',
): Promise<BrazeSendBreakdown> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const end = `${endingAt ? `ending-at="${endingAt}"` : ''} ${/\blength=/.test(attributes) ? '' : 'length="2"'}`;
  wrapper.innerHTML = `<braze-send-breakdown proxy-url="${proxyUrl}" campaign-id="camp_1" send-id="send_1"
    locale="en-US" ${end} ${attributes} style="--braze-chart-height: 240px"></braze-send-breakdown>`;
  return wrapper.firstElementChild as BrazeSendBreakdown;
}

/** Mounts an element on `data` through a fake fetch and waits until its chart is drawn. */
async function loaded(data: unknown[], attributes = ''): Promise<BrazeSendBreakdown> {
  const url = uniqueProxyUrl();
  configureClient(url, { fetch: brazeLike(data) });
  const el = await mount(url, attributes);
  await oneEvent(el, 'braze-load');
  await drawn(el);
  return el;
}

const root = (el: BrazeSendBreakdown) => el.shadowRoot!;
const all = <T extends Element = SVGRectElement>(el: BrazeSendBreakdown, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const num = (e: Element, name: string) => Number(e.getAttribute(name));
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const legendButtons = (el: BrazeSendBreakdown) => all<HTMLButtonElement>(el, '[part="legend"] button');
const legendLabels = (el: BrazeSendBreakdown) => legendButtons(el).map((b) => text(b));
const segment = (el: BrazeSendBreakdown, key: string, day: number) =>
  root(el).querySelector<SVGRectElement>(`rect.segment[data-key="${key}"][data-day="${day}"]`)!;
const yLabels = (el: BrazeSendBreakdown) => all(el, '.axis-y text').map((t) => t.textContent);

describe('<braze-send-breakdown>', () => {
  describe('daily view', () => {
    it("lists the tooltip in stack order, top first, with the day's total and swatches matching the marks", async () => {
      const el = await loaded(SEND_DAYS);
      const svg = root(el).querySelector<SVGSVGElement>('svg[part~="svg"]')!;
      svg.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const tooltip = root(el).querySelector('[part="tooltip"]')!;
      const rows = [...tooltip.querySelectorAll('.tooltip-row')].map((r) =>
        [...r.querySelectorAll('.tooltip-name, .tooltip-value')].map((c) => c.textContent!.trim()),
      );
      expect(rows).to.deep.equal([
        ['iOS push', '100'],
        ['Email', '500'],
        ['Total', '600'],
      ]);
      const swatch = tooltip.querySelector<HTMLElement>('.swatch')!;
      expect(getComputedStyle(swatch).backgroundColor).to.equal(
        getComputedStyle(segment(el, 'ios_push', 0)).fill,
      );
      expect(swatch.dataset.series).to.equal(segment(el, 'ios_push', 0).dataset.series);
    });

    it('stacks one bar per day, segment heights proportional to the data, in legend order from the bottom', async () => {
      const el = await loaded(SEND_DAYS);
      expect(legendLabels(el)).to.deep.equal(['Email', 'iOS push']);
      const values: [string, number, number][] = [
        ['email', 0, 500],
        ['ios_push', 0, 100],
        ['email', 1, 300],
        ['ios_push', 1, 100],
      ];
      const perUnit = num(segment(el, 'email', 0), 'height') / 500;
      expect(perUnit).to.be.greaterThan(0.1);
      for (const [key, day, value] of values) {
        expect(num(segment(el, key, day), 'height'), `${key} day ${day}`).to.be.closeTo(
          value * perUnit,
          1e-6,
        );
      }
      for (const day of [0, 1]) {
        const bottom = segment(el, 'email', day);
        const top = segment(el, 'ios_push', day);
        expect(num(top, 'y') + num(top, 'height')).to.be.closeTo(num(bottom, 'y'), 1e-6);
        expect(num(bottom, 'x')).to.equal(num(top, 'x'));
      }
      expect(num(segment(el, 'email', 1), 'x')).to.be.greaterThan(num(segment(el, 'email', 0), 'x'));
      expect(all(el, 'rect.segment')).to.have.length(4);
      expect(all(el, '.axis-x text').map((t) => t.textContent)).to.deep.equal(['May 1', 'May 2']);
      const svg = root(el).querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(
        'Sent per day by channel, May 1 – 2, 2024: 1,000 in total. Email 800, iOS push 200. ' +
          'Highest day May 1, 2024 with 600.',
      );
      await expect(el).to.be.accessible();
    });

    it('toggles a series from the legend: its bars go, the value axis rescales, and the state survives re-renders', async () => {
      const el = await loaded(SEND_DAYS);
      const emailHeight = num(segment(el, 'email', 0), 'height');
      expect(yLabels(el).at(-1)).to.equal('600');
      const push = legendButtons(el)[1]!;
      expect(push.getAttribute('aria-pressed')).to.equal('true');
      push.click();
      await el.updateComplete;
      expect(push.getAttribute('aria-pressed')).to.equal('false');
      expect(all(el, 'rect.segment[data-key="ios_push"]')).to.have.length(0);
      expect(yLabels(el).at(-1)).to.equal('500');
      expect(num(segment(el, 'email', 0), 'height')).to.be.closeTo((emailHeight * 600) / 500, 1e-6);
      expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.contain('Hidden: iOS push.');

      el.metric = 'delivered';
      await el.updateComplete;
      expect(legendButtons(el)[1]!.getAttribute('aria-pressed')).to.equal('false');
      expect(all(el, 'rect.segment[data-key="ios_push"]')).to.have.length(0);
      expect(all(el, 'rect.segment[data-key="email"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('keeps the legend when every series is hidden, and says so', async () => {
      const el = await loaded(SEND_DAYS);
      for (const button of legendButtons(el)) button.click();
      await el.updateComplete;
      expect(all(el, 'rect.segment')).to.have.length(0);
      expect(legendButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
      expect(text(root(el).querySelector('svg'))).to.equal(
        'All series are hidden: turn one on in the legend.',
      );
      await expect(el).to.be.accessible();
    });

    it('is keyboard operable: Enter and Space on a focused legend button toggle it', async () => {
      const el = await loaded(SEND_DAYS);
      const email = legendButtons(el)[0]!;
      email.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(email.getAttribute('aria-pressed')).to.equal('false');
      expect(all(el, 'rect.segment[data-key="email"]')).to.have.length(0);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(email.getAttribute('aria-pressed')).to.equal('true');
      expect(all(el, 'rect.segment[data-key="email"]')).to.have.length(2);
    });

    it('groups by variation, summing each variant over channels', async () => {
      const el = await loaded(SEND_DAYS, 'group-by="variation"');
      expect(legendLabels(el)).to.deep.equal(['Variant A', 'Variant B']);
      expect(text(root(el).querySelector('[part="title"]'))).to.equal('Sent per day by variation');
      const perUnit = num(segment(el, 'var_a', 0), 'height') / 400;
      expect(num(segment(el, 'var_b', 0), 'height')).to.be.closeTo(200 * perUnit, 1e-6);
      expect(num(segment(el, 'var_a', 1), 'height')).to.be.closeTo(300 * perUnit, 1e-6);
      expect(num(segment(el, 'var_b', 1), 'height')).to.be.closeTo(100 * perUnit, 1e-6);
      expect(all(el, 'rect.segment[data-key="var_control"]')).to.have.length(0);
    });

    it('charts revenue in US dollars, with the campaign-level rest shown as not attributed', async () => {
      const el = await loaded(SEND_DAYS, 'metric="revenue"');
      expect(legendLabels(el)).to.deep.equal(['iOS push', 'Not attributed to a channel']);
      expect(yLabels(el)).to.include('$0').and.to.include('$100');
      expect(yLabels(el).every((l) => l?.startsWith('$'))).to.equal(true);
      expect(segment(el, 'ios_push', 0).querySelector('title')).to.equal(null);
      // What is not attributed is drawn in the neutral grey, never in a series colour.
      expect(getComputedStyle(segment(el, '__unattributed', 0)).fill).to.equal('rgb(115, 115, 115)');
      const perUnit = num(segment(el, 'ios_push', 0), 'height') / 20;
      expect(num(segment(el, '__unattributed', 0), 'height')).to.be.closeTo(100.5 * perUnit, 1e-6);
      expect(text(root(el).querySelector('.notes .unattributed'))).to.contain('campaign-level revenue');
      expect(text(root(el).querySelector('.stats .revenue'))).to.equal('$200.00');
    });

    it('explains a metric that is not in the data instead of failing', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: brazeLike(SEND_DAYS) });
      const el = await mount(url, 'metric="impressions"');
      const errors: Event[] = [];
      el.addEventListener('braze-error', (e) => errors.push(e));
      await oneEvent(el, 'braze-load');
      await el.updateComplete;
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(text(empty)).to.contain('No “impressions” figures in this send');
      expect(text(empty)).to.contain('Available: sent, delivered, opens, clicks, conversions, revenue,');
      expect(root(el).querySelector('svg')).to.equal(null);
      expect(errors).to.have.length(0);
      await expect(el).to.be.accessible();
      el.metric = 'unique_opens';
      await drawn(el);
      expect(legendLabels(el)).to.deep.equal(['Email']);
    });
  });

  describe('totals view', () => {
    it('draws one horizontal bar per series, widths proportional to the period totals', async () => {
      const el = await loaded(SEND_DAYS, 'view="totals"');
      const bars = all(el, 'rect.bar');
      expect(bars.map((b) => b.dataset.key)).to.deep.equal(['email', 'ios_push']);
      expect(num(bars[0]!, 'width') / num(bars[1]!, 'width')).to.be.closeTo(4, 1e-9);
      expect(num(bars[0]!, 'width')).to.be.greaterThan(400);
      expect(num(bars[1]!, 'y')).to.be.greaterThan(num(bars[0]!, 'y'));
      const rows = all<SVGGElement>(el, 'g.row');
      expect(text(rows[0]!.querySelector('.row-label'))).to.equal('Email 800');
      expect(text(rows[0]!.querySelector('.row-rates'))).to.equal('Delivery 80.0% · Open 25.0% · Click 6.3%');
      expect(text(rows[1]!.querySelector('.row-rates'))).to.equal(
        'Delivery 80.0% · Open 25.0% · Click 6.3% · Conversion 2.5%',
      );
      expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(
        'Sent by channel, May 1 – 2, 2024: Email 800, iOS push 200.',
      );
      legendButtons(el)[0]!.click();
      await el.updateComplete;
      expect(all(el, 'rect.bar').map((b) => b.dataset.key)).to.deep.equal(['ios_push']);
      expect(num(all(el, 'rect.bar')[0]!, 'width')).to.be.greaterThan(400);
      await expect(el).to.be.accessible();
    });

    it('formats revenue totals as currency', async () => {
      const el = await loaded(SEND_DAYS, 'view="totals" metric="revenue"');
      const labels = all(el, '.row-label').map(text);
      expect(labels).to.deep.equal(['iOS push $50.00', 'Not attributed to a channel $150.00']);
      expect(all(el, '.axis-x text').every((t) => t.textContent?.startsWith('$'))).to.equal(true);
      const bars = all(el, 'rect.bar');
      expect(num(bars[1]!, 'width') / num(bars[0]!, 'width')).to.be.closeTo(3, 1e-9);
    });
  });

  describe('funnel view', () => {
    it('draws sent → delivered → opens → clicks → conversions with exact step rates', async () => {
      const el = await loaded(SEND_DAYS, 'view="funnel"');
      const rows = all<SVGGElement>(el, 'g.row');
      expect(rows.map((r) => r.dataset.step)).to.deep.equal([
        'sent',
        'delivered',
        'opens',
        'clicks',
        'conversions',
      ]);
      expect(rows.map((r) => text(r.querySelector('.row-label')))).to.deep.equal([
        'Sent 1,000',
        'Delivered 800',
        'Opens 200',
        'Clicks 50',
        'Conversions 5',
      ]);
      expect(rows.map((r) => text(r.querySelector('.row-rates')))).to.deep.equal([
        '',
        '80.0% of previous · 80.0% of sent',
        '25.0% of previous · 20.0% of sent',
        '25.0% of previous · 5.0% of sent',
        '50.0% of previous · 2.5% of sent',
      ]);
      const width = (step: string) =>
        all(el, `rect.step-segment[data-step="${step}"]`).reduce((sum, r) => sum + num(r, 'width'), 0);
      const full = width('sent');
      expect(full).to.be.greaterThan(500);
      expect(width('delivered') / full).to.be.closeTo(0.8, 1e-9);
      expect(width('opens') / full).to.be.closeTo(0.2, 1e-9);
      expect(width('clicks') / full).to.be.closeTo(0.05, 1e-9);
      // Bars are split by channel, proportional to each channel's count, in legend order.
      const opens = all(el, 'rect.step-segment[data-step="opens"]');
      expect(opens.map((r) => r.dataset.key)).to.deep.equal(['email', 'ios_push']);
      expect(num(opens[0]!, 'width') / num(opens[1]!, 'width')).to.be.closeTo(4, 1e-9);
      // Email reports no per-variant conversions: said so, not drawn as 0.
      expect(text(root(el).querySelector('.notes .missing'))).to.equal(
        'Conversions: not reported by Email, left out of these rates.',
      );
      expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(
        'Send funnel, May 1 – 2, 2024: Sent 1,000; Delivered 800 (80.0% of previous, 80.0% of sent); ' +
          'Opens 200 (25.0% of previous, 20.0% of sent); Clicks 50 (25.0% of previous, 5.0% of sent); ' +
          'Conversions 5 (50.0% of previous, 2.5% of sent, not reported for Email).',
      );
      await expect(el).to.be.accessible();
    });

    it('follows the legend: hiding a channel leaves the funnel of the others', async () => {
      const el = await loaded(SEND_DAYS, 'view="funnel"');
      legendButtons(el)[0]!.click();
      await el.updateComplete;
      const rows = all<SVGGElement>(el, 'g.row');
      expect(text(rows[0]!.querySelector('.row-label'))).to.equal('Sent 200');
      expect(all(el, 'rect.step-segment[data-key="email"]')).to.have.length(0);
      expect(root(el).querySelector('.notes .missing')).to.equal(null);
    });

    it('says when a step is reported by no channel', async () => {
      const el = await loaded(UNKNOWN_CHANNEL_DAYS, 'view="funnel"');
      const conversions = root(el).querySelector('g.row[data-step="conversions"]')!;
      expect(text(conversions.querySelector('.row-label'))).to.equal('Conversions not reported');
      expect(conversions.querySelectorAll('rect')).to.have.length(0);
      expect(text(root(el).querySelector('g.row[data-step="clicks"] .row-label'))).to.equal(
        'Clicks not reported',
      );
      expect(text(root(el).querySelector('.notes .missing'))).to.equal(
        'Opens: not reported by Experimental channel, left out of these rates.',
      );
      // Opens over the channel reporting them: 12 of email's 30 sent.
      expect(text(root(el).querySelector('g.row[data-step="opens"] .row-rates'))).to.equal(
        '40.0% of previous · 40.0% of sent',
      );
    });
  });

  describe('header', () => {
    it('shows the derived rates, revenue and the control group apart from the sends', async () => {
      const el = await loaded(SEND_DAYS);
      const stat = (cls: string) => text(root(el).querySelector(`.stats .${cls}`));
      expect(stat('sent')).to.equal('1,000');
      expect(stat('delivery-rate')).to.equal('80.0%');
      expect(stat('open-rate')).to.equal('25.0%');
      expect(stat('click-rate')).to.equal('6.3%');
      expect(stat('conversion-rate')).to.equal('1.1%');
      expect(stat('revenue')).to.equal('$200.00');
      expect(text(root(el).querySelector('.notes .control'))).to.equal(
        'Control group: 90 enrolled, 3 conversions (not sent, not charted).',
      );
      expect(legendLabels(el)).to.not.include('Control');
    });

    it('renders an unknown channel and unknown counters under generic labels', async () => {
      const el = await loaded(UNKNOWN_CHANNEL_DAYS);
      expect(legendLabels(el)).to.deep.equal(['Email', 'Experimental channel']);
      expect(segment(el, 'experimental_channel', 0)).to.not.equal(null);
      expect(
        num(segment(el, 'email', 0), 'height') / num(segment(el, 'experimental_channel', 0), 'height'),
      ).to.be.closeTo(3, 1e-9);
      el.view = 'totals';
      el.metric = 'holo_views';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="title"]'))).to.equal('Holo views by channel');
      expect(all(el, '.row-label').map(text)).to.deep.equal(['Experimental channel 3']);
    });

    it('notes when the range reaches past the 14 days Braze keeps send analytics', async () => {
      // Braze answers a period older than its retention with empty days.
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: brazeLike(SEND_DAYS.map((d) => ({ ...d, messages: {} }))) });
      const el = await mount(url);
      await el.drawComplete;
      const sentence = 'Braze keeps send analytics for 14 days: this period is older, so it has no data.';
      expect(text(root(el).querySelector('.notes .retention'))).to.equal(sentence);
      expect(text(root(el).querySelector('[part="empty"]'))).to.equal(sentence);
    });

    it('claims nothing about retention when old days do have stats', async () => {
      const el = await loaded(SEND_DAYS);
      expect(root(el).querySelector('.notes .retention')).to.equal(null);
      expect(root(el).querySelector('rect.retention-shade')).to.equal(null);
    });

    it('has no retention note for a short range ending today', async () => {
      const url = uniqueProxyUrl();
      // The two days of SEND_DAYS moved to yesterday and today (UTC), as Braze would answer without ending-at.
      const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
      configureClient(url, { fetch: brazeLike(SEND_DAYS.map((d, i) => ({ ...d, time: day(1 - i) }))) });
      const el = await mount(url, 'length="7"', '');
      await oneEvent(el, 'braze-load');
      await drawn(el);
      expect(root(el).querySelector('.notes .retention')).to.equal(null);
      el.length = 20;
      await el.updateComplete;
      expect(text(root(el).querySelector('.notes .retention'))).to.match(
        /^Braze keeps send analytics for 14 days: days before \w+ \d+, \d{4} have no data\.$/,
      );
    });
  });

  describe('states', () => {
    it('shows the loading state while waiting, and passes axe', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeFetch(() => new Promise<Response>(() => undefined)) });
      const el = await mount(url);
      await el.updateComplete;
      expect(root(el).querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('shows the empty state when the period has no send analytics', async () => {
      const url = uniqueProxyUrl();
      const today = new Date().toISOString().slice(0, 10);
      configureClient(url, {
        fetch: brazeLike([{ time: today, messages: {}, conversions: 0, unique_recipients: 0 }]),
      });
      const el = await mount(url, 'length="1"', today);
      await oneEvent(el, 'braze-load');
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="empty"]'))).to.equal('No send analytics for this period.');
      expect(root(el).querySelector('svg')).to.equal(null);
      expect(root(el).querySelector('[part="legend"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reports a missing send-id or an unknown view as configuration errors without requesting', async () => {
      const url = uniqueProxyUrl();
      const fetch = brazeLike(SEND_DAYS);
      configureClient(url, { fetch });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('braze-send-breakdown');
      Object.assign(el, { proxyUrl: url, campaignId: 'camp_1' });
      const failed = oneEvent(el, 'braze-error');
      wrapper.append(el);
      expect((await failed).detail.error.kind).to.equal('config');
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="error"]'))).to.contain('send-id');
      const again = oneEvent(el, 'braze-error');
      Object.assign(el, { sendId: 'send_1', view: 'pie' });
      expect((await again).detail.error.message).to.contain('view must be daily, totals or funnel');
      expect(fetch.requests).to.have.length(0);
    });

    it('ends a 404 in the error state with an http braze-error', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, {
        fetch: fakeFetch(() => json({ message: 'Not found', errors: ['no such send'] }, { status: 404 })),
      });
      const uncaught = watchUncaught();
      try {
        const el = await mount(url);
        const { detail } = await oneEvent(el, 'braze-error');
        expect([detail.error.kind, detail.error.status]).to.deep.equal(['http', 404]);
        await el.updateComplete;
        expect(root(el).querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
        await expect(el).to.be.accessible();
        await aTimeout(0);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.stop();
      }
    });
  });

  describe('against the reference proxy in mock mode (/api/braze)', () => {
    const seen = recordMockProxy();
    const sendsRequests = (id: string) =>
      seen.filter((u) => u.includes('/sends/data_series?') && u.includes(`=${id}&`)).length;

    async function mountMock(attributes: string): Promise<BrazeSendBreakdown> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      wrapper.innerHTML = `<braze-send-breakdown proxy-url="/api/braze" ${attributes}></braze-send-breakdown>`;
      return wrapper.firstElementChild as BrazeSendBreakdown;
    }

    it('renders a mock send end to end in all three views', async () => {
      const el = await mountMock('campaign-id="camp_welcome_series" send-id="send_welcome_day0" length="7"');
      const { detail } = await oneEvent(el, 'braze-load');
      expect(detail.data.series.data).to.have.length(7);
      await drawn(el);
      expect(legendLabels(el)).to.deep.equal(['Email', 'iOS push', 'Android push']);
      expect(all(el, 'rect.segment')).to.have.length(21);
      expect(text(root(el).querySelector('.notes .control'))).to.match(/^Control group: [\d,]+ enrolled/);
      expect(root(el).querySelector('.notes .retention')).to.equal(null);
      await expect(el).to.be.accessible();
      el.view = 'totals';
      await el.updateComplete;
      expect(all(el, 'rect.bar')).to.have.length(3);
      el.view = 'funnel';
      await el.updateComplete;
      expect(all(el, 'g.row')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('labels the unknown channel of a mock campaign generically', async () => {
      const el = await mountMock('campaign-id="camp_unknown_channel" send-id="send_preview" length="3"');
      await oneEvent(el, 'braze-load');
      await drawn(el);
      expect(legendLabels(el)).to.deep.equal(['Email', 'Experimental channel']);
      expect(all(el, 'rect.segment[data-key="experimental_channel"]')).to.have.length(3);
    });

    it('notes the retention limit and draws only the days Braze still has', async () => {
      const el = await mountMock('campaign-id="camp_weekly_digest" send-id="send_digest" length="30"');
      await oneEvent(el, 'braze-load');
      await drawn(el);
      expect(text(root(el).querySelector('.notes .retention'))).to.contain('days before');
      const days = all(el, 'rect.segment').map((r) => Number(r.dataset.day));
      expect(Math.min(...days)).to.equal(15);
      expect(Math.max(...days)).to.equal(29);
    });

    describeFaultStates({
      mount: (campaignId) => mountMock(`campaign-id="${campaignId}" send-id="send_x"`),
      requests: sendsRequests,
      faults: [
        { id: 'camp_spring_sale', kind: 'http', status: 400, attempts: 1, retry: false },
        ...MOCK_FAULTS,
      ],
    });
  });
});
