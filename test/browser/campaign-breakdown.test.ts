import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/campaign-breakdown.js';
import '../../src/define/send-breakdown.js';
import '../../src/locales/de.js';
import { configureClient } from '../../src/data/client.js';
import type {
  BrazeCampaignBreakdown,
  CampaignBreakdownData,
} from '../../src/elements/campaign-breakdown/campaign-breakdown.js';
import { createProxy } from '../../src/proxy/index.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { drawn, shown } from './helpers/rendered.js';
import { MOCK_FAULTS, describeFaultStates, recordMockProxy } from './helpers/fault-states.js';

/** The mock Braze's clock for these tests: campaign data is deterministic per day. */
const NOW = new Date('2024-05-31T20:00:00Z');

/** A reference proxy over the mock Braze at a fresh URL, its clock at NOW, recording each request's URL. */
let proxies = 0;
function mockProxy(): { url: string; seen: string[] } {
  const url = `/campaign-test-${++proxies}/braze`;
  const app = createProxy({ mock: true, basePath: url, now: () => NOW.getTime() });
  const seen: string[] = [];
  configureClient(url, {
    fetch: (request) => {
      seen.push(request.url);
      return Promise.resolve(app.fetch(request));
    },
  });
  return { url, seen };
}

async function mount(markup: string): Promise<BrazeCampaignBreakdown> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  wrapper.innerHTML = markup;
  return wrapper.firstElementChild as BrazeCampaignBreakdown;
}

