import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import type { Membership, MembershipApplication, MembershipApplicationCreate } from '@unionkit/contract';
import {
  membershipApplicationCreate,
  zMembership,
  zMembershipApplication,
  zMembershipApplicationList,
} from '@unionkit/contract/schemas';
import type { ListParams } from './shared.js';

/** Membership: apply to join a grassroots union, follow the application, read the membership. */
export class Memberships extends APIResource {
  /**
   * `POST /membership-applications`. The body is checked before sending, including the resident ID's
   * birth date and check digit (`RequestValidationError`, code `invalid_checksum` on `residentIdNumber`).
   */
  apply(body: MembershipApplicationCreate, options?: RequestOptions): Promise<MembershipApplication> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/membership-applications`,
        body,
        bodySchema: membershipApplicationCreate,
        response: zMembershipApplication,
      },
      options,
    );
  }

  /** `GET /membership-applications`: this worker's applications. */
  listApplications(params: ListParams = {}, options?: RequestOptions): PagePromise<MembershipApplication> {
    return this._client.list(
      { path: path`/membership-applications`, query: { ...params }, response: zMembershipApplicationList },
      options,
    );
  }

  /** `GET /membership-applications/{id}`. */
  retrieveApplication(id: string, options?: RequestOptions): Promise<MembershipApplication> {
    return this._client.request(
      { method: 'GET', path: path`/membership-applications/${id}`, response: zMembershipApplication },
      options,
    );
  }

  /** `POST /membership-applications/{id}/withdraw`. */
  withdrawApplication(id: string, options?: RequestOptions): Promise<MembershipApplication> {
    return this._client.request(
      { method: 'POST', path: path`/membership-applications/${id}/withdraw`, response: zMembershipApplication },
      options,
    );
  }

  /** `GET /membership`: `{ status: "none" }` for a worker who is not a member (an ordinary state, not an error). */
  retrieve(options?: RequestOptions): Promise<Membership> {
    return this._client.request({ method: 'GET', path: path`/membership`, response: zMembership }, options);
  }
}
