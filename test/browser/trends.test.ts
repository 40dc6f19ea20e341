import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/event-trend.js';
import '../../src/define/purchase-trend.js';
import '../../src/locales/de.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeErrorDetail } from '../../src/elements/base/events.js';
import type { BrazeEventTrend } from '../../src/elements/event-trend/event-trend.js';
import type { BrazePurchaseTrend } from '../../src/elements/purchase-trend/purchase-trend.js';
import type { BrazeOptionSelectDetail } from '../../src/elements/trends/option-select.js';
import { sendKeys } from '@web/test-runner-commands';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { MOCK_FAULTS, describeFaultStates, recordMockProxy } from './helpers/fault-states.js';
import { drawn, shown } from './helpers/rendered.js';

const DAY = 86_400_000;
const END = '2024-05-31';

type Chart = BrazeEventTrend | BrazePurchaseTrend;

/**
 * A fake Braze: series answer `length` days ending at `ending_at` (default END) under `key` valued by
 * `value(daysBack, query)`; `/events/list` and `/purchases/product_list` answer `lists[path](page)`.
 */
function workspace(
  value: (back: number, q: URLSearchParams) => number | null,
  lists: Record<string, (page: number) => string[] | Response> = {},
) {
  return fakeFetch((request) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const path = url.pathname.replace(/^.*\/(events|purchases)\//, '/$1/');
    const list = lists[path];
    if (list) {
      const names = list(Number(q.get('page') ?? '0'));
      if (names instanceof Response) return names;
      return json({ message: 'success', [path.startsWith('/events') ? 'events' : 'products']: names });
    }
    const key = path.endsWith('revenue_series')
      ? 'revenue'
      : path.endsWith('quantity_series')
        ? 'purchase_quantity'
        : 'count';
    const length = Number(q.get('length'));
    const end = Date.parse(`${q.get('ending_at') ?? END}T00:00:00Z`);
    const data = Array.from({ length }, (_, i) => {
      const back = length - 1 - i;
      const v = value(back, q);
      return v === null ? [] : [{ time: new Date(end - back * DAY).toISOString().slice(0, 10), [key]: v }];
    }).flat();
    return json({ message: 'success', data });
  });
}

