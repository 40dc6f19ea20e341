import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import '../../src/locales/de.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import type { BrazePointSelectDetail } from '../../src/elements/base/events.js';
import { ResizeController } from '../../src/elements/base/resize-controller.js';
import type { BrazeSegmentTrend } from '../../src/elements/segment-trend/segment-trend.js';
import { fakeFetch, json, uniqueProxyUrl, watchUncaught } from './helpers/fake-fetch.js';
import { drawn as drawnWithin, shown as shownWithin } from './helpers/rendered.js';
import { expectNone } from './helpers/ui-text.js';

const SIZES = [1_000_000, 1_200_000, 1_500_000, 2_400_000];

const daySeries = (sizes: number[], start = '2024-05-01') =>
  sizes.map((size, i) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return { time: d.toISOString().slice(0, 10), size };
  });

/** A fake Braze for the segment endpoints; `series` answers data_series (may never resolve). */
function segmentFetch(
  series: () => Response | Promise<Response> = () => json({ message: 'success', data: daySeries(SIZES) }),
) {
  return fakeFetch((request) =>
    new URL(request.url).pathname.endsWith('/segments/details')
      ? json({ message: 'success', name: 'Power users', description: 'Users who did X' })
      : series(),
  );
}

async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
}

/** Waits (at most 40 frames) until the element shows `selector` in its shadow root. */
const shown = <T extends Element>(el: BrazeChartElement, selector: string) =>
  shownWithin<T>(el, selector, 40);

/**
 * A segment trend in a container of `style`, loaded from a fake proxy, asking (unless `attributes` say otherwise) for
 * the 4 days SIZES holds: a longer period would show the days Braze did not send as gaps.
 */
async function trend(attributes = 'locale="en-US"', style = 'width: 600px', fetch = segmentFetch()) {
  const url = uniqueProxyUrl();
  configureClient(url, { fetch });
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.setAttribute('style', style);
  const length = /\blength=/.test(attributes) ? '' : `length="${SIZES.length}"`;
  wrapper.innerHTML = `<braze-segment-trend proxy-url="${url}" segment-id="seg_1" ${length} ${attributes}
    style="--braze-chart-height: 240px"></braze-segment-trend>`;
  const el = wrapper.firstElementChild as BrazeSegmentTrend;
  return { el, wrapper };
}

const drawn = (el: BrazeChartElement) => drawnWithin(el, 40);

const live = (el: BrazeChartElement) =>
  el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();

/** Presses `key` in the focused element and waits for `el` to render the result. */
async function press(el: BrazeChartElement, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\u00a0/g, ' ').trim());

afterEach(async () => {
  await resetMouse();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

describe('chart experience: keyboard', () => {
  it('is one tab stop; arrows, Home and End walk the points and announce them; Escape leaves', async () => {
    const { el } = await trend();
    const svg = await drawn(el);
    expect(svg.getAttribute('tabindex')).to.equal('0');
    expect(svg.getAttribute('role')).to.equal('img');
    const hint = el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!);
    expect(hint!.textContent).to.contain('arrow keys');
    svg.focus();
    await press(el, 'ArrowRight');
    expect(live(el)).to.equal('May 1, 2024: Segment size 1,000,000 (1/4)');
    await press(el, 'ArrowRight');
    expect(live(el)).to.equal('May 2, 2024: Segment size 1,200,000 (2/4)');
    await press(el, 'End');
    expect(live(el)).to.equal('May 4, 2024: Segment size 2,400,000 (4/4)');
    await press(el, 'ArrowRight');
    expect(live(el)).to.contain('(4/4)');
    await press(el, 'Home');
    expect(live(el)).to.contain('May 1, 2024');
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('.crosshair')).not.to.equal(null);
    await press(el, 'Escape');
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.crosshair')).to.equal(null);
    expect(live(el)).to.equal('');
    expect(el.shadowRoot!.activeElement, 'the first Escape closes the tooltip only').to.equal(svg);
    await press(el, 'Escape');
    expect(el.shadowRoot!.activeElement, 'the second leaves the chart, as the hint says').to.equal(null);
    expect(hint!.textContent).to.contain(
      'Escape to close the tooltip and, pressed again, to leave the chart',
    );
  });

  it('moves between series with Up/Down where there are several (session chart compared)', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, {
      fetch: fakeFetch((request) => {
        const end = new URL(request.url).searchParams.get('ending_at') ?? '2024-05-31';
        const previous = end.startsWith('2024-05-28');
        const data = [0, 1, 2].map((i) => ({
          time: new Date(Date.parse(`${end.slice(0, 10)}T00:00:00Z`) - (2 - i) * 86_400_000)
            .toISOString()
            .slice(0, 10),
          sessions: (previous ? 100 : 200) + i,
        }));
        return json({ message: 'success', data });
      }),
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    wrapper.innerHTML = `<braze-session-chart proxy-url="${url}" locale="en-US" length="3" ending-at="2024-05-31"
      compare="previous"></braze-session-chart>`;
    const el = wrapper.firstElementChild as BrazeChartElement;
    const svg = await drawn(el);
    svg.focus();
    await press(el, 'ArrowRight');
    // The previous period's value is said with its own day (three days earlier), not the column's.
    expect(live(el)).to.equal('May 29, 2024: This period 200, Previous period (May 26, 2024) 100 (1/3)');
    await press(el, 'ArrowDown');
    expect(live(el)).to.equal('May 29, 2024: Previous period (May 26, 2024) 100, This period 200 (1/3)');
    await press(el, 'ArrowUp');
    expect(live(el)).to.match(/^May 29, 2024: This period 200/);
  });

  it('fires braze-point-select on Enter and on click with the point data', async () => {
    const { el } = await trend();
    const svg = await drawn(el);
    svg.focus();
    await press(el, 'End');
    const onEnter = oneEvent(el, 'braze-point-select');
    await sendKeys({ press: 'Enter' });
    const enter = (await onEnter) as CustomEvent<BrazePointSelectDetail>;
    expect(enter.bubbles && enter.composed).to.equal(true);
    expect(enter.detail).to.deep.equal({
      seriesKey: 'size',
      seriesLabel: 'Segment size',
      date: '2024-05-04',
      label: 'May 4, 2024',
      value: 2_400_000,
      index: 3,
    });
    const rect = svg.getBoundingClientRect();
    const onClick = oneEvent(el, 'braze-point-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.left + 48 + 2), Math.round(rect.top + 100)],
    });
    const click = (await onClick) as CustomEvent<BrazePointSelectDetail>;
    expect(click.detail.index).to.equal(0);
    expect(click.detail.date).to.equal('2024-05-01');
    expect(click.detail.value).to.equal(1_000_000);
  });
});

