import type { ErrorIssue } from '../../data/errors.js';

/** The words of a schema problem, per language. */
export interface IssueWords {
  /** The name of the whole answer (for a problem at its root). */
  answer: string;
  type: (expected: string | undefined) => string;
  keys: (keys: string) => string;
  range: string;
  format: string;
  other: string;
}

/** `path: what is wrong`, for one schema problem. */
export const issueLine =
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
