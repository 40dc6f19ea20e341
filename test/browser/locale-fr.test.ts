import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/segment-trend.js';
import '../../src/define/session-chart.js';
import '../../src/define/send-breakdown.js';
import '../../src/locales/fr.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import { mountDrawn } from './helpers/rendered.js';
import { expectNone } from './helpers/ui-text.js';

/** English UI words that are not also French: none may show in a chart whose locale is fr. */
const ENGLISH = [
  'Latest',
  'Average',
  'Change',
  'per day',
  'This period',
  'Previous period',
  'Loading',
  'No data',
  'Retry',
  'View as table',
  'Download',
  'Sent',
  'Opens',
  'Clicks',
  'Email',
  'Delivery rate',
  'Control group',
  'rising',
  'falling',
  'highest',
  'lowest',
];

/** Mounts `markup` (talking to the mock proxy) and resolves once its chart is drawn. */
const drawn = (markup: string) => mountDrawn<BrazeChartElement>(markup, 720);

const text = (el: BrazeChartElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const summary = (el: BrazeChartElement) =>
  el
    .shadowRoot!.querySelector('svg[part~="svg"]')!
    .getAttribute('aria-label')!
    .replace(/\u00a0/g, ' ');

describe('braze-charts/locales/fr', () => {
  it('segment trend: header, summary and toolbar in French', async () => {
    const el = await drawn(`<braze-segment-trend proxy-url="/api/braze" segment-id="seg_all_users" length="14"
      ending-at="2024-05-31" locale="fr-FR"></braze-segment-trend>`);
    expect(text(el, '.stats dt')).to.deep.equal(['Taille actuelle', 'Variation sur 14 jours']);
    expect(summary(el)).to.match(
      /^Taille du segment .+, du 18 mai 2024 au 31 mai 2024 : en (hausse|baisse) de /,
    );
    expect(text(el, '[part="table-toggle"]')).to.deep.equal(['Afficher sous forme de tableau']);
    expectNone(el, ENGLISH, 'segment trend');
    await expect(el).to.be.accessible();
  });

  it('session chart compared with the previous period: legend, figures and summary in French', async () => {
    const el = await drawn(`<braze-session-chart proxy-url="/api/braze" length="7" ending-at="2024-05-31"
      compare="previous" locale="fr"></braze-session-chart>`);
    expect(text(el, '[part="title"]')).to.deep.equal(['Sessions par jour']);
    expect(text(el, '[part="description"]')).to.deep.equal(['Toutes les apps · Tous les utilisateurs']);
    expect(text(el, '.stats dt')).to.deep.equal([
      'Total des sessions',
      'Moyenne par jour',
      'Variation sur la période précédente',
    ]);
    expect(summary(el)).to.contain('sessions au total').and.to.contain('Période précédente');
    expectNone(el, ENGLISH, 'session chart');
    await expect(el).to.be.accessible();
  });

  it('send breakdown funnel: title, channels, notes and rates in French', async () => {
    const el = await drawn(`<braze-send-breakdown proxy-url="/api/braze" campaign-id="camp_welcome_series"
      send-id="send_welcome_day0" view="funnel" locale="fr-FR"></braze-send-breakdown>`);
    expect(text(el, '[part="title"]')).to.deep.equal(['Entonnoir d’envoi par canal']);
    expect(text(el, '[part="legend"] .legend-item')).to.include('E-mail');
    expect(summary(el)).to.match(/^Entonnoir d’envoi, /);
    expect(el.toCSV().split('\r\n')[0]).to.equal('Catégorie,Nombre');
    expectNone(el, ENGLISH, 'send breakdown');
    await expect(el).to.be.accessible();
  });

  it('error view in French, with the server’s own message as sent', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    wrapper.innerHTML = `<braze-session-chart proxy-url="/api/braze" locale="fr" segment-id="seg_no_analytics">
      </braze-session-chart>`;
    const el = wrapper.firstElementChild as BrazeChartElement;
    await oneEvent(el, 'braze-error');
    await el.updateComplete;
    expect(text(el, '[part="error"] strong')).to.deep.equal([
      'Le suivi analytique est désactivé pour ce segment',
    ]);
    expectNone(el, ENGLISH, 'error');
    await expect(el).to.be.accessible();
  });
});
