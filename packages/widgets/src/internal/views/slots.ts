/**
 * The slot picker and the booked state of a `SlotBooking` (../controllers/booking.ts), one view for
 * every widget that books: a day (from today to the booking horizon), that day's 30-minute slots as
 * buttons (full and passed ones say so and cannot be pressed), the refusal of the last try beside them
 * (with 重试 when trying again can help: the same idempotency key), and once booked, the place and
 * time with how to cancel. Its styles come with it (adopted once into the widget's shadow root).
 *
 * @csspart slots - The chosen day's 30-minute slots.
 * @csspart slot - One slot's button (full or past ones cannot be pressed).
 * @csspart booking-error - Why the last booking was refused, with `retry` when trying again can help.
 * @csspart cancel - The button that cancels the booked time.
 */
import type { Appointment, ServicePoint } from '@unionkit/sdk/types';
import { css, html, nothing, type TemplateResult } from 'lit';
import { lastBookable, type SlotBooking } from '../controllers/booking.js';
import { shanghaiDate, type Formatter } from '../format.js';
import type { Translation } from '../localize/translation.js';
import { adoptOnce } from '../styles/adopt.js';
import { busyButton } from './busy-button.js';
import type { SlotStrings } from './slot-strings.js';
import { errorMessage } from './states.js';

export { slotStrings, type SlotStrings } from './slot-strings.js';

/** What the slot picker draws. */
export const slotsLayer = css`
  ul.slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_space);
  }
  ul.slots > li {
    border: 0;
    padding: 0;
  }
  ul.slots button {
    width: 100%;
  }
  .booked-state > :first-child {
    margin-top: 0;
  }
`;

export interface SlotViewContext {
  s: SlotStrings;
  t: Translation;
  fmt: Formatter;
  /** The id of the day's field (unique in the widget). */
  dateId: string;
}

/** The day's field and its slots at the chosen point, with the last try's refusal. */
export function renderSlotPicker(b: SlotBooking, c: SlotViewContext): TemplateResult | typeof nothing {
  const { s, t, fmt } = c;
  const point = b.point;
  if (!point) return nothing;
  adoptOnce(b.host.element, slotsLayer);
  const error = b.create.error;
  return html`<div class="field" part="field">
      <label for=${c.dateId} part="label">${s.date}</label>
      <input
        id=${c.dateId}
        part="input"
        type="date"
        min=${shanghaiDate()}
        max=${lastBookable()}
        .value=${b.date}
        @change=${(e: Event) => b.setDate((e.target as HTMLInputElement).value)}
      />
    </div>
    <h4 data-slots-heading tabindex="-1">${s.slotsFor(point.name, fmt.date(b.date))}</h4>
    ${b.slots.render({
      empty: () => html`<p class="muted">${s.noSlots}</p>`,
      error: (e, retry) =>
        e.code === 'forbidden_scope' ? html`<p class="notice" part="notice">${s.notOffered}</p>` : b.host.renderError(e, retry),
      ready: (slots) => html`<ul class="slots plain" part="slots" aria-label=${s.slotsFor(point.name, fmt.date(b.date))}>
        ${slots.map(
          (slot) => html`<li>
            ${busyButton({
              part: 'button slot',
              label: slot.available
                ? `${s.book} ${fmt.time(slot.startsAt)}–${fmt.time(slot.endsAt)}`
                : `${fmt.time(slot.startsAt)} ${slot.placesLeft > 0 ? s.slotPassed : s.slotFull}`,
              busyLabel: s.booking,
              busy: b.create.running(point.id),
              disabled: !slot.available,
              onClick: () => void b.book(slot),
            })}
          </li>`,
        )}
      </ul>`,
    })}
    ${error
      ? html`<div class="booking-error" part="booking-error">
          ${error.code === 'forbidden_scope' ? html`<p class="notice" part="notice">${s.notOffered}</p>` : errorMessage(error)}
          ${error.retryable
            ? busyButton({ part: 'button retry', label: t.common.retry, busyLabel: s.booking, busy: b.create.running(point.id), onClick: () => void b.retry() })
            : nothing}
        </div>`
      : nothing}`;
}

export interface BookedViewContext extends SlotViewContext {
  /** Offer to cancel here (the service map); without it, only what was booked. */
  cancellable?: boolean;
  /** What more to say (where to find it again), or a button of the caller's (换个时段). */
  extra?: unknown;
}

/** What was booked: the heading (focused once booked), place, time and how to cancel. */
export function renderBooked(b: SlotBooking, booked: Appointment, point: ServicePoint, c: BookedViewContext): TemplateResult {
  const { s, fmt } = c;
  adoptOnce(b.host.element, slotsLayer);
  const canCancel = c.cancellable && Date.parse(booked.cancellableUntil) > Date.now();
  return html`<div class="booked-state" data-booked>
    <h4 data-booked-heading tabindex="-1">${s.bookedHeading}</h4>
    <p>${s.booked(point.name, fmt.dateTimeRange(booked.startsAt, booked.endsAt))}</p>
    ${point.address ? html`<p class="muted">${point.address}</p>` : nothing}
    ${c.cancellable ? html`<p>${s.cancelUntil(fmt.dateTime(booked.cancellableUntil))}</p>` : nothing}
    ${c.extra ?? nothing}
    ${canCancel
      ? busyButton({
          part: 'button cancel',
          className: 'danger',
          label: s.cancel,
          busyLabel: s.cancelling,
          busy: b.cancelling.running(booked.id),
          onClick: () => void b.cancel(),
        })
      : nothing}
    ${b.cancelling.error ? errorMessage(b.cancelling.error) : nothing}
  </div>`;
}
