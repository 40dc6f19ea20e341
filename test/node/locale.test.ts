import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageOf, localeKey } from '../../src/chart/locale.js';
import { chartMessages, chartMessagesEn } from '../../src/chart/messages.js';
import { frameMessages, messages as frameEn } from '../../src/elements/base/messages.js';
import { registerLocale } from '../../src/locales/register.js';

// This file must not import a locale pack at the top: the first test checks the library without one.
describe('locale packs', () => {
  it('speaks English for every locale until a pack is registered', () => {
    assert.equal(languageOf('de-DE'), 'en');
    assert.equal(frameMessages('de').showTable, 'View as table');
    assert.equal(chartMessages('de-AT').sends.channels.get('email'), 'Email');
  });

  it('switches to German once braze-charts/locales/de is imported, for every regional tag', async () => {
    const before = localeKey('de-DE');
    await import('../../src/locales/de.js');
    assert.notEqual(localeKey('de-DE'), before, 'caches keyed by locale see the new words');
    assert.equal(languageOf('de-CH'), 'de');
    assert.equal(languageOf('DE_at'), 'de');
    assert.equal(frameMessages('de-DE').showTable, 'Als Tabelle anzeigen');
    assert.equal(chartMessages('de_AT').sends.channels.get('email'), 'E-Mail');
    assert.equal(frameMessages('en-GB').showTable, 'View as table');
  });

  it('takes a partial pack: the parts it leaves out stay English', () => {
    registerLocale('fr', { frame: { ...frameEn, showTable: 'Voir le tableau' } });
    assert.equal(languageOf('fr-CA'), 'fr');
    assert.equal(frameMessages('fr-CA').showTable, 'Voir le tableau');
    assert.equal(chartMessages('fr').noData('X'), chartMessagesEn.noData('X'));
  });

  it('prefers a regional pack over its primary language, and a later pack replaces an earlier one', () => {
    registerLocale('pt', { frame: { ...frameEn, retry: 'Tentar de novo' } });
    registerLocale('pt-BR', { frame: { ...frameEn, retry: 'Tentar novamente' } });
    assert.equal(frameMessages('pt-BR').retry, 'Tentar novamente');
    assert.equal(frameMessages('pt_br').retry, 'Tentar novamente');
    registerLocale('zh-Hant-TW', { frame: { ...frameEn, retry: '重試' } });
    assert.equal(frameMessages('zh_Hant_TW').retry, '重試', 'every _ reads as -');
    assert.equal(frameMessages('pt-PT').retry, 'Tentar de novo');
    registerLocale('PT', { frame: { ...frameEn, retry: 'Repetir' } });
    assert.equal(frameMessages('pt-PT').retry, 'Repetir');
  });

  it('keeps one registry per page, shared by every copy of the library', () => {
    const shared = (globalThis as Record<symbol, { packs: Map<string, unknown> } | undefined>)[
      Symbol.for('braze-charts.locales')
    ];
    assert.deepEqual([...(shared?.packs.keys() ?? [])].sort(), ['de', 'fr', 'pt', 'pt-br', 'zh-hant-tw']);
  });
});
