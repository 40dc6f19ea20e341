import { expect } from '@open-wc/testing';
import '../../src/define/segment-trend.js';
import '../../src/define/send-breakdown.js';
import { chartMessagesEn } from '../../src/chart/messages.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import { messages as frameEn } from '../../src/elements/base/messages.js';
import { registerLocale } from '../../src/index.js';
import { mountDrawn } from './helpers/rendered.js';

/**
 * Locale packs (src/locales): the library speaks English until a pack is registered, and elements already on the
 * page switch to a pack's words when it arrives. No pack is imported up front in this file.
 */
const mount = (markup: string) => mountDrawn<BrazeChartElement>(markup);

const text = (el: BrazeChartElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

const trendMarkup = `<braze-segment-trend proxy-url="/api/braze" segment-id="seg_all_users" length="14"
  ending-at="2024-05-31" locale="de-DE"></braze-segment-trend>`;

describe('locale packs', () => {
  it('without a pack, locale="de" gives German numbers and dates with English words', async () => {
    const el = await mount(trendMarkup);
    expect(text(el, '[part="table-toggle"]')).to.deep.equal(['View as table']);
    expect(text(el, '.stats dt')[0]).to.equal('Latest size');
    const latest = text(el, '.stats .latest')[0]!;
    expect(latest, 'German digit grouping').to.match(/^\d{1,3}(\.\d{3})+$/);
    await expect(el).to.be.accessible();
  });

  it('an element already on the page switches to German when braze-charts/locales/de arrives', async () => {
    const el = await mount(trendMarkup);
    const summary = el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('aria-label')!;
    expect(summary).to.match(/^Size of segment/);
    await import('../../src/locales/de.js');
    await el.updateComplete;
    expect(text(el, '[part="table-toggle"]')).to.deep.equal(['Als Tabelle anzeigen']);
    expect(text(el, '.stats dt')[0]).to.equal('Aktuelle Größe');
    expect(el.shadowRoot!.querySelector('svg[part~="svg"]')!.getAttribute('aria-label')).to.match(
      /^Größe des Segments/,
    );
  });

  it('a pack registered after a send breakdown drew relabels its cached legend and series', async () => {
    const el = await mount(`<braze-send-breakdown proxy-url="/api/braze" campaign-id="camp_welcome_series"
      send-id="send_welcome_day0" locale="fr-FR"></braze-send-breakdown>`);
    const legend = text(el, '[part="legend"] .legend-item');
    expect(legend).to.include('Email');
    const channels = new Map(chartMessagesEn.sends.channels).set('email', 'Courriel');
    registerLocale('fr', {
      frame: { ...frameEn, showTable: 'Voir le tableau' },
      chart: { ...chartMessagesEn, sends: { ...chartMessagesEn.sends, channels } },
    });
    await el.updateComplete;
    expect(text(el, '[part="table-toggle"]')).to.deep.equal(['Voir le tableau']);
    expect(text(el, '[part="legend"] .legend-item')).to.deep.equal(
      legend.map((label) => (label === 'Email' ? 'Courriel' : label)),
    );
    expect(el.toCSV().split('\n')[0]).to.contain('Courriel');
  });

  it('a disconnected element stops listening for packs', async () => {
    const el = await mount(trendMarkup.replace('de-DE', 'es'));
    el.remove();
    let updated = false;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof update>) => {
      updated = true;
      update(...args);
    };
    registerLocale('es', { frame: { ...frameEn, showTable: 'Ver como tabla' } });
    expect(updated).to.equal(false);
  });
});
