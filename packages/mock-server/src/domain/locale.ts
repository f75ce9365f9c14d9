/**
 * The language of server text, decided in one place: the `Accept-Language` of the request, else the
 * session's `locale`, else `zh-CN`. Only two locales exist; any Chinese tag (`zh`, `zh-Hans`,
 * `zh-CN`, `zh-TW`) counts as `zh-CN` and any English one (`en`, `en-US`, `en-GB`) as `en`.
 */
import type { Locale } from '@unionkit/contract';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The supported locale a language tag stands for, or null. */
function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split('-')[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

/**
 * The best supported locale of an `Accept-Language` value (RFC 9110 §12.5.4: by q-value, ties in
 * the order given; `q=0` means "not this one"), or null when it names none we serve (`*` included).
 */
export function requestedLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  let best: Locale | null = null;
  let bestQ = 0;
  for (const part of header.slice(0, 256).split(',')) {
    const [tag = '', ...params] = part.split(';');
    const locale = localeOfTag(tag);
    if (!locale) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    if (q > bestQ) {
      best = locale;
      bestQ = q;
    }
  }
  return best;
}

/** The one fallback rule: requested → session locale → zh-CN. */
export function resolveLocale(acceptLanguage: string | null | undefined, sessionLocale?: Locale | null): Locale {
  return requestedLocale(acceptLanguage) ?? sessionLocale ?? DEFAULT_LOCALE;
}
