import { MAX_LENGTH } from '../../api/params.js';
import { localized } from '../../chart/messages.js';
import type { BrazeRequestError, ErrorIssue } from '../../data/errors.js';

/**
 * The error view's detail sentences, per `BrazeRequestError.code`. Only the client's own words live here: what the
 * server sent (Braze's `message` and `errors`) is data and is shown as sent.
 */
export interface ErrorMessages {
  network: string;
  networkRead: string;
  httpStatus: (status: number) => string;
  rateLimited: string;
  invalidJson: string;
  /** A 2xx answer of `endpoint` (e.g. `/segments/data_series`) that does not match its schema. */
  schema: (endpoint: string) => string;
  /** One schema problem, at a response path (`data.0.size`; '' for the whole answer). */
  issue: (path: string, issue: ErrorIssue) => string;
  /** A missing required attribute, e.g. `proxy-url`. */
  required: (attribute: string) => string;
  proxyUrl: string;
  /** Invalid attribute values, by request parameter. */
  length: (max: number) => string;
  endingAt: string;
  unit: string;
  /** An id attribute (`segment-id`, `app-id`, …) with characters Braze ids never have. */
  id: (attribute: string) => string;
  invalidAttribute: (attribute: string) => string;
  unknownParams: (names: string) => string;
}

/** Every UI string of the shared frame, per locale. Element tables extend this shape (see `localized`). */
export interface FrameMessages {
  loading: string;
  empty: string;
  retry: string;
  errorTitle: Record<BrazeRequestError['kind'], string>;
  retryIn: (seconds: number) => string;
  errors: ErrorMessages;
  hidden: string;
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  date: string;
  category: string;
  series: string;
  count: string;
  /** The export menu's disclosure button. */
  download: string;
  downloadCSV: string;
  downloadSVG: string;
  downloadPNG: string;
  keyboardHint: string;
  chart: string;
}

/** The words of a schema problem, per language. */
interface IssueWords {
  /** The name of the whole answer (for a problem at its root). */
  answer: string;
  type: (expected: string | undefined) => string;
  keys: (keys: string) => string;
  range: string;
  format: string;
  other: string;
}

/** `path: what is wrong`, for one schema problem. */
const issueLine =
  (w: IssueWords) =>
  (path: string, issue: ErrorIssue): string => {
    const what =
      issue.code === 'invalid_type'
        ? w.type(issue.expected)
        : issue.code === 'unrecognized_keys'
          ? w.keys((issue.keys ?? []).join(', '))
          : issue.code === 'too_big' || issue.code === 'too_small'
            ? w.range
            : issue.code === 'invalid_format'
              ? w.format
              : w.other;
    return `${path || w.answer}: ${what}`;
  };

const en: FrameMessages = {
  loading: 'Loading…',
  empty: 'No data for this period.',
  retry: 'Retry',
  errorTitle: {
    config: 'This chart is not set up correctly',
    network: 'Could not reach the analytics service',
    http: 'The analytics service returned an error',
    'rate-limited': 'Too many requests right now',
    validation: 'The analytics service sent data this chart cannot read',
  },
  retryIn: (seconds) => `Try again in ${seconds} s.`,
  errors: {
    network: 'Could not reach the analytics proxy',
    networkRead: 'The connection failed while reading the answer',
    httpStatus: (status) => `Request failed with HTTP ${status}`,
    rateLimited: 'Too many requests: the Braze rate limit was reached',
    invalidJson: 'The server answered with invalid JSON',
    schema: (endpoint) => `The answer of ${endpoint} did not match the expected shape`,
    issue: issueLine({
      answer: 'answer',
      type: (expected) => (expected ? `missing or not of type ${expected}` : 'missing or not a valid value'),
      keys: (keys) => `unknown fields ${keys}`,
      range: 'out of range',
      format: 'wrong format',
      other: 'invalid value',
    }),
    required: (attribute) => `The ${attribute} attribute is required.`,
    proxyUrl: 'proxy-url must be an http(s) URL (absolute or relative) without a query string.',
    length: (max) => `length must be an integer from 1 to ${max}`,
    endingAt: 'ending-at must be an ISO-8601 date-time, e.g. 2024-05-01T00:00:00-05:00',
    unit: `unit must be 'day' or 'hour'`,
    id: (attribute) => `${attribute} must be 1-128 characters of letters, digits, '_', '-', '.', ':'`,
    invalidAttribute: (attribute) => `${attribute} has an invalid value`,
    unknownParams: (names) => `Unknown parameters: ${names}`,
  },
  hidden: '(hidden)',
  showTable: 'View as table',
  hideTable: 'Hide table',
  tableCaption: (title) => `${title}: data table`,
  date: 'Date',
  category: 'Category',
  series: 'Series',
  count: 'Count',
  download: 'Download',
  downloadCSV: 'Download CSV',
  downloadSVG: 'Download SVG',
  downloadPNG: 'Download PNG',
  keyboardHint:
    'Use the arrow keys to move between points, Home and End to jump to the ends, Enter to select, Escape to leave.',
  chart: 'chart',
};

