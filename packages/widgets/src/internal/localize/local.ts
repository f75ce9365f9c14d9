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

/** A table's loader in another locale: a dynamic import, so bundlers split it out. */
export type StringsLoader<T> = () => Promise<{ en: T } | { strings: T }>;

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
  /** Loaders of the en table and of the generated zh-TW and zh-HK ones. */
  readonly load: Partial<Record<UnionLocale, StringsLoader<T>>>;
  /** Tables on their way, by locale. */
  readonly pending: Partial<Record<UnionLocale, Promise<T>>>;
}

/**
 * Declares a widget's strings: `localStrings<XStrings>('x', { … }, () => import('./strings.en.js'),
 * { 'zh-TW': () => import('./strings.zh-TW.js'), 'zh-HK': () => import('./strings.zh-HK.js') })` —
 * the last argument and its files generated (`npm run generate:l10n -w @unionkit/widgets`).
 */
export function localStrings<T>(
  id: string,
  zhCN: T,
  en: () => Promise<{ en: T }>,
  hant?: Partial<Record<'zh-TW' | 'zh-HK', () => Promise<{ strings: T }>>>,
): LocalStrings<T> {
  return { name: id, 'zh-CN': zhCN, load: { en, ...hant }, pending: {} };
}

/** The table of `locale` if it is here (`undefined` while it loads). */
export function loadedStrings<T>(table: LocalStrings<T>, locale: UnionLocale): T | undefined {
  return table[locale] as T | undefined;
}

/**
 * The table for `locale` (with the platform's overrides) if loaded; otherwise zh-CN now, and `onLoaded`
 * once the table arrives. A registered locale's table comes from its module (`widget`), which falls
 * back to en for what it lacks; a locale that cannot load stays in zh-CN.
 */
export function pickStrings<T>(table: LocalStrings<T>, locale: UnionLocale, onLoaded: () => void): T {
  const have = table[locale] as T | undefined;
  const over = (t: T, l: UnionLocale) => (hooks.over ? hooks.over(t, table.name, l) : t);
  if (have) return over(have, locale);
  const load = table.load[locale];
  const p = (table.pending[locale] ??= (
    load
      ? load().then((m) => ('en' in m ? m.en : m.strings))
      : loadLocale(locale).then((m) => m.widget!(table as LocalStrings<unknown>) as Promise<T>)
  ).then((t) => ((table as Record<string, unknown>)[locale] = t)));
  void p.then(onLoaded, () => undefined);
  return over(table['zh-CN'], 'zh-CN');
}