describe('chart experience: tooltip and crosshair', () => {
  it('appears on pointer move with the date and values, inside the host box, also at the right edge', async () => {
    const { el } = await trend();
    const svg = await drawn(el);
    const rect = svg.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    for (const [x, date, value] of [
      [rect.left + 48 + 4, 'May 1, 2024', '1,000,000'],
      [rect.right - 24 - 2, 'May 4, 2024', '2,400,000'],
    ] as const) {
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(rect.top + 30)] });
      const tooltip = await shown<HTMLElement>(el, '[part="tooltip"]');
      await el.updateComplete;
      expect(tooltip.textContent).to.contain(date).and.contain(value).and.contain('Segment size');
      const box = tooltip.getBoundingClientRect();
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
      expect(box.top).to.be.at.least(host.top - 0.5);
      expect(box.bottom).to.be.at.most(host.bottom + 0.5);
      expect(el.shadowRoot!.querySelector('.crosshair')).not.to.equal(null);
      expect(tooltip.getRootNode()).to.equal(el.shadowRoot);
    }
    await sendMouse({ type: 'move', position: [0, Math.round(host.bottom + 40)] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('appears on touch and stays when the finger lifts (a touch has no hover to leave)', async () => {
    const { el } = await trend();
    const svg = await drawn(el);
    const rect = svg.getBoundingClientRect();
    const touch = (type: string, x: number) =>
      svg.dispatchEvent(
        new PointerEvent(type, {
          pointerType: 'touch',
          clientX: x,
          clientY: rect.top + 30,
          bubbles: true,
          composed: true,
        }),
      );
    touch('pointerdown', rect.right - 24 - 2);
    const tooltip = await shown<HTMLElement>(el, '[part="tooltip"]');
    await el.updateComplete;
    expect(tooltip.textContent).to.contain('May 4, 2024').and.contain('2,400,000');
    touch('pointerleave', rect.right - 24 - 2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.not.equal(null);
    touch('pointerdown', rect.left + 48 + 4);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.contain('May 1, 2024');
  });

  it('shows every series at that x (send breakdown, stacked daily bars)', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, {
      fetch: fakeFetch(() =>
        json({
          message: 'success',
          data: [
            { time: '2024-05-01', messages: { email: [{ sent: 300 }], ios_push: [{ sent: 100 }] } },
            { time: '2024-05-02', messages: { email: [{ sent: 200 }], ios_push: [{ sent: 50 }] } },
          ],
        }),
      ),
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    wrapper.innerHTML = `<braze-send-breakdown proxy-url="${url}" locale="en-US" campaign-id="c" send-id="s"
      ending-at="2024-05-02" length="2"></braze-send-breakdown>`;
    const el = wrapper.firstElementChild as BrazeChartElement;
    const svg = await drawn(el);
    const rect = svg.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.left + 60 + 40), Math.round(rect.top + 150)],
    });
    const tooltip = await shown<HTMLElement>(el, '[part="tooltip"]');
    // As stacked: the top segment first, then the day's total.
    expect(texts(tooltip, '.tooltip-row').map((t) => t.replace(/\s+/g, ' '))).to.deep.equal([
      'iOS push 100',
      'Email 300',
      'Total 400',
    ]);
    expect(tooltip.querySelector('.tooltip-label')!.textContent).to.equal('May 1, 2024');
    expect(el.toCSV()).to.equal('Date,Email,iOS push\r\n2024-05-01,300,100\r\n2024-05-02,200,50\r\n');
  });
});

