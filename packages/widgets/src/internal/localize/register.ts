/**
 * Registering a locale: a platform gives the widgets a language the union does not ship.
 *
 * ```ts
 * registerLocale('fr', () => import('./unionkit-fr.js'));          // loaded when a widget first speaks it
 * registerLocale('fr', { translation: { common: { retry: 'Réessayer' } }, widgets: { membership: { title: 'Adhérer' } } });
 * ```
 *
 * The tables are partial: what a locale lacks falls back to English, then to zh-CN. Dates, numbers and
 * distances are formatted by `Intl` in the registered locale. After registering, `locale="fr"` (on a
 * widget or the provider, and its regional tags such as `fr-CA`) and `loadTranslation('fr')` work.
 *
 * Not in the runtime chunk: loaded with the provider (or imported by a platform); it adds a loader to
 * the runtime's `locales`.
 */
import { loadTranslation, loaded, locales, pending, zhCN } from './index.js';
import type { PartialTable, WidgetStringTables } from './keys.js';
import type { LocalStrings } from './local.js';
import type { Translation } from './translation.js';

/** A locale's tables, all partial. */
export interface LocaleTables {
  /** The strings every widget shares (`common`, `errors`, `enums`, `provider`). */
  translation?: PartialTable<Omit<Translation, 'locale'>>;
  /** The widgets' own tables by id (`membership`, `membershipFlow`, … see the guide's list). */
  widgets?: { [K in keyof WidgetStringTables]?: PartialTable<WidgetStringTables[K]> };
}

/** The tables themselves, or a function that loads them (a dynamic import keeps them out of the page until needed). */
export type LocaleSource = LocaleTables | (() => Promise<LocaleTables | { default: LocaleTables }>);

/** `base` with every string `extra` gives (at any depth), keeping `base`'s where `extra` has none. */
function merge<T>(base: T, extra: unknown): T {
  if (extra === undefined || extra === null) return base;
  if (typeof base !== 'object' || base === null) {
    // A message the widget calls with values, given as plain text: say the text whatever the values.
    if (typeof base === 'function' && typeof extra === 'string') return (() => extra) as T;
    return typeof extra === typeof base ? (extra as T) : base;
  }
  const out: Record<string, unknown> = Array.isArray(base) ? ([...base] as never) : { ...(base as object) };
  for (const key of Object.keys(out)) out[key] = merge(out[key], (extra as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * Adds (or replaces) a locale. `tag` is a BCP 47 language tag other than Chinese and English (those are
 * built in; change their words with string overrides).
 */
export function registerLocale(tag: string, source: LocaleSource): void {
  if (/^(zh|en)\b/i.test(tag)) throw new Error(`UnionKit: ${tag} is built in; change its strings with string overrides instead`);
  delete loaded[tag];
  pending.delete(tag);
  let tables: Promise<LocaleTables> | undefined;
  const get = () =>
    (tables ??= Promise.resolve(typeof source === 'function' ? source() : source).then((m) => ('default' in m ? m.default : m) ?? {}));
  locales[tag] = async () => {
    const [own, en] = await Promise.all([get(), loadTranslation('en').catch(() => zhCN)]);
    const t = { ...merge(merge(zhCN, en), own.translation), locale: tag };
    return {
      t,
      widget: async (table: LocalStrings<unknown>) => {
        const en = await table.loadEn().then((m) => m.en, () => undefined);
        return merge(merge(table['zh-CN'], en), (own.widgets as Record<string, unknown> | undefined)?.[table.name]);
      },
    };
  };
}
