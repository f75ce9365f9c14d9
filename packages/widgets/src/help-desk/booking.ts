/**
 * Booking a time for a legal matter handled in person: the nearest open legal-aid stations and
 * mediation rooms (sorted by distance from the host's position, or the device's once the worker asks —
 * rounded to about 100 m, kept in memory only; without either, the API's own order), a day's 30-minute
 * slots at the chosen one, and the booking (`POST /appointments`, idempotent: a retry after a lost answer
 * is the same booking). The appointment's id goes into the form. Loaded with the form's part.
 */
import { BOOKING_HORIZON_DAYS } from '@unionkit/contract';
import { Appointments, ServicePoints } from '@unionkit/sdk';
import type { Appointment, GeoPoint, ServicePoint, Slot } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { LoadTask } from '../internal/controllers/load.js';
import { shanghaiDate, type Formatter } from '../internal/format.js';
import { askPosition, roundPosition } from '../internal/location.js';
import { busyButton } from '../internal/views/busy-button.js';
import { errorMessage } from '../internal/views/states.js';
import type { HelpForm } from './form.js';
import type { HelpFormStrings } from './form-strings.js';

/** Where a legal matter can be met in person. */
const POINT_TYPES = ['legal_aid', 'mediation_room'] as const;


/** The last day slots can be booked (the contract's horizon). */
const lastBookable = (): string => shanghaiDate(new Date(Date.now() + BOOKING_HORIZON_DAYS * 86_400_000));

/** The first weekday from `day` on (slots are on weekdays only). */
export function firstWeekday(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export class Booking {
  point: ServicePoint | undefined;
  date = firstWeekday(shanghaiDate());
  booked: Appointment | undefined;
  locating = false;
  note = '';
  #position: GeoPoint | undefined;
  readonly #host: WidgetHost;
  readonly #form: HelpForm;
  readonly points: LoadTask<ServicePoint[]>;
  readonly slots: LoadTask<Slot[]>;
  readonly create: ActionTask<[string, string], Appointment>;

  constructor(host: WidgetHost, form: HelpForm, position: GeoPoint | undefined) {
    this.#host = host;
    this.#form = form;
    this.#position = position ? roundPosition(position) : undefined;
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
          if (!this.point || !points.some((p) => p.id === this.point!.id)) this.choose(points[0]);
        },
      },
    );
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

  choose(point: ServicePoint | undefined): void {
    this.point = point;
    if (point) void this.slots.run();
    this.#host.requestUpdate();
  }

  setDate(date: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    this.date = date;
    void this.slots.run();
  }

  async book(slot: Slot, fs: HelpFormStrings, fmt: Formatter): Promise<void> {
    if (!this.point) return;
    const result = await this.create.run(this.point.id, slot.startsAt);
    if (!result.ok) return;
    this.booked = result.value;
    this.#form.set('appointmentId', result.value.id);
    this.#host.announce(fs.booked(this.point.name, fmt.dateTimeRange(slot.startsAt, slot.endsAt)));
  }

  change(): void {
    this.booked = undefined;
    this.#form.set('appointmentId', '');
  }
}

export function renderBooking(b: Booking, fs: HelpFormStrings, fmt: Formatter, error: string): TemplateResult {
  b.start();
  if (b.booked && b.point) {
    return html`<div class="panel success booking" part="booking" data-booked>
      <p>${fs.booked(b.point.name, fmt.dateTimeRange(b.booked.startsAt, b.booked.endsAt))}</p>
      <button type="button" part="button" @click=${() => b.change()}>${fs.changeBooking}</button>
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
                  <input type="radio" name="help-point" .checked=${b.point?.id === p.id} @change=${() => b.choose(p)} />
                  <span
                    >${p.name}${i === 0 && p.distanceM !== undefined ? html` <strong class="tag ok">${fs.nearest}</strong>` : nothing}
                    <span class="muted">${p.address}${p.distanceM !== undefined ? ` · ${fs.distance(fmt.distance(p.distanceM))}` : ''}</span></span
                  >
                </label>`,
              )}
            </div>`
          : html`<p class="muted">${fs.noPoints}</p>`,
    })}
    ${b.point
      ? html`<div class="field" part="field">
            <label for="help-date" part="label">${fs.date}</label>
            <input id="help-date" part="input" type="date" min=${shanghaiDate()} max=${lastBookable()} .value=${b.date} @change=${(e: Event) => b.setDate((e.target as HTMLInputElement).value)} />
          </div>
          <h4>${fs.slotsFor(b.point.name, fmt.date(b.date))}</h4>
          ${b.slots.render({
            empty: () => html`<p class="muted">${fs.noSlots}</p>`,
            ready: (slots) => html`<ul class="slots plain" part="slots">
              ${slots.map(
                (slot) => html`<li>
                  ${busyButton({
                    part: 'button slot',
                    label: slot.available
                      ? `${fs.book} ${fmt.time(slot.startsAt)}–${fmt.time(slot.endsAt)}`
                      : `${fmt.time(slot.startsAt)} ${slot.placesLeft > 0 ? fs.slotPassed : fs.slotFull}`,
                    busyLabel: fs.booking,
                    busy: b.create.running(b.point!.id),
                    disabled: !slot.available,
                    onClick: () => void b.book(slot, fs, fmt),
                  })}
                </li>`,
              )}
            </ul>`,
          })}`
      : nothing}
    ${b.create.error ? errorMessage(b.create.error) : nothing}
    <span class="error" id="help-appointmentId-error" part="error" aria-live="polite">${error}</span>
  </fieldset>`;
}
