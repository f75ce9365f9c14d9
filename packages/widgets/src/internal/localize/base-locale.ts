/**
 * For text written only in the two hand-written locales (the hosted page, the hosted frame's notice):
 * the one nearest to a locale the widgets speak. In a module of its own, so it loads with that text and
 * not in the runtime chunk.
 */
import type { BaseLocale, UnionLocale } from './translation.js';

/** Chinese (zh-TW and zh-HK included) → zh-CN; anything else → en. */
export function baseLocale(locale: UnionLocale): BaseLocale {
  return locale.startsWith('zh') ? 'zh-CN' : 'en';
}
