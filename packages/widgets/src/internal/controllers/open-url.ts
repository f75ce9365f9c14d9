/**
 * Links an app may want to open natively: a hotline (`tel:`), a calendar file (`.ics`) and a route in a
 * map app. Before the browser follows one, the widget dispatches `union-open-url` (bubbling, composed,
 * cancelable) with `{ kind, url, … }`; a host that calls `preventDefault()` opens it itself and the
 * widget does not navigate. In hosted mode the page sends it over the bridge (`hosted/start.ts`).
 *
 * `tel:` and calendar links are found by a click on the widget (any `<a href="tel:…">`, the
 * `calendar-link` part); route links by the service map, which knows the coordinates each app needs.
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

/** Watches clicks on the widget for `tel:` and calendar links. */
export class OpenUrlLinks implements ReactiveController {
  readonly #onClick = (e: Event): void => {
    if (e.defaultPrevented) return;
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'));
    if (!link) return;
    const href = link.getAttribute('href')!;
    let taken = false;
    if (href.startsWith('tel:')) taken = offerOpenUrl(this.host, { kind: 'tel', url: href, number: decodeURIComponent(href.slice(4)) });
    else if ((link.getAttribute('part') ?? '').split(/\s+/).includes('calendar-link')) {
      const entry = this.calendar?.();
      if (entry) taken = offerOpenUrl(this.host, { kind: 'calendar', url: link.href, filename: link.download || 'event.ics', ...entry });
    }
    if (taken) e.preventDefault();
  };

  /** `calendar` gives the prepared calendar file's entry (a widget with a `calendar-link` part). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly calendar?: () => CalendarEntry | undefined,
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
