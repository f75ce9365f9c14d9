/*
 * Characters as a person counts them. In a module of its own (re-exported by `validators.ts`) so that
 * code that only counts — the job application's schema, which every job-listings page loads with the
 * SDK's Jobs resource — does not bundle the ID and mobile checks with it.
 */

let graphemes: Intl.Segmenter | undefined;

/**
 * Characters as a person counts them: extended grapheme clusters (Unicode UAX #29), so "👨‍👩‍👧", "🇨🇳" and
 * "é" are one each — what a counter shows and what the API's character limits count.
 */
export function countCharacters(text: string): number {
  if (typeof Intl.Segmenter !== 'function') return [...text].length;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}
