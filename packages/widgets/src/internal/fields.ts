/*
 * What the worker typed, as the API takes it: half-width, without separators, counted as the worker
 * sees it. The field templates are in `views/fields.ts`.
 */
import { isValidMobile, normaliseMobile } from '@unionkit/sdk/validators';
import { normaliseId } from './normalise.js';

export { halfWidth, normaliseId, normaliseNumber } from './normalise.js';

/** The mobile as the API takes it (full-width digits, spaces, dashes and +86 taken care of), or `null`. */
export function mobileOf(value: string): string | null {
  return normaliseMobile(normaliseId(value));
}

/** What is wrong with a typed mobile, in the form's words, or `undefined`. */
export function checkMobile(value: string, s: { mobileRequired: string; mobileInvalid: string }): string | undefined {
  const m = normaliseId(value);
  if (!m) return s.mobileRequired;
  return isValidMobile(m) ? undefined : s.mobileInvalid;
}

/** Characters as the worker sees them (grapheme clusters): "👨‍👩‍👧" and "é" count 1. For counters; the API counts the same. */
export { countCharacters } from '@unionkit/sdk/validators';
