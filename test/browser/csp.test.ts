import { expect, oneEvent } from '@open-wc/testing';
import { drawn } from './helpers/rendered.js';

/**
 * The README's strict Content-Security-Policy, exactly: `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'` (with `img-src 'self' blob:` for PNG export, `trusted-types lit-html`) — no
 * `'unsafe-inline'` of any kind, so not one `style` attribute may be set. The CDN page (fixtures/cdn-page.html,
 * policy in web-test-runner.config.js) loads the full bundle; every chart draws in its colours, is used (tooltip
 * by keyboard and pointer, table, legend) and exports CSV, SVG and PNG, and no `securitypolicyviolation` fires.
 */
type Chart = HTMLElement & { updateComplete: Promise<unknown>; toPNG(): Promise<Blob> };
interface CdnPage {
  errors: string[];
  violations: string[];
}

let frame: HTMLIFrameElement | undefined;

async function openPage(query = ''): Promise<{ page: CdnPage; doc: Document; win: Window }> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 700px; height: 1600px; border: 0';
  frame.src = `/test/browser/fixtures/cdn-page.html?files=braze-charts${query}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { cdnPage: Promise<CdnPage> };
  return { page: await win.cdnPage, doc: frame.contentDocument!, win };
}

async function addChart(doc: Document, tag: string, attributes: Record<string, string>): Promise<Chart> {
  const el = doc.createElement(tag) as Chart;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'braze-load');
  doc.body.append(el);
  await loaded;
  await drawn(el);
  return el;
}

const CHARTS: [string, Record<string, string>][] = [
  ['braze-segment-trend', { 'segment-id': 'seg_all_users', length: '14', 'ending-at': '2024-05-31' }],
  ['braze-session-chart', { length: '14', 'ending-at': '2024-05-31', compare: 'previous' }],
  ['braze-send-breakdown', { 'campaign-id': 'camp_welcome_series', 'send-id': 'send_welcome_day0' }],
];

/** Records the downloads the page starts (the `<a download>` clicks) instead of saving files. */
function recordDownloads(win: Window): string[] {
  const names: string[] = [];
  const anchor = (win as Window & typeof globalThis).HTMLAnchorElement.prototype;
  anchor.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return names;
}

const opaque = (color: string) => color !== '' && color !== 'rgba(0, 0, 0, 0)' && color !== 'rgb(0, 0, 0)';

describe('under a strict CSP (no inline style, Trusted Types)', () => {
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('all three charts draw in their colours, are used and export, with no violation', async () => {
    const { page, doc, win } = await openPage();
    expect(page.errors).to.deep.equal([]);
    const downloads = recordDownloads(win);
    const uncaught: unknown[] = [];
    win.addEventListener('unhandledrejection', (e) => uncaught.push(e.reason));
    for (const [tag, attributes] of CHARTS) {
      const el = await addChart(doc, tag, { 'proxy-url': '/api/braze', ...attributes });
      const root = el.shadowRoot!;
      const svg = await drawn(el);

      // Colours: marks in the palette's first colour (not the black of a blocked style), swatches painted.
      const mark = svg.querySelector<SVGGraphicsElement>('.line, .bar.current, .segment')!;
      const style = getComputedStyle(mark);
      const paint = mark.classList.contains('line') ? style.stroke : style.fill;
      expect(paint, `${tag} mark`).to.equal('rgb(0, 114, 178)');
      for (const swatch of root.querySelectorAll('.swatch')) {
        const { backgroundColor, borderTopColor, color } = getComputedStyle(swatch);
        if (swatch.classList.contains('hollow'))
          expect(borderTopColor, `${tag} hollow swatch: its paint, not the text colour`).to.not.equal(color);
        else expect(opaque(backgroundColor), `${tag} swatch`).to.equal(true);
      }

      // Tooltip by keyboard, then by pointer; its swatches painted too.
      svg.focus();
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
      const tooltip = root.querySelector<HTMLElement>('[part="tooltip"]');
      expect(tooltip, `${tag} tooltip by keyboard`).to.not.equal(null);
      for (const swatch of tooltip!.querySelectorAll('.swatch:not(.hollow)'))
        expect(opaque(getComputedStyle(swatch).backgroundColor), `${tag} tooltip swatch`).to.equal(true);
      svg.blur();
      await el.updateComplete;
      const box = svg.getBoundingClientRect();
      svg.dispatchEvent(
        new PointerEvent('pointermove', {
          clientX: box.left + box.width * 0.6,
          clientY: box.top + box.height * 0.5,
          bubbles: true,
        }),
      );
      await el.updateComplete;
      expect(root.querySelector('[part="tooltip"]'), `${tag} tooltip by pointer`).to.not.equal(null);
      expect(root.querySelector('.point[data-paint]'), `${tag} focus ring`).to.not.equal(null);

      // The data table.
      root.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      expect(
        root.querySelector('[part="table"]')!.getBoundingClientRect().height,
        `${tag} table`,
      ).to.be.greaterThan(0);

      // Exports: CSV, SVG and PNG through the Download menu.
      for (const kind of ['csv', 'svg', 'png']) {
        root.querySelector<HTMLButtonElement>('.export-toggle')!.click();
        await el.updateComplete;
        root.querySelector<HTMLButtonElement>(`.export-${kind}`)!.click();
      }
      while (
        downloads.filter((name) => name.endsWith('.png')).length <
        CHARTS.indexOf(CHARTS.find(([t]) => t === tag)!) + 1
      )
        await new Promise(requestAnimationFrame);
      expect(root.querySelector('[part="export-error"]')).to.equal(null);
    }
    expect(downloads.map((name) => name.split('.').pop())).to.deep.equal([
      'csv',
      'svg',
      'png',
      'csv',
      'svg',
      'png',
      'csv',
      'svg',
      'png',
    ]);

    // The legend: hiding a series of the send breakdown removes its bars.
    const sends = doc.querySelector<Chart>('braze-send-breakdown')!;
    const before = sends.shadowRoot!.querySelectorAll('.segment').length;
    sends.shadowRoot!.querySelector<HTMLButtonElement>('button.legend-item')!.click();
    await sends.updateComplete;
    expect(sends.shadowRoot!.querySelector('button.legend-item')!.getAttribute('aria-pressed')).to.equal(
      'false',
    );
    expect(sends.shadowRoot!.querySelectorAll('.segment').length).to.be.below(before);

    expect(uncaught).to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });

  it('PNG export falls back to a data: image when img-src allows data: but not blob:', async () => {
    const { page, doc } = await openPage('&img=data');
    const el = await addChart(doc, 'braze-segment-trend', { 'proxy-url': '/api/braze', ...CHARTS[0]![1] });
    const png = await el.toPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    // The blob: attempt was refused (and reported) before the fallback.
    expect(page.violations.every((v) => v.startsWith('img-src: blob'))).to.equal(true);
  });

  it('PNG export says so when img-src allows neither blob: nor data: images, never an unhandled rejection', async () => {
    const { doc, win } = await openPage('&img=self');
    const downloads = recordDownloads(win);
    const uncaught: unknown[] = [];
    win.addEventListener('unhandledrejection', (e) => uncaught.push(e.reason));
    const el = await addChart(doc, 'braze-segment-trend', { 'proxy-url': '/api/braze', ...CHARTS[0]![1] });
    let error: unknown;
    await el.toPNG().catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('ImageBlockedError');
    expect((error as Error).message).to.contain('img-src');

    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.export-toggle')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.export-png')!.click();
    let alert: Element | null = null;
    for (let i = 0; i < 60 && !alert; i++) {
      await new Promise(requestAnimationFrame);
      alert = root.querySelector('[part="export-error"][role="alert"]');
    }
    expect(alert!.textContent).to.contain('Download SVG instead');
    expect(downloads).to.deep.equal([]);
    // SVG still works, and clears the message.
    root.querySelector<HTMLButtonElement>('.export-toggle')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.export-svg')!.click();
    await el.updateComplete;
    expect(downloads).to.have.length(1);
    expect(root.querySelector('[part="export-error"]')).to.equal(null);
    expect(uncaught).to.deep.equal([]);
  });
});
