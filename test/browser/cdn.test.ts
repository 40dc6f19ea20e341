import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { drawn } from './helpers/rendered.js';

/**
 * The CDN bundle (dist/cdn/braze-charts.js, built by `npm run build:cdn`), loaded the way a plain HTML page does:
 * one module, no bundler, no import map. It imports the element files and their shared chunks by relative URL;
 * it must define every element and draw it. (test/browser/cdn-shared.test.ts loads the files together.)
 */
const BUNDLE = '/dist/cdn/braze-charts.js';
/** The German pack as its own file: it registers itself in the registry the bundle reads (see src/chart/locale.ts). */
const LOCALE_DE = '/dist/cdn/locale-de.js';
const ELEMENT_FILES = [
  'segment-trend',
  'session-chart',
  'send-breakdown',
  'kpi-overview',
  'kpi-trend',
  'canvas-breakdown',
];
/** Code a set of elements (not two of the first three) shares: one chunk per set, named after its elements. */
const SET_CHUNKS = [
  'shared.kpi-overview.kpi-trend',
  'shared.kpi-trend.session-chart',
  'shared.kpi-overview.kpi-trend.session-chart',
  'shared.canvas-breakdown.send-breakdown',
  'shared.canvas-breakdown.kpi-overview.kpi-trend',
];
const CDN_FILES = ['braze-charts', ...ELEMENT_FILES, 'shared', ...SET_CHUNKS];
const RELATIVE = new RegExp(
  `^\\./(${[...ELEMENT_FILES, 'shared', ...SET_CHUNKS].join('|').replace(/\./g, '\\.')})\\.js$`,
);

/** The specifiers of a minified module's static imports. */
function imports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*$,\s]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map(
    (m) => m[1]!,
  );
}

describe('CDN bundle', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  for (const name of CDN_FILES) {
    it(`dist/cdn/${name}.js imports only the shared chunk and element files, by relative URL`, async () => {
      const source = await (await fetch(`/dist/cdn/${name}.js`)).text();
      for (const specifier of imports(source)) {
        expect(specifier).to.match(RELATIVE);
      }
      expect(source).to.not.match(/\bfrom\s*["'`][^./]/);
    });
  }

  it('the full bundle imports the element files; an element file imports the shared chunk and its sets’ chunks only', async () => {
    const text = async (name: string) => (await fetch(`/dist/cdn/${name}.js`)).text();
    expect(imports(await text('braze-charts')).sort()).to.deep.equal(
      [
        './canvas-breakdown.js',
        './kpi-overview.js',
        './kpi-trend.js',
        './segment-trend.js',
        './send-breakdown.js',
        './session-chart.js',
      ]
        .concat(['./shared.js'])
        .sort(),
    );
    expect(imports(await text('segment-trend'))).to.deep.equal(['./shared.js']);
    // The send and Canvas breakdowns share the stacked, totals and funnel drawing: a chunk of their own.
    expect(imports(await text('send-breakdown')).sort()).to.deep.equal([
      './shared.canvas-breakdown.send-breakdown.js',
      './shared.js',
    ]);
    expect(imports(await text('canvas-breakdown')).sort()).to.deep.equal([
      './shared.canvas-breakdown.kpi-overview.kpi-trend.js',
      './shared.canvas-breakdown.send-breakdown.js',
      './shared.js',
    ]);
    // The session chart and the KPI elements share only what they use together: no KPI code for the session chart.
    expect(imports(await text('session-chart')).sort()).to.deep.equal([
      './shared.js',
      './shared.kpi-overview.kpi-trend.session-chart.js',
      './shared.kpi-trend.session-chart.js',
    ]);
    expect(imports(await text('kpi-overview')).sort()).to.deep.equal([
      './shared.js',
      './shared.kpi-overview.kpi-trend.js',
    ]);
    expect(imports(await text('shared'))).to.deep.equal([]);
  });

  it(`${LOCALE_DE} is one file without imports of its own`, async () => {
    const source = await (await fetch(LOCALE_DE)).text();
    expect(imports(source)).to.deep.equal([]);
    expect(source).to.not.match(/\bfrom\s*["'`][^./]/);
  });

  it('defines every element', () => {
    for (const tag of ELEMENT_FILES.map((name) => `braze-${name}`)) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  const cases: [string, string][] = [
    ['braze-segment-trend', 'segment-id="seg_all_users" length="14" ending-at="2024-05-31"'],
    ['braze-session-chart', 'length="14" ending-at="2024-05-31" compare="previous"'],
    ['braze-send-breakdown', 'campaign-id="camp_welcome_series" send-id="send_welcome_day0" view="funnel"'],
    ['braze-kpi-trend', 'metric="stickiness" length="14" ending-at="2024-05-31" compare="previous"'],
    ['braze-canvas-breakdown', 'canvas-id="canvas_onboarding" ending-at="2024-05-31"'],
  ];
  for (const [tag, attributes] of cases) {
    it(`draws <${tag}> from the mock proxy, styled and accessible`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      wrapper.innerHTML = `<${tag} proxy-url="/api/braze" ${attributes}></${tag}>`;
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await oneEvent(el, 'braze-load');
      const svg = await drawn(el);
      expect(svg.querySelectorAll('path, rect').length).to.be.greaterThan(0);
      // The frame's styles arrived with the bundle: the plot box has its CSS height, not 0.
      expect(
        el.shadowRoot!.querySelector('[part~="plot"]')!.getBoundingClientRect().height,
      ).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });
  }

  it('locale-de.js, loaded after the bundle, turns the German charts already on the page German', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px" lang="de-DE"></div>`);
    wrapper.innerHTML = cases
      .map(([tag, attributes]) => `<${tag} proxy-url="/api/braze" ${attributes}></${tag}>`)
      .join('');
    const charts = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(charts.map((el) => oneEvent(el, 'braze-load')));
    const toggles = async () => {
      await Promise.all(charts.map((el) => el.updateComplete));
      return charts.map((el) => el.shadowRoot!.querySelector('[part="table-toggle"]')?.textContent?.trim());
    };
    expect(await toggles()).to.deep.equal(cases.map(() => 'View as table'));
    await import(/* @vite-ignore */ LOCALE_DE);
    expect(await toggles()).to.deep.equal(cases.map(() => 'Als Tabelle anzeigen'));
    const summaries = charts.map((el) =>
      el.shadowRoot!.querySelector('svg[part~="svg"]')?.getAttribute('aria-label'),
    );
    expect(summaries[0]).to.match(/^Größe des Segments/);
    expect(summaries[1]).to.match(/Sitzungen/);
    expect(summaries[2]).to.match(/^Versandtrichter/);
    expect(summaries[3]).to.match(/^Stickiness \(DAU\/MAU\), Alle Apps/);
    expect(summaries[4]).to.match(/^Eintritte pro Tag nach Variante/);
  });
});