const de: FrameMessages = {
  loading: 'Wird geladen…',
  empty: 'Keine Daten für diesen Zeitraum.',
  retry: 'Erneut versuchen',
  errorTitle: {
    config: 'Dieses Diagramm ist nicht richtig eingerichtet',
    network: 'Der Analysedienst ist nicht erreichbar',
    http: 'Der Analysedienst hat einen Fehler gemeldet',
    'rate-limited': 'Gerade zu viele Anfragen',
    validation: 'Der Analysedienst hat Daten gesendet, die dieses Diagramm nicht lesen kann',
  },
  retryIn: (seconds) => `In ${seconds} s erneut versuchen.`,
  errors: {
    network: 'Der Analyse-Proxy ist nicht erreichbar',
    networkRead: 'Die Verbindung ist beim Lesen der Antwort abgebrochen',
    httpStatus: (status) => `Die Anfrage ist mit HTTP ${status} fehlgeschlagen`,
    rateLimited: 'Zu viele Anfragen: Das Braze-Anfragelimit ist erreicht',
    invalidJson: 'Der Server hat mit ungültigem JSON geantwortet',
    schema: (endpoint) => `Die Antwort von ${endpoint} hat nicht die erwartete Form`,
    issue: issueLine({
      answer: 'Antwort',
      type: (expected) =>
        expected ? `fehlt oder hat nicht den Typ ${expected}` : 'fehlt oder ist kein gültiger Wert',
      keys: (keys) => `unbekannte Felder ${keys}`,
      range: 'außerhalb des erlaubten Bereichs',
      format: 'falsches Format',
      other: 'ungültiger Wert',
    }),
    required: (attribute) => `Das Attribut ${attribute} fehlt.`,
    proxyUrl: 'proxy-url muss eine (absolute oder relative) http(s)-URL ohne Query-String sein.',
    length: (max) => `length muss eine ganze Zahl von 1 bis ${max} sein`,
    endingAt: 'ending-at muss ein Datum oder Zeitpunkt nach ISO 8601 sein, z. B. 2024-05-01T00:00:00-05:00',
    unit: 'unit muss day oder hour sein',
    id: (attribute) =>
      `${attribute} muss aus 1–128 Buchstaben, Ziffern oder den Zeichen „_“, „-“, „.“, „:“ bestehen`,
    invalidAttribute: (attribute) => `${attribute} hat einen ungültigen Wert`,
    unknownParams: (names) => `Unbekannte Parameter: ${names}`,
  },
  hidden: '(ausgeblendet)',
  showTable: 'Als Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  tableCaption: (title) => `${title}: Datentabelle`,
  date: 'Datum',
  category: 'Kategorie',
  series: 'Reihe',
  count: 'Anzahl',
  download: 'Herunterladen',
  downloadCSV: 'CSV herunterladen',
  downloadSVG: 'SVG herunterladen',
  downloadPNG: 'PNG herunterladen',
  keyboardHint:
    'Mit den Pfeiltasten zwischen Punkten wechseln, Pos1 und Ende springen an die Enden, Eingabe wählt aus, Escape verlässt das Diagramm.',
  chart: 'Diagramm',
};

export { LANGUAGES, languageOf, localized, type Language } from '../../chart/messages.js';

/** The frame's strings for a locale. */
export function frameMessages(locale: string | undefined): FrameMessages {
  return localized({ en, de }, locale);
}

/** The English table (kept for code that has no locale at hand). */
export const messages = en;

/** A request parameter's attribute name: `ending_at` → `ending-at`. */
const attributeOf = (param: string) => param.replaceAll('_', '-');

/** The sentence for one invalid request parameter (an attribute of the element). */
function paramLine(issue: ErrorIssue, e: ErrorMessages): string {
  if (issue.code === 'unrecognized_keys') return e.unknownParams((issue.keys ?? []).join(', '));
  const param = issue.path.split('.')[0] ?? '';
  if (param === 'length') return e.length(MAX_LENGTH);
  if (param === 'ending_at') return e.endingAt;
  if (param === 'unit') return e.unit;
  if (param.endsWith('_id')) return e.id(attributeOf(param));
  return e.invalidAttribute(attributeOf(param) || '?');
}

/** The client's own words for an error, from the locale's table; what the server sent is kept as sent. */
function errorLines(error: BrazeRequestError, t: FrameMessages): string[] {
  const e = t.errors;
  const server = error.serverMessage ? [error.serverMessage, ...error.details] : [...error.details];
  switch (error.code) {
    case 'config-missing':
      return [e.required(error.param ?? 'proxy-url')];
    case 'config-proxy-url':
      return [e.proxyUrl];
    case 'config-param':
      return error.issues.length ? error.issues.map((issue) => paramLine(issue, e)) : [error.message];
    case 'network':
      return [e.network];
    case 'network-read':
      return [e.networkRead];
    case 'http-status':
      return error.serverMessage || error.status === undefined
        ? server
        : [e.httpStatus(error.status), ...server];
    case 'rate-limited':
      return error.serverMessage ? server : [e.rateLimited, ...server];
    case 'invalid-json':
      return [e.invalidJson];
    case 'schema':
      return [
        e.schema(error.endpoint ?? '?'),
        ...(error.issues.length ? error.issues.map((issue) => e.issue(issue.path, issue)) : error.details),
      ];
    default:
      // `config` (the element's own, already localized words) and `unknown` (a foreign error's message).
      return [error.message, ...error.details];
  }
}

/** Headline + detail lines for an error, in words a marketer can act on, in the table's language. */
export function describeError(
  error: BrazeRequestError,
  t: FrameMessages = en,
): { title: string; lines: string[] } {
  const lines = errorLines(error, t).filter((line, i, all) => line && all.indexOf(line) === i);
  if (error.retryAfter !== undefined) lines.push(t.retryIn(error.retryAfter));
  return { title: t.errorTitle[error.kind], lines };
}
