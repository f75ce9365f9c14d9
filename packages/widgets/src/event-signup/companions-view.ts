/**
 * The companions step of `<union-event-signup>`, before a family event's sign-up is confirmed: who
 * comes along (relation and year of birth, never a name), checked against the event's terms as the
 * worker types (at most `maxCompanions`; children within `childAgeRange`, counted in the event's
 * year), with the party's size against the places left. It comes with the detail's on-demand chunk.
 * What the worker entered lives in the element (`PartyState`), so an error or a retry loses nothing.
 */
import type { Companion, CompanionRelation, Event as UnionEvent } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { UnionErrorInfo } from '../internal/errors.js';
import { busyButton } from '../internal/views/busy-button.js';
import { selectField, textField } from '../internal/views/fields.js';
import { shanghaiDate } from '../internal/format.js';
import type { EventViewContext } from './list-view.js';
import { detailStrings, type DetailStrings } from './detail-strings.js';

/** One companion as typed: the year stays text until it is sent. */
export interface CompanionRow {
  relation: CompanionRelation | '';
  birthYear: string;
}

/** The party being put together for one event. */
export interface PartyState {
  eventId: string;
  rows: CompanionRow[];
  /** Show every rule's message (after a first confirm). */
  checked: boolean;
  /** The step is shown (closing it keeps what was entered). */
  open: boolean;
}

export interface PartyActions {
  /** Applies a change to the rows as they are now (not as they were when this view was drawn). */
  change: (update: (rows: readonly CompanionRow[]) => CompanionRow[]) => void;
  /** Moves focus to a field (the new companion's first one). */
  focus: (id: string) => void;
  /** The rules found problems: show them, say `message`, and move focus to the first. */
  showProblems: (message: string) => void;
  confirm: (ev: UnionEvent, companions: Companion[]) => void;
  back: () => void;
}

const RELATIONS: readonly CompanionRelation[] = ['child', 'spouse', 'parent'];

/** Field ids: `companion-0-relation`, `companion-0-birth-year`. */
export const relationId = (i: number): string => `companion-${i}-relation`;
export const birthYearId = (i: number): string => `companion-${i}-birth-year`;

/** The event's rules on the party: a message per field id, and one for the party as a whole. */
export function partyProblems(s: DetailStrings, ev: UnionEvent, rows: readonly CompanionRow[], now = new Date()): Map<string, string> {
  const problems = new Map<string, string>();
  const max = ev.maxCompanions ?? 0;
  if (rows.length > max) problems.set('companions', s.tooManyCompanions(max));
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  const eventYear = Number(shanghaiDate(ev.startsAt).slice(0, 4));
  const range = ev.childAgeRange;
  rows.forEach((row, i) => {
    if (!row.relation) problems.set(relationId(i), s.relationRequired);
    const year = row.birthYear.trim();
    if (!/^\d{4}$/.test(year) || Number(year) < 1900) {
      problems.set(birthYearId(i), s.birthYearFormat);
    } else if (Number(year) > thisYear) {
      problems.set(birthYearId(i), s.birthYearFuture(thisYear));
    } else if (row.relation === 'child' && range) {
      const age = eventYear - Number(year);
      if (age < range.min || age > range.max) problems.set(birthYearId(i), s.childAge(age, range.min, range.max));
    }
  });
  return problems;
}

/** The API's field problems (`companions.1.birthYear`), on the fields they name. */
function apiProblems(s: DetailStrings, error: UnionErrorInfo | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of error?.fieldErrors ?? []) {
    const m = /^companions\.(\d+)\.(relation|birthYear)$/.exec(e.path);
    if (m) out.set(m[2] === 'relation' ? relationId(Number(m[1])) : birthYearId(Number(m[1])), s.fixCompanions);
    else if (e.path === 'companions') out.set('companions', s.fixCompanions);
  }
  return out;
}

/** The rows as the API takes them (only once `partyProblems` finds none). */
export function toCompanions(rows: readonly CompanionRow[]): Companion[] {
  return rows.map((r) => ({ relation: r.relation as CompanionRelation, birthYear: Number(r.birthYear.trim()) }));
}

