/**
 * Step 3 of the join flow: the grassroots unions of the worker's district that accept members, the
 * suggested one first and preselected, and a search box over them (by name or street), so a district
 * with many unions is not one long scroll. The choice stays in view whatever the search.
 */
import { Organisations, type Page, type UnionCore } from '@unionkit/sdk';
import type { DistrictCode, UnionOrganisation } from '@unionkit/sdk/types';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { use } from '../internal/api.js';
import type { ActionResult } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { orgName, type ViewContext } from './views.js';

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
export function filterOrganisations(items: readonly UnionOrganisation[], query: string, chosenId: string): UnionOrganisation[] {
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
export function renderOrganisations(c: ViewContext, o: OrganisationViewOptions): TemplateResult {
  const { s, t } = c;
  const district = o.list.district as DistrictCode;
  const shown = filterOrganisations(o.list.items, o.query, o.chosenId);
  const found = o.query.trim() ? filterOrganisations(o.list.items, o.query, '').length : o.list.items.length;
  const many = o.list.items.length > 5;
  return html`<p>${s.organisationIntro(t.enums.district[district])}</p>
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
    ${o.list.next && o.list.status !== 'error'
      ? html`<button type="button" part="button" ?disabled=${o.loadingMore} aria-busy=${o.loadingMore ? 'true' : 'false'} @click=${o.onMore}>
          ${o.loadingMore ? t.common.loading : t.common.loadMore}
        </button>`
      : nothing}`;
}

/** Runs a list request as an action of the element (errors reported, no double request). */
type ListRunner = (
  key: string,
  fn: (client: UnionCore) => Promise<Page<UnionOrganisation>>,
) => Promise<ActionResult<Page<UnionOrganisation>>>;

/** The unions of the worker's district as loaded (100 a page, more on request) and the search typed. */
export class OrganisationChoice {
  list: OrganisationList = { district: '', status: 'idle', items: [], next: null };
  query = '';
  readonly #host: ReactiveControllerHost;
  readonly #run: ListRunner;

  constructor(host: ReactiveControllerHost, run: ListRunner) {
    this.#host = host;
    this.#run = run;
  }

  find(id: string): UnionOrganisation | undefined {
    return this.list.items.find((o) => o.id === id);
  }

  /** Whether `district`'s unions are loaded or on their way. */
  has(district: DistrictCode): boolean {
    return this.list.district === district && (this.list.status === 'ready' || this.list.status === 'loading');
  }

  /**
   * Loads `district`'s unions (`more`: the next page). `stillWanted` says whether the worker still
   * works there when they arrive; the loaded list is returned, or `undefined`.
   */
  async load(district: DistrictCode, more: boolean, stillWanted: () => boolean): Promise<UnionOrganisation[] | undefined> {
    const cursor = more ? this.list.next : null;
    if (!more) this.list = { district, status: 'loading', items: [], next: null };
    this.#host.requestUpdate();
    const r = await this.#run(more ? 'orgs-more' : `orgs:${district}`, (client) =>
      use(client, Organisations).list({ district, acceptsMembers: true, limit: 100, ...(cursor ? { cursor } : {}) }),
    );
    if (!stillWanted()) return undefined;
    if (!r.ok) {
      this.list = { ...this.list, district, status: 'error', error: r.error };
      this.#host.requestUpdate();
      return undefined;
    }
    const items = more ? [...this.list.items, ...r.value.data] : r.value.data;
    this.list = { district, status: 'ready', items, next: r.value.nextCursor };
    this.#host.requestUpdate();
    return items;
  }
}
