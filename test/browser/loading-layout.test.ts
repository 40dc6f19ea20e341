import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configureClient } from '../../src/data/client.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import { createProxy } from '../../src/proxy/index.js';
import { uniqueProxyUrl } from './helpers/fake-fetch.js';
import { caseDrawn, GALLERY, GALLERY_NOW } from './helpers/gallery.js';

/** The gallery's proxy (mock Braze, fixed clock) under `/braze`, the path of every uniqueProxyUrl. */
const app = createProxy({ mock: true, basePath: '/braze', now: () => GALLERY_NOW.getTime() });

/**
 * The loading view takes the room of the drawn chart: title, figures, legend, plot, footnotes and toolbar have
 * placeholders, so data arriving moves nothing much (the page's layout-shift score: see scripts/cls.ts).
 */
describe('loading view reserves the final layout', () => {
  for (const width of [320, 700, 768]) {
    for (const c of GALLERY) {
      it(`${c.name} at ${width}px: drawn, it is within 24px of the loading view's height`, async () => {
        // The gallery's answers, held back until the loading view has been measured.
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        const url = uniqueProxyUrl();
        configureClient(url, { fetch: (request) => held.then(() => app.fetch(request)) });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px" lang="en-US"></div>`,
        );
        wrapper.innerHTML = c.markup;
        const el = wrapper.firstElementChild as BrazeChartElement;
        el.setAttribute('proxy-url', url);
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
        const loading = el.getBoundingClientRect().height;
        const parts = () =>
          [...el.shadowRoot!.querySelectorAll('[part]')]
            .map((p) => `${p.getAttribute('part')}:${Math.round(p.getBoundingClientRect().height)}`)
            .join(' ');
        const before = parts();
        const title = el.shadowRoot!.querySelector('[part="title"]')!.textContent!;
        expect(title, 'no raw id as the title').not.to.match(/seg_|camp_|send_/);
        const loaded = oneEvent(el, 'braze-load');
        release();
        await loaded;
        await caseDrawn(el, c);
        await el.updateComplete;
        const final = el.getBoundingClientRect().height;
        expect(Math.abs(final - loading), `${loading} → ${final}\n${before}\n${parts()}`).to.be.at.most(24);
      });
    }
  }
});
