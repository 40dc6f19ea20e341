import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/canvas-breakdown.js';
import '../../src/locales/de.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeErrorDetail, BrazeLoadDetail } from '../../src/elements/base/events.js';
import type {
  BrazeCanvasBreakdown,
  CanvasBreakdownData,
} from '../../src/elements/canvas-breakdown/canvas-breakdown.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { MOCK_FAULTS, describeFaultStates, recordMockProxy } from './helpers/fault-states.js';
import { drawn, shown } from './helpers/rendered.js';

/** A small Canvas: two variants (the second a control group) and a path message → delay → message. */
const DETAILS = {
  message: 'success',
  name: 'Welcome Canvas',
  variants: [
    { id: 'v_main', name: 'Main path', first_step_ids: ['s_email'] },
    { id: 'v_control', name: 'Control', first_step_ids: [] },
  ],
  steps: [
    { id: 's_push', name: 'Follow-up push', type: 'message', next_step_ids: [], channels: ['ios_push'] },
    { id: 's_wait', name: 'Wait 2 days', type: 'delay', next_step_ids: ['s_push'], channels: [] },
    { id: 's_email', name: 'Welcome email', type: 'message', next_step_ids: ['s_wait'], channels: ['email'] },
  ],
};

/** Per day: entries of the two variants, conversions of the two message steps. */
const DAYS: [string, number, number, number, number][] = [
  ['2024-05-01', 300, 100, 12, 6],
  ['2024-05-02', 200, 50, 8, 4],
  ['2024-05-03', 400, 100, 20, 10],
];

function series(steps: boolean) {
  return {
    message: 'success',
    data: {
      name: 'Welcome Canvas (series)',
      stats: DAYS.map(([time, main, control, email, push]) => ({
        time,
        total_stats: { entries: main + control, conversions: email + push, revenue: 0 },
        variant_stats: {
          v_main: { name: 'main (series name)', entries: main, conversions: email + push },
          v_control: { name: 'control (series name)', entries: control, conversions: 1 },
        },
        ...(steps
          ? {
              step_stats: {
                s_email: { name: 'Welcome email', conversions: email, revenue: email * 10 },
                s_push: { name: 'Follow-up push', conversions: push, revenue: push * 10 },
              },
            }
          : {}),
      })),
    },
  };
}

/** Braze's rollup: deliberately not the sum of the days, so the tests can tell which one is shown. */
const SUMMARY = {
  message: 'success',
  data: {
    name: 'Welcome Canvas',
    total_stats: { entries: 1234, conversions: 99, revenue: 4321.5 },
    variant_stats: {
      v_main: { name: 'Main path', entries: 1000, conversions: 90 },
      v_control: { name: 'Control', entries: 234, conversions: 9 },
    },
    step_stats: {
      s_email: {
        name: 'Welcome email',
        conversions: 40,
        revenue: 400,
        messages: { email: [{ sent: 1000, delivered: 950, unique_opens: 300, unique_clicks: 50 }] },
      },
      s_push: {
        name: 'Follow-up push',
        conversions: 20,
        revenue: 200,
        messages: { ios_push: [{ sent: 500, delivered: 480, direct_opens: 40, body_clicks: 10 }] },
      },
    },
  },
};

function canvasProxy(seen: string[] = []) {
  return fakeFetch((request) => {
    const url = new URL(request.url);
    seen.push(`${url.pathname.replace(/^.*\/canvas\//, '')}?${url.searchParams.toString()}`);
    if (url.pathname.endsWith('/canvas/details')) return json(DETAILS);
    if (url.pathname.endsWith('/canvas/data_summary')) return json(SUMMARY);
    return json(series(url.searchParams.get('include_step_breakdown') === 'true'));
  });
}

