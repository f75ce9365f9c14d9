/**
 * A widget's own strings: the zh-CN table ships with the widget, the en table is a separate chunk
 * loaded the first time the widget speaks English (like the shared tables in `./index.ts`); zh-TW and
 * zh-HK come, generated, in chunks the locale's module names by the table's `id`, and a registered
 * locale's from its registration. Read them through `UnionElement.localStrings(table)`, which
 * re-renders the widget once a table arrives. The `id` is also the first part of the table's keys for
 * string overrides (`membershipFlow.submitApplication`, see `./keys.ts`).
 */
import { hooks, loadLocale } from './index.js';
import type { UnionLocale } from './translation.js';

/**
 * A widget's table: zh-CN, and each other locale's once loaded, under the locale's tag (`table.en`,
 * `table['zh-TW']`, `table.fr`). Its own fields' names are none a BCP 47 language tag can be.
 */
export interface LocalStrings<T> {
  readonly 'zh-CN': T;
  en?: T;
  [locale: string]: unknown;
  /** The table's id: the first part of its override keys, and its name in a registered locale. */
  readonly name: string;
  /** Loads the en table (a dynamic import, so bundlers split it out). */
  readonly loadEn: () => Promise<{ en: T }>;
  /** Tables on their way, by locale. */
  readonly pending: Partial<Record<UnionLocale, Promise<T>>>;
}

/**
 * Declares a widget's strings: `localStrings<XStrings>('x', { … }, () => import('./strings.en.js'))`.
 * The id names the table in override keys (`x.title`) and in registered locales; zh-TW and zh-HK are
 * generated from the zh-CN table (`npm run generate:l10n -w @unionkit/widgets`) and loaded by id.
 */
export function localStrings<T>(id: string, zhCN: T, loadEn: () => Promise<{ en: T }>): LocalStrings<T> {
  return { name: id, 'zh-CN': zhCN, loadEn, pending: {} };
}

/** The table of `locale` if it is here (`undefined` while it loads). */
export function loadedStrings<T>(table: LocalStrings<T>, locale: UnionLocale): T | undefined {
  return table[locale] as T | undefined;
}

/**
 * The table for `locale` (with the platform's overrides) if loaded; otherwise zh-CN now, and `onLoaded`
 * once the table arrives. en comes from the table's own loader; any other locale's from that locale's
 * module (generated for zh-TW and zh-HK, registered for others, falling back to en); a locale that
 * cannot load stays in zh-CN.
 */
export function pickStrings<T>(table: LocalStrings<T>, locale: UnionLocale, onLoaded: () => void): T {
  const have = table[locale] as T | undefined;
  const over = (t: T, l: UnionLocale) => (hooks.over ? hooks.over(t, table.name, l) : t);
  if (have) return over(have, locale);
  const p = (table.pending[locale] ??= (
    locale === 'en' ? table.loadEn().then((m) => m.en) : loadLocale(locale).then((m) => m.widget!(table as LocalStrings<unknown>) as Promise<T>)
  ).then((t) => ((table as Record<string, unknown>)[locale] = t)));
  void p.then(onLoaded, () => undefined);
  return over(table['zh-CN'], 'zh-CN');
}
