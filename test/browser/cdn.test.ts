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
  'campaign-breakdown',
  'canvas-breakdown',
  'kpi-overview',
  'kpi-trend',
  'event-trend',
  'purchase-trend',
];

/** The specifiers of a minified module's static imports. */
function imports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*$,\s]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map(
    (m) => m[1]!,
  );
}

/** The elements a set chunk serves, from its name: `shared.kpi-overview.kpi-trend` → kpi-overview, kpi-trend. */
const setOf = (chunk: string) => new Set(chunk.split('.').slice(1));

describe('CDN bundle', () => {
  /** Every module the CDN build wrote (dist/cdn/integrity.json lists each file), without `.js`. */
  let modules: string[] = [];
  const text = async (name: string) => (await fetch(`/dist/cdn/${name}.js`)).text();

  before(async () => {
    const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;
    modules = Object.keys(integrity).map((file) => file.replace(/\.js$/, ''));
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('has the full bundle, one file per element, the shared chunk, set chunks and the locale packs, nothing else', () => {
    const sets = modules.filter((name) => name.startsWith('shared.'));
    expect(sets.length).to.be.greaterThan(0);
    for (const chunk of sets)
      for (const element of setOf(chunk)) expect(ELEMENT_FILES, `${chunk}: ${element}`).to.include(element);
    expect([...modules].sort()).to.deep.equal(
      ['braze-charts', ...ELEMENT_FILES, 'shared', ...sets, 'locale-de', 'locale-fr'].sort(),
    );
  });

  it('every file imports only the shared chunk, set chunks and element files, by relative URL', async () => {
    for (const name of modules) {
      const source = await text(name);
      for (const specifier of imports(source)) {
        const target = specifier.match(/^\.\/([\w.-]+)\.js$/)?.[1];
        const known = Boolean(target && modules.includes(target) && !target.startsWith('locale-'));
        expect(known, `${name}: ${specifier}`).to.equal(true);
      }
      expect(source, name).to.not.match(/\bfrom\s*["'`][^./]/);
    }
  });

  it('a page pays only for its elements: each file imports shared.js and only chunks of sets it belongs to', async () => {
    expect(
      imports(await text('braze-charts'))
        .filter((s) => !s.startsWith('./shared'))
        .sort(),
    ).to.deep.equal(ELEMENT_FILES.map((name) => `./${name}.js`).sort());
    expect(imports(await text('shared'))).to.deep.equal([]);
    expect(imports(await text('segment-trend'))).to.deep.equal(['./shared.js']);
    for (const name of modules.filter((m) => ELEMENT_FILES.includes(m) || m.startsWith('shared.'))) {
      // An element's chunks serve it; a set chunk imports only chunks of larger sets (code more elements share).
      const own = name.startsWith('shared.') ? setOf(name) : new Set([name]);
      for (const specifier of imports(await text(name))) {
        const target = specifier.slice(2, -3);
        if (target === 'shared') continue;
        expect(target.startsWith('shared.'), `${name} imports ${target}`).to.equal(true);
        for (const element of own)
          expect(setOf(target).has(element), `${name} imports ${target}`).to.equal(true);
      }
    }
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
    ['braze-event-trend', 'event="Searched" picker length="14" ending-at="2024-05-31" compare="previous"'],
    ['braze-purchase-trend', 'currency="EUR" length="14" ending-at="2024-05-31"'],
    ['braze-campaign-breakdown', 'campaign-id="camp_feature_launch" length="14" view="funnel"'],
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
    expect(summaries[4]).to.match(/^Searched pro Tag, Alle Apps/);
    expect(summaries[5])
      .to.match(/^Umsatz pro Tag, Alle Apps · Alle Produkte/)
      .and.match(/€/);
    expect(summaries[6]).to.match(/^Trichter, /);
    expect(summaries[7]).to.match(/^Eintritte pro Tag nach Variante/);
  });
});