describe('chart experience: screen readers', () => {
  it('toggles a real data table (aria-expanded, aria-controls, caption, th scopes)', async () => {
    const { el } = await trend();
    await drawn(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('View as table');
    const controlled = toggle.getAttribute('aria-controls')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const table = el.shadowRoot!.getElementById(controlled)!.querySelector('table')!;
    expect(table.getAttribute('part')).to.equal('table');
    expect(table.caption!.textContent!.trim()).to.equal('Size of segment Power users: data table');
    expect(texts(table, 'thead th')).to.deep.equal(['Date', 'Segment size']);
    expect(
      [...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col'),
    ).to.equal(true);
    expect(texts(table, 'tbody th[scope="row"]')).to.deep.equal([
      'May 1, 2024',
      'May 2, 2024',
      'May 3, 2024',
      'May 4, 2024',
    ]);
    expect(texts(table, 'tbody td')).to.deep.equal(['1,000,000', '1,200,000', '1,500,000', '2,400,000']);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in every state (loading, empty, error, data, table) with theme="${theme}"`, async () => {
      const states: [string, ReturnType<typeof segmentFetch>][] = [
        ['loading', segmentFetch(() => new Promise<Response>(() => undefined))],
        ['empty', segmentFetch(() => json({ message: 'success', data: [] }))],
        // A 200 whose message is not "success": an error that Retry can help with.
        ['error', segmentFetch(() => json({ message: 'boom' }))],
        ['data', segmentFetch()],
      ];
      for (const [state, fetch] of states) {
        const { el } = await trend(`locale="en-US" theme="${theme}"`, 'width: 600px', fetch);
        await shown(el, `[part="${state === 'data' ? 'svg' : state}"]`);
        await expect(el, `${state} / ${theme}`).to.be.accessible();
        if (state === 'data') {
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
          await el.updateComplete;
          await expect(el, `table / ${theme}`).to.be.accessible();
          el.shadowRoot!.querySelector<HTMLButtonElement>('.export-toggle')!.click();
          await el.updateComplete;
          expect(menuOpen(el), `menu / ${theme}`).to.equal(true);
          await expect(el, `menu / ${theme}`).to.be.accessible();
        }
      }
    });
  }

  it('follows the page, not the OS: dark only on a dark page or when asked (the attribute wins)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el, wrapper } = await trend();
    await drawn(el);
    const bg = () => getComputedStyle(el).backgroundColor;
    const line = () => getComputedStyle(el.shadowRoot!.querySelector('path.line')!).stroke;
    const rerender = () => {
      el.requestUpdate();
      return el.updateComplete;
    };
    // The OS is dark, the page is not: no dark box, the light palette, the page's own background.
    expect(bg()).to.equal('rgba(0, 0, 0, 0)');
    expect(line()).to.equal('rgb(0, 114, 178)');
    // A page that follows the OS (color-scheme: light dark) gets dark colours, still on its own background.
    wrapper.style.colorScheme = 'light dark';
    await rerender();
    expect(line()).to.equal('rgb(86, 180, 233)');
    expect(bg()).to.equal('rgba(0, 0, 0, 0)');
    // A page that is dark by its colours alone (light text), whatever its color-scheme.
    wrapper.style.colorScheme = 'light';
    wrapper.style.color = '#eeeeee';
    wrapper.style.background = '#111111';
    await rerender();
    expect(line()).to.equal('rgb(86, 180, 233)');
    wrapper.style.color = '';
    wrapper.style.background = '';
    await rerender();
    expect(line()).to.equal('rgb(0, 114, 178)');
    el.theme = 'light';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(bg()).to.equal('rgb(22, 24, 29)');
    expect(getComputedStyle(el).color).to.equal('rgb(232, 234, 237)');
    // A painted box keeps its content off the edge (--braze-padding).
    expect(getComputedStyle(el).paddingTop).to.equal('12px');
  });

  it('turns transitions off with prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el } = await trend();
    const svg = await drawn(el);
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    const tooltip = await shown<HTMLElement>(el, '[part="tooltip"]');
    expect(getComputedStyle(tooltip).transitionDuration).to.equal('0s');
  });
});

describe('chart experience: locale and time', () => {
  it('formats axes compactly, tooltips in full and UI strings per locale (en vs de)', async () => {
    const en = await trend('locale="en-US"');
    const de = await trend('locale="de-DE"');
    const [svgEn, svgDe] = [await drawn(en.el), await drawn(de.el)];
    // One unit and one number of decimals on each axis.
    expect(texts(svgEn, '.axis-y text')).to.include.members(['1.2M', '1.4M', '2.4M']);
    expect(texts(svgDe, '.axis-y text')).to.include.members(['1,2 Mio.', '1,4 Mio.', '2,4 Mio.']);
    expect(texts(svgEn, '.axis-x text').at(-1)).to.equal('May 4');
    expect(texts(svgDe, '.axis-x text').at(-1)).to.equal('4. Mai');
    svgDe.focus();
    await sendKeys({ press: 'End' });
    await de.el.updateComplete;
    expect(live(de.el)).to.equal('4. Mai 2024: Segmentgröße 2.400.000 (4/4)');
    const toggle = de.el.shadowRoot!.querySelector('[part="table-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Als Tabelle anzeigen');
    expect(texts(de.el.shadowRoot!, '[part="export"] button')).to.deep.equal([
      'Herunterladen',
      'CSV',
      'SVG',
      'PNG',
    ]);
    expect(
      [...de.el.shadowRoot!.querySelectorAll('.export-menu button')].map((b) => b.getAttribute('aria-label')),
    ).to.deep.equal(['CSV herunterladen', 'SVG herunterladen', 'PNG herunterladen']);
    expect(texts(de.el.shadowRoot!, '.stats dt')).to.deep.equal([
      'Aktuelle Größe',
      'Veränderung über 4 Tage',
    ]);
  });

  it('defaults the locale to the closest lang attribute', async () => {
    const { el } = await trend('', 'width: 600px');
    el.parentElement!.setAttribute('lang', 'de');
    el.requestUpdate();
    const svg = await drawn(el);
    await el.updateComplete;
    expect(el.resolvedLocale).to.equal('de');
    expect(texts(svg, '.axis-x text').at(-1)).to.equal('4. Mai');
  });

  it('keeps day buckets on their calendar date for viewers east and west of UTC', async () => {
    // Day formatting must not depend on the viewer's zone: make every Intl.DateTimeFormat created without an
    // explicit timeZone use a far-east or far-west zone, and render with a locale no formatter was cached for.
    const Original = Intl.DateTimeFormat;
    const cases = [
      ['Pacific/Kiritimati', 'en-US-u-ca-gregory'],
      ['Pacific/Pago_Pago', 'en-US-u-nu-latn'],
    ] as const;
    try {
      for (const [zone, locale] of cases) {
        const Zoned = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
          return new Original(locales, { ...options, timeZone: options?.timeZone ?? zone });
        } as unknown as typeof Intl.DateTimeFormat;
        Object.assign(Zoned, { supportedLocalesOf: Original.supportedLocalesOf });
        Intl.DateTimeFormat = Zoned;
        expect(new Intl.DateTimeFormat('en-US').resolvedOptions().timeZone).to.equal(zone);
        const { el } = await trend(`locale="${locale}"`);
        const svg = await drawn(el);
        expect(texts(svg, '.axis-x text').at(-1), zone).to.equal('May 4');
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await el.updateComplete;
        expect(texts(el.shadowRoot!, 'tbody th'), zone).to.deep.equal([
          'May 1, 2024',
          'May 2, 2024',
          'May 3, 2024',
          'May 4, 2024',
        ]);
        expect(el.toCSV().split('\r\n')[1], zone).to.equal('2024-05-01,1000000');
      }
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});

describe('chart experience: responsive', () => {
  for (const width of [240, 800, 1600]) {
    it(`fits a ${width}px container: svg as wide as it, x tick labels inside and apart`, async () => {
      const uncaught = watchUncaught();
      const { el, wrapper } = await trend(
        'locale="en-US"',
        `width: ${width}px`,
        segmentFetch(() =>
          json({ message: 'success', data: daySeries(Array.from({ length: 60 }, (_, i) => 1000 + i * 37)) }),
        ),
      );
      const svg = await drawn(el);
      await frames(2);
      expect(svg.getBoundingClientRect().width).to.equal(wrapper.getBoundingClientRect().width);
      expect(el.scrollWidth).to.be.at.most(width);
      const labels = [...svg.querySelectorAll('.axis-x text')].map((t) => t.getBoundingClientRect());
      expect(labels.length).to.be.at.least(2);
      if (width >= 800) expect(labels.length).to.be.at.least(6);
      const box = svg.getBoundingClientRect();
      labels.forEach((r, i) => {
        expect(r.left).to.be.at.least(box.left - 0.5);
        expect(r.right).to.be.at.most(box.right + 0.5);
        if (i > 0) expect(r.left).to.be.greaterThan(labels[i - 1]!.right);
      });
      uncaught.stop();
      expect(uncaught.errors).to.deep.equal([]);
    });
  }

  it('fills flex and grid items and follows their size', async () => {
    for (const style of [
      'display: flex; width: 500px',
      'display: grid; grid-template-columns: 1fr 1fr; width: 900px',
    ]) {
      const { el } = await trend('locale="en-US"', style);
      el.style.flex = '1';
      el.style.minWidth = '0';
      const svg = await drawn(el);
      await frames(2);
      await el.updateComplete;
      expect(svg.getBoundingClientRect().width, style).to.be.closeTo(el.getBoundingClientRect().width, 0.5);
      const before = svg.getBoundingClientRect().width;
      el.parentElement!.style.width = style.includes('grid') ? '600px' : '300px';
      await frames(3);
      await el.updateComplete;
      expect(svg.getBoundingClientRect().width, style).to.be.lessThan(before);
      expect(svg.getBoundingClientRect().width, style).to.be.closeTo(el.getBoundingClientRect().width, 0.5);
    }
  });

  it('coalesces ResizeObserver callbacks into one update per animation frame', async () => {
    let updates = 0;
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate() {
        updates += 1;
      },
      updateComplete: Promise.resolve(true),
    });
    const controller = new ResizeController(host);
    const resize = (width: number) => controller.measured(new DOMRectReadOnly(0, 0, width, 100));
    resize(100);
    resize(200);
    resize(300);
    expect(updates).to.equal(0);
    await frames(1);
    expect(updates).to.equal(1);
    expect(controller.width).to.equal(300);
    resize(300);
    await frames(1);
    expect(updates, 'same size: no update').to.equal(1);
    controller.hostDisconnected();
  });
});

describe('chart experience: export', () => {
  it('toCSV equals the data', async () => {
    const { el } = await trend();
    await drawn(el);
    expect(el.toCSV()).to.equal(
      'Date,Segment size\r\n2024-05-01,1000000\r\n2024-05-02,1200000\r\n2024-05-03,1500000\r\n2024-05-04,2400000\r\n',
    );
  });

  it('toSVG is a standalone, valid SVG with xmlns, paths and inlined colours', async () => {
    const { el } = await trend('locale="en-US" theme="dark"');
    const svg = await drawn(el);
    svg.focus();
    await sendKeys({ press: 'ArrowRight' });
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(text).to.contain('xmlns="http://www.w3.org/2000/svg"');
    expect(root.querySelectorAll('path.line, path[stroke-linejoin]').length).to.be.at.least(1);
    expect(root.querySelector('.crosshair, [data-export="skip"]')).to.equal(null);
    expect(text).not.to.contain('var(--');
    expect(root.querySelector('path.line')?.getAttribute('stroke')).to.equal('rgb(86, 180, 233)');
    // On the chart's own dark background, with the title and the period and unit above the plot.
    expect(root.querySelector('rect')?.getAttribute('fill')).to.equal('rgb(22, 24, 29)');
    const captions = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(captions).to.deep.equal(['Power users', 'May 1 – 4, 2024 · Segment size']);
    expect(root.querySelector(':scope > text')!.getAttribute('fill')).to.equal('rgb(232, 234, 237)');
    expect(Number(root.getAttribute('height'))).to.be.greaterThan(svg.height.baseVal.value);
  });

  it('exports the colours on screen: a custom --braze-series-1 and every legend entry', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, {
      fetch: fakeFetch((request) => {
        const end = new URL(request.url).searchParams.get('ending_at') ?? '2024-05-31';
        const data = [0, 1, 2].map((i) => ({
          time: new Date(Date.parse(`${end.slice(0, 10)}T00:00:00Z`) - (2 - i) * 86_400_000)
            .toISOString()
            .slice(0, 10),
          sessions: 100 + i,
        }));
        return json({ message: 'success', data });
      }),
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    wrapper.innerHTML = `<braze-session-chart proxy-url="${url}" locale="en-US" length="3" ending-at="2024-05-31"
      compare="previous" style="--braze-series-1: red"></braze-session-chart>`;
    const el = wrapper.firstElementChild as BrazeChartElement;
    await drawn(el);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const bar = doc.querySelector('svg svg rect[data-index]:not([stroke-width="1.5px"])');
    expect(
      [...doc.querySelectorAll('svg svg rect[data-index]')].map((r) => r.getAttribute('fill')),
    ).to.include('rgb(255, 0, 0)');
    expect(bar).to.not.equal(null);
    const legend = [...doc.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(legend).to.include.members([
      'Sessions per day',
      'All apps · All users · Sessions',
      'This period (May 29 – 31, 2024)',
      'Previous period (May 26 – 28, 2024)',
    ]);
    const swatches = [...doc.querySelectorAll(':scope > rect[rx]')];
    expect(swatches.map((s) => s.getAttribute('fill'))).to.deep.equal(['rgb(255, 0, 0)', 'none']);
    expect(swatches[1]!.getAttribute('stroke')).to.equal('rgb(115, 115, 115)');
  });

  it('toPNG resolves to a PNG blob', async () => {
    const { el } = await trend();
    await drawn(el);
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer()).slice(0, 8);
    expect([...bytes]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('downloads through an <a download> with an object URL; no-export hides the menu', async () => {
    const { el } = await trend();
    await drawn(el);
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.export-toggle')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.export-csv')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    await el.updateComplete;
    expect(menuOpen(el)).to.equal(false);
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('size-of-segment-power-users.csv');
    expect(clicked[0]!.href).to.match(/^blob:/);
    const menu = el.shadowRoot!.querySelector<HTMLElement>('[part="export"]')!;
    expect(getComputedStyle(menu).display).to.equal('flex');
    el.noExport = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
    expect(el.toCSV()).to.contain('2024-05-04');
  });
});

/** The Download button and whether its menu is shown (aria-expanded and the popover's visibility agree). */
function menuOpen(el: BrazeChartElement): boolean {
  const toggle = el.shadowRoot!.querySelector('.export-toggle')!;
  const menu = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
  const open = toggle.getAttribute('aria-expanded') === 'true';
  expect(menu.getClientRects().length > 0, 'menu visibility').to.equal(open);
  return open;
}

/** Collects the `<a download>` clicks made while `run` runs (the file is not saved). */
async function downloads(run: () => Promise<unknown>): Promise<HTMLAnchorElement[]> {
  const clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    await run();
    for (let i = 0; i < 40 && !clicked.length; i++) await frames(1);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return clicked;
}

describe('chart experience: Download menu', () => {
  it('is one Download button under the chart that opens CSV / SVG / PNG (aria-expanded, aria-controls)', async () => {
    const { el } = await trend('locale="en-US"', 'width: 480px');
    await drawn(el);
    const root = el.shadowRoot!;
    const toolbar = root.querySelector<HTMLElement>('[part="toolbar"]')!;
    expect(texts(toolbar, ':scope > button, .export-toggle')).to.deep.equal(['View as table', 'Download']);
    const buttons = [...toolbar.querySelectorAll('button')].filter((b) => b.getClientRects().length);
    expect(buttons).to.have.length(2);
    expect(new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size, 'one row').to.equal(
      1,
    );
    const toggle = root.querySelector<HTMLButtonElement>('.export-toggle')!;
    expect(menuOpen(el)).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(menuOpen(el)).to.equal(true);
    const items = [...root.querySelectorAll<HTMLButtonElement>('.export-menu button')];
    expect(items.map((b) => b.textContent!.trim())).to.deep.equal(['CSV', 'SVG', 'PNG']);
    expect(items.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Download CSV',
      'Download SVG',
      'Download PNG',
    ]);
    const host = el.getBoundingClientRect();
    const menu = root.getElementById('export-menu')!.getBoundingClientRect();
    expect(menu.top, 'inside the host').to.be.at.least(host.top);
    expect(menu.right).to.be.at.most(host.right + 0.5);
    expect(menu.bottom).to.be.at.most(toggle.getBoundingClientRect().top);
    toggle.click();
    await el.updateComplete;
    expect(menuOpen(el)).to.equal(false);
  });

  it('closes on Escape and returns focus to the Download button', async () => {
    const { el } = await trend();
    await drawn(el);
    const root = el.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('.export-toggle')!;
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.export-svg')!.focus();
    expect(menuOpen(el)).to.equal(true);
    await press(el, 'Escape');
    expect(menuOpen(el)).to.equal(false);
    expect(root.activeElement).to.equal(toggle);
  });

  it('closes when focus leaves it or on a click outside', async () => {
    const { el } = await trend();
    const svg = await drawn(el);
    const root = el.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('.export-toggle')!;
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.export-csv')!.focus();
    await el.updateComplete;
    expect(menuOpen(el), 'focus moving inside keeps it open').to.equal(true);
    svg.focus();
    await el.updateComplete;
    expect(menuOpen(el), 'focus left').to.equal(false);

    toggle.click();
    await el.updateComplete;
    expect(menuOpen(el)).to.equal(true);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.bottom + 40)] });
    await resetMouse();
    await el.updateComplete;
    expect(menuOpen(el), 'outside click').to.equal(false);
  });

  for (const kind of ['csv', 'svg', 'png'] as const) {
    it(`clicking ${kind.toUpperCase()} downloads the same file as to${kind.toUpperCase()}() and closes`, async () => {
      const { el } = await trend();
      await drawn(el);
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.export-toggle')!.click();
      await el.updateComplete;
      const clicked = await downloads(async () =>
        root.querySelector<HTMLButtonElement>(`.export-${kind}`)!.click(),
      );
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal(`size-of-segment-power-users.${kind}`);
      const blob = await (await fetch(clicked[0]!.href)).blob();
      if (kind === 'png') {
        expect(blob.type).to.equal('image/png');
        const bytes = new Uint8Array(await blob.arrayBuffer()).slice(0, 4);
        expect([...bytes]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
      } else {
        expect(await blob.text()).to.equal(kind === 'csv' ? el.toCSV() : el.toSVG());
      }
      await el.updateComplete;
      expect(menuOpen(el)).to.equal(false);
      expect(root.activeElement).to.equal(root.querySelector('.export-toggle'));
    });
  }

  it('works from the keyboard: Tab to Download, Enter opens, Tab to CSV, Enter downloads', async () => {
    const { el } = await trend();
    const svg = await drawn(el);
    const root = el.shadowRoot!;
    svg.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(root.querySelector('[part="table-toggle"]'));
    await sendKeys({ press: 'Tab' });
    const toggle = root.querySelector<HTMLButtonElement>('.export-toggle')!;
    expect(root.activeElement).to.equal(toggle);
    expect(menuOpen(el)).to.equal(false);
    await press(el, 'Enter');
    expect(menuOpen(el)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(root.querySelector('.export-csv'));
    const clicked = await downloads(() => sendKeys({ press: 'Enter' }));
    expect(clicked.map((a) => a.download)).to.deep.equal(['size-of-segment-power-users.csv']);
    expect(await (await fetch(clicked[0]!.href)).text()).to.equal(el.toCSV());
    await el.updateComplete;
    expect(menuOpen(el)).to.equal(false);
    expect(root.activeElement).to.equal(toggle);
    await press(el, 'Space');
    expect(menuOpen(el), 'Space opens too').to.equal(true);
  });
});

describe('chart experience: slots', () => {
  it('replaces the loading, empty and error views with slotted content', async () => {
    const cases = [
      ['loading', segmentFetch(() => new Promise<Response>(() => undefined))],
      ['empty', segmentFetch(() => json({ message: 'success', data: [] }))],
      // A 200 whose message is not "success": an error that Retry can help with.
      ['error', segmentFetch(() => json({ message: 'boom' }))],
    ] as const;
    for (const [state, fetch] of cases) {
      const { el } = await trend('locale="en-US"', 'width: 600px', fetch);
      el.innerHTML = `<p slot="${state}">Custom ${state}</p>`;
      const view = await shown<HTMLElement>(el, `[part="${state}"]`);
      const slot = view.querySelector<HTMLSlotElement>(`slot[name="${state}"]`)!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([`Custom ${state}`]);
    }
    const { el } = await trend('locale="en-US"', 'width: 600px', cases[2][1]);
    const view = await shown<HTMLElement>(el, '[part="error"]');
    expect(view.querySelector('button')!.textContent).to.equal('Retry');
  });
});

/** English UI words that must not show up in a German chart. */
const ENGLISH_WORDS = [
  'Sessions',
  'Total',
  'Average',
  'Latest',
  'Change',
  'Control group',
  'Delivery rate',
  'Loading',
  'No data',
  'Retry',
  'View as table',
  'Download',
  'This period',
  'rising',
  'falling',
  'from',
];

function expectNoEnglish(el: BrazeChartElement, state: string): void {
  expectNone(el, ENGLISH_WORDS, state);
}

const ariaLabel = (el: BrazeChartElement) =>
  el
    .shadowRoot!.querySelector('svg[part="svg"]')!
    .getAttribute('aria-label')!
    .replace(/\u00a0/g, ' ');

/** Opens the data table and returns its caption and column headers. */
async function openTable(
  el: BrazeChartElement,
): Promise<{ caption: string; columns: string[]; rows: string[] }> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  await el.updateComplete;
  const table = el.shadowRoot!.querySelector('[part="table"]')!;
  return {
    caption: texts(table, 'caption')[0]!,
    columns: texts(table, 'thead th'),
    rows: texts(table, 'tbody th'),
  };
}

/** Sessions per day for the `length` days ending at `ending_at` (the previous period answers 100 + i). */
function sessionFetch(length = 3) {
  return fakeFetch((request) => {
    const end = new URL(request.url).searchParams.get('ending_at') ?? '2024-05-31';
    const previous = end.startsWith('2024-05-28');
    const data = Array.from({ length }, (_, i) => ({
      time: new Date(Date.parse(`${end.slice(0, 10)}T00:00:00Z`) - (length - 1 - i) * 86_400_000)
        .toISOString()
        .slice(0, 10),
      sessions: (previous ? 100 : 200) + i,
    }));
    return json({ message: 'success', data });
  });
}

async function mountElement<T extends BrazeChartElement>(
  markup: (url: string) => string,
  fetch: ReturnType<typeof fakeFetch>,
  width = 600,
): Promise<T> {
  const url = uniqueProxyUrl();
  configureClient(url, { fetch });
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.setAttribute('style', `width: ${width}px`);
  wrapper.innerHTML = markup(url);
  return wrapper.firstElementChild as T;
}

const CONTROL_GROUP = {
  variation_name: 'Kontrolle',
  variation_api_id: 'var_control',
  enrolled: 50,
  conversions: 2,
};
const VARIANT = { variation_name: 'A', variation_api_id: 'var_a' };

/** Two days of a send: email, iOS push, a channel nobody described and a control group; `revenue` per day. */
const sendDays = (revenue = 120.5) =>
  ['2024-05-01', '2024-05-02'].map((time) => ({
    time,
    messages: {
      email: [{ ...VARIANT, sent: 300, delivered: 240, unique_opens: 60, unique_clicks: 15 }, CONTROL_GROUP],
      ios_push: [
        {
          ...VARIANT,
          sent: 100,
          delivered: 80,
          direct_opens: 20,
          body_clicks: 5,
          conversions: 2,
          revenue: 20,
        },
      ],
      experimental_channel: [{ ...VARIANT, sent: 10 }],
    },
    conversions: 6,
    unique_recipients: 500,
    revenue,
  }));

const sendMarkup = (attributes: string) => (url: string) =>
  `<braze-send-breakdown proxy-url="${url}" locale="de-DE" ${attributes}
    style="--braze-chart-height: 240px"></braze-send-breakdown>`;

describe('chart experience: German (locale="de")', () => {
  it('segment trend: header, summary, table and error views in German, no English left', async () => {
    const { el } = await trend('locale="de-DE"');
    await drawn(el);
    expect(texts(el.shadowRoot!, '.stats dt')).to.deep.equal(['Aktuelle Größe', 'Veränderung über 4 Tage']);
    const label = ariaLabel(el);
    expect(label).to.match(/^Größe des Segments Power users, 1\. Mai 2024 bis 4\. Mai 2024: steigend von/);
    expect(label).to.contain('von 1.000.000 auf 2.400.000 (+140,0 %)');
    expect(label).to.contain('Tiefstwert 1.000.000 am 1. Mai 2024, Höchstwert 2.400.000 am 4. Mai 2024.');
    const table = await openTable(el);
    expect(table.caption).to.equal('Größe des Segments Power users: Datentabelle');
    expect(table.columns).to.deep.equal(['Datum', 'Segmentgröße']);
    expect(table.rows[0]).to.equal('1. Mai 2024');
    expectNoEnglish(el, 'data');

    const failing = await trend(
      'locale="de-DE"',
      'width: 600px',
      segmentFetch(() =>
        json({ code: 'segment_not_found', message: 'Segment nicht gefunden' }, { status: 404 }),
      ),
    );
    const error = await shown<HTMLElement>(failing.el, '[part="error"]');
    expect(texts(error, 'strong')).to.deep.equal(['Der Analysedienst hat einen Fehler gemeldet']);
    expect(texts(error, 'span')).to.deep.equal([
      'Braze hat unter dieser ID nichts: Prüfen Sie die IDs des Elements.',
      'Segment nicht gefunden',
    ]);
    // A 404 does not go away by asking again: no Retry.
    expect(texts(error, 'button')).to.deep.equal([]);
    expectNoEnglish(failing.el, 'error');

    const unset = await mountElement<BrazeChartElement>(
      (url) => `<braze-segment-trend proxy-url="${url}" locale="de"></braze-segment-trend>`,
      segmentFetch(),
    );
    const config = await shown<HTMLElement>(unset, '[part="error"]');
    expect(texts(config, 'strong, span')).to.deep.equal([
      'Dieses Diagramm ist nicht richtig eingerichtet',
      'Das Attribut segment-id fehlt.',
    ]);
    expectNoEnglish(unset, 'config error');
  });

  it('session chart: header, legend, stats, summary, table and error views in German', async () => {
    const el = await mountElement<BrazeChartElement>(
      (url) => `<braze-session-chart proxy-url="${url}" locale="de-DE" length="3" ending-at="2024-05-31"
        compare="previous"></braze-session-chart>`,
      sessionFetch(),
    );
    await drawn(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(texts(root, '[part="title"]')).to.deep.equal(['Sitzungen pro Tag']);
    expect(texts(root, '[part="description"]')).to.deep.equal(['Alle Apps · Alle Nutzer']);
    expect(texts(root, '[part="legend"] li')).to.deep.equal([
      'Dieser Zeitraum (29.–31. Mai 2024)',
      'Vorzeitraum (26.–28. Mai 2024)',
    ]);
    expect(texts(root, '.stats dt')).to.deep.equal([
      'Sitzungen gesamt',
      'Durchschnitt pro Tag',
      'Veränderung zum Vorzeitraum',
    ]);
    const label = ariaLabel(el);
    expect(label).to.contain(
      'Sitzungen pro Tag, Alle Apps · Alle Nutzer, 29.–31. Mai 2024: insgesamt 603 Sitzungen, ' +
        'im Schnitt 201 pro Tag.',
    );
    expect(label).to.contain('Höchstwert 202 am 31. Mai 2024; Tiefstwert 200 am 29. Mai 2024.');
    expect(label).to.contain('Trend: gleichbleibend.');
    expect(label).to.contain('Vorzeitraum, 26.–28. Mai 2024: insgesamt 303 Sitzungen; Veränderung +99,0 %.');
    const table = await openTable(el);
    expect(table.caption).to.equal('Sitzungen pro Tag: Datentabelle');
    expect(table.columns).to.deep.equal(['Datum', 'Dieser Zeitraum', 'Vorzeitraum – Datum', 'Vorzeitraum']);
    expectNoEnglish(el, 'data');

    const rising = await mountElement<BrazeChartElement>(
      (url) => `<braze-session-chart proxy-url="${url}" locale="de" length="3" ending-at="2024-05-31">
        </braze-session-chart>`,
      fakeFetch(() =>
        json({
          message: 'success',
          data: [
            { time: '2024-05-29', sessions: 100 },
            { time: '2024-05-31', sessions: 300 },
          ],
        }),
      ),
    );
    await drawn(rising);
    expect(ariaLabel(rising)).to.contain('Trend: steigend (+');
    expect(ariaLabel(rising)).to.contain('über den Zeitraum). Keine Daten für 1 Tag.');
    expectNoEnglish(rising, 'rising, with a gap');

    const refused = await mountElement<BrazeChartElement>(
      (url) =>
        `<braze-session-chart proxy-url="${url}" locale="de" segment-id="seg_x"></braze-session-chart>`,
      fakeFetch(() => json({ message: 'Segment does not have analytics tracking enabled' }, { status: 400 })),
    );
    const error = await shown<HTMLElement>(refused, '[part="error"]');
    expect(texts(error, 'strong')).to.deep.equal(['Analyse-Tracking ist für dieses Segment aus']);
    // Asking again cannot turn analytics tracking on: no Retry.
    expect(texts(error, 'button')).to.deep.equal([]);
    expectNoEnglish(refused, 'error');
  });

  it('send breakdown: channels, metrics, steps, notes, legend, summary, table and errors in German', async () => {
    const daily = await mountElement<BrazeChartElement>(
      sendMarkup('campaign-id="c" send-id="s" ending-at="2024-05-02" length="2" metric="revenue"'),
      fakeFetch(() => json({ message: 'success', data: sendDays() })),
    );
    await drawn(daily);
    let root = daily.shadowRoot!;
    expect(texts(root, '[part="title"]')).to.deep.equal(['Umsatz pro Tag nach Kanal']);
    expect(texts(root, '[part="description"]')).to.deep.equal(['Kampagne c · Versand s · 1.–2. Mai 2024']);
    expect(texts(root, '.stats dt')).to.deep.equal([
      'Gesendet',
      'Zustellrate',
      'Öffnungsrate',
      'Klickrate',
      'Conversion-Rate',
      'Umsatz',
    ]);
    expect(texts(root, '[part="legend"] button')).to.deep.equal(['iOS-Push', 'Keinem Kanal zugeordnet']);
    const notes = texts(root, '[part="notes"] li').map((t) => t.replace(/\s+/g, ' '));
    // These old days do have stats: nothing is claimed about retention (see the empty period below).
    expect(notes).to.deep.equal([
      'Kontrollgruppe: 100 aufgenommen, 4 Conversions (nicht gesendet, nicht dargestellt).',
      'Nicht zugeordnet: Umsatz auf Kampagnenebene, die Braze nicht pro Kanal meldet.',
    ]);
    expect(ariaLabel(daily)).to.equal(
      'Umsatz pro Tag nach Kanal, 1.–2. Mai 2024: insgesamt 241,00 $. ' +
        'iOS-Push 40,00 $, Keinem Kanal zugeordnet 201,00 $. Stärkster Tag 1. Mai 2024 mit 120,50 $.',
    );
    let table = await openTable(daily);
    expect(table.caption).to.equal('Umsatz pro Tag nach Kanal: Datentabelle');
    expect(table.columns).to.deep.equal(['Datum', 'iOS-Push', 'Keinem Kanal zugeordnet']);
    expectNoEnglish(daily, 'daily');

    const old = await mountElement<BrazeChartElement>(
      sendMarkup('campaign-id="c" send-id="s" ending-at="2024-05-02" length="2"'),
      fakeFetch(() => json({ message: 'success', data: sendDays().map((d) => ({ ...d, messages: {} })) })),
    );
    await old.drawComplete;
    expect(texts(old.shadowRoot!, '[part="empty"]')).to.deep.equal([
      'Braze bewahrt Versandanalysen 14 Tage auf: Dieser Zeitraum ist älter und hat daher keine Daten.',
    ]);
    expectNoEnglish(old, 'past retention');

    const funnel = await mountElement<BrazeChartElement>(
      sendMarkup('campaign-id="c" send-id="s" ending-at="2024-05-02" length="2" view="funnel"'),
      fakeFetch(() => json({ message: 'success', data: sendDays() })),
    );
    await drawn(funnel);
    root = funnel.shadowRoot!;
    expect(texts(root, '[part="title"]')).to.deep.equal(['Versandtrichter nach Kanal']);
    expect(texts(root, '[part="legend"] button')).to.deep.equal([
      'E-Mail',
      'iOS-Push',
      'Experimental channel',
    ]);
    expect(texts(root, '.notes li.missing').map((t) => t.replace(/\s+/g, ' '))).to.deep.equal([
      'Zugestellt, Öffnungen, Klicks: von Experimental channel nicht gemeldet, in diesen Raten nicht enthalten.',
      'Conversions: von E-Mail, Experimental channel nicht gemeldet, in diesen Raten nicht enthalten.',
    ]);
    const label = ariaLabel(funnel);
    expect(label).to.match(/^Versandtrichter, 1\.–2\. Mai 2024: Gesendet 820; Zugestellt 640 /);
    expect(label).to.contain('nicht gemeldet für Experimental channel');
    expect(label).to.contain('des vorigen Schritts');
    expect(label).to.contain('der Gesendeten');
    table = await openTable(funnel);
    expect(table.caption).to.equal('Versandtrichter nach Kanal: Datentabelle');
    expect(table.columns).to.deep.equal(['Kategorie', 'Anzahl']);
    expect(table.rows).to.deep.equal(['Gesendet', 'Zugestellt', 'Öffnungen', 'Klicks', 'Conversions']);
    expectNoEnglish(funnel, 'funnel');

    const failing = await mountElement<BrazeChartElement>(
      sendMarkup('campaign-id="c" send-id="s"'),
      fakeFetch(() => json({ message: 'Interner Fehler' })),
    );
    const error = await shown<HTMLElement>(failing, '[part="error"]');
    expect(texts(error, 'strong')).to.deep.equal([
      'Der Analysedienst hat Daten gesendet, die dieses Diagramm nicht lesen kann',
    ]);
    expect(texts(error, 'span')).to.deep.equal(['Braze hat ohne Daten geantwortet:', 'Interner Fehler']);
    expect(texts(error, 'button')).to.deep.equal(['Erneut versuchen']);
    expectNoEnglish(failing, 'error');

    const unset = await mountElement<BrazeChartElement>(
      sendMarkup('campaign-id="c"'),
      fakeFetch(() => json({ message: 'success', data: [] })),
    );
    const config = await shown<HTMLElement>(unset, '[part="error"]');
    expect(texts(config, 'span')).to.deep.equal(['Das Attribut send-id fehlt.']);
    expectNoEnglish(unset, 'config error');
  });
});

describe('chart experience: y-axis labels fit', () => {
  /** Every y-axis label lies inside the svg (x ≥ −margin.left in plot coordinates) and left of the plot. */
  async function expectLabelsInside(el: BrazeChartElement, width: number): Promise<string[]> {
    const svg = await drawn(el);
    await frames(2);
    await el.updateComplete;
    const plot = svg.querySelector(':scope > g')!;
    const left = Number(/translate\(([\d.]+),/.exec(plot.getAttribute('transform')!)![1]);
    expect(left, 'margin').to.be.at.most(Math.floor(width * 0.35));
    const labels = [...svg.querySelectorAll<SVGTextElement>('.axis-y text')];
    expect(labels.length).to.be.at.least(2);
    const box = svg.getBoundingClientRect();
    for (const label of labels) {
      const b = label.getBBox();
      expect(b.x, label.textContent!).to.be.at.least(-left);
      expect(b.x + b.width, label.textContent!).to.be.at.most(0);
      expect(label.getBoundingClientRect().left, label.textContent!).to.be.at.least(box.left - 0.5);
    }
    return labels.map((l) => l.textContent!.replace(/\u00a0/g, ' '));
  }

  for (const width of [240, 800]) {
    it(`widens the left margin for long German labels at ${width}px (segment sizes)`, async () => {
      const { el } = await trend('locale="de-DE"', `width: ${width}px`);
      const labels = await expectLabelsInside(el, width);
      expect(labels.some((l) => l.endsWith('Mio.'))).to.equal(true);
    });

    it(`widens the left margin for revenue in German at ${width}px (send breakdown)`, async () => {
      const el = await mountElement<BrazeChartElement>(
        sendMarkup('campaign-id="c" send-id="s" ending-at="2024-05-02" length="2" metric="revenue"'),
        fakeFetch(() => json({ message: 'success', data: sendDays(76_187) })),
        width,
      );
      const labels = await expectLabelsInside(el, width);
      expect(labels.some((l) => /^\d{2}\.\d{3} \$$/.test(l))).to.equal(true);
    });

    it(`fits large session counts at ${width}px`, async () => {
      const el = await mountElement<BrazeChartElement>(
        (url) => `<braze-session-chart proxy-url="${url}" locale="de" length="3" ending-at="2024-05-31">
          </braze-session-chart>`,
        fakeFetch(() =>
          json({
            message: 'success',
            data: [
              { time: '2024-05-29', sessions: 1_250_000 },
              { time: '2024-05-30', sessions: 2_450_000 },
              { time: '2024-05-31', sessions: 1_750_000 },
            ],
          }),
        ),
        width,
      );
      await expectLabelsInside(el, width);
    });
  }

  it('keeps the default 48px margin when the labels are short (en)', async () => {
    const { el } = await trend('locale="en-US"');
    const svg = await drawn(el);
    expect(svg.querySelector(':scope > g')!.getAttribute('transform')).to.equal('translate(48,12)');
  });
});
