/**
 * The views `<union-event-signup>` shows itself: the events with their filters and, around what the
 * registration part draws (./registration-view.ts, loaded on demand), an event's detail and "我的报名".
 * They only show what they are given; the element owns the state and passes it in with the handlers.
 */
import type { Event as UnionEvent } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadTask } from '../internal/controllers/load.js';
import type { PagedList } from '../internal/controllers/paged-list.js';
import { loadMore } from '../internal/views/load-more.js';
import { emptyTemplate } from '../internal/views/states.js';
import { renderEventCard, renderFilters, type EventViewContext, type FilterState } from './list-view.js';
import type { EventDetail, RegistrationRow } from './registration-view.js';

/** The current view's heading (focused after each move). */
function heading(text: string): TemplateResult {
  return html`<h2 part="heading" data-step-heading tabindex="-1">${text}</h2>`;
}

/** What was just done (cancelled, left a waitlist), at the top of the view. */
function notice(text: string): unknown {
  return text ? html`<p class="panel success" part="notice">${text}</p>` : nothing;
}

export interface ListViewOptions {
  filters: FilterState;
  changeFilters: (change: Partial<Omit<FilterState, 'datesInvalid'>>) => void;
  events: PagedList<UnionEvent>;
  open: (ev: UnionEvent) => void;
}

/** The events, ten at a time, under the category and date filters. */
export function listView(ctx: EventViewContext, o: ListViewOptions): TemplateResult {
  const { s, t } = ctx;
  const list = o.events;
  return html`${heading(s.title)}
    ${renderFilters(ctx, o.filters, o.changeFilters)}
    ${list.load.render({
      ready: () =>
        html`<ul class="list" part="list">
            ${list.items.map((e) => renderEventCard(ctx, e, o.open))}
          </ul>
          ${loadMore(t, list)}`,
      empty: () => emptyTemplate(t, s.noEvents),
    })}`;
}

export interface DetailViewOptions {
  title: string;
  notice: string;
  detail: LoadTask<EventDetail>;
  /** The detail's body, once the registration part and its words are here. */
  body: (d: EventDetail) => unknown;
  back: () => void;
}

/** An event's detail, then back to the events. */
export function detailView(ctx: EventViewContext, o: DetailViewOptions): TemplateResult {
  return html`${heading(o.title)} ${notice(o.notice)}
    ${o.detail.render({ ready: o.body })}
    <div class="actions">
      <button type="button" part="button back" @click=${o.back}>${ctx.s.backToList}</button>
    </div>`;
}

export interface MineViewOptions {
  notice: string;
  mine: LoadTask<RegistrationRow[]>;
  /** The registrations, once the registration part and its words are here. */
  rows: (rows: RegistrationRow[]) => unknown;
  back: () => void;
}

/** "我的报名": the worker's registrations, or none and back to the events. */
export function mineView(ctx: EventViewContext, o: MineViewOptions): TemplateResult {
  const { s, t } = ctx;
  return html`${heading(s.myRegistrationsHeading)} ${notice(o.notice)}
    ${o.mine.render({
      ready: o.rows,
      empty: () => html`${emptyTemplate(t, s.noRegistrations)}
        <button type="button" part="button back" @click=${o.back}>${s.backToList}</button>`,
    })}`;
}
