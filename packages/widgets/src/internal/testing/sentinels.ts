/**
 * Proves that personal data never leaves the widget to places the platform can read: console,
 * localStorage/sessionStorage, history (URLs), cookies, `union-*` events, request URLs, window.open.
 *
 * ```ts
 * const watch = watchSentinels();
 * // … fill the form with watch.sentinels.name / idNumber / mobile, submit …
 * watch.assertClean(el); watch.restore();
 * ```
 */
import { UNION_EVENT_NAMES } from '../../events/index.js';

/** Values no real worker has, easy to spot anywhere. */
export const SENTINELS = {
  /** A name. */
  name: '哨兵测试姓名',
  /** A valid resident ID number (GB 11643 check digit), born 1990-03-07. */
  idNumber: '110105199003070017',
  /** A mobile number. */
  mobile: '13912345678',
} as const;

export interface SentinelWatch {
  sentinels: typeof SENTINELS;
  /** Everything recorded, as strings, with where it went. */
  records: Array<{ where: string; text: string }>;
  /** Throws if any sentinel (or its masked-free variants) appears anywhere recorded or in the widget's host-visible state. */
  assertClean(...elements: Element[]): void;
  restore(): void;
}

function stringify(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function watchSentinels(sentinels = SENTINELS): SentinelWatch {
  const records: SentinelWatch['records'] = [];
  const restores: Array<() => void> = [];
  const patch = <T extends object, K extends keyof T>(obj: T, key: K, where: string) => {
    const original = obj[key];
    (obj as Record<PropertyKey, unknown>)[key as PropertyKey] = function (this: unknown, ...args: unknown[]) {
      // A request's body legitimately goes to the union API; what must stay clean is its URL.
      const text =
        where === 'fetch'
          ? String(args[0] instanceof Request ? args[0].url : args[0])
          : args.map(stringify).join(' ');
      records.push({ where, text });
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restores.push(() => ((obj as Record<PropertyKey, unknown>)[key as PropertyKey] = original));
  };

  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const) {
    patch(console, level, `console.${level}`);
  }
  patch(Storage.prototype, 'setItem', 'storage.setItem');
  patch(history, 'pushState', 'history.pushState');
  patch(history, 'replaceState', 'history.replaceState');
  patch(window, 'open', 'window.open');
  patch(navigator, 'sendBeacon', 'navigator.sendBeacon');
  patch(window, 'fetch', 'fetch');

  const onEvent = (e: Event) => {
    records.push({ where: `event ${e.type}`, text: stringify((e as CustomEvent).detail) });
  };
  for (const name of UNION_EVENT_NAMES) window.addEventListener(name, onEvent, true);
  restores.push(() => {
    for (const name of UNION_EVENT_NAMES) window.removeEventListener(name, onEvent, true);
  });

  const startUrl = location.href;

  return {
    sentinels,
    records,
    assertClean(...elements) {
      const values = Object.values(sentinels);
      const places = [
        ...records,
        { where: 'location.href', text: location.href },
        { where: 'document.cookie', text: document.cookie },
        ...Object.keys(localStorage).map((k) => ({ where: `localStorage ${k}`, text: `${k}=${localStorage.getItem(k)}` })),
        ...Object.keys(sessionStorage).map((k) => ({ where: `sessionStorage ${k}`, text: `${k}=${sessionStorage.getItem(k)}` })),
        // Attributes of the widget host are readable by the platform page (the shadow root's content is the worker's).
        ...elements.flatMap((el) => [...el.attributes].map((a) => ({ where: `attribute ${a.name}`, text: a.value }))),
      ];
      for (const { where, text } of places) {
        const decoded = (() => {
          try {
            return decodeURIComponent(text);
          } catch {
            return text;
          }
        })();
        for (const v of values) {
          if (text.includes(v) || decoded.includes(v)) throw new Error(`personal data (sentinel) reached ${where}`);
        }
      }
      if (location.href !== startUrl) throw new Error('the widget changed the page URL');
      if (records.some((r) => r.where === 'window.open')) throw new Error('the widget called window.open');
    },
    restore() {
      for (const r of restores.reverse()) r();
    },
  };
}
