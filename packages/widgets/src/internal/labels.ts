/**
 * The one way a widget turns a value of the contract's enums (a status, a type, a category, a
 * district, an amenity) into words. The API adds enum values without notice (docs/api-behaviour.md,
 * "Compatibility"), so a value may arrive that this build's tables do not name: it is shown with a
 * neutral label — 状态未知 / "Status unknown" for a status, 其他 / "Other" for anything else — never
 * `undefined`, a blank, or the raw code in the middle of a Chinese sentence.
 */

/** What a value is: a status (状态未知) or anything else, a type, category or place (其他). */
export type NeutralKind = 'status' | 'other';

const NEUTRAL: Readonly<Record<'zh-CN' | 'zh-Hant' | 'en', Readonly<Record<NeutralKind, string>>>> = {
  'zh-CN': { status: '状态未知', other: '其他' },
  'zh-Hant': { status: '狀態未知', other: '其他' },
  en: { status: 'Status unknown', other: 'Other' },
};

/** The neutral label of `kind` in `locale` (Traditional Chinese for zh-TW and zh-HK; English for a locale without Chinese). */
export function neutralLabel(locale: string, kind: NeutralKind): string {
  const lang = /^zh-(TW|HK|MO|Hant)/i.test(locale) ? 'zh-Hant' : /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
  return NEUTRAL[lang][kind];
}

/**
 * `table[value]` when the table names `value`; `neutral` otherwise (an unknown value, `null`,
 * `undefined`, an empty label). Tables of words (`Record<Status, string>`) or of richer entries (a
 * help type's name and explanation).
 */
export function labelOr<K extends string, V>(table: Readonly<Record<K, V>>, value: string | null | undefined, neutral: V): V {
  const found = value != null && Object.prototype.hasOwnProperty.call(table, value) ? (table as Readonly<Record<string, V>>)[value] : undefined;
  return found === undefined || found === '' ? neutral : found;
}

/**
 * The words for an enum value in `locale`: `enumLabel(t.locale, s.enums.registrationStatus, r.status, 'status')`
 * is 已报名 for `confirmed` and 状态未知 for a status the contract added after this build.
 */
export function enumLabel<K extends string>(
  locale: string,
  table: Readonly<Record<K, string>>,
  value: string | null | undefined,
  kind: NeutralKind = 'other',
): string {
  return labelOr(table, value, neutralLabel(locale, kind));
}
