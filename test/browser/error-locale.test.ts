import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/segment-trend.js';
import '../../src/define/send-breakdown.js';
import '../../src/define/session-chart.js';
import '../../src/locales/de.js';
import { configureClient } from '../../src/data/client.js';
import type { BrazeErrorDetail } from '../../src/elements/base/events.js';
import type { BrazeChartElement } from '../../src/elements/base/chart-base.js';
import { fakeFetch, json, uniqueProxyUrl } from './helpers/fake-fetch.js';

/** Words the client generates in English: none may appear in a German error view. */
const ENGLISH = [
  'Could not reach',
  'connection failed',
  'Request failed',
  'Too many requests',
  'invalid JSON',
  'expected shape',
  'Try again',
  'must be',
  'is required',
  'Invalid input',
  'invalid value',
  'Retry',
  'analytics service',
  'not set up',
];

const elements = [
  { tag: 'braze-segment-trend', attributes: 'segment-id="seg_1"' },
  { tag: 'braze-session-chart', attributes: 'unit="day"' },
  { tag: 'braze-send-breakdown', attributes: 'campaign-id="camp_1" send-id="send_1"' },
] as const;

/** Mounts `tag` in German and resolves with its first braze-error and the error view's text, once rendered. */
async function failing(tag: string, attributes: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<${tag} locale="de" ${attributes}></${tag}>`;
  const el = document.importNode(template.content.firstElementChild!, true) as BrazeChartElement;
  const failed = oneEvent(el, 'braze-error') as Promise<CustomEvent<BrazeErrorDetail>>;
  wrapper.append(el);
  const { detail } = await failed;
  await el.updateComplete;
  const view = el.shadowRoot!.querySelector('[part="error"]')!;
  const lines = [...view.querySelectorAll('span')].map((span) => span.textContent!.trim());
  return { el, error: detail.error, view, text: view.textContent!.replace(/\s+/g, ' '), lines };
}

function expectNoEnglish(text: string, what: string) {
  for (const words of ENGLISH) expect(text, `${what}: "${words}"`).to.not.contain(words);
}

/** The fake proxy answers of each case, by name; `retries: 0` so that failures surface at once. */
const answers: [string, () => Response | Promise<Response>, (text: string, lines: string[]) => void][] = [
  [
    'a network error',
    () => Promise.reject(new TypeError('Failed to fetch')),
    (text, lines) => {
      expect(text).to.contain('Der Analysedienst ist nicht erreichbar');
      expect(lines).to.deep.equal(['Der Analyse-Proxy ist nicht erreichbar']);
      expect(text).to.contain('Erneut versuchen');
    },
  ],
  [
    'an HTTP 500 without a Braze body',
    () => new Response('upstream exploded', { status: 500 }),
    (text, lines) => {
      expect(text).to.contain('Der Analysedienst hat einen Fehler gemeldet');
      expect(lines).to.deep.equal(['Die Anfrage ist mit HTTP 500 fehlgeschlagen']);
    },
  ],
  [
    'an HTTP 500 with a Braze body',
    () => json({ message: 'Internal Braze error', errors: ['shard 7 is down'] }, { status: 500 }),
    (text, lines) => {
      expect(text).to.contain('Der Analysedienst hat einen Fehler gemeldet');
      // What Braze said is data: shown verbatim, not translated.
      expect(lines).to.deep.equal(['Internal Braze error', 'shard 7 is down']);
    },
  ],
  [
    'invalid JSON',
    () => new Response('<html>not json</html>', { status: 200 }),
    (text, lines) => {
      expect(text).to.contain('Der Analysedienst hat Daten gesendet, die dieses Diagramm nicht lesen kann');
      expect(lines).to.deep.equal(['Der Server hat mit ungültigem JSON geantwortet']);
    },
  ],
  [
    'a schema-invalid body',
    () => json({ message: 'success', data: 'not a list', name: 7 }),
    (text, lines) => {
      expect(text).to.contain('Der Analysedienst hat Daten gesendet, die dieses Diagramm nicht lesen kann');
      expect(lines[0]).to.match(/^Die Antwort von \/\w+\/\w+ hat nicht die erwartete Form$/);
      expect(lines.length).to.be.greaterThan(1);
      for (const line of lines.slice(1))
        expect(line).to.match(/^[\w.]+: (fehlt oder hat nicht den Typ \w+|.+)$/);
      expect(text).to.match(/: fehlt oder hat nicht den Typ (array|string|number)/);
    },
  ],
  [
    'a 429 with a Retry-After beyond the wait limit',
    () => new Response('', { status: 429, headers: { 'Retry-After': '120' } }),
    (text, lines) => {
      expect(text).to.contain('Gerade zu viele Anfragen');
      expect(lines).to.deep.equal([
        'Zu viele Anfragen: Das Braze-Anfragelimit ist erreicht',
        'In 120 s erneut versuchen.',
      ]);
    },
  ],
];

describe('error views in German (locale="de")', () => {
  for (const { tag, attributes } of elements) {
    describe(`<${tag}>`, () => {
      for (const [name, answer, check] of answers) {
        it(`explains ${name} in German`, async () => {
          const url = uniqueProxyUrl();
          configureClient(url, { fetch: fakeFetch(answer), retries: 0 });
          const { error, view, text, lines } = await failing(tag, `proxy-url="${url}" ${attributes}`);
          expect(view.getAttribute('role')).to.equal('alert');
          check(text, lines);
          if (name !== 'an HTTP 500 with a Braze body') expectNoEnglish(text, name);
          // The event keeps the English developer message.
          expect(error.message).to.be.a('string').and.not.equal('');
        });
      }

      it('explains a missing proxy-url in German', async () => {
        const { error, text, lines } = await failing(tag, attributes);
        expect([error.kind, error.code, error.param]).to.deep.equal([
          'config',
          'config-missing',
          'proxy-url',
        ]);
        expect(text).to.contain('Dieses Diagramm ist nicht richtig eingerichtet');
        expect(lines).to.deep.equal(['Das Attribut proxy-url fehlt.']);
        expectNoEnglish(text, 'missing proxy-url');
      });

      it('explains an invalid length in German, without requesting', async () => {
        const url = uniqueProxyUrl();
        const fetch = fakeFetch(() => json({}));
        configureClient(url, { fetch });
        const { error, text, lines } = await failing(tag, `proxy-url="${url}" ${attributes} length="500"`);
        expect([error.kind, error.code]).to.deep.equal(['config', 'config-param']);
        expect(lines).to.deep.equal(['length muss eine ganze Zahl von 1 bis 100 sein']);
        expect(fetch.requests).to.have.length(0);
        expectNoEnglish(text, 'invalid length');
      });

      it('explains an invalid ending-at in German', async () => {
        const url = uniqueProxyUrl();
        configureClient(url, { fetch: fakeFetch(() => json({})) });
        const { text, lines } = await failing(tag, `proxy-url="${url}" ${attributes} ending-at="gestern"`);
        expect(lines).to.have.length(1);
        expect(lines[0]).to.match(/^ending-at muss ein Datum oder Zeitpunkt nach ISO 8601 sein/);
        expectNoEnglish(text, 'invalid ending-at');
      });

      it('explains an invalid proxy-url in German', async () => {
        const { error, text, lines } = await failing(
          tag,
          `proxy-url="ftp://example.com/braze" ${attributes}`,
        );
        expect(error.code).to.equal('config-proxy-url');
        expect(lines).to.deep.equal([
          'proxy-url muss eine (absolute oder relative) http(s)-URL ohne Query-String sein.',
        ]);
        expectNoEnglish(text, 'invalid proxy-url');
      });
    });
  }

  it('explains element attribute values in German (unit, time-zone, view, group-by, ids)', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: fakeFetch(() => json({})) });
    const cases: [string, string, string][] = [
      ['braze-session-chart', 'unit="week"', 'unit muss day oder hour sein'],
      ['braze-session-chart', 'time-zone="Mars/Olympus"', 'time-zone "Mars/Olympus" ist keine Zeitzone'],
      ['braze-session-chart', 'app-id="bad id"', 'app-id muss aus 1–128 Buchstaben'],
      [
        'braze-send-breakdown',
        'campaign-id="c" send-id="s" view="pie"',
        'view muss daily, totals oder funnel',
      ],
      ['braze-send-breakdown', 'campaign-id="c" send-id="s" group-by="x"', 'group-by muss channel oder'],
      ['braze-send-breakdown', 'send-id="s"', 'Das Attribut campaign-id fehlt.'],
      ['braze-segment-trend', '', 'Das Attribut segment-id fehlt.'],
      ['braze-segment-trend', 'segment-id="../etc"', 'segment-id muss aus 1–128 Buchstaben'],
    ];
    for (const [tag, attributes, expected] of cases) {
      const { error, text, lines } = await failing(tag, `proxy-url="${url}" ${attributes}`);
      expect(error.kind, `${tag} ${attributes}`).to.equal('config');
      expect(lines.join(' '), `${tag} ${attributes}`).to.contain(expected);
      expectNoEnglish(text, `${tag} ${attributes}`);
    }
  });

  it('keeps the English wording in English (developer message = visible line)', async () => {
    const url = uniqueProxyUrl();
    configureClient(url, { fetch: fakeFetch(() => new Response('x', { status: 503 })), retries: 0 });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<braze-segment-trend locale="en" proxy-url="${url}" segment-id="s"></braze-segment-trend>`;
    const el = wrapper.firstElementChild as BrazeChartElement;
    const { detail } = (await oneEvent(el, 'braze-error')) as CustomEvent<BrazeErrorDetail>;
    await el.updateComplete;
    expect(detail.error.message).to.equal('Request failed with HTTP 503');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'Request failed with HTTP 503',
    );
  });
});
