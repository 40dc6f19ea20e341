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
  /** The answer was 2xx but not valid JSON, or did not match the endpoint's schema. */
  validation: 'validation',
} as const;
export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

export interface BrazeRequestErrorInit {
  kind: ErrorKind;
  message: string;
  /** HTTP status, for `http` and `rate-limited`. */
  status?: number;
  /** Seconds the server asked us to wait (Retry-After or X-RateLimit-Reset), for `rate-limited`. */
  retryAfter?: number;
  /** Detail lines: Braze's `errors` array, or schema issues. */
  details?: string[];
  /** The endpoint path, e.g. `/segments/data_series`. */
  endpoint?: string;
  cause?: unknown;
}

/** The one error type every element reports (as `braze-error` detail and in its error state). */
export class BrazeRequestError extends Error {
  override readonly name = 'BrazeRequestError';
  readonly kind: ErrorKind;
  readonly status: number | undefined;
  readonly retryAfter: number | undefined;
  readonly details: readonly string[];
  readonly endpoint: string | undefined;

  constructor(init: BrazeRequestErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.retryAfter = init.retryAfter;
    this.details = init.details ?? [];
    this.endpoint = init.endpoint;
  }
}
