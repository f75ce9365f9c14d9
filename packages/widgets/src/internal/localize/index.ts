/**
 * Localisation: one typed `Translation` per locale. zh-CN (the default) ships in the runtime chunk;
 * other locales are separate chunks, loaded the first time a widget needs them (`loadTranslation`),
 * so a page in Chinese never downloads the English table. Widgets read strings through `this.t`
 * (see `UnionElement`), which re-renders once a table has arrived.
 */
import type { Translation, UnionLocale } from './translation.js';
import { zhCN } from './zh-CN.js';

export type * from './translation.js';
export { zhCN };

export const DEFAULT_LOCALE: UnionLocale = 'zh-CN';
export const LOCALES: readonly UnionLocale[] = ['zh-CN', 'en'];

const loaded: Partial<Record<UnionLocale, Translation>> = { 'zh-CN': zhCN };
const pending = new Map<UnionLocale, Promise<Translation>>();
const loaders: Record<Exclude<UnionLocale, 'zh-CN'>, () => Promise<Translation>> = {
  en: () => import('./en.js').then((m) => m.en),
};

/** The table of a locale if it is already loaded. */
export function getTranslation(locale: UnionLocale): Translation | undefined {
  return loaded[locale];
}

/** Loads (once) and returns the table of a locale. */
export function loadTranslation(locale: UnionLocale): Promise<Translation> {
  const have = loaded[locale];
  if (have) return Promise.resolve(have);
  let p = pending.get(locale);
  if (!p) {
    p = loaders[locale as Exclude<UnionLocale, 'zh-CN'>]().then((t) => (loaded[locale] = t));
    pending.set(locale, p);
  }
  return p;
}

/**
 * The supported locale for a BCP 47 tag: `en`, `en-GB`, … → `en`; `zh`, `zh-CN`, `zh-Hans-CN` → `zh-CN`;
 * anything else (or nothing) → `undefined`, so callers can fall back.
 */
export function resolveLocale(tag: string | null | undefined): UnionLocale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return undefined;
}