/** Mounts a campaign breakdown on the mock (ending on NOW's day) and waits for its drawing and its data. */
async function loaded(url: string, attributes: string) {
  const el = await mount(
    `<braze-campaign-breakdown proxy-url="${url}" ending-at="2024-05-31" ${/\blocale=/.test(attributes) ? '' : 'locale="en-US"'} ${attributes}
      style="--braze-chart-height: 240px"></braze-campaign-breakdown>`,
  );
  const { detail } = await oneEvent(el, 'braze-load');
  await drawn(el);
  return { el, data: detail.data as CampaignBreakdownData };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const all = <T extends Element = SVGRectElement>(el: HTMLElement, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: HTMLElement, name: string) => text(root(el).querySelector(`[part~="${name}"]`));
const summary = (el: HTMLElement) =>
  root(el).querySelector('svg[part~="svg"]')!.getAttribute('aria-label') ?? '';

describe('<braze-campaign-breakdown>', () => {
  it('titles the chart with the campaign name and names conversion events from /campaigns/details', async () => {
    const { url } = mockProxy();
    const { el, data } = await loaded(url, 'campaign-id="camp_winback" metric="conversions1"');
    expect(data.details?.name).to.equal('Win-back Offers');
    expect(part(el, 'title')).to.equal('Win-back Offers');
    expect(part(el, 'description')).to.match(
      /^Purchases of premium_monthly per day by channel · May 2 – 31, 2024$/,
    );
    expect(summary(el)).to.match(
      /^Purchases of premium_monthly per day by channel, May 2 – 31, 2024: [\d,]+ in total/,
    );
    // Win-back sends on Tuesdays: 4 bars, each the campaign-level count of event B (no channel reports it).
    const bars = all(el, 'rect.segment');
    expect(bars.map((b) => b.dataset.key)).to.deep.equal(Array(4).fill('__unattributed'));
    const tuesdays = data.series.data.filter((d) => Number(d['conversions1']) > 0);
    expect(tuesdays.map((d) => d.time.slice(0, 10))).to.deep.equal([
      '2024-05-07',
      '2024-05-14',
      '2024-05-21',
      '2024-05-28',
    ]);
    expect(text(root(el).querySelector('.notes .unattributed'))).to.equal(
      'Not attributed: campaign-level purchases of premium_monthly that Braze does not report per channel.',
    );
    el.metric = 'conversions3';
    el.view = 'totals';
    await el.updateComplete;
    await drawn(el);
    expect(part(el, 'description')).to.match(/^Added to Cart by channel · /);
    const total = tuesdays.reduce((sum, d) => sum + Number(d['conversions3']), 0);
    expect(text(root(el).querySelector('g.row .row-value'))).to.equal(total.toLocaleString('en-US'));
    await expect(el).to.be.accessible();
  });

  it('makes one /campaigns/data_series and one /campaigns/details request for two elements of the same query', async () => {
    const { url, seen } = mockProxy();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    wrapper.innerHTML = `
      <braze-campaign-breakdown proxy-url="${url}" campaign-id="camp_cart_abandonment" length="14"></braze-campaign-breakdown>
      <braze-campaign-breakdown proxy-url="${url}" campaign-id="camp_cart_abandonment" length="14" view="funnel"></braze-campaign-breakdown>`;
    const [a, b] = [...wrapper.children] as BrazeCampaignBreakdown[];
    await Promise.all([oneEvent(a!, 'braze-load'), oneEvent(b!, 'braze-load')]);
    const paths = seen.map((u) => new URL(u).pathname.slice(url.length)).sort();
    expect(paths).to.deep.equal(['/campaigns/data_series', '/campaigns/details']);
    expect(new URL(seen.find((u) => u.includes('data_series'))!).searchParams.get('length')).to.equal('14');
    await drawn(b!);
    expect(part(b!, 'title')).to.equal('Cart Abandonment');
    expect(part(b!, 'description')).to.match(/^Funnel by channel · /);
  });

  it('starts in-app messages at their impressions in the funnel, and says so', async () => {
    const { url } = mockProxy();
    const { el, data } = await loaded(url, 'campaign-id="camp_feature_launch" view="funnel" length="7"');
    const counts = (channel: string, counter: string) =>
      data.series.data
        .flatMap((d) => d.messages?.[channel] ?? [])
        .reduce((sum, v) => sum + Number((v as Record<string, unknown>)[counter] ?? 0), 0);
    const rows = all<SVGGElement>(el, 'g.row').map((r) => [
      r.dataset.step,
      text(r.querySelector('.row-label')),
    ]);
    const sent = counts('content_cards', 'sent') + counts('in_app_message', 'impressions');
    const opens = counts('content_cards', 'unique_impressions');
    expect(rows[0]).to.deep.equal(['sent', `Sent / Impressions ${sent.toLocaleString('en-US')}`]);
    expect(rows[2]).to.deep.equal(['opens', `Opens ${opens.toLocaleString('en-US')}`]);
    expect(summary(el)).to.match(
      /^Funnel, May 25 – 31, 2024: Sent \/ Impressions [\d,]+; Delivered not reported; /,
    );
    expect(text(root(el).querySelector('.notes .impressions'))).to.equal(
      'In-app message: impressions, not sends (in-app messages are shown, not sent).',
    );
    await expect(el).to.be.accessible();
  });

  it('draws every day of a period longer than the 14 days sends keep, with no retention note', async () => {
    const { url } = mockProxy();
    const { el } = await loaded(url, 'campaign-id="camp_order_updates" length="30"');
    const days = new Set(all(el, 'rect.segment').map((s) => s.dataset.day));
    expect(days.size).to.equal(30);
    expect(root(el).querySelector('.notes .retention')).to.equal(null);
    expect(root(el).querySelector('.retention-shade')).to.equal(null);
  });

  it('counts a day a campaign did not send on as 0, however old, never as a gap', async () => {
    const { url } = mockProxy();
    // Win-back sends on Tuesdays: Thursday May 2 (29 days before the mock's today) sent nothing.
    const { el } = await loaded(url, 'campaign-id="camp_winback" length="30"');
    (await shown<HTMLButtonElement>(el, '[part="table-toggle"]')).click();
    const table = await shown<HTMLTableElement>(el, 'table');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text));
    expect(rows[0]).to.deep.equal(['May 2, 2024', '0', '0', '0']);
    expect(rows.filter((r) => r.includes('no data'))).to.deep.equal([]);
    expect(el.toCSV().split(/\r?\n/)[1]).to.equal('2024-05-02,0,0,0');
  });

  it('is keyboard operable, with a table view and CSV of what it draws', async () => {
    const { url } = mockProxy();
    const { el, data } = await loaded(
      url,
      'campaign-id="camp_order_updates" length="3" group-by="variation"',
    );
    const svg = root(el).querySelector<SVGSVGElement>('svg[part~="svg"]')!;
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const tooltip = text(root(el).querySelector('[part="tooltip"]'));
    expect(tooltip).to.contain('May 29, 2024').and.contain('Variant A').and.contain('Total');
    (await shown<HTMLButtonElement>(el, '[part="table-toggle"]')).click();
    const table = await shown<HTMLTableElement>(el, 'table');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Date',
      'Variant A',
      'Variant B',
    ]);
    const sentA = Object.values(data.series.data[0]!.messages ?? {})
      .flat()
      .filter((v) => v.variation_name === 'Variant A')
      .reduce((sum, v) => sum + Number(v['sent'] ?? 0), 0);
    expect(text(table.querySelector('tbody tr td'))).to.equal(sentA.toLocaleString('en-US'));
    expect(el.toCSV().split(/\r?\n/)[1]).to.match(new RegExp(`^2024-05-29,${sentA},\\d+$`));
    await expect(el).to.be.accessible();
  });

  it('speaks German, conversion names included', async () => {
    const { url } = mockProxy();
    const { el } = await loaded(
      url,
      'campaign-id="camp_winback" metric="conversions" view="totals" locale="de"',
    );
    expect(part(el, 'title')).to.equal('Win-back Offers');
    expect(part(el, 'description')).to.match(/^Käufe nach Kanal · /);
  });

  describe('states', () => {
    it('draws the series when the details fail, titled with the id and with generic conversion names', async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeFetch((request) =>
        new URL(request.url).pathname.endsWith('/campaigns/details')
          ? json({ message: 'Not found', errors: ['no details'] }, { status: 404 })
          : json({
              data: [
                {
                  time: '2024-05-31',
                  messages: { email: [{ variation_name: 'A', sent: 10 }] },
                  conversions: 3,
                },
              ],
            }),
      );
      configureClient(url, { fetch });
      const { el, data } = await loaded(url, 'campaign-id="camp_x" length="1" metric="conversions"');
      expect(data.details).to.equal(undefined);
      expect(part(el, 'title')).to.equal('Campaign camp_x');
      expect(part(el, 'description')).to.match(/^Conversions per day by channel · /);
      expect(all(el, 'rect.segment')).to.have.length(1);
      expect(text(root(el).querySelector('[part="notes"]'))).to.contain(
        'Campaign details could not be loaded',
      );
      expect(fetch.to('/campaigns/data_series')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('reports a missing campaign-id or a bad group-by as configuration errors without requesting', async () => {
      const url = uniqueProxyUrl();
      const fetch = fakeFetch(() => json({ data: [] }));
      configureClient(url, { fetch });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('braze-campaign-breakdown');
      el.proxyUrl = url;
      const failed = oneEvent(el, 'braze-error');
      wrapper.append(el);
      expect((await failed).detail.error.kind).to.equal('config');
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="error"]'))).to.contain(
        'The campaign-id attribute is required.',
      );
      await expect(el).to.be.accessible();
      const again = oneEvent(el, 'braze-error');
      Object.assign(el, { campaignId: 'camp_1', groupBy: 'day' });
      expect((await again).detail.error.message).to.contain('group-by must be channel or variation');
      expect(fetch.requests).to.have.length(0);
    });

    it('shows the empty state of a period without campaign analytics', async () => {
      const { url } = mockProxy();
      // Spring sale ended on April 11: May has only quiet days.
      const el = await mount(
        `<braze-campaign-breakdown proxy-url="${url}" campaign-id="camp_spring_sale" ending-at="2024-05-31" length="7"></braze-campaign-breakdown>`,
      );
      await oneEvent(el, 'braze-load');
      expect(text(await shown(el, '[part="empty"]'))).to.equal('No campaign analytics for this period.');
      await expect(el).to.be.accessible();
    });

    it('shows the loading state while waiting, and passes axe', async () => {
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: fakeFetch(() => new Promise<Response>(() => undefined)) });
      const el = await mount(
        `<braze-campaign-breakdown proxy-url="${url}" campaign-id="c"></braze-campaign-breakdown>`,
      );
      await el.updateComplete;
      expect(root(el).querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });
  });

  describe('against the reference proxy in mock mode (/api/braze)', () => {
    const seen = recordMockProxy();
    describeFaultStates({
      mount: (id) =>
        mount(
          `<braze-campaign-breakdown proxy-url="/api/braze" campaign-id="${id}" locale="en"></braze-campaign-breakdown>`,
        ),
      requests: (id) =>
        seen.filter((u) => u.includes('/campaigns/data_series?') && u.includes(`=${id}&`)).length,
      faults: [{ id: 'camp_nope', kind: 'http', status: 404, attempts: 1, retry: false }, ...MOCK_FAULTS],
    });
  });
});