export function renderCompanions(
  ctx: EventViewContext,
  ev: UnionEvent,
  party: PartyState,
  state: { error: UnionErrorInfo | undefined; registering: boolean; renderError: (error: UnionErrorInfo) => TemplateResult },
  actions: PartyActions
): TemplateResult {
  const s = ctx.local(detailStrings);
  const max = ev.maxCompanions ?? 0;
  const rows = party.rows;
  const rules = partyProblems(s, ev, rows);
  const fromApi = apiProblems(s, state.error);
  // A field's message: the rule's own words once checked (or the API's, on the field it names).
  const problem = (id: string) => (party.checked ? rules.get(id) ?? fromApi.get(id) : undefined);
  const set = (i: number, change: Partial<CompanionRow>) => actions.change((now) => now.map((r, k) => (k === i ? { ...r, ...change } : r)));
  const people = 1 + rows.length;
  const confirm = () => {
    if (rules.size > 0) actions.showProblems(s.fixCompanions);
    else actions.confirm(ev, toCompanions(rows));
  };
  const otherError = state.error && state.error.fieldErrors.length === 0 ? state.error : undefined;
  return html`<section class="panel" part="companions" aria-labelledby="companions-heading">
    <h3 id="companions-heading" data-companions-heading tabindex="-1">${s.companionsHeading}</h3>
    <p>${s.companionsIntro(max)}</p>
    ${ev.childAgeRange ? html`<p class="muted">${s.companionTerms(max, ev.childAgeRange.min, ev.childAgeRange.max)}</p>` : nothing}
    ${rows.map(
      (row, i) => html`<fieldset class="companion" part="companion" data-companion=${i}>
        <legend>${s.companionLegend(i + 1)}</legend>
        ${selectField<CompanionRelation>({
          id: relationId(i),
          label: s.relation,
          value: row.relation,
          placeholder: s.relationPlaceholder,
          required: true,
          options: RELATIONS.map((r) => ({ value: r, label: s.relations[r] })),
          error: problem(relationId(i)),
          onChange: (v) => set(i, { relation: v }),
        })}
        ${textField({
          id: birthYearId(i),
          label: s.birthYear,
          hint: s.birthYearHint,
          value: row.birthYear,
          inputmode: 'numeric',
          maxlength: 4,
          autocomplete: 'off',
          required: true,
          error: problem(birthYearId(i)),
          onInput: (v) => set(i, { birthYear: v }),
        })}
        <div class="actions">
          <button
            type="button"
            part="button remove-companion"
            aria-label=${s.removeCompanion(i + 1)}
            @click=${() => {
              actions.change((now) => now.filter((_, k) => k !== i));
              actions.focus('companions-heading');
            }}
          >
            ${s.remove}
          </button>
        </div>
      </fieldset>`
    )}
    <div class="actions">
      <button
        type="button"
        part="button add-companion"
        ?disabled=${rows.length >= max}
        aria-describedby="companions-max"
        @click=${() => {
          actions.change((now) => [...now, { relation: '', birthYear: '' }]);
          actions.focus(relationId(rows.length));
        }}
      >
        ${s.addCompanion}
      </button>
    </div>
    <p class="muted" id="companions-max">${s.atMostCompanions(max)}</p>
    ${problem('companions') ? html`<p class="error" id="companions-error">${problem('companions')}</p>` : nothing}
    <p part="party-size" aria-live="polite">
      <strong>${s.partySize(people)}</strong><br />${s.partyPlaces(ev.placesLeft, people, ev.waitlistEnabled)}
    </p>
    ${otherError ? state.renderError(otherError) : nothing}
    <div class="actions">
      ${busyButton({
        primary: true,
        part: 'button button-primary confirm-sign-up',
        label: s.confirmSignUp,
        busyLabel: ctx.s.signingUp,
        busy: state.registering,
        onClick: confirm,
      })}
      <button type="button" part="button back-to-event" @click=${actions.back}>${s.backToEvent}</button>
    </div>
  </section>`;
}
