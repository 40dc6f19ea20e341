import { expect } from '@open-wc/testing';

/** Every text node (rendered or for assistive technology) and every aria-label in an element's shadow root. */
export function uiText(el: Element): string {
  const root = el.shadowRoot!;
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('style')) parts.push(node.textContent ?? '');
  }
  root.querySelectorAll('[aria-label]').forEach((e) => parts.push(e.getAttribute('aria-label') ?? ''));
  return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * Fails when any of `words` (English UI words a translated chart must not show) appears as a whole word. Word edges
 * are Unicode letters and digits, so `sent` inside `représenté` is not a hit (`\b` treats `é` as an edge).
 */
export function expectNone(el: Element, words: readonly string[], state: string): void {
  const text = uiText(el);
  for (const word of words) {
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu');
    expect(text, `${state}: "${word}" in ${text}`).not.to.match(whole);
  }
}