describe('<braze-send-breakdown> with the campaign details', () => {
  it('names the conversion events of its campaign, with the same single request per query', async () => {
    const { url, seen } = mockProxy();
    const el = await mount(
      `<braze-send-breakdown proxy-url="${url}" campaign-id="camp_welcome_series" send-id="send_welcome_day0"
        metric="conversions" view="totals" locale="en-US"></braze-send-breakdown>`,
    );
    const { detail } = await oneEvent(el, 'braze-load');
    await drawn(el);
    expect(detail.data.details?.name).to.equal('Welcome Series (API)');
    // Conversion event A of the welcome series is "Starts Session".
    expect(part(el, 'title')).to.equal('Sessions by channel');
    const paths = seen.map((u) => new URL(u).pathname.slice(url.length)).sort();
    expect(paths).to.deep.equal(['/campaigns/details', '/sends/data_series']);
  });

  it('draws the send as before when the details fail', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, {
      fetch: fakeFetch((request) =>
        new URL(request.url).pathname.endsWith('/campaigns/details')
          ? json({ message: 'Forbidden', errors: ['no campaigns.details permission'] }, { status: 403 })
          : json({
              message: 'success',
              data: [
                {
                  time: '2024-05-02',
                  messages: { email: [{ variation_name: 'A', sent: 10 }] },
                  conversions: 1,
                },
              ],
            }),
      ),
    });
    const el = await mount(
      `<braze-send-breakdown proxy-url="${url}" campaign-id="c" send-id="s" length="1" ending-at="2024-05-02"
        metric="conversions" locale="en-US"></braze-send-breakdown>`,
    );
    await oneEvent(el, 'braze-load');
    await drawn(el);
    expect(part(el, 'title')).to.equal('Conversions per day by channel');
    expect(all(el, 'rect.segment')).to.have.length(1);
    expect(text(root(el).querySelector('[part="notes"]'))).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
  });
});
