/**
 * Links an app may want to open natively: a hotline (`tel:`), a calendar file (`.ics`) and a route in a
 * map app. Before the browser follows one, the widget dispatches `union-open-url` (bubbling, composed,
 * cancelable) with `{ kind, url, … }`; a host that calls `preventDefault()` opens it itself and the
 * widget does not navigate. In hosted mode the page sends it over the bridge (`hosted/start.ts`).
 *
 * `tel:` and calendar links are found by a click on the widget (any `<a href="tel:…">`; the
 * `calendar-link` part, through the event signup's `CalendarFile`); route links by the service map,
 * which knows the coordinates each app needs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a route goes, in the system each map app wants (WGS-84 for `geo:`, GCJ-02 for Amap and Apple in China, BD-09 for Baidu). */
export interface MapDestination {
  wgs84: { lat: number; lng: number };
  gcj02: { lat: number; lng: number };
  bd09: { lat: number; lng: number };
  name: string;
  address: string;
}

/**
 * An event for a calendar, as native calendar APIs take it (EventKit, Android's `CalendarContract`,
 * `wx.addPhoneCalendar`): the `.ics` file's text and its fields. Times are ISO 8601 with their offset
 * (`2026-12-05T14:00:00+08:00`), in `timeZone`.
 */
export interface CalendarEntry {
  ics: string;
  title: string;
  start: string;
  end: string;
  timeZone: string;
  /** The venue's name and address. */
  location: string;
  address: string;
  description: string;
}

export type UnionOpenUrlDetail =
  | { kind: 'tel'; url: string; number: string }
  /**
   * `url` is a `blob:` URL of the page, let go 1.5 s after the click: native code cannot fetch it, so the
   * file's text (`ics`) and the event's fields come along.
   */
  | ({ kind: 'calendar'; url: string; filename: string } & CalendarEntry)
  | ({ kind: 'map'; url: string; app: string } & MapDestination);

/** Dispatches `union-open-url` from `target`; true when the host took it over (called preventDefault). */
export function offerOpenUrl(target: EventTarget, detail: UnionOpenUrlDetail): boolean {
  const event = new CustomEvent('union-open-url', { detail, bubbles: true, composed: true, cancelable: true });
  return !target.dispatchEvent(event);
}

/**
 * Watches clicks on the widget for `tel:` links, and for the links the widget itself knows (`own`: the
 * event signup's calendar file, whose detail lives with it, not in every widget's code).
 */
export class OpenUrlLinks implements ReactiveController {
  readonly #onClick = (e: Event): void => {
    if (e.defaultPrevented) return;
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!link) return;
    const href = link.getAttribute('href')!;
    const detail: UnionOpenUrlDetail | undefined = href.startsWith('tel:') ? { kind: 'tel', url: href, number: decodeURIComponent(href.slice(4)) } : this.own?.(link);
    if (detail && offerOpenUrl(this.host, detail)) e.preventDefault();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly own?: (link: HTMLAnchorElement) => UnionOpenUrlDetail | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('click', this.#onClick);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('click', this.#onClick);
  }
}
