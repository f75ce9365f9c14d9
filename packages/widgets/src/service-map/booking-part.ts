/**
 * Booking a slot at the service point whose detail shows, when it takes appointments (a legal-aid
 * station, a mediation room, a health-check point): loaded in its own chunk when the worker presses
 * 预约时段 in the detail (./detail-view.ts), since most visits to the map never book. It first reads
 * the worker's appointments, so a booking already made here shows (with how to cancel it) instead of
 * the picker; then the shared slot picker and booked state (internal/controllers/booking.ts,
 * internal/views/slots.ts), the same as the help desk's. One booking per widget, kept here by host.
 *
 * @csspart booking-picker - The slot picker of a service point that takes appointments.
 */
import { Appointments } from '@unionkit/sdk';
import type { Appointment, ServicePoint } from '@unionkit/sdk/types';
import { html, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { SlotBooking } from '../internal/controllers/booking.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { LoadTask } from '../internal/controllers/load.js';
import type { Formatter } from '../internal/format.js';
import { loadedStrings, type LocalStrings } from '../internal/localize/local.js';
import type { Translation } from '../internal/localize/translation.js';
import { renderBooked, renderSlotPicker, slotStrings, type SlotStrings } from '../internal/views/slots.js';

export { slotStrings };

export interface MapBookingContext {
  t: Translation;
  fmt: Formatter;
  local: <T>(table: LocalStrings<T>) => T;
}

class MapBooking {
  readonly slot: SlotBooking;
  /** The worker's booking at the point shown, if any (read once per point). */
  readonly mine: LoadTask<Appointment[]>;
  words: { s: SlotStrings; fmt: Formatter } | undefined;
  #point: ServicePoint | undefined;

  constructor(host: WidgetHost) {
    this.slot = new SlotBooking(host, { words: () => this.words! });
    this.mine = new LoadTask(
      host,
      async (client, signal) => {
        const id = this.#point?.id;
        const page = await use(client, Appointments).list({ limit: 100 }, { signal });
        return page.data.filter((a) => a.servicePointId === id && a.status === 'booked');
      },
      {
        auto: false,
        onValue: (mine) => {
          if (!mine[0]) return this.slot.choose(this.#point);
          this.slot.point = this.#point;
          this.slot.show(mine[0]);
        },
      },
    );
  }

  /** Shows `point`: its booking if the worker has one, else the slots of the chosen day. */
  open(point: ServicePoint): void {
    if (this.#point?.id === point.id && this.mine.status !== 'idle') return;
    this.#point = point;
    this.slot.booked = undefined;
    void this.mine.run();
  }
}

const bookings = new WeakMap<WidgetHost, MapBooking>();

export function renderMapBooking(host: WidgetHost, point: ServicePoint, c: MapBookingContext): TemplateResult {
  let booking = bookings.get(host);
  if (!booking) bookings.set(host, (booking = new MapBooking(host)));
  const b = booking;
  const s = c.local(slotStrings);
  // In another language, its words first (they come in a chunk of their own): no Chinese meanwhile.
  if (!loadedStrings(slotStrings, c.t.locale) && slotStrings.pending[c.t.locale]) return html`${host.renderLoading()}`;
  b.words = { s, fmt: c.fmt };
  b.open(point);
  const slot = b.slot;
  const view = { s, t: c.t, fmt: c.fmt, dateId: 'sp-book-date' };
  const content = (): unknown =>
    slot.booked && slot.point
      ? renderBooked(slot, slot.booked, slot.point, {
          ...view,
          cancellable: true,
          extra: html`<p class="muted">${s.whereToSee}</p>`,
        })
      : renderSlotPicker(slot, view);
  return html`<div class="booking" part="booking-picker">
    ${b.mine.render({
      ready: content,
      empty: content,
      error: (e, retry) => (e.code === 'forbidden_scope' ? html`<p class="notice" part="notice">${s.notOffered}</p>` : host.renderError(e, retry)),
    })}
  </div>`;
}
