import type { BrazeRequestError } from '../../data/errors.js';

/** UI strings (en). One table so later locales replace them in one place. */
export const messages = {
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
  retryIn: (seconds: number) => `Try again in ${seconds} s.`,
} as const;

/** Headline + detail lines for an error, in words a marketer can act on. */
export function describeError(error: BrazeRequestError): { title: string; lines: string[] } {
  const lines = [error.message, ...error.details].filter((line, i, all) => line && all.indexOf(line) === i);
  if (error.retryAfter !== undefined) lines.push(messages.retryIn(error.retryAfter));
  return { title: messages.errorTitle[error.kind], lines };
}
