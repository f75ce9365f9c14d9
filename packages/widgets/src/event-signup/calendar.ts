/**
 * "加入日历": the event as an iCalendar file offered through an `<a download>` of a `blob:` URL (no
 * popup, nothing in a URL the platform sees). The URL is let go shortly after the worker opened it, when
 * the widget leaves the page, or when another event's file is prepared.
 *
 * Native code cannot fetch a `blob:` URL of the webview, so the tap's `union-open-url` also carries the
 * file's text and the event's fields (`offer()`, with a `CalendarEntry`): an app that takes it over opens its
 * own calendar sheet; otherwise the browser downloads the file.
 */
import type { UnionCore } from '@unionkit/sdk';
import type { Event as UnionEvent } from '@unionkit/sdk/types';
import type { ReactiveController } from 'lit';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { CalendarEntry, UnionOpenUrlDetail } from '../internal/controllers/open-url.js';
import type { UnionErrorInfo } from '../internal/errors.js';

/** An instant in Shanghai's time (UTC+8 all year, no daylight saving) with its offset: `2026-12-05T14:00:00+08:00`. */
export function shanghaiTime(iso: string): string {
  return `${new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/** What a native calendar API takes for `ev`, beside the file's text. */
export function calendarEntry(ev: UnionEvent, ics: string): CalendarEntry {
  return {
    ics,
    title: ev.title,
    start: shanghaiTime(ev.startsAt),
    end: shanghaiTime(ev.endsAt),
    timeZone: 'Asia/Shanghai',
    location: ev.venue.name,
    address: ev.venue.address,
    description: ev.description,
  };
}

/** How long a prepared calendar file stays downloadable after the worker opens it. */
const URL_TTL_MS = 1500;

const LINK = 'a[part~="calendar-link"]';
const BUTTON = 'button[part~="calendar"]';

export class CalendarFile implements ReactiveController {
  /** The prepared file: which event, its `blob:` URL, and what a native calendar takes. */
  ready: { eventId: string; url: string; entry: CalendarEntry } | undefined;
  error: UnionErrorInfo | undefined;
  readonly #host: WidgetHost;
  readonly #load: ActionTask<[string], string>;
  readonly #announce: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `load` fetches the `.ics` text; `announce` tells the worker it is ready. */
  constructor(host: WidgetHost, load: (client: UnionCore, eventId: string) => Promise<string>, announce: () => void) {
    this.#host = host;
    this.#load = new ActionTask(host, (client, _options, eventId: string) => load(client, eventId), { key: (id) => id });
    this.#announce = announce;
    host.addController(this);
  }

  /** Whether the file of `eventId` is being fetched. */
  running(eventId: string): boolean {
    return this.#load.running(eventId);
  }

  hostDisconnected(): void {
    this.revoke();
  }

  /** `union-open-url`'s detail for a tap on `link` (`OpenUrlLinks`), when it is the prepared file's link. */
  offer(link: HTMLAnchorElement): UnionOpenUrlDetail | undefined {
    const ready = this.ready;
    return ready && link.matches(LINK) ? { kind: 'calendar', url: link.href, filename: link.download || `${ready.eventId}.ics`, ...ready.entry } : undefined;
  }

  /** Fetches the file of `ev` and offers it, moving focus to the download link. */
  async prepare(ev: UnionEvent): Promise<void> {
    const eventId = ev.id;
    this.error = undefined;
    const result = await this.#load.run(eventId);
    if (!result.ok) {
      this.error = result.error;
      this.#host.requestUpdate();
      return;
    }
    this.revoke();
    const url = URL.createObjectURL(new Blob([result.value], { type: 'text/calendar;charset=utf-8' }));
    this.ready = { eventId, url, entry: calendarEntry(ev, result.value) };
    this.#announce();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.element.renderRoot.querySelector<HTMLElement>(LINK)?.focus();
  }

  /** The download has started from the link: let the URL go shortly after, and offer the button again. */
  opened(): void {
    const url = this.ready?.url;
    if (!url) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.ready?.url !== url) return;
      const root = this.#host.element.renderRoot as ShadowRoot;
      const hadFocus = root.querySelector(LINK) === root.activeElement;
      this.revoke();
      if (hadFocus) void this.#host.updateComplete.then(() => root.querySelector<HTMLElement>(BUTTON)?.focus());
    }, URL_TTL_MS);
  }

  /** Lets the prepared URL go (and the error with it). */
  revoke(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.error = undefined;
    if (this.ready) {
      URL.revokeObjectURL(this.ready.url);
      this.ready = undefined;
      this.#host.requestUpdate();
    }
  }
}
