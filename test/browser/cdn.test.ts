import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { drawn } from './helpers/rendered.js';

/**
 * The self-contained CDN bundle (dist/cdn/braze-charts.js, built by `npm run build:cdn`), loaded the way a plain
 * HTML page does: one module, no bundler, no import map. It must define all three elements and draw them.
 */
const BUNDLE = '/dist/cdn/braze-charts.js';
/** The German pack as its own file: it registers itself in the registry the bundle reads (see src/chart/locale.ts). */
const LOCALE_DE = '/dist/cdn/locale-de.js';

describe('CDN bundle', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  for (const file of [BUNDLE, LOCALE_DE]) {
    it(`${file} is one file without imports of its own`, async () => {
      const source = await (await fetch(file)).text();
      expect(source).to.not.match(/(^|[;}\s])import\s*[\w{*"'`]/);
      expect(source).to.not.match(/\bfrom\s*["'`][^./]/);
    });
  }

  it('defines the three elements', () => {
    for (const tag of ['braze-segment-trend', 'braze-session-chart', 'braze-send-breakdown']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  const cases: [string, string][] = [
    ['braze-segment-trend', 'segment-id="seg_all_users" length="14" ending-at="2024-05-31"'],
    ['braze-session-chart', 'length="14" ending-at="2024-05-31" compare="previous"'],
    ['braze-send-breakdown', 'campaign-id="camp_welcome_series" send-id="send_welcome_day0" view="funnel"'],
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
    expect(await toggles()).to.deep.equal(['View as table', 'View as table', 'View as table']);
    await import(/* @vite-ignore */ LOCALE_DE);
    expect(await toggles()).to.deep.equal([
      'Als Tabelle anzeigen',
      'Als Tabelle anzeigen',
      'Als Tabelle anzeigen',
    ]);
    const summaries = charts.map((el) =>
      el.shadowRoot!.querySelector('svg[part~="svg"]')?.getAttribute('aria-label'),
    );
    expect(summaries[0]).to.match(/^Größe des Segments/);
    expect(summaries[1]).to.match(/Sitzungen/);
    expect(summaries[2]).to.match(/^Versandtrichter/);
  });
});