async function mount(attributes: string, seen: string[] = [], width = 720) {
  const url = uniqueProxyUrl();
  configureClient(url, { fetch: canvasProxy(seen) });
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<braze-canvas-breakdown proxy-url="${url}" canvas-id="canvas_x" ending-at="2024-05-03" ${attributes.includes('length=') ? '' : 'length="3"'} ${attributes.includes('locale=') ? '' : 'locale="en-US"'} ${attributes}></braze-canvas-breakdown>`;
  const el = wrapper.firstElementChild as BrazeCanvasBreakdown;
  const { detail } = (await oneEvent(el, 'braze-load')) as CustomEvent<BrazeLoadDetail<CanvasBreakdownData>>;
  await drawn(el);
  return { el, detail, url };
}

const root = (el: Element) => el.shadowRoot!;
const all = <T extends Element = SVGRectElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const num = (e: Element, name: string) => Number(e.getAttribute(name));
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const legend = (el: Element) => all<HTMLButtonElement>(el, '[part="legend"] button').map((b) => text(b));
const segment = (el: Element, key: string, day: number) =>
  root(el).querySelector<SVGRectElement>(`rect.segment[data-key="${key}"][data-day="${day}"]`)!;

describe('<braze-canvas-breakdown>', () => {
  it('stacks entries per day by variant, names from /canvas/details, heights proportional to the data', async () => {
    const { el, detail } = await mount('');
    expect(legend(el)).to.deep.equal(['Main path', 'Control']);
    const perUnit = num(segment(el, 'v_main', 0), 'height') / 300;
    expect(perUnit).to.be.greaterThan(0.1);
    DAYS.forEach(([, main, control], day) => {
      const bottom = segment(el, 'v_main', day);
      const top = segment(el, 'v_control', day);
      expect(num(bottom, 'height')).to.be.closeTo(main * perUnit, 1e-6);
      expect(num(top, 'height')).to.be.closeTo(control * perUnit, 1e-6);
      expect(num(top, 'y') + num(top, 'height')).to.be.closeTo(num(bottom, 'y'), 1e-6);
    });
    expect(all(el, 'rect.segment')).to.have.length(6);
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('Entries per day by variant');
    expect(text(root(el).querySelector('[part="description"]'))).to.equal(
      'Canvas Welcome Canvas · May 1 – 3, 2024',
    );
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Entries per day by variant, May 1 – 3, 2024: 1,150 in total. Main path 900, Control 250.',
    );
    expect(Object.keys(detail.data)).to.deep.equal(['series', 'summary', 'details']);
    expect(el.clampedLength).to.equal(undefined);
    expect(root(el).querySelector('[part="notes"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows Braze’s rollup from /canvas/data_summary in the header, not a sum of the days', async () => {
    const { el } = await mount('');
    const figures = all<HTMLElement>(el, '[part="stats"] > div').map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ]);
    expect(figures).to.deep.equal([
      ['Entries', '1,234'],
      ['Conversions', '99'],
      ['Conversion rate', '8.0%'],
      ['Revenue', '$4,321.50'],
    ]);
  });

  it('asks Braze for the breakdowns it draws: variant always, step only by step or in the steps view', async () => {
    const seen: string[] = [];
    await mount('', seen);
    expect(seen.sort()).to.deep.equal([
      'data_series?canvas_id=canvas_x&ending_at=2024-05-03&length=3&include_variant_breakdown=true',
      'data_summary?canvas_id=canvas_x&ending_at=2024-05-03&length=3&include_variant_breakdown=true',
      'details?canvas_id=canvas_x',
    ]);
    seen.length = 0;
    await mount('group-by="step" metric="conversions" include-deleted', seen);
    expect(seen.filter((u) => u.startsWith('data_'))).to.have.length(2);
    for (const u of seen.filter((s) => s.startsWith('data_')))
      expect(u).to.contain('include_step_breakdown=true&include_deleted_step_data=true');
  }).timeout(15_000);

  it('one request per distinct query with two elements on the page', async () => {
    const seen: string[] = [];
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: canvasProxy(seen) });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    wrapper.innerHTML = ['daily', 'totals']
      .map(
        (view) =>
          `<braze-canvas-breakdown proxy-url="${url}" canvas-id="canvas_x" ending-at="2024-05-03" view="${view}"></braze-canvas-breakdown>`,
      )
      .join('');
    await Promise.all([...wrapper.children].map((el) => oneEvent(el, 'braze-load')));
    expect(seen.map((u) => u.split('?')[0]).sort()).to.deep.equal(['data_series', 'data_summary', 'details']);
  });

  it('clamps length to 14 days and explains it in a note, not an error', async () => {
    const seen: string[] = [];
    const { el } = await mount('length="30"', seen);
    expect(seen.every((u) => !u.includes('length') || u.includes('length=14'))).to.equal(true);
    expect(el.clampedLength).to.equal(14);
    expect(text(root(el).querySelector('[part="notes"]'))).to.equal(
      'Braze exports at most 14 days of Canvas analytics per request: showing Apr 20 – May 3, 2024.',
    );
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('groups by step in path order; steps report no entries, which is said instead of drawing 0', async () => {
    const { el } = await mount('group-by="step" metric="conversions"');
    expect(legend(el)).to.deep.equal(['Welcome email', 'Follow-up push']);
    const perUnit = num(segment(el, 's_email', 0), 'height') / 12;
    expect(num(segment(el, 's_push', 2), 'height')).to.be.closeTo(10 * perUnit, 1e-6);
    el.metric = 'entries';
    const empty = await shown(el, '[part="empty"]');
    expect(text(empty)).to.contain('Canvas steps report no “Entries”: choose conversions or revenue.');
    expect(all(el, 'rect.segment')).to.have.length(0);
  });

  it('totals: horizontal bars from the summary, widths proportional, conversion rates per variant', async () => {
    const { el } = await mount('view="totals"');
    const bars = all(el, 'rect.bar');
    expect(bars.map((b) => b.dataset.key)).to.deep.equal(['v_main', 'v_control']);
    expect(num(bars[1]!, 'width') / num(bars[0]!, 'width')).to.be.closeTo(234 / 1000, 1e-6);
    expect(all(el, '.row-rates').map((t) => text(t))).to.deep.equal(['Conversion 9.0%', 'Conversion 3.8%']);
  });

  it('revenue in the currency the page gives, formatted for the locale', async () => {
    const { el } = await mount(
      'view="totals" group-by="step" metric="revenue" currency="EUR" locale="de-DE"',
    );
    expect(all(el, '.row-value').map((t) => text(t))).to.deep.equal(['400,00 €', '200,00 €']);
    expect(text(root(el).querySelector('[part="title"]'))).to.equal('Umsatz nach Schritt');
  });

  it('steps view: message steps in path order with their funnel; a delay step is a marker without figures', async () => {
    const { el } = await mount('view="steps"');
    const steps = all<SVGGElement>(el, 'g.step');
    expect(steps.map((g) => g.dataset.step)).to.deep.equal(['s_email', 's_wait', 's_push']);
    const wait = steps[1]!;
    expect(wait.classList.contains('marker')).to.equal(true);
    expect(wait.querySelectorAll('rect')).to.have.length(0);
    expect(text(wait)).to.equal('Wait 2 days Delay');
    expect(text(steps[0]!.querySelector('.row-rates'))).to.equal(
      'Delivered 95.0% · Opens 30.0% · Clicks 5.0% · 40 conversions · $400.00',
    );
    const email = steps[0]!.querySelector('rect')!;
    const push = steps[2]!.querySelector('rect')!;
    expect(num(push, 'width') / num(email, 'width')).to.be.closeTo(0.5, 1e-6);
    expect(text(root(el).querySelector('.path-heading'))).to.equal('Main path');
    expect(text(root(el).querySelector('.notes .control'))).to.equal('Control: control group, no messages.');
    await expect(el).to.be.accessible();
  });

  it('keyboard, table and CSV: arrows move through the days, the table lists every variant', async () => {
    const { el } = await mount('');
    const svg = root(el).querySelector<SVGSVGElement>('svg[part~="svg"]')!;
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('[part="tooltip"] .tooltip-row')].map((r) => text(r));
    expect(rows).to.deep.equal(['Control 100', 'Main path 300', 'Total 400']);
    root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const table = root(el).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal([
      'Date',
      'Main path',
      'Control',
    ]);
    expect(el.toCSV().split(/\r?\n/)[1]).to.equal('2024-05-01,300,100');
  });

  it('steps table: a delay step says its type, never 0', async () => {
    const { el } = await mount('view="steps"');
    const csv = el.toCSV().split(/\r?\n/);
    expect(csv[0]).to.equal('Category,Sent,Delivered,Opens,Clicks,Conversions,Revenue');
    expect(csv[2], 'the delay step: its id, no figures').to.equal('s_wait,,,,,,');
  });

  it('a missing canvas-id or a bad metric is an error state and a braze-error, without requesting', async () => {
    for (const [attributes, message] of [
      ['', 'The canvas-id attribute is required.'],
      ['canvas-id="canvas_x" metric="sends"', 'metric must be entries, conversions'],
      ['canvas-id="canvas_x" view="funnel"', 'view must be daily, totals or steps'],
    ] as const) {
      const seen: string[] = [];
      const url = uniqueProxyUrl();
      configureClient(url, { fetch: canvasProxy(seen) });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      const template = document.createElement('template');
      template.innerHTML = `<braze-canvas-breakdown proxy-url="${url}" ${attributes}></braze-canvas-breakdown>`;
      const el = template.content.firstElementChild as BrazeCanvasBreakdown;
      const event = oneEvent(el, 'braze-error') as Promise<CustomEvent<BrazeErrorDetail>>;
      wrapper.append(el);
      const { detail } = await event;
      expect(detail.error.kind).to.equal('config');
      expect(text(await shown(el, '[part="error"]'))).to.contain(message);
      expect(seen).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<braze-canvas-breakdown> against the mock proxy', () => {
  const seen = recordMockProxy();

  it('draws the mock Onboarding Journey in all three views', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    wrapper.innerHTML =
      '<braze-canvas-breakdown proxy-url="/api/braze" canvas-id="canvas_onboarding"></braze-canvas-breakdown>';
    const el = wrapper.firstElementChild as BrazeCanvasBreakdown;
    await oneEvent(el, 'braze-load');
    await drawn(el);
    expect(legend(el)).to.deep.equal(['Email path', 'Push path', 'Control']);
    expect(all(el, 'rect.segment').length).to.be.greaterThan(20);
    await expect(el).to.be.accessible();
    el.view = 'steps';
    await oneEvent(el, 'braze-load');
    await drawn(el);
    expect(
      all<SVGGElement>(el, 'g.step').map((g) =>
        text(g.querySelector('text')).replace(/ [\d,]+ (sent|impressions)$/, ''),
      ),
    ).to.deep.equal([
      'Welcome email',
      'Wait 1 day Delay',
      'Opened the app since? Decision split',
      'Recipe tips email',
      'Come back push',
      'Welcome push',
      'Wait 1 day Delay',
      'In-app tour',
      'Recipes Content Card',
    ]);
    await expect(el).to.be.accessible();
    el.view = 'totals';
    await el.updateComplete;
    await drawn(el);
    expect(all(el, 'rect.bar')).to.have.length(3);
  });

  it('ends an unknown canvas in the error state with a 404 braze-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    wrapper.innerHTML =
      '<braze-canvas-breakdown proxy-url="/api/braze" canvas-id="canvas_missing" locale="en"></braze-canvas-breakdown>';
    const el = wrapper.firstElementChild as BrazeCanvasBreakdown;
    const { detail } = (await oneEvent(el, 'braze-error')) as CustomEvent<BrazeErrorDetail>;
    expect(detail.error.status).to.equal(404);
    await shown(el, '[part="error"]');
    await expect(el).to.be.accessible();
  });

  describeFaultStates({
    mount: async (id) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
      wrapper.innerHTML = `<braze-canvas-breakdown proxy-url="/api/braze" canvas-id="${id}" locale="en"></braze-canvas-breakdown>`;
      return wrapper.firstElementChild as BrazeCanvasBreakdown;
    },
    requests: (id) =>
      seen.filter((u) => u.includes('/canvas/data_series') && u.includes(`canvas_id=${id}`)).length,
    faults: MOCK_FAULTS,
  });
});
