/**
 * Step 3 of the join flow: the grassroots unions of the worker's district that accept members (100 a
 * page, more on request), loaded when the step opens, the suggested one preselected; a failure shows
 * the error with a retry, and a failed "more" keeps the unions shown.
 */
import { Organisations } from '@unionkit/sdk';
import type { DistrictCode, UnionOrganisation } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { PagedList } from '../internal/controllers/paged-list.js';
import type { Draft, FieldKey } from './model.js';
import { renderOrganisations } from './organisations.js';
import type { FlowViewContext } from './flow-views.js';

/** What the step needs of the flow. */
export interface OrganisationFlow {
  readonly draft: Draft;
  readonly errors: Partial<Record<FieldKey, string>>;
  view(): FlowViewContext;
  update(patch: Partial<Draft>): void;
  setError(key: FieldKey, message: string | undefined): void;
  renderNav(canGoOn: boolean): TemplateResult;
}

export class OrganisationStep {
  /** The search typed over the district's unions. */
  query = '';
  readonly #host: WidgetHost;
  readonly #flow: OrganisationFlow;
  readonly #list: PagedList<UnionOrganisation>;
  /** The district whose unions are loaded or on their way. */
  #district: DistrictCode | '' = '';

  constructor(host: WidgetHost, flow: OrganisationFlow) {
    this.#host = host;
    this.#flow = flow;
    this.#list = new PagedList<UnionOrganisation>(
      host,
      (client, signal) =>
        use(client, Organisations).list({ district: this.#district as DistrictCode, acceptsMembers: true, limit: 100 }, { signal }),
      { auto: false, loadedMore: () => host.t.common.loaded },
    );
  }

  find(id: string): UnionOrganisation | undefined {
    return this.#list.items.find((o) => o.id === id);
  }

  /** Another district: its unions are others, so the search goes too. */
  districtChanged(): void {
    this.query = '';
  }

  /** Loads the unions of the worker's district unless they are loaded or on their way; preselects the suggested one. */
  async load(): Promise<void> {
    const district = this.#flow.draft.workDistrict;
    const status = this.#list.load.status;
    if (!district || (district === this.#district && (status === 'ready' || status === 'empty' || status === 'loading'))) return;
    this.#district = district;
    await this.#list.run();
    // The worker moved to another district meanwhile, or it failed: nothing to preselect.
    if (this.#flow.draft.workDistrict !== district || this.#district !== district || this.#list.load.status !== 'ready') return;
    const items = this.#list.items;
    const chosen = this.#flow.draft.organisationId;
    if (!chosen || !items.some((o) => o.id === chosen)) {
      const suggested = items.find((o) => o.suggested) ?? (items.length === 1 ? items[0] : undefined);
      if (suggested) this.#flow.update({ organisationId: suggested.id });
    }
  }

  render(): TemplateResult {
    const flow = this.#flow;
    const view = flow.view();
    if (!flow.draft.workDistrict) return html`<p>${view.s.organisationMissingDistrict}</p>${flow.renderNav(false)}`;
    const list = this.#list;
    const host = this.#host;
    const { status, error } = list.load;
    if (status === 'loading' || status === 'idle') return html`${host.renderLoading()}${flow.renderNav(false)}`;
    if (status === 'error') return html`${host.renderError(error!, () => void this.load())}${flow.renderNav(false)}`;
    if (status === 'empty') return html`${host.renderEmpty(view.s.organisationNone)}${flow.renderNav(false)}`;
    return html`${renderOrganisations(view, {
        list: {
          district: this.#district,
          status: list.moreError ? 'error' : 'ready',
          items: list.items,
          next: list.hasMore ? 'more' : null,
        },
        query: this.query,
        chosenId: flow.draft.organisationId,
        error: flow.errors.organisationId,
        loadingMore: list.loadingMore,
        onQuery: (q) => {
          this.query = q;
          host.requestUpdate();
        },
        onChoose: (id) => {
          flow.update({ organisationId: id });
          flow.setError('organisationId', undefined);
        },
        onMore: () => void list.loadMore(),
      })}
      ${list.moreError ? host.renderError(list.moreError, () => void list.loadMore()) : nothing}${flow.renderNav(true)}`;
  }
}
