/** The events list of `<union-event-signup>`: filters, event cards and their badges. */
import type { Event as UnionEvent, EventCategory } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { selectField, textField } from '../internal/views/fields.js';
import { shanghaiDate, type Formatter } from '../internal/format.js';
import type { LocalStrings } from '../internal/localize/local.js';
import type { Translation } from '../internal/localize/translation.js';
import { availability, type Availability, type When } from './dates.js';
import type { EventSignupStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

/** What every view of the widget reads: its strings, the shared table and the formatters. */
export interface EventViewContext {
  s: EventSignupStrings;
  t: Translation;
  fmt: Formatter;
  /** A table of a part's own strings in the widget's language (e.g. the companions step's). */
  local: <T>(table: LocalStrings<T>) => T;
}

/** "2026年12月3日 09:30–11:00" for a one-day event, else the formatter's range. */
export function eventTime({ fmt }: EventViewContext, from: string, to: string): string {
  return shanghaiDate(from) === shanghaiDate(to) ? `${fmt.date(from)} ${fmt.time(from)}–${fmt.time(to)}` : fmt.dateTimeRange(from, to);
}

export interface FilterState {
  category: EventCategory | '';
  when: When;
  from: string;
  to: string;
  /** The chosen dates are the wrong way round. */
  datesInvalid: boolean;
}

/** Category, date range and, for chosen dates, from/to. `onChange` gets what changed. */
export function renderFilters(
  ctx: EventViewContext,
  f: FilterState,
  onChange: (change: Partial<Omit<FilterState, 'datesInvalid'>>) => void,
): TemplateResult {
  const { s } = ctx;
  return html`<fieldset class="filters" part="filters">
    <legend>${s.filters}</legend>
    ${selectField<EventCategory | 'all'>({
      id: 'category',
      label: s.category,
      value: f.category || 'all',
      options: [{ value: 'all', label: s.allCategories }, ...(Object.keys(s.enums.eventCategory) as EventCategory[]).map((c) => ({ value: c, label: s.enums.eventCategory[c] }))],
      onChange: (v) => onChange({ category: v === 'all' || v === '' ? '' : v }),
    })}
    ${selectField<'any' | 'week' | 'month' | 'custom'>({
      id: 'when',
      label: s.when,
      value: f.when || 'any',
      options: [
        { value: 'any', label: s.anyTime },
        { value: 'week', label: s.thisWeek },
        { value: 'month', label: s.thisMonth },
        { value: 'custom', label: s.pickDates },
      ],
      onChange: (v) => onChange({ when: v === 'any' || v === '' ? '' : v }),
    })}
    ${f.when === 'custom'
      ? html`${textField({ id: 'from', label: s.from, type: 'date', value: f.from, onInput: (v) => onChange({ from: v }) })}
        ${textField({
          id: 'to',
          label: s.to,
          type: 'date',
          value: f.to,
          error: f.datesInvalid ? s.toBeforeFrom : undefined,
          onInput: (v) => onChange({ to: v }),
        })}`
      : nothing}
  </fieldset>`;
}

/** Category, "members only" and where sign-up stands — on the card, before any tap. */
export function renderBadges(ctx: EventViewContext, ev: UnionEvent): TemplateResult {
  const { s, fmt } = ctx;
  const a = availability(ev);
  const label: Record<Availability, string> = {
    open: s.placesLeft(ev.placesLeft),
    waitlist: s.fullWaitlist,
    full: s.full,
    not_open: s.opensOn(fmt.dateTime(ev.registrationOpensAt)),
    closed: s.closed,
  };
  return html`<ul class="badges">
    <li class="tag" part="badge category">${enumLabel(ctx.t.locale, s.enums.eventCategory, ev.category)}</li>
    ${ev.membersOnly ? html`<li class="tag members" part="badge members-only">${s.membersOnly}</li>` : nothing}
    <li class="tag ${a === 'open' ? 'ok' : a === 'full' || a === 'closed' ? 'full' : ''}" part="badge availability" data-availability=${a}>
      ${label[a]}
    </li>
  </ul>`;
}

export function renderEventCard(ctx: EventViewContext, ev: UnionEvent, onOpen: (ev: UnionEvent) => void): TemplateResult {
  const { s, t } = ctx;
  return html`<li class="card" part="card event" data-event=${ev.id}>
    <h3>${ev.title}</h3>
    ${renderBadges(ctx, ev)}
    <p>${eventTime(ctx, ev.startsAt, ev.endsAt)}</p>
    <p class="muted">${ev.venue.name} · ${enumLabel(t.locale, t.enums.district, ev.venue.district)}</p>
    <button type="button" part="button details" aria-label=${s.detailsFor(ev.title)} @click=${() => onOpen(ev)}>${s.details}</button>
  </li>`;
}
