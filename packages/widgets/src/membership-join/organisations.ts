/**
 * The unions of step 3 as the worker sees them: a search box over them (by name or street) when there
 * are many, so a district with many unions is not one long scroll, the radio group — the suggested one
 * first, the choice in view whatever the search — and "load more" (`organisation-step.ts` loads them).
 */
import type { DistrictCode, UnionOrganisation } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { loadMore } from '../internal/views/load-more.js';
import { orgName } from './flow-views.js';
import type { FlowViewContext } from './flow-views.js';
import { enumLabel } from '../internal/labels.js';

/** What is known of the district's unions. */
export interface OrganisationList {
  district: DistrictCode | '';
  status: 'idle' | 'loading' | 'ready' | 'error';
  items: UnionOrganisation[];
  next: string | null;
  error?: UnionErrorInfo;
}

/** Lower case, without spaces: what a search compares. */
const fold = (text: string) => text.toLowerCase().replace(/[\s\u3000]+/g, '');

/**
 * The unions to show for a search: the suggested one first, then the others as listed; those whose
 * name (Chinese or English) or address holds every word of `query`. The chosen one is always kept.
 */
function filterOrganisations(items: readonly UnionOrganisation[], query: string, chosenId: string): UnionOrganisation[] {
  const words = query.split(/[\s\u3000]+/).map(fold).filter(Boolean);
  const matches = (o: UnionOrganisation) => {
    const text = fold(`${o.name} ${o.nameEn ?? ''} ${o.address ?? ''}`);
    return words.every((w) => text.includes(w));
  };
  const shown = items.filter((o) => o.id === chosenId || matches(o));
  return [...shown.filter((o) => o.suggested), ...shown.filter((o) => !o.suggested)];
}

export interface OrganisationViewOptions {
  list: OrganisationList;
  query: string;
  chosenId: string;
  error: string | undefined;
  loadingMore: boolean;
  onQuery: (query: string) => void;
  onChoose: (id: string) => void;
  onMore: () => void;
}

/** The search box, the radio group of unions and "load more"; the element renders loading and errors. */
export function renderOrganisations(c: FlowViewContext, o: OrganisationViewOptions): TemplateResult {
  const { s, t } = c;
  const district = o.list.district as DistrictCode;
  const shown = filterOrganisations(o.list.items, o.query, o.chosenId);
  const found = o.query.trim() ? filterOrganisations(o.list.items, o.query, '').length : o.list.items.length;
  const many = o.list.items.length > 5;
  return html`<p>${s.organisationIntro(enumLabel(t.locale, t.enums.district, district))}</p>
    ${many
      ? html`<div class="field org-search" part="field">
          <label for="orgSearch" part="label">${s.organisationSearch}</label>
          <input
            id="orgSearch"
            part="input"
            type="search"
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="orgSearch-hint orgSearch-count"
            .value=${live(o.query)}
            @input=${(e: InputEvent) => o.onQuery((e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              // Enter searches as the worker types; it must not submit the step.
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          <span class="hint" id="orgSearch-hint" part="hint">${s.organisationSearchHint}</span>
          <span class="hint" id="orgSearch-count" part="hint">${s.organisationCount(found, o.list.items.length)}</span>
        </div>`
      : nothing}
    <fieldset aria-describedby=${o.error ? 'organisationId-error' : nothing}>
      <legend>${s.organisationLegend}</legend>
      ${found === 0 ? html`<p class="muted">${s.organisationNoMatch}</p>` : nothing}
      ${shown.map(
        (org) => html`<label
          part="organisation"
          class="choice org${org.id === o.chosenId ? ' selected' : ''}"
        >
          <input
            type="radio"
            name="organisation"
            id=${`org-${org.id}`}
            .value=${org.id}
            .checked=${live(org.id === o.chosenId)}
            @change=${() => o.onChoose(org.id)}
          />
          <span>
            <span class="org-name">${orgName(org, t)}</span>
            ${org.suggested ? html`<span class="badge">${s.suggested}</span>` : nothing}
            ${org.address ? html`<span class="consent-notice">${org.address}</span>` : nothing}
          </span>
        </label>`,
      )}
      <span class="error" id="organisationId-error" part="error" aria-live="polite">${o.error ?? ''}</span>
    </fieldset>
    ${loadMore(t, { hasMore: !!o.list.next && o.list.status !== 'error', loadingMore: o.loadingMore, moreError: undefined, loadMore: o.onMore })}`;
}
