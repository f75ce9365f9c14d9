/**
 * Proves that personal data never leaves the widget to places the platform can read: console,
 * localStorage/sessionStorage, history (URLs), cookies, `union-*` events, request URLs, window.open —
 * and that the host learns nothing of the worker's union business it may not: every `union-*` event
 * dispatched anywhere is recorded (whether or not the event map knows it), and `assertClean` fails on
 * an event the rule does not know (a job application, a registration, a service point looked at…), on
 * a membership or coverage status event unless the worker shares their status (`sharing: true`), and
 * on a status event carrying more than ids and statuses.
 *
 * ```ts
 * const watch = watchSentinels();
 * // … fill the form with watch.sentinels.name / idNumber / mobile, submit …
 * await eventsSettled(el); watch.assertClean(el); watch.restore();
 * ```
 */
import { UNION_EVENT_KINDS } from '../../events/index.js';

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
  /** Every `union-*` event dispatched while watching, as the host would receive it. */
  events: CustomEvent[];
  /**
   * Throws if any sentinel appears anywhere recorded or in the widget's host-visible state, or if an
   * event told the host what the event rule forbids.
   */
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

export interface WatchOptions {
  /** Whether the worker shares their membership and coverage status with the platform (status events allowed). */
  sharing?: boolean;
}

/** An id (`mem_…`, `enr_3k…`) or a status (`active`, `application_open`): nothing else may be in a status event. */
const ID_OR_STATUS = /^[A-Za-z0-9_-]{1,64}$/;

export function watchSentinels(sentinels = SENTINELS, options: WatchOptions = {}): SentinelWatch {
  const records: SentinelWatch['records'] = [];
  const events: CustomEvent[] = [];
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

  // Every union-* event, whatever its name, from whatever element: recorded as it is dispatched.
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, e: Event) {
    if (e.type.startsWith('union-')) {
      events.push(e as CustomEvent);
      records.push({ where: `event ${e.type}`, text: stringify((e as CustomEvent).detail) });
    }
    return dispatch.call(this, e);
  };
  restores.push(() => (EventTarget.prototype.dispatchEvent = dispatch));

  const startUrl = location.href;

  return {
    sentinels,
    records,
    events,
    assertClean(...elements) {
      for (const e of events) {
        const kind = (UNION_EVENT_KINDS as Record<string, string>)[e.type];
        if (!kind) throw new Error(`${e.type} reached the host: the event rule knows no such event (union business?)`);
        if (kind !== 'status') continue;
        if (!options.sharing) {
          throw new Error(`${e.type} ${stringify(e.detail)} reached the host without the worker's consent to share their status`);
        }
        for (const [key, value] of Object.entries(e.detail as object)) {
          if (!/(^s|S)tatus$|Id$/.test(key) || typeof value !== 'string' || !ID_OR_STATUS.test(value)) {
            throw new Error(`${e.type} carried ${key}: ${stringify(value)} — ids and statuses only`);
          }
        }
      }
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
