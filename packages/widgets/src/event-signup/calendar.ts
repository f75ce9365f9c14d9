/**
 * "加入日历": the event as an iCalendar file offered through an `<a download>` of a `blob:` URL (no
 * popup, nothing in a URL the platform sees). The URL is let go shortly after the worker opened it, when
 * the widget leaves the page, or when another event's file is prepared.
 */
import type { UnionCore } from '@unionkit/sdk';
import type { ReactiveController } from 'lit';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { UnionErrorInfo } from '../internal/errors.js';

/** How long a prepared calendar file stays downloadable after the worker opens it. */
const URL_TTL_MS = 1500;

const LINK = 'a[part~="calendar-link"]';
const BUTTON = 'button[part~="calendar"]';

export class CalendarFile implements ReactiveController {
  /** The prepared file: which event, and its `blob:` URL. */
  ready: { eventId: string; url: string } | undefined;
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

  /** Fetches the file and offers it, moving focus to the download link. */
  async prepare(eventId: string): Promise<void> {
    this.error = undefined;
    const result = await this.#load.run(eventId);
    if (!result.ok) {
      this.error = result.error;
      this.#host.requestUpdate();
      return;
    }
    this.revoke();
    const url = URL.createObjectURL(new Blob([result.value], { type: 'text/calendar;charset=utf-8' }));
    this.ready = { eventId, url };
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