/** Mounts `markup` in a 640px box with listeners attached before it connects. */
async function mount<T extends Chart>(markup: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const template = document.createElement('template');
  template.innerHTML = markup;
  const el = template.content.firstElementChild as T;
  const load = oneEvent(el, 'braze-load');
  const error = oneEvent(el, 'braze-error') as Promise<CustomEvent<BrazeErrorDetail>>;
  wrapper.append(el);
  return { el, load, error };
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bars = (el: Element, kind = 'current') => [
  ...root(el).querySelectorAll<SVGRectElement>(`rect.bar.${kind}`),
];
const height = (r: SVGRectElement) => Number(r.getAttribute('height'));
const yLabels = (el: Element) =>
  [...root(el).querySelectorAll('[part~="axis-y"] text')].map((t) => t.textContent!.trim());
const paths = (fetch: { requests: Request[] }) =>
  fetch.requests.map((r) => {
    const u = new URL(r.url);
    return `${u.pathname.replace(/^.*\/(events|purchases)\//, '/$1/')}?${u.searchParams}`;
  });

/** The table's body rows as text cells. */
async function tableRows(el: Chart): Promise<string[][]> {
  root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  await el.updateComplete;
  return [...root(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => text(c)),
  );
}

describe('<braze-event-trend>', () => {
  it('draws the event’s daily counts as bars with its name, total and average, and asks for that event', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace((back) => [300, null, 100][back] ?? null);
    configureClient(url, { fetch });
    const { el, load } = await mount<BrazeEventTrend>(
      `<braze-event-trend proxy-url="${url}" event="Viewed Product" length="3" ending-at="${END}" app-id="ios" segment-id="seg_1" locale="en-US"></braze-event-trend>`,
    );
    const { detail } = await load;
    await drawn(el);
    expect(paths(fetch)).to.deep.equal([
      '/events/data_series?event=Viewed+Product&length=3&unit=day&ending_at=2024-05-31&app_id=ios&segment_id=seg_1',
    ]);
    expect(detail.data.series.data).to.have.length(2);
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('Viewed Product per day');
    expect(text(root(el).querySelector('[part="description"]'))).to.contain('App ios · Segment seg_1');
    expect(text(root(el).querySelector('.total'))).to.equal('400');
    expect(text(root(el).querySelector('.average'))).to.equal('200');
    // May 29: 100, May 30: missing (a gap, no bar), May 31: 300, three times as tall.
    const [first, last] = bars(el);
    expect(bars(el)).to.have.length(2);
    expect(height(last!) / height(first!)).to.be.closeTo(3, 1e-6);
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.contain(
      'total 400, average 200 per day',
    );
    expect(await tableRows(el)).to.deep.equal([
      ['May 29, 2024', '100'],
      ['May 30, 2024', 'no data'],
      ['May 31, 2024', '300'],
    ]);
    expect(el.toCSV().split('\r\n').slice(0, 2)).to.deep.equal(['Date,Events', '2024-05-29,100']);
    await expect(el).to.be.accessible();
  });

  it('compares with the previous period bucket by bucket, one request per period', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace((_back, q) => (q.get('ending_at') === END ? 20 : 10));
    configureClient(url, { fetch });
    const { el, load } = await mount<BrazeEventTrend>(
      `<braze-event-trend proxy-url="${url}" event="Searched" length="7" ending-at="${END}" compare="previous" locale="en-US"></braze-event-trend>`,
    );
    await load;
    await drawn(el);
    expect(paths(fetch).sort()).to.deep.equal([
      '/events/data_series?event=Searched&length=7&unit=day&ending_at=2024-05-24',
      '/events/data_series?event=Searched&length=7&unit=day&ending_at=2024-05-31',
    ]);
    const [current, previous] = [bars(el), bars(el, 'previous')];
    expect(previous).to.have.length(7);
    previous.forEach((p, i) => expect(height(p) / height(current[i]!)).to.be.closeTo(0.5, 1e-6));
    expect(text(root(el).querySelector('.change'))).to.equal('+100.0%');
    const csv = el.toCSV().split('\r\n');
    expect(csv[1]).to.equal('2024-05-25,20,2024-05-18,10');
  });

  it('says the event never happened when Braze answers zeros, and still fires braze-load', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(() => 0) });
    const { el, load } = await mount<BrazeEventTrend>(
      `<braze-event-trend proxy-url="${url}" event="Never Tracked" length="5" ending-at="${END}" locale="en-US"></braze-event-trend>`,
    );
    await load;
    const empty = await shown(el, '[part="empty"]');
    expect(text(empty)).to.equal('No Never Tracked events in this period');
    expect(root(el).querySelector('svg[part~="svg"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('without event and without picker, shows a configuration error and requests nothing', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace(() => 1);
    configureClient(url, { fetch });
    const { el, error } = await mount<BrazeEventTrend>(
      `<braze-event-trend proxy-url="${url}" locale="en-US"></braze-event-trend>`,
    );
    const { detail } = await error;
    expect(detail.error.kind).to.equal('config');
    expect(detail.error.message).to.contain('event is required');
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="error"]'))).to.contain('event is required');
    expect(fetch.requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('picker: lists every page of /events/list in a labelled select; choosing sets event, fires braze-option-select and loads it', async () => {
    const url = uniqueProxyUrl();
    const page0 = Array.from({ length: 250 }, (_, i) => `Event ${String(i).padStart(3, '0')}`);
    const fetch = workspace((back, q) => (q.get('event') === 'Zeta' ? 5 : back + 1), {
      '/events/list': (page) => (page === 0 ? page0 : page === 1 ? ['Yeti', 'Zeta'] : []),
    });
    configureClient(url, { fetch });
    const { el } = await mount<BrazeEventTrend>(
      `<braze-event-trend proxy-url="${url}" picker length="3" ending-at="${END}" locale="en-US"></braze-event-trend>`,
    );
    // No event yet: the chart asks to choose one; the list loads meanwhile.
    expect(text(await shown(el, '[part="empty"]'))).to.equal('Choose an event to see its counts.');
    const select = await shown<HTMLSelectElement>(el, '[part="picker"] select');
    for (let i = 0; i < 20 && select.options.length < 253; i++) {
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
    }
    expect(select.options.length).to.equal(253);
    expect(select.options[0]!.disabled).to.equal(true);
    expect(select.options[0]!.textContent).to.equal('Choose an event');
    expect([...select.options].slice(-2).map((o) => o.value)).to.deep.equal(['Yeti', 'Zeta']);
    expect(select.labels[0]!.textContent).to.contain('Event');
    expect(paths(fetch)).to.deep.equal(['/events/list?page=0', '/events/list?page=1']);
    await expect(el).to.be.accessible();

    const chosen = oneEvent(el, 'braze-option-select') as Promise<CustomEvent<BrazeOptionSelectDetail>>;
    const loaded = oneEvent(el, 'braze-load');
    select.value = 'Zeta';
    select.dispatchEvent(new Event('change'));
    expect((await chosen).detail).to.deep.equal({ name: 'event', value: 'Zeta' });
    await loaded;
    await drawn(el);
    expect(el.getAttribute('event')).to.equal('Zeta');
    expect(paths(fetch).at(-1)).to.equal(
      '/events/data_series?event=Zeta&length=3&unit=day&ending_at=2024-05-31',
    );
    expect(text(root(el).querySelector('.total'))).to.equal('15');
    expect(root(el).querySelector<HTMLSelectElement>('[part="picker"] select')!.value).to.equal('Zeta');
  });

  it('picker: a list that fails leaves the chart working and says so', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, {
      retries: 0,
      fetch: workspace(() => 4, {
        '/events/list': () =>
          json({ message: 'Forbidden', errors: ['no events.list permission'] }, { status: 403 }),
      }),
    });
    const { el, load } = await mount<BrazeEventTrend>(
      `<braze-event-trend proxy-url="${url}" picker event="Searched" length="3" ending-at="${END}" locale="en-US"></braze-event-trend>`,
    );
    await load;
    await drawn(el);
    const failed = await shown(el, '.picker-failed');
    expect(text(failed)).to.equal('The list could not be loaded.');
    const select = root(el).querySelector<HTMLSelectElement>('[part="picker"] select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'Searched']);
    expect(select.value).to.equal('Searched');
    expect(text(root(el).querySelector('.total'))).to.equal('12');
    await expect(el).to.be.accessible();
  });

  it('makes one request per distinct query with several charts (and one list for every picker)', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace(() => 2, { '/events/list': () => ['A', 'B'] });
    configureClient(url, { fetch });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    wrapper.innerHTML = ['A', 'A', 'B']
      .map(
        (e) =>
          `<braze-event-trend proxy-url="${url}" picker event="${e}" length="3" ending-at="${END}"></braze-event-trend>`,
      )
      .join('');
    await Promise.all([...wrapper.children].map((c) => (c as BrazeEventTrend).drawComplete));
    expect(paths(fetch).sort()).to.deep.equal([
      '/events/data_series?event=A&length=3&unit=day&ending_at=2024-05-31',
      '/events/data_series?event=B&length=3&unit=day&ending_at=2024-05-31',
      '/events/list?page=0',
    ]);
  });

  it('speaks German with locale="de"', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(() => 1200) });
    const { el, load } = await mount<BrazeEventTrend>(
      `<braze-event-trend proxy-url="${url}" event="Searched" length="3" ending-at="${END}" locale="de"></braze-event-trend>`,
    );
    await load;
    await drawn(el);
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('Searched pro Tag');
    expect(text(root(el).querySelector('.stats')))
      .to.contain('Ereignisse gesamt')
      .and.contain('3.600');
  });

  describe('against the mock proxy', () => {
    const seen = recordMockProxy();
    const requestsWith = (t: string) =>
      seen.filter((u) => u.includes('/events/data_series?') && u.includes(t)).length;

    it('draws a mock event over 14 days and picks from the mock’s event list', async () => {
      const { el, load } = await mount<BrazeEventTrend>(
        `<braze-event-trend proxy-url="/api/braze" picker event="Added to Cart" length="14" ending-at="2024-05-31" locale="en-US"></braze-event-trend>`,
      );
      await load;
      await drawn(el);
      expect(bars(el)).to.have.length(14);
      const select = await shown<HTMLSelectElement>(el, '[part="picker"] select');
      for (let i = 0; i < 20 && select.options.length < 3; i++) {
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
      }
      expect([...select.options].map((o) => o.value)).to.include.members(['Added to Cart', 'Viewed Product']);
      await expect(el).to.be.accessible();
    });

    describeFaultStates({
      mount: async (id) =>
        (
          await mount<BrazeEventTrend>(
            `<braze-event-trend proxy-url="/api/braze" event="${id}" length="5" locale="en"></braze-event-trend>`,
          )
        ).el,
      requests: (id) => requestsWith(`event=${id}`),
      faults: MOCK_FAULTS,
      title: (f) => `ends event ${f.id} in the error state with a ${f.kind} braze-error`,
    });
  });
});

