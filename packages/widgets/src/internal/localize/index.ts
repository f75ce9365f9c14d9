/**
 * Localisation: one typed `Translation` per locale. zh-CN (the default) ships in the runtime chunk;
 * other locales are separate chunks, loaded the first time a widget needs them (`loadTranslation`),
 * so a page in Chinese never downloads another table. Widgets read strings through `this.t` (see
 * `UnionElement`), which re-renders once a table has arrived.
 *
 * zh-TW and zh-HK are generated from the zh-CN tables at build time (`npm run generate:l10n`, OpenCC);
 * a platform adds a locale with `registerLocale()` (`./register.ts`) and replaces strings with
 * `setStringOverrides()` / `<union-provider>.strings` (`./overrides.ts`), both outside this chunk:
 * what they need here is the `locales` registry and the `hooks.over` slot.
 */
import type { LocalStrings } from './local.js';
import type { Translation, UnionLocale } from './translation.js';
import { zhCN } from './zh-CN.js';

export type * from './translation.js';
export { zhCN };

export const DEFAULT_LOCALE: UnionLocale = 'zh-CN';
export const LOCALES: readonly UnionLocale[] = ['zh-CN', 'en', 'zh-TW', 'zh-HK'];

/**
 * A locale's tables: the shared `Translation` and how to get a widget's own table (`LocalStrings`) in
 * that locale; without `widget`, a widget's own words come in English (then zh-CN).
 */
export interface LocaleModule {
  t: Translation;
  widget?: (table: LocalStrings<unknown>) => Promise<unknown>;
}

/** Loaded locales, and those on their way (`registerLocale` forgets a locale registered again). */
export const loaded: Record<string, LocaleModule> = { 'zh-CN': { t: zhCN } };
export const pending = new Map<string, Promise<LocaleModule>>();
/** Every locale a widget can speak besides zh-CN, by tag: its (on-demand) loader. `registerLocale` adds to it. */
export const locales: Record<string, () => Promise<LocaleModule>> = {
  en: () => import('./en.js').then((m) => ({ t: m.en })),
  'zh-TW': () => import('./zh-TW.js').then((m) => m.zhTW),
  'zh-HK': () => import('./zh-HK.js').then((m) => m.zhHK),
};

/**
 * Where string overrides plug in (`./overrides.ts` sets `over` once a platform gives some): the table a
 * widget shows, for the table's id (`''` for the shared one) and locale.
 */
export const hooks: { over?: <T>(table: T, id: string, locale: UnionLocale) => T } = {};

/** The table of a locale if it is already loaded. */
export function getTranslation(locale: UnionLocale): Translation | undefined {
  return loaded[locale]?.t;
}

/** Loads (once) a locale's module; rejects, saying how to add it, for a locale nobody registered. */
export function loadLocale(locale: UnionLocale): Promise<LocaleModule> {
  const have = loaded[locale];
  if (have) return Promise.resolve(have);
  let p = pending.get(locale);
  if (!p) {
    const load = locales[locale];
    p = load
      ? load().then((m) => (loaded[locale] = m))
      : Promise.reject(new Error(`UnionKit: no locale "${locale}"; see registerLocale`));
    pending.set(locale, p);
  }
  return p;
}

/** Loads (once) and returns the table of a locale. */
export function loadTranslation(locale: UnionLocale): Promise<Translation> {
  return loadLocale(locale).then((m) => m.t);
}

/**
 * The locale for a BCP 47 tag: `en`, `en-GB`, … → `en`; `zh-HK`, `zh-MO`, `zh-Hant-HK` → `zh-HK`;
 * `zh-TW`, `zh-Hant`, `zh-Hant-TW` → `zh-TW`; any other `zh…` (`zh`, `zh-CN`, `zh-SG`, `zh-Hans-HK`) →
 * `zh-CN`; a registered tag, or the language of one (`fr-CA` when `fr` is registered); anything else
 * (or nothing) → `undefined`, so callers can fall back.
 */
export function resolveLocale(tag: string | null | undefined): UnionLocale | undefined {
  const lower = tag?.toLowerCase() ?? '';
  if (/^zh(-hant)?-(hk|mo)\b/.test(lower)) return 'zh-HK';
  if (/^zh-(hant|tw)\b/.test(lower)) return 'zh-TW';
  if (/^zh\b/.test(lower)) return 'zh-CN';
  if (/^en\b/.test(lower)) return 'en';
  return [tag!, lower.split('-')[0]!].find((t) => t && locales[t]);
}
