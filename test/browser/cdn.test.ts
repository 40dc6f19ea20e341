import { expect, fixture, html, oneEvent } from '@open-wc/testing';

/**
 * The self-contained CDN bundle (dist/cdn/braze-charts.js, built by `npm run build:cdn`), loaded the way a plain
 * HTML page does: one module, no bundler, no import map. It must define all three elements and draw them.
 */
const BUNDLE = '/dist/cdn/braze-charts.js';

describe('CDN bundle', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('is one file without imports of its own', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).to.not.match(/(^|[;}\s])import\s*[\w{*"'`]/);
    expect(source).to.not.match(/\bfrom\s*["'`][^./]/);
  });

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
      let svg: SVGSVGElement | null | undefined;
      for (let i = 0; i < 20 && !svg; i++) {
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
        svg = el.shadowRoot?.querySelector('svg[part~="svg"]');
      }
      expect(Boolean(svg), 'chart svg rendered').to.equal(true);
      expect(svg!.querySelectorAll('path, rect').length).to.be.greaterThan(0);
      // The frame's styles arrived with the bundle: the plot box has its CSS height, not 0.
      expect(
        el.shadowRoot!.querySelector('[part~="plot"]')!.getBoundingClientRect().height,
      ).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });
  }
});
