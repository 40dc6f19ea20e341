/** What went wrong, as a closed set of kinds an element can switch on. */
export const ErrorKind = {
  /** The element is misconfigured: missing `proxy-url`, missing id, invalid attribute value. No request was made. */
  config: 'config',
  /** The request never got an HTTP answer (offline, DNS, CORS, connection reset). */
  network: 'network',
  /** The proxy or Braze answered with a non-2xx status other than 429. */
  http: 'http',
  /** 429 from the proxy or Braze, after the retries allowed by Retry-After were used up. */
  rateLimited: 'rate-limited',
  /** The answer was 2xx but not valid JSON, did not match the endpoint's schema, or its `message` was not "success". */
  validation: 'validation',
  /** No answer within the client's (or the element's) timeout: a proxy or load balancer that never answers. */
  timeout: 'timeout',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

/**
 * What went wrong, more precisely than `kind`, so that an element can explain it in the viewer's language: the
 * element's message tables map each code (with `status`, `param`, `issues`) to a localized sentence. `message` stays
 * the English developer message (events, devtools); only `serverMessage` and Braze's `details` are shown as sent.
 */
export const ErrorCode = {
  /** config: the element's own message, already in the UI language (e.g. a missing `segment-id`). */
  config: 'config',
  /** config: a required attribute is missing; `param` names it (e.g. `proxy-url`). */
  configMissing: 'config-missing',
  /** config: `proxy-url` is not an http(s) base URL without a query string. */
  configProxyUrl: 'config-proxy-url',
  /** config: request parameters failed validation; `issues` says which. */
  configParam: 'config-param',
  /** network: no HTTP answer. */
  network: 'network',
  /** network: the connection failed while the answer was read. */
  networkRead: 'network-read',
  /** http: a non-2xx status; `serverMessage` holds Braze's message when it sent one. */
  httpStatus: 'http-status',
  /** http: Braze refused the segment because it has no analytics tracking (`analytics_not_enabled`). */
  analyticsNotEnabled: 'analytics-not-enabled',
  /** rate-limited: 429 after the allowed retries; see `retryAfter` and `serverMessage`. */
  rateLimited: 'rate-limited',
  /** validation: a 2xx answer that is not JSON. */
  invalidJson: 'invalid-json',
  /** validation: a 2xx answer that does not match the endpoint's schema; `issues` says where. */
  schema: 'schema',
  /** validation: a 2xx answer whose `message` is not "success" (Braze's words are in `serverMessage`). */
  notSuccess: 'not-success',
  /** timeout: no answer in time. */
  timeout: 'timeout',
  /** Anything else (a foreign error wrapped as a BrazeRequestError); `message` is the original one. */
  unknown: 'unknown',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One machine-readable validation problem: where (a parameter name or a response path) and what kind. */
export interface ErrorIssue {
  /** Dotted path: a request parameter (`length`, `ending_at`) or a response field (`data.0.size`); '' for the root. */
  path: string;
  /** The validator's issue code, e.g. `invalid_type`, `too_big`, `invalid_format`, `unrecognized_keys`, `custom`. */
  code: string;
  /** For `invalid_type`: the expected type, e.g. `number`. */
  expected?: string;
  /** For `unrecognized_keys`: the unknown keys. */
  keys?: readonly string[];
}

const DEFAULT_CODE: Record<ErrorKind, ErrorCode> = {
  config: ErrorCode.config,
  network: ErrorCode.network,
  http: ErrorCode.httpStatus,
  'rate-limited': ErrorCode.rateLimited,
  validation: ErrorCode.schema,
  timeout: ErrorCode.timeout,
};

/** HTTP statuses worth retrying: the request itself was fine, the service was not (timeout, too early, busy). */
const RETRYABLE_STATUS = [408, 425, 429];

export interface BrazeRequestErrorInit {
  kind: ErrorKind;
  /** The English developer message (shown in events and devtools). */
  message: string;
  /** What went wrong, precisely; default: the generic code of `kind`. */
  code?: ErrorCode;
  /** The `message` of Braze's (or the proxy's) error body, verbatim. */
  serverMessage?: string;
  /** The `code` of Braze's error body, e.g. `segment_not_found`. */
  brazeCode?: string;
  /** The attribute a `config-missing` / `config-proxy-url` error is about, e.g. `proxy-url`. */
  param?: string;
  /** Machine-readable validation problems, for `config-param` and `schema`. */
  issues?: readonly ErrorIssue[];
  /** HTTP status, for `http` and `rate-limited`. */
  status?: number;
  /** Seconds the server asked us to wait (Retry-After or X-RateLimit-Reset), for `rate-limited`. */
  retryAfter?: number;
  /** Detail lines: Braze's `errors` array (shown as sent), or schema / parameter issues (English, for developers). */
  details?: string[];
  /** The endpoint path, e.g. `/segments/data_series`. */
  endpoint?: string;
  cause?: unknown;
}

/** The one error type every element reports (as `braze-error` detail and in its error state). */
export class BrazeRequestError extends Error {
  override readonly name = 'BrazeRequestError';
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  readonly serverMessage: string | undefined;
  readonly brazeCode: string | undefined;
  readonly param: string | undefined;
  readonly issues: readonly ErrorIssue[];
  readonly status: number | undefined;
  readonly retryAfter: number | undefined;
  readonly details: readonly string[];
  readonly endpoint: string | undefined;

  constructor(init: BrazeRequestErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.code = init.code ?? DEFAULT_CODE[init.kind];
    this.serverMessage = init.serverMessage;
    this.brazeCode = init.brazeCode;
    this.param = init.param;
    this.issues = init.issues ?? [];
    this.status = init.status;
    this.retryAfter = init.retryAfter;
    this.details = init.details ?? [];
    this.endpoint = init.endpoint;
  }

  /**
   * Whether asking again can help: network failures, timeouts, rate limits, 5xx and unreadable answers can pass;
   * a configuration error, 400, 401/403, 404 or a segment without analytics tracking will not. The error view
   * offers Retry only then.
   */
  get retryable(): boolean {
    if (this.kind === ErrorKind.config || this.code === ErrorCode.analyticsNotEnabled) return false;
    if (this.kind !== ErrorKind.http) return true;
    const status = this.status ?? 0;
    return status >= 500 || RETRYABLE_STATUS.includes(status);
  }
}
