/**
 * String overrides: a platform replaces any string of the widgets, per locale, by the documented dotted
 * key (`./keys.ts`) — `<union-provider>.strings = { 'zh-CN': { 'membershipFlow.submitApplication': '立即入会' } }`
 * or `setStringOverrides(…)` without a provider. They apply on top of whatever table is loaded (built-in,
 * generated or registered) to every widget on the page, and keep applying when the locale changes.
 *
 * This module is not in the runtime chunk: it is loaded with the provider (or imported by a platform),
 * and plugs into the runtime through `hooks.over`.
 */
import { devWarn } from './dev.js';
import { hooks, resolveLocale } from './index.js';
import type { StringOverrides, WidgetStringTables } from './keys.js';
import type { UnionLocale } from './translation.js';

/** The ids of the widgets' tables, for the development warning about keys that name none. */
const TABLE_IDS: Record<keyof WidgetStringTables, true> = {
  membership: true,
  membershipFlow: true,
  insurance: true,
  insuranceClaim: true,
  insurancePayment: true,
  insuranceConfirm: true,
  serviceMap: true,
  serviceMapMap: true,
  serviceMapDetail: true,
  events: true,
  eventsDetail: true,
  jobs: true,
  jobsApply: true,
  jobsMine: true,
  jobsDetail: true,
  helpDesk: true,
  helpDeskForm: true,
  helpDeskMine: true,
  upload: true,
  slots: true,
};
const SHARED_SECTIONS = new Set(['common', 'provider', 'enums', 'errors']);

let current: Partial<Record<UnionLocale, Record<string, unknown>>> = {};
/** Table → locale → the table with the overrides applied (made once per set of overrides). */
let made = new WeakMap<object, Map<UnionLocale, unknown>>();

/** A copy of `obj` with `value` at `path` (only where the table has a string or message there). */
function withValue(obj: unknown, path: string[], value: unknown, key: string): unknown {
  const [head, ...rest] = path;
  const here = (obj as Record<string, unknown> | undefined)?.[head!];
  if (here === undefined || (rest.length === 0 && typeof here === 'object') || (rest.length > 0 && typeof here !== 'object')) {
    devWarn(`the string override "${key}" names no string of its table; it is left out.`);
    return obj;
  }
  const copy: Record<string, unknown> = Array.isArray(obj) ? [...(obj as unknown[])] as never : { ...(obj as object) };
  // A message the widget calls with values, given as plain text: say the text whatever the values.
  copy[head!] = rest.length ? withValue(here, rest, value, key) : typeof here === 'function' && typeof value === 'string' ? () => value : value;
  return copy;
}

function over<T>(table: T, id: string, locale: UnionLocale): T {
  const entries = current[locale];
  if (!entries || typeof table !== 'object' || table === null) return table;
  let byLocale = made.get(table);
  if (!byLocale) made.set(table, (byLocale = new Map()));
  if (byLocale.has(locale)) return byLocale.get(locale) as T;
  let out: unknown = table;
  for (const [key, value] of Object.entries(entries)) {
    const path = key.split('.');
    if (id ? path[0] !== id : !SHARED_SECTIONS.has(path[0]!)) continue;
    out = withValue(out, id ? path.slice(1) : path, value, key);
  }
  byLocale.set(locale, out);
  return out as T;
}

/**
 * Replaces the strings of every widget on the page (all earlier overrides are dropped; `undefined`
 * drops them all). Widgets re-render when their provider's `strings` change; without a provider, set
 * the overrides before the widgets render, or call `requestUpdate()` on them.
 */
export function setStringOverrides(overrides: StringOverrides | undefined): void {
  current = {};
  made = new WeakMap();
  for (const [tag, entries] of Object.entries(overrides ?? {})) {
    const locale = resolveLocale(tag) ?? tag;
    current[locale] = { ...current[locale], ...entries };
    for (const key of Object.keys(entries ?? {})) {
      const first = key.split('.')[0]!;
      if (!SHARED_SECTIONS.has(first) && !(first in TABLE_IDS)) {
        devWarn(`the string override "${key}" names no table (shared: ${[...SHARED_SECTIONS].join(', ')}; widgets: ${Object.keys(TABLE_IDS).join(', ')}).`);
      }
    }
  }
  hooks.over = Object.keys(current).length ? over : undefined;
}
