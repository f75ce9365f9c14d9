/**
 * `SlotBooking`: booking a 30-minute slot at one service point that takes appointments (a legal-aid
 * station, a mediation room, a health-check point), the same for every widget that books: the
 * `<union-help-desk>`'s in-person legal matters and `<union-service-map>`'s detail view. It keeps the
 * chosen point and day, loads that day's slots (`GET /service-points/{id}/slots?date=`), books one
 * (`POST /appointments`, idempotent: a retry after a lost answer is the same booking) and cancels it.
 *
 * A refusal keeps the worker's place: a slot taken meanwhile (409 `slot_unavailable`) leaves the day
 * chosen, says so and shows the day's slots again; a dropped connection keeps the idempotency key, so
 * `retry()` books once whatever happened to the lost answer. Picking another slot is another booking
 * (a new key). Nothing of it is ever an event: a booking at a legal-aid station or a health check is
 * the worker's union business, which the platform's page is never told.
 */
import { BOOKING_HORIZON_DAYS } from '@unionkit/contract';
import { Appointments, ServicePoints } from '@unionkit/sdk';
import type { Appointment, ServicePoint, Slot } from '@unionkit/sdk/types';
import { use } from '../api.js';
import { shanghaiDate, type Formatter } from '../format.js';
import type { SlotStrings } from '../views/slot-strings.js';
import { ActionTask } from './action.js';
import type { WidgetHost } from './host.js';
import { LoadTask } from './load.js';

const DAY_MS = 86_400_000;

/** The last day slots can be booked (the contract's horizon). */
export const lastBookable = (): string => shanghaiDate(new Date(Date.now() + BOOKING_HORIZON_DAYS * DAY_MS));

/** The first weekday from `day` on (slots are on weekdays only). */
export function firstWeekday(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface SlotBookingOptions {
  /** The words and formats of the moment (for what is announced). */
  words: () => { s: SlotStrings; fmt: Formatter };
  /** A booking landed (the help desk puts its id into the form). */
  booked?: (appointment: Appointment) => void;
  /** The booking was cancelled or given up for another slot. */
  cleared?: () => void;
}

export class SlotBooking {
  point: ServicePoint | undefined;
  /** The day whose slots show (`YYYY-MM-DD`, Shanghai). */
  date = firstWeekday(shanghaiDate());
  booked: Appointment | undefined;
  readonly slots: LoadTask<Slot[]>;
  readonly create: ActionTask<[string, string], Appointment>;
  readonly cancelling: ActionTask<[string], Appointment>;
  readonly host: WidgetHost;
  readonly #options: SlotBookingOptions;
  /** The slot the last booking asked for: another one is another booking (a new idempotency key). */
  #asked: string | undefined;

  constructor(host: WidgetHost, options: SlotBookingOptions) {
    this.host = host;
    this.#options = options;
    this.slots = new LoadTask(
      host,
      async (client, signal) => (this.point ? use(client, ServicePoints).slots(this.point.id, { date: this.date }, { signal }) : []),
      { auto: false },
    );
    this.create = new ActionTask(
      host,
      (client, options, servicePointId: string, startsAt: string) => use(client, Appointments).create({ servicePointId, startsAt }, options),
      { idempotent: true, key: (servicePointId) => servicePointId },
    );
    this.cancelling = new ActionTask(host, (client, options, id: string) => use(client, Appointments).cancel(id, options), {
      idempotent: true,
      key: (id) => id,
    });
  }

  /** Shows `point`'s slots on the chosen day (a point chosen again keeps what shows). */
  choose(point: ServicePoint | undefined): void {
    const same = point?.id === this.point?.id && this.slots.status !== 'idle';
    this.point = point;
    if (point && !same) void this.slots.run();
    this.host.requestUpdate();
  }

  /** Another day (`YYYY-MM-DD`; anything else is ignored). */
  setDate(date: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    this.date = date;
    this.create.clear();
    void this.slots.run();
  }

  /** A booking the worker already has here (read elsewhere), shown as booked. */
  show(appointment: Appointment): void {
    this.booked = appointment;
    this.host.requestUpdate();
  }

  /** Books `slot` at the chosen point; on success the booked state shows, announced and focused. */
  async book(slot: Slot): Promise<void> {
    const point = this.point;
    if (!point) return;
    if (this.#asked !== slot.startsAt) this.create.forget(point.id);
    this.#asked = slot.startsAt;
    await this.#settle(point, await this.create.run(point.id, slot.startsAt));
  }

  /** The last booking again, with the same idempotency key (after a dropped connection). */
  async retry(): Promise<void> {
    const point = this.point;
    const result = this.create.retry();
    if (point && result) await this.#settle(point, await result);
  }

  async #settle(point: ServicePoint, result: Awaited<ReturnType<typeof this.create.run>>): Promise<void> {
    if (!result.ok) {
      // Taken (or over) meanwhile: the same day's slots again, with the message kept beside them.
      if (result.error.code === 'slot_unavailable') await this.slots.run();
      return;
    }
    this.booked = result.value;
    this.#asked = undefined;
    this.#options.booked?.(result.value);
    const { s, fmt } = this.#options.words();
    this.host.announce(s.booked(point.name, fmt.dateTimeRange(result.value.startsAt, result.value.endsAt)));
    await this.host.focusHeading('[data-booked-heading]');
  }

  /**
   * Cancels the booking shown (until `cancellableUntil`): the day's slots show again, focused. Another
   * time at the same point needs it, since a worker has one future appointment per point.
   */
  async cancel(): Promise<void> {
    const booked = this.booked;
    if (!booked) return;
    const result = await this.cancelling.run(booked.id);
    if (!result.ok) return;
    const { s } = this.#options.words();
    this.host.announce(s.cancelled(this.point?.name ?? ''));
    this.clear();
    void this.slots.run();
    await this.host.focusHeading('[data-slots-heading]');
  }

  /** Leaves the booking shown for the slot picker (the booking itself stands). */
  clear(): void {
    this.booked = undefined;
    this.#options.cleared?.();
    this.host.requestUpdate();
  }
}
