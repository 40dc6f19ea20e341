import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';
import { GALLERY, mountCase } from './helpers/gallery.js';
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

  // Real forced-colours mode, through the DevTools protocol (scripts/wtr-media.js).
  describe('forced colours', () => {
    beforeEach(() => executeServerCommand('emulate-media-features', { 'forced-colors': 'active' }));
    afterEach(() => executeServerCommand('emulate-media-features', {}));

    it('draws lines, text and background in the system colours', async () => {
      const { el, svg } = await drawnTrend();
      const canvasText = resolved('CanvasText');
      const line = svg.querySelector<SVGPathElement>('path.line')!;
      expect(getComputedStyle(line).stroke).to.equal(canvasText);
      const label = svg.querySelector<SVGTextElement>('.axis-y text')!;
      expect(getComputedStyle(label).fill).to.equal(canvasText);
      expect(getComputedStyle(el).backgroundColor).to.equal(resolved('Canvas'));
    });

    it('keeps stacked segments apart (separators, one pattern per series) and the legend swatches match', async () => {
      const el = await mountDrawn<BrazeChartElement>(
        `<braze-send-breakdown proxy-url="/api/braze" campaign-id="camp_order_updates" send-id="send_shipped"
          locale="en-US"></braze-send-breakdown>`,
      );
      const root = el.shadowRoot!;
      const fills = new Map<string, string>();
      for (const rect of root.querySelectorAll<SVGRectElement>('rect.segment')) {
        const style = getComputedStyle(rect);
        expect(style.stroke, 'a separator around each segment').to.equal(resolved('Canvas'));
        fills.set(rect.dataset.key!, style.fill);
      }
      expect(fills.size).to.equal(4);
      expect(new Set(fills.values()).size, 'every series filled differently').to.equal(4);
      const swatches = [...root.querySelectorAll<HTMLElement>('[part="legend"] .swatch')];
      expect(swatches).to.have.length(4);
      const seriesOf = new Map(
        [...root.querySelectorAll<SVGRectElement>('rect.segment')].map((r) => [
          r.dataset.key!,
          r.dataset.series!,
        ]),
      );
      swatches.forEach((swatch, i) => {
        const key = [...fills.keys()][i]!;
        // The swatch carries the same pattern as its marks: solid CanvasText for series 1, stripes or dots after.
        expect(swatch.dataset.series).to.equal(seriesOf.get(key));
        const style = getComputedStyle(swatch);
        if (fills.get(key) === resolved('CanvasText'))
          expect(style.backgroundColor).to.equal(resolved('CanvasText'));
        else {
          expect(fills.get(key)).to.match(/url\("?#braze-pattern-\d"?\)/);
          expect(style.backgroundImage).to.match(/gradient/);
        }
      });
    });
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

describe('forced colours: every drawing of the gallery in system colours', () => {
  beforeEach(() => executeServerCommand('emulate-media-features', { 'forced-colors': 'active' }));
  afterEach(() => executeServerCommand('emulate-media-features', {}));

  for (const c of GALLERY) {
    it(`${c.name}: text, marks and background use the user's colours`, async () => {
      const el = await mountCase(c, { lang: 'en-US', width: 640 });
      const root = el.shadowRoot!;
      const system = new Set(
        [
          'CanvasText',
          'Canvas',
          'GrayText',
          'LinkText',
          'Highlight',
          'HighlightText',
          'ButtonText',
          'ButtonFace',
          'Mark',
          'MarkText',
          'AccentColor',
          'AccentColorText',
          'VisitedText',
          'ActiveText',
          'ButtonBorder',
          'Field',
          'FieldText',
          'SelectedItem',
          'SelectedItemText',
        ].map(resolved),
      );
      const problems: string[] = [];
      expect(getComputedStyle(el).backgroundColor).to.equal(resolved('Canvas'));
      for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
        const fill = getComputedStyle(text).fill;
        if (!system.has(fill)) problems.push(`text "${text.textContent!.trim().slice(0, 30)}" ${fill}`);
      }
      const marks = root.querySelectorAll<SVGElement>(
        'rect.bar, rect.segment, rect.step-segment, path.line, circle.dot, svg.spark path, svg.spark circle',
      );
      expect(marks.length).to.be.greaterThan(0);
      for (const mark of marks) {
        const style = getComputedStyle(mark);
        const paints = [style.fill, style.stroke].filter(
          (p) => p !== 'none' && !/rgba\(0, 0, 0, 0\)/.test(p),
        );
        const visible = paints.some(
          (p) => p.startsWith('url(') || (system.has(p) && p !== resolved('Canvas')),
        );
        if (!visible) problems.push(`${mark.getAttribute('class') ?? mark.tagName} ${paints.join(' / ')}`);
      }
      expect([...new Set(problems)]).to.deep.equal([]);
    });
  }
});
