import { expect } from '@open-wc/testing';
import { GALLERY, mountCase } from './helpers/gallery.js';

/** Where the characters of `el`'s text land on screen, left to right, as indexes into the text. */
function visualOrder(el: Element): { text: string; lefts: number[] } {
  const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
  const text = node.textContent!;
  const lefts = [...text].map((_, i) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  });
  return { text, lefts };
}

const find = (name: string) => GALLERY.find((c) => c.name === name)!;

/**
 * English words and Latin digits on a right-to-left page (the charts have no Hebrew or Arabic words yet): each figure
 * and sentence still reads left to right — the sign before the number, the full stop after the sentence — and stays
 * on the page's side.
 */
describe('left-to-right text on a right-to-left page', () => {
  it('a change figure keeps its sign before its digits, aligned to the right', async () => {
    const el = await mountCase(find('sessions-compare'), { lang: 'en-US', dir: 'rtl', width: 768 });
    const change = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="stats"] dd')].find((dd) =>
      /^[+−-]/.test(dd.textContent!.trim()),
    )!;
    const { text, lefts } = visualOrder(change);
    const sign = text.search(/[+−-]/);
    const digit = text.search(/\d/);
    expect(lefts[sign], `"${text}"`).to.be.below(lefts[digit]!);
    const box = change.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(change);
    expect(Math.abs(range.getBoundingClientRect().right - box.right)).to.be.below(2);
  });

  it('a legend label reads left to right, its period in brackets after it', async () => {
    const el = await mountCase(find('sessions-compare'), { lang: 'en-US', dir: 'rtl', width: 768 });
    const label = el.shadowRoot!.querySelector<HTMLElement>('[part="legend"] .legend-item bdi')!;
    const { text, lefts } = visualOrder(label);
    expect(text).to.match(/^This period \(.+\)$/);
    expect(lefts[0], `"${text}"`).to.be.below(lefts[text.length - 1]!);
  });

  it('a footnote ends with its full stop on the right', async () => {
    const el = await mountCase(find('campaign-funnel'), { lang: 'en-US', dir: 'rtl', width: 768 });
    const note = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="notes"] li')].find((li) =>
      li.textContent!.trim().endsWith('.'),
    )!;
    const { text, lefts } = visualOrder(note);
    const stop = text.lastIndexOf('.');
    const first = text.search(/\S/);
    expect(lefts[stop], `"${text}"`).to.be.above(lefts[first]!);
  });
});
