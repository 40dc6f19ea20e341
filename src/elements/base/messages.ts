import { MAX_LENGTH } from '../../api/params.js';
import { localized } from '../../chart/locale.js';
import type { BrazeRequestError, ErrorIssue } from '../../data/errors.js';
import { issueLine } from './issue-line.js';

/**
 * The error view's detail sentences, per `BrazeRequestError.code`. Only the client's own words live here: what the
 * server sent (Braze's `message` and `errors`) is data and is shown as sent.
 */
export interface ErrorMessages {
  /** No answer within the timeout. */
  timeout: string;
  /** A 200 whose `message` is not "success" (Braze's message follows). */
  notSuccess: string;
  /** 401: the proxy's key was refused. */
  unauthorized: string;
  /** 403: the proxy's key may not read this. */
  forbidden: string;
  /** 404: nothing under the id(s). */
  notFound: string;
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
  /** A segment without analytics tracking (Braze's `analytics_not_enabled`): what it means and what to do. */
  noAnalytics: { title: string; lines: readonly string[] };
  /** Buckets Braze sent more than once: how they are shown (`sum`: added up; else the last one). */
  duplicates: (dates: string, sum: boolean) => string;
  /** A bucket without data, in the tooltip and the table. */
  noData: string;
  hidden: string;
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  date: string;
  category: string;
  series: string;
  count: string;
  /** The sum of stacked series, last in the tooltip. */
  total: string;
  /** The export menu's disclosure button. */
  download: string;
  downloadCSV: string;
  downloadSVG: string;
  downloadPNG: string;
  /** Shown when the page does not let the chart make a PNG (its CSP blocks the image it is drawn from). */
  pngBlocked: string;
  keyboardHint: string;
  chart: string;
}

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
    timeout: 'The analytics service did not answer in time',
  },
  retryIn: (seconds) => `Try again in ${seconds} s.`,
  errors: {
    timeout: 'No answer came: the proxy, or something in front of it, may be down or overloaded.',
    notSuccess: 'Braze answered without data:',
    unauthorized:
      "The proxy's Braze API key was refused: it may be wrong or belong to another Braze instance.",
    forbidden: "The proxy's Braze API key may not read this data (a missing permission, or the plan).",
    notFound: "Braze has nothing under this ID: check the element's IDs.",
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
  noAnalytics: {
    title: 'Analytics tracking is off for this segment',
    lines: [
      'Braze only reports this for segments with analytics tracking on.',
      'Turn on analytics tracking for the segment in Braze (Segments › Analytics tracking), then reload.',
    ],
  },
  duplicates: (dates, sum) =>
    `Braze sent ${dates} more than once: ${sum ? 'the values are added up' : 'the last value is shown'}.`,
  noData: 'no data',
  hidden: '(hidden)',
  showTable: 'View as table',
  hideTable: 'Hide table',
  tableCaption: (title) => `${title}: data table`,
  date: 'Date',
  category: 'Category',
  series: 'Series',
  count: 'Count',
  total: 'Total',
  download: 'Download',
  downloadCSV: 'Download CSV',
  downloadSVG: 'Download SVG',
  downloadPNG: 'Download PNG',
  pngBlocked: 'This page does not allow the image a PNG is drawn from. Download SVG instead.',
  keyboardHint:
    'Use the arrow keys to move between points, Home and End to jump to the ends, Enter to select, Escape to close the tooltip and, pressed again, to leave the chart.',
  chart: 'chart',
};

export { localized } from '../../chart/locale.js';

/** The frame's strings for a locale. */
export function frameMessages(locale: string | undefined): FrameMessages {
  return localized('frame', en, locale);
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
    case 'http-status': {
      const { status } = error;
      const hint =
        status === 401
          ? e.unauthorized
          : status === 403
            ? e.forbidden
            : status === 404
              ? e.notFound
              : undefined;
      if (hint) return [hint, ...server];
      return error.serverMessage || status === undefined ? server : [e.httpStatus(status), ...server];
    }
    case 'not-success':
      return [e.notSuccess, ...server];
    case 'timeout':
      return [e.timeout];
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
  if (error.code === 'analytics-not-enabled')
    return { title: t.noAnalytics.title, lines: [...t.noAnalytics.lines] };
  const lines = errorLines(error, t).filter((line, i, all) => line && all.indexOf(line) === i);
  if (error.retryAfter !== undefined) lines.push(t.retryIn(error.retryAfter));
  return { title: t.errorTitle[error.kind], lines };
}
