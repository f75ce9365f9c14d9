import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { zConsent, zConsentList, zPrivacyNotice } from '@unionkit/contract/schemas';
import type { Consent, NoticePurpose, PrivacyNotice } from '@unionkit/contract';
import type { ListParams } from './shared.js';

/** The worker's separate consents (单独同意): each one listed, each one withdrawable. */
export class Consents extends APIResource {
  /** `GET /consents`. */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<Consent> {
    return this._client.list({ path: path`/consents`, query: { ...params }, response: zConsentList }, options);
  }

  /**
   * `GET /privacy-notices/{purpose}`: the text a consent agrees to (or the union charter, `union_charter`),
   * in the client's language or `options.locale`.
   */
  retrieveNotice(purpose: NoticePurpose, options?: RequestOptions): Promise<PrivacyNotice> {
    return this._client.request({ method: 'GET', path: path`/privacy-notices/${purpose}`, response: zPrivacyNotice }, options);
  }

  /** `POST /consents/{id}/withdraw`; 409 `consent_already_withdrawn` the second time. */
  withdraw(id: string, options?: RequestOptions): Promise<Consent> {
    return this._client.request({ method: 'POST', path: path`/consents/${id}/withdraw`, response: zConsent }, options);
  }
}
