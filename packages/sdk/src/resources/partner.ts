import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zPartnerStats } from '@unionkit/contract/schemas';
import type { PartnerStats } from '@unionkit/contract';

/** The partner's own account (secret key). */
export class Partner extends APIResource {
  /**
   * `GET /partner/stats`: members who joined, enrolments and help given (non-confidential only)
   * among the partner's riders, by district and month, for the 12 months that have ended. A count
   * under 10 is `{ count: null, suppressed: true }`; there are no totals and no people in it.
   */
  stats(options?: RequestOptions): Promise<PartnerStats> {
    return this._client.request({ method: 'GET', path: path`/partner/stats`, response: zPartnerStats }, options);
  }
}