describe('<braze-purchase-trend>', () => {
  it('writes revenue in the currency on the axis, header, tooltip table and summary; totals are sums, not sums of rounded buckets', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace(() => 10.004);
    configureClient(url, { fetch });
    const { el, load } = await mount<BrazePurchaseTrend>(
      `<braze-purchase-trend proxy-url="${url}" length="3" ending-at="${END}" locale="en-US"></braze-purchase-trend>`,
    );
    await load;
    await drawn(el);
    expect(paths(fetch)).to.deep.equal(['/purchases/revenue_series?length=3&unit=day&ending_at=2024-05-31']);
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('Revenue per day');
    // 3 × 10.004 = 30.012 → $30.01; rounding each day first would give $30.00.
    expect(text(root(el).querySelector('.total'))).to.equal('$30.01');
    expect(text(root(el).querySelector('.average'))).to.equal('$10.00');
    expect(yLabels(el).every((l) => l.startsWith('$'))).to.equal(true);
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.contain('total $30.01');
    expect((await tableRows(el))[0]).to.deep.equal(['May 29, 2024', '$10.00']);
    expect(el.toCSV().split('\r\n').slice(0, 2)).to.deep.equal(['Date,Revenue (USD)', '2024-05-29,10.004']);
    await expect(el).to.be.accessible();
  });

  it('keyboard: the chart announces and the tooltip shows each day in the currency; the picker is reached by Tab and changed with arrows', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace((back, q) => (q.get('product') === 'remove_ads' ? 2.5 : [30, 20, 10][back]!), {
      '/purchases/product_list': () => ['coins_500', 'remove_ads'],
    });
    configureClient(url, { fetch });
    const { el, load } = await mount<BrazePurchaseTrend>(
      `<braze-purchase-trend proxy-url="${url}" picker currency="EUR" length="3" ending-at="${END}" locale="en-US"></braze-purchase-trend>`,
    );
    await load;
    const svg = await drawn(el);
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[aria-live="polite"]'))).to.equal(
      'May 29, 2024: Revenue (EUR) €10.00 (1/3)',
    );
    expect(text(await shown(el, '[part="tooltip"]'))).to.contain('€10.00');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[aria-live="polite"]'))).to.contain('€30.00 (3/3)');
    const select = root(el).querySelector<HTMLSelectElement>('[part="picker"] select')!;
    for (let i = 0; i < 20 && select.options.length < 3; i++) {
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
    }
    // Shift+Tab from the chart lands on the picker, before it in the header.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement).to.equal(select);
    const chosen = oneEvent(el, 'braze-option-select') as Promise<CustomEvent<BrazeOptionSelectDetail>>;
    await sendKeys({ press: 'ArrowDown' });
    expect((await chosen).detail).to.deep.equal({ name: 'product', value: 'coins_500' });
  });

  it('writes another currency the locale’s way (currency="EUR", locale="de")', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace((back) => [1000.5, 2000, 1234.5][back] ?? 0) });
    const { el, load } = await mount<BrazePurchaseTrend>(
      `<braze-purchase-trend proxy-url="${url}" currency="EUR" length="3" ending-at="${END}" locale="de"></braze-purchase-trend>`,
    );
    await load;
    await drawn(el);
    expect(text(root(el).querySelector('.total'))).to.equal('4.235,00 €');
    expect(
      yLabels(el)
        .filter((l) => l !== '0 €')
        .every((l) => l.endsWith('€')),
    ).to.equal(true);
    expect((await tableRows(el))[2]).to.deep.equal(['31. Mai 2024', '1.000,50 €']);
  });

  it('metric="quantity" reads /purchases/quantity_series for a product, as whole numbers', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace(() => 7);
    configureClient(url, { fetch });
    const { el, load } = await mount<BrazePurchaseTrend>(
      `<braze-purchase-trend proxy-url="${url}" metric="quantity" product="coins_500" length="2" ending-at="${END}" locale="en-US"></braze-purchase-trend>`,
    );
    await load;
    await drawn(el);
    expect(paths(fetch)).to.deep.equal([
      '/purchases/quantity_series?length=2&unit=day&ending_at=2024-05-31&product=coins_500',
    ]);
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('Purchases per day');
    expect(text(root(el).querySelector('[part="description"]'))).to.contain('Product coins_500');
    expect(text(root(el).querySelector('.total'))).to.equal('14');
    expect(yLabels(el).some((l) => l.includes('$'))).to.equal(false);
  });

  it('picker: "All products" and every product; choosing one sets product and asks for it', async () => {
    const url = uniqueProxyUrl();
    const fetch = workspace((_b, q) => (q.get('product') ? 1 : 2), {
      '/purchases/product_list': () => ['coins_500', 'remove_ads'],
    });
    configureClient(url, { fetch });
    const { el, load } = await mount<BrazePurchaseTrend>(
      `<braze-purchase-trend proxy-url="${url}" picker length="2" ending-at="${END}" locale="en-US"></braze-purchase-trend>`,
    );
    await load;
    const select = await shown<HTMLSelectElement>(el, '[part="picker"] select');
    for (let i = 0; i < 20 && select.options.length < 3; i++) {
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
    }
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'All products',
      'coins_500',
      'remove_ads',
    ]);
    expect(select.value).to.equal('');
    const chosen = oneEvent(el, 'braze-option-select') as Promise<CustomEvent<BrazeOptionSelectDetail>>;
    const loaded = oneEvent(el, 'braze-load');
    select.value = 'remove_ads';
    select.dispatchEvent(new Event('change'));
    expect((await chosen).detail).to.deep.equal({ name: 'product', value: 'remove_ads' });
    await loaded;
    expect(el.getAttribute('product')).to.equal('remove_ads');
    expect(paths(fetch).at(-1)).to.equal(
      '/purchases/revenue_series?length=2&unit=day&ending_at=2024-05-31&product=remove_ads',
    );
    await expect(el).to.be.accessible();
  });

  it('says when nothing was bought', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: workspace(() => 0) });
    const { el, load } = await mount<BrazePurchaseTrend>(
      `<braze-purchase-trend proxy-url="${url}" product="gift_card_25" length="3" ending-at="${END}" locale="en-US"></braze-purchase-trend>`,
    );
    await load;
    expect(text(await shown(el, '[part="empty"]'))).to.equal('No purchases of gift_card_25 in this period');
  });

  for (const [attributes, message] of [
    ['currency="dollars"', 'currency "dollars" is not an ISO 4217'],
    ['metric="profit"', 'metric "profit" is not one of revenue, quantity'],
  ] as const) {
    it(`refuses ${attributes} with an error state and braze-error, requesting nothing`, async () => {
      const url = uniqueProxyUrl();
      const fetch = workspace(() => 1);
      configureClient(url, { fetch });
      const { el, error } = await mount<BrazePurchaseTrend>(
        `<braze-purchase-trend proxy-url="${url}" ${attributes} locale="en-US"></braze-purchase-trend>`,
      );
      expect((await error).detail.error.message).to.contain(message);
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="error"]'))).to.contain(message);
      expect(fetch.requests).to.have.length(0);
    });
  }

  describe('against the mock proxy', () => {
    recordMockProxy();

    it('draws the mock’s revenue with compare="previous" and its products in the picker', async () => {
      const { el, load } = await mount<BrazePurchaseTrend>(
        `<braze-purchase-trend proxy-url="/api/braze" picker compare="previous" length="7" ending-at="2024-05-31" locale="en-US"></braze-purchase-trend>`,
      );
      const { detail } = await load;
      await drawn(el);
      expect(bars(el)).to.have.length(7);
      expect(bars(el, 'previous')).to.have.length(7);
      const sum = (detail.data as { series: { data: { revenue: number }[] } }).series.data.reduce(
        (s, d) => s + d.revenue,
        0,
      );
      expect(text(root(el).querySelector('.total'))).to.equal(
        new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(sum),
      );
      const select = await shown<HTMLSelectElement>(el, '[part="picker"] select');
      for (let i = 0; i < 20 && select.options.length < 2; i++) {
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
      }
      expect([...select.options].map((o) => o.value)).to.include('premium_annual');
      await expect(el).to.be.accessible();
    });
  });
});
