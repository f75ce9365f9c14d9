/**
 * A widget's own strings: the zh-CN table ships with the widget, the en table is a separate chunk
 * loaded the first time the widget speaks English (like the shared tables in `./index.ts`). Read them
 * through `UnionElement.strings(table)`, which re-renders the widget once a table arrives.
 */
import type { UnionLocale } from './translation.js';

export interface LocalStrings<T> {
  readonly 'zh-CN': T;
  en?: T;
  /** Loads the en table (a dynamic import, so bundlers split it out). */
  readonly loadEn: () => Promise<{ en: T }>;
  pending?: Promise<T>;
}

/** Declares a widget's strings: `localStrings<XStrings>({ … }, () => import('./strings.en.js'))`. */
export function localStrings<T>(zhCN: T, loadEn: () => Promise<{ en: T }>): LocalStrings<T> {
  return { 'zh-CN': zhCN, loadEn };
}

/** The table for `locale` if loaded; otherwise zh-CN now, and `onLoaded` once the table arrives. */
export function pickStrings<T>(table: LocalStrings<T>, locale: UnionLocale, onLoaded: () => void): T {
  if (locale === 'zh-CN') return table['zh-CN'];
  if (table.en) return table.en;
  table.pending ??= table.loadEn().then((m) => (table.en = m.en));
  void table.pending.then(onLoaded, () => undefined);
  return table['zh-CN'];
}
