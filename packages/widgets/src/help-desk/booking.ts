/**
 * Booking a time for a legal matter handled in person: the nearest open legal-aid stations and
 * mediation rooms (sorted by distance from the host's position, or the device's once the worker asks —
 * rounded to about 100 m, kept in memory only; without either, the API's own order), then the shared
 * slot picker (internal/controllers/booking.ts, internal/views/slots.ts: a day's 30-minute slots at
 * the chosen one and the idempotent booking). The appointment's id goes into the form. Loaded with the
 * form's part.
 */
import { ServicePoints } from '@unionkit/sdk';
import type { GeoPoint, ServicePoint } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { SlotBooking } from '../internal/controllers/booking.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { LoadTask } from '../internal/controllers/load.js';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import { askPosition, roundPosition } from '../internal/location.js';
import { busyButton } from '../internal/views/busy-button.js';
import { renderBooked, renderSlotPicker, type SlotStrings } from '../internal/views/slots.js';
import type { HelpForm } from './form.js';
import type { HelpFormStrings } from './form-strings.js';

/** Where a legal matter can be met in person. */
const POINT_TYPES = ['legal_aid', 'mediation_room'] as const;

export class Booking {
  locating = false;
  note = '';
  #position: GeoPoint | undefined;
  readonly #host: WidgetHost;
  readonly points: LoadTask<ServicePoint[]>;
  /** The chosen point's slots and the booking itself. */
  readonly slot: SlotBooking;

  constructor(host: WidgetHost, form: HelpForm, position: GeoPoint | undefined, words: () => { s: SlotStrings; fmt: Formatter }) {
    this.#host = host;
    this.#position = position ? roundPosition(position) : undefined;
    this.slot = new SlotBooking(host, {
      words,
      booked: (appointment) => form.set('appointmentId', appointment.id),
      cleared: () => form.set('appointmentId', ''),
    });
    this.points = new LoadTask(
      host,
      async (client, signal) => {
        const near = this.#position;
        const page = await use(client, ServicePoints).list({ types: [...POINT_TYPES], limit: 5, ...(near ? { near } : {}) }, { signal });
        return page.data.filter((p) => p.status === 'operating');
      },
      {
        auto: false,
        onValue: (points) => {
          const chosen = this.slot.point;
          if (!chosen || !points.some((p) => p.id === chosen.id)) this.slot.choose(points[0]);
        },
      },
    );
  }

  /** Loads the nearest points the first time the booking shows. */
  start(): void {
    if (this.points.status === 'idle') void this.points.run();
  }

  /** "使用我的位置": asks the device once. */
  async locate(fs: HelpFormStrings): Promise<void> {
    this.locating = true;
    this.#host.requestUpdate();
    const answer = await askPosition({ enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
    this.locating = false;
    this.note = answer.problem ? fs.locationDenied : '';
    if (!answer.problem) this.#position = roundPosition(answer.position);
    if (this.note) this.#host.announce(this.note);
    await this.points.run();
  }
}

export interface BookingViewContext {
  fs: HelpFormStrings;
  s: SlotStrings;
  t: Translation;
  fmt: Formatter;
  /** The form's message for the booking (none yet, when in person). */
  error: string;
}

export function renderBooking(b: Booking, c: BookingViewContext): TemplateResult {
  const { fs, fmt } = c;
  const slot = b.slot;
  b.start();
  if (slot.booked && slot.point) {
    return html`<div class="panel success booking" part="booking">
      ${renderBooked(slot, slot.booked, slot.point, {
        ...c,
        dateId: 'help-date',
        // Another time here is another booking: the one shown is cancelled first (one per worker and station).
        extra: busyButton({
          label: fs.changeBooking,
          busyLabel: c.s.cancelling,
          busy: slot.cancelling.running(slot.booked.id),
          onClick: () => void slot.cancel(),
        }),
      })}
    </div>`;
  }
  return html`<fieldset class="booking" part="booking" aria-describedby="help-appointmentId-error">
    <legend>${fs.bookHeading}</legend>
    <p class="muted">${fs.bookIntro}</p>
    <button type="button" part="button locate" aria-busy=${b.locating ? 'true' : 'false'} @click=${() => void b.locate(fs)}>
      ${b.locating ? fs.locating : fs.useLocation}
    </button>
    ${b.note ? html`<p class="muted">${b.note}</p>` : nothing}
    ${b.points.render({
      empty: () => html`<p class="muted">${fs.noPoints}</p>`,
      ready: (points) =>
        points.length
          ? html`<div class="points" role="radiogroup" aria-label=${fs.bookHeading}>
              ${points.map(
                (p, i) => html`<label class="choice point" part="choice" data-point-id=${p.id}>
                  <input type="radio" name="help-point" .checked=${slot.point?.id === p.id} @change=${() => slot.choose(p)} />
                  <span
                    >${p.name}${i === 0 && p.distanceM !== undefined ? html` <strong class="tag ok">${fs.nearest}</strong>` : nothing}
                    <span class="muted">${p.address}${p.distanceM !== undefined ? ` · ${fs.distance(fmt.distance(p.distanceM))}` : ''}</span></span
                  >
                </label>`,
              )}
            </div>`
          : html`<p class="muted">${fs.noPoints}</p>`,
    })}
    ${renderSlotPicker(slot, { ...c, dateId: 'help-date' })}
    <span class="error" id="help-appointmentId-error" part="error" aria-live="polite">${c.error}</span>
  </fieldset>`;
}
