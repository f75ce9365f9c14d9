import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import {
  zInsuranceClaim,
  zInsuranceClaimCreate,
  zInsuranceClaimDocuments,
  zInsuranceClaimList,
} from '@unionkit/contract/schemas';
import type { InsuranceClaim, InsuranceClaimCreate, InsuranceClaimDocuments } from '@unionkit/contract';
import type { ListParams } from './shared.js';

/**
 * Claims (申请互助金) on the worker's enrolments (client token, component `insurance`):
 * `client.insurance.claims`. The platform learns nothing of them.
 */
export class InsuranceClaims extends APIResource {
  /**
   * `POST /insurance-claims`: 422 `benefit_not_covered`, `incident_outside_cover`, `consent_required`
   * or `validation_failed` (incident date, `hospitalDays`, evidence files); another's file is 404.
   */
  create(body: InsuranceClaimCreate, options?: RequestOptions): Promise<InsuranceClaim> {
    return this._client.request(
      { method: 'POST', path: path`/insurance-claims`, body, bodySchema: zInsuranceClaimCreate, response: zInsuranceClaim },
      options,
    );
  }

  /** `GET /insurance-claims`: this worker's claims, newest first. */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<InsuranceClaim> {
    return this._client.list({ path: path`/insurance-claims`, query: { ...params }, response: zInsuranceClaimList }, options);
  }

  /** `GET /insurance-claims/{id}`: with its `timeline`, `decisionDueDate`, `approvedAmountFen` and `reason`. */
  retrieve(id: string, options?: RequestOptions): Promise<InsuranceClaim> {
    return this._client.request({ method: 'GET', path: path`/insurance-claims/${id}`, response: zInsuranceClaim }, options);
  }

  /** `POST /insurance-claims/{id}/documents`: answers `more_info_needed` (else 409 `invalid_state`); back to `under_review`. */
  addDocuments(id: string, body: InsuranceClaimDocuments, options?: RequestOptions): Promise<InsuranceClaim> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/insurance-claims/${id}/documents`,
        body,
        bodySchema: zInsuranceClaimDocuments,
        response: zInsuranceClaim,
      },
      options,
    );
  }

  /** `POST /insurance-claims/{id}/withdraw`: before a decision only, else 409 `invalid_state`. */
  withdraw(id: string, options?: RequestOptions): Promise<InsuranceClaim> {
    return this._client.request({ method: 'POST', path: path`/insurance-claims/${id}/withdraw`, response: zInsuranceClaim }, options);
  }
}
