import * as z from 'zod/mini';
import { NAME_PATTERN } from './fields.js';

// Apart from fields.ts: only the event and purchase endpoints take a name, and fields.ts is in every element's
// shared chunk.
/** A name parameter (see {@link NAME_PATTERN}). */
export const nameParam = (name: string) =>
  z
    .string()
    .check(
      z.regex(
        NAME_PATTERN,
        `${name} must be 1-255 characters, with no control characters and no space at either end`,
      ),
    );
