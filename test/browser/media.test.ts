import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { drawn, mountDrawn } from './helpers/rendered.js';

const series = [1000, 1800, 1400, 2200].map((size, i) => ({ time: `2024-05-0${i + 1}`, size }));

async function drawnTrend(): Promise<{ el: BrazeSegmentTrend; svg: SVGSVGElement }> {
  const url = uniqueProxyUrl();
  configureClient(url, {
    fetch: fakeFetch((request) =>
      new URL(request.url).pathname.endsWith('/segments/details')
        ? json({ message: 'success', name: 'Power users' })
        : json({ message: 'success', data: series }),
    ),
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  wrapper.innerHTML = `<braze-segment-trend proxy-url="${url}" segment-id="seg_1" locale="en-US"
    style="--braze-chart-height: 240px"></braze-segment-trend>`;
  const el = wrapper.firstElementChild as BrazeSegmentTrend;
  return { el, svg: await drawn(el, 40) };
}

/** The element's `@media (forced-colors: active)` rules (from its adopted stylesheets). */
function forcedColorRules(el: HTMLElement): CSSRule[] {
  return el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
    .filter((rule) => /forced-colors:\s*active/.test(rule.conditionText))
    .flatMap((rule) => [...rule.cssRules]);
}

/** A colour keyword resolved the way the browser does, e.g. `CanvasText` → `rgb(0, 0, 0)`. */
function resolved(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('forced colors and print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  // @web/test-runner-commands' emulateMedia passes `forcedColors` to Playwright only; with the Chrome (puppeteer)
  // launcher it is silently ignored, and puppeteer's emulateMediaFeatures refuses `forced-colors`. So this test
  // applies the element's own forced-colors rules unconditionally and checks what they resolve to.
  it('maps marks, lines and text to system colours in forced-colors mode', async () => {
    const { el, svg } = await drawnTrend();
    const rules = forcedColorRules(el);
    expect(rules.length, 'forced-colors rules').to.be.greaterThan(0);
    const declared = (selector: string, property: string) =>
      rules
        .filter(
          (r): r is CSSStyleRule =>
            r instanceof CSSStyleRule && r.selectorText.split(/,\s*/).includes(selector),
        )
        .map((r) => r.style.getPropertyValue(property).toLowerCase())
        .find(Boolean);
    expect(declared('.line', 'stroke')).to.equal('canvastext');
    expect(declared('.axis text', 'fill')).to.equal('canvastext');
    expect(declared('.area', 'fill')).to.equal('canvastext');
    expect(declared(':host', '--_focus')).to.equal('highlight');
    expect(declared(':host', '--_background')).to.equal('canvas');

    // Apply them as if the media query matched: the computed colours are the system palette, never transparent.
    const forced = new CSSStyleSheet();
    forced.replaceSync(rules.map((r) => r.cssText).join('\n'));
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, forced];
    const canvasText = resolved('CanvasText');
    const line = svg.querySelector<SVGPathElement>('path.line')!;
    expect(getComputedStyle(line).stroke).to.equal(canvasText);
    const label = svg.querySelector<SVGTextElement>('.axis-y text')!;
    expect(getComputedStyle(label).fill).to.equal(canvasText);
    for (const value of [getComputedStyle(line).stroke, getComputedStyle(label).fill]) {
      expect(value).to.not.match(/transparent|rgba\(0, 0, 0, 0\)/);
    }
    expect(getComputedStyle(el).backgroundColor).to.equal(resolved('Canvas'));
  });

  it('hides the toolbar, export menu and tooltip in print; the chart stays visible', async () => {
    const { el, svg } = await drawnTrend();
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const root = el.shadowRoot!;
    const tooltip = root.querySelector<HTMLElement>('[part="tooltip"]')!;
    const toolbar = root.querySelector<HTMLElement>('[part="toolbar"]')!;
    const exportMenu = root.querySelector<HTMLElement>('[part="export"]')!;
    for (const part of [tooltip, toolbar, exportMenu])
      expect(getComputedStyle(part).display).to.not.equal('none');

    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    for (const [name, part] of Object.entries({ tooltip, toolbar, exportMenu })) {
      expect(part.getClientRects().length, name).to.equal(0);
    }
    expect(getComputedStyle(tooltip).display).to.equal('none');
    expect(getComputedStyle(toolbar).display).to.equal('none');
    expect(getComputedStyle(svg).display).to.not.equal('none');
    expect(getComputedStyle(svg).visibility).to.equal('visible');
    const box = svg.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.height).to.be.greaterThan(0);
  });
});

describe('line styling', () => {
  const cases = [
    ['braze-segment-trend', 'segment-id="seg_all_users" length="14" ending-at="2024-05-31"'],
    ['braze-session-chart', 'variant="line" length="14" ending-at="2024-05-31"'],
  ] as const;
  for (const [tag, attributes] of cases) {
    it(`<${tag}>'s line takes --braze-line-width and --braze-series-1`, async () => {
      const el = await mountDrawn(`<${tag} proxy-url="/api/braze" ${attributes}
        style="--braze-line-width: 5px; --braze-series-1: rgb(1, 2, 3)"></${tag}>`);
      const line = el.shadowRoot!.querySelector('path.line')!;
      const style = getComputedStyle(line);
      expect(style.strokeWidth).to.equal('5px');
      expect(style.stroke).to.equal('rgb(1, 2, 3)');
      expect(style.fill).to.equal('none');
    });
  }
});
