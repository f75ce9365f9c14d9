/**
 * A family event's party in `<union-event-signup>`: who comes along, as entered — kept through errors,
 * retries and a look at another event and back — whether the step is open, and whether every rule's
 * message shows (after a first confirm). It comes with the detail's on-demand chunk and is made the
 * first time a detail shows, then held by the element. Another party is another create: a changed
 * party is never a replay of what was sent before.
 */
import type { Event as UnionEvent } from '@unionkit/sdk/types';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { CompanionRow, PartyState } from './companions-view.js';

/** What the party asks of the sign-up (`ActionTask`, keyed by the event's id). */
export interface PartySignUp {
  clear(): void;
  forget(eventId: string): void;
}

export class CompanionParty {
  readonly #host: WidgetHost;
  readonly #signUp: PartySignUp;
  /** The party being put together, for one event. */
  current: PartyState | undefined;

  constructor(host: WidgetHost, signUp: PartySignUp) {
    this.#host = host;
    this.#signUp = signUp;
  }

  #set(party: PartyState | undefined): void {
    this.current = party;
    this.#host.requestUpdate();
  }

  #focus(selector: string): void {
    void this.#host.updateComplete.then(() => this.#host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Drops the party unless it is `eventId`'s (a worker may look elsewhere and come back). */
  keepOnly(eventId: string): void {
    if (this.current?.eventId !== eventId) this.#set(undefined);
  }

  /** Signed up for `eventId`: its party went with the sign-up. */
  sent(eventId: string): void {
    if (this.current?.eventId === eventId) this.#set(undefined);
  }

  /** The companions step of `event`, with what was entered for it before. */
  open(event: UnionEvent): void {
    const kept = this.current?.eventId === event.id ? this.current : undefined;
    this.#set({ eventId: event.id, rows: kept?.rows ?? [], checked: kept?.checked ?? false, open: true });
    this.#signUp.clear();
    void this.#host.focusHeading('[data-companions-heading]');
  }

  change(update: (rows: readonly CompanionRow[]) => CompanionRow[]): void {
    const party = this.current;
    if (!party) return;
    this.#set({ ...party, rows: update(party.rows) });
    // Another party is another create: never a replay of what was sent before.
    this.#signUp.forget(party.eventId);
    this.#signUp.clear();
  }

  /** Moves focus to a field (the new companion's first one). */
  focusField(id: string): void {
    this.#focus(`#${CSS.escape(id)}`);
  }

  /** The rules (or the API) found problems: show them all and move to the first field concerned. */
  showProblems(message?: string): void {
    if (this.current) this.#set({ ...this.current, checked: true });
    if (message) this.#host.announce(message);
    this.#focus('[part~="companions"] [aria-invalid="true"]');
  }

  /** Back to the detail; what was entered stays, and opening the step again shows it. */
  close(): void {
    if (this.current) this.#set({ ...this.current, open: false });
    this.#signUp.clear();
    this.#focus('[part~="sign-up"] button[part~="register"]');
  }
}
