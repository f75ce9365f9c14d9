import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { zUnionOrganisationList } from '@unionkit/contract/schemas';
import type { UnionOrganisation } from '@unionkit/contract';
import type { QueryOf } from './shared.js';

/** `district`, `kind`, `parentId`, `acceptsMembers`, `limit`, `cursor`. */
export type OrganisationListParams = QueryOf<'listUnionOrganisations'>;

/** Union organisations: the tree a worker picks a grassroots union from. */
export class Organisations extends APIResource {
  /** `GET /union-organisations`; in a district, one is `suggested` for this session's worker. */
  list(params: OrganisationListParams = {}, options?: RequestOptions): PagePromise<UnionOrganisation> {
    return this._client.list({ path: path`/union-organisations`, query: { ...params }, response: zUnionOrganisationList }, options);
  }
}
