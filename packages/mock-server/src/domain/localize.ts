/**
 * Serving seed text in the requested locale: a seed record is Chinese with the English of its text
 * fields in `en` (`Bilingual` in `../store/types.ts`). A shallow copy per item served, no cloning of
 * the data; served objects are only serialised, never changed.
 */
import type { Locale } from '@unionkit/contract';

/** The record in `locale`, without its `en`. */
export function localize<T extends { en: object }>(record: T, locale: Locale): Omit<T, 'en'> {
  const { en, ...zh } = record;
  return locale === 'en' ? { ...zh, ...en } : zh;
}

/**
 * `{ ...localize(record, locale) } without the `omit` fields, then `extra`` (same fields, same order),
 * built in one pass: a list serves many records, and every spread is another copy.
 */
export function served<T extends { en: object }, K extends keyof T, E extends object>(
  record: T,
  locale: Locale,
  omit: readonly K[],
  extra: E,
): Omit<T, 'en' | K> & E {
  const out: Record<string, unknown> = {};
  const from = record as unknown as Record<string, unknown>;
  const en = locale === 'en' ? (record.en as Record<string, unknown>) : undefined;
  const skip = (key: string) => key === 'en' || (omit as readonly string[]).includes(key);
  for (const key of Object.keys(from)) if (!skip(key)) out[key] = en !== undefined && key in en ? en[key] : from[key];
  if (en !== undefined) for (const key of Object.keys(en)) if (!(key in out) && !skip(key)) out[key] = en[key];
  return Object.assign(out, extra) as Omit<T, 'en' | K> & E;
}

/** A text pair, Chinese first. */
export interface Text {
  zh: string;
  en: string;
}

export function pick(text: Text, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
