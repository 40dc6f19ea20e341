import { expect } from '@open-wc/testing';
import { GALLERY, mountCase, type GallerySetting } from './helpers/gallery.js';

/** A piece of visible text and its box on screen. */
interface TextBox {
  text: string;
  rect: DOMRect;
}

/**
 * Every piece of text the element shows: each SVG `<text>` as one box, and each line of each HTML text node (the
 * visually hidden live region and hint, closed menus and hidden tables left out).
 */
function visibleText(el: Element): TextBox[] {
  const boxes: TextBox[] = [];
  const root = el.shadowRoot!;
  for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
    if (text.closest('[data-export="skip"]') || !text.textContent!.trim()) continue;
    boxes.push({ text: text.textContent!.trim(), rect: text.getBoundingClientRect() });
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent!.trim() || parent.closest('svg, style, .visually-hidden, [hidden]'))
      continue;
    if (getComputedStyle(parent).visibility === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects())
      if (rect.width > 0 && rect.height > 0) boxes.push({ text: node.textContent!.trim(), rect });
  }
  return boxes;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const WIDTHS = [240, 268, 320, 474, 768, 1024, 1600];
const SETTINGS: GallerySetting[] = [
  ...WIDTHS.flatMap((width) => [
    { lang: 'en-US', width },
    { lang: 'de-DE', width },
  ]),
  { lang: 'he', dir: 'rtl', width: 320 },
  { lang: 'ar', dir: 'rtl', width: 768 },
];

describe('layout: nothing overflows or collides, 240–1600 px, en / de / rtl', () => {
  for (const c of GALLERY) {
    it(`${c.name}: every text inside the element, no two texts on top of each other`, async () => {
      const problems: string[] = [];
      for (const setting of SETTINGS) {
        const el = await mountCase(c, setting);
        const host = el.getBoundingClientRect();
        const where = `${setting.lang}${setting.dir === 'rtl' ? ' rtl' : ''} ${setting.width}px`;
        const boxes = visibleText(el);
        expect(boxes.length).to.be.greaterThan(3);
        for (const { text, rect } of boxes) {
          const outside =
            rect.left < host.left - 1 ||
            rect.right > host.right + 1 ||
            rect.top < host.top - 1 ||
            rect.bottom > host.bottom + 1;
          if (outside) problems.push(`${where}: "${text}" leaves the element`);
        }
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            if (overlap(a.rect, b.rect) > 2) problems.push(`${where}: "${a.text}" overlaps "${b.text}"`);
          }),
        );
        el.parentElement!.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

describe('dashboard rows and page outline', () => {
  it('lines up the plots of a row with --braze-header-height, whatever their headers hold', async () => {
    const [trend, sends] = await Promise.all([
      mountCase(
        GALLERY.find((c) => c.name === 'trend')!,
        { lang: 'en-US', width: 400 },
      ),
      mountCase(
        GALLERY.find((c) => c.name === 'sends-funnel')!,
        { lang: 'en-US', width: 400 },
      ),
    ]);
    const plotTop = (el: Element) =>
      el.shadowRoot!.querySelector('[part="plot"]')!.getBoundingClientRect().top -
      el.getBoundingClientRect().top;
    expect(plotTop(sends) - plotTop(trend), 'headers differ without the token').to.be.greaterThan(40);
    for (const el of [trend, sends]) el.style.setProperty('--braze-header-height', '260px');
    expect(plotTop(sends)).to.equal(plotTop(trend));
  });

  it('titles the chart with the heading level the page needs (default 2)', async () => {
    const el = await mountCase(GALLERY[0]!, { lang: 'en-US', width: 400 });
    const title = () => el.shadowRoot!.querySelector('[part="title"]')!;
    expect(title().getAttribute('role')).to.equal('heading');
    expect(title().getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(title().getAttribute('aria-level')).to.equal('4');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(title().getAttribute('aria-level')).to.equal('2');
  });
});

describe('text size', () => {
  it('--braze-font-size scales every text, axis labels included (12px minimum at the default 14px)', async () => {
    const el = await mountCase(
      GALLERY.find((c) => c.name === 'sends-daily')!,
      { lang: 'en-US', width: 768 },
    );
    // Every element that holds text, and its computed font size.
    const sizes = () =>
      new Map(
        [...el.shadowRoot!.querySelectorAll('*')]
          .filter((e) =>
            [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
          )
          .filter((e) => !e.closest('style'))
          .map((e) => [e, parseFloat(getComputedStyle(e).fontSize)]),
      );
    const axis = () => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.axis-y text')!).fontSize);
    expect(axis()).to.be.closeTo(12, 0.1);
    const before = sizes();
    expect(Math.min(...before.values())).to.be.at.least(12);
    el.style.setProperty('--braze-font-size', '21px');
    await el.updateComplete;
    expect(axis()).to.be.closeTo(18, 0.1);
    const after = sizes();
    const stayed = [...before].filter(
      ([e, size]) => after.has(e) && Math.abs(after.get(e)! / size - 1.5) > 0.01,
    );
    expect(
      stayed.map(([e]) => e.textContent!.trim()),
      'texts that did not scale',
    ).to.deep.equal([]);
  });
});
