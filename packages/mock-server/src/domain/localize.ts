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

/** A text pair, Chinese first. */
export interface Text {
  zh: string;
  en: string;
}

export function pick(text: Text, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
