import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import {
  zEligibility,
  zInsuranceEnrolment,
  zInsuranceEnrolmentCreate,
  zInsuranceEnrolmentList,
  zInsurancePlanList,
} from '@unionkit/contract/schemas';
import type {
  Eligibility,
  InsuranceEnrolment,
  InsuranceEnrolmentCreate,
  InsurancePlan,
} from '@unionkit/contract';
import type { ListParams } from './shared.js';

/**
 * What a worker's page needs of the mutual-aid protection plan (互助保障): plans, eligibility and
 * enrolments. The widgets use this alone, so a page that never files a claim does not carry claims.
 */
export class InsurancePlans extends APIResource {
  /** `GET /insurance-plans`. */
  listPlans(params: ListParams = {}, options?: RequestOptions): PagePromise<InsurancePlan> {
    return this._client.list({ path: path`/insurance-plans`, query: { ...params }, response: zInsurancePlanList }, options);
  }

  /** `GET /insurance-plans/{id}/eligibility`: `eligible`, or the `reasons` why not. */
  checkEligibility(planId: string, options?: RequestOptions): Promise<Eligibility> {
    return this._client.request(
      { method: 'GET', path: path`/insurance-plans/${planId}/eligibility`, response: zEligibility },
      options,
    );
  }

  /** `POST /insurance-enrolments`: one-click enrolment; 422 `not_eligible` with `reasons` when not eligible. */
  enrol(body: InsuranceEnrolmentCreate, options?: RequestOptions): Promise<InsuranceEnrolment> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/insurance-enrolments`,
        body,
        bodySchema: zInsuranceEnrolmentCreate,
        response: zInsuranceEnrolment,
      },
      options,
    );
  }

  /** `GET /insurance-enrolments`: this worker's enrolments. */
  listEnrolments(params: ListParams = {}, options?: RequestOptions): PagePromise<InsuranceEnrolment> {
    return this._client.list(
      { path: path`/insurance-enrolments`, query: { ...params }, response: zInsuranceEnrolmentList },
      options,
    );
  }

  /** `GET /insurance-enrolments/{id}`. */
  retrieveEnrolment(id: string, options?: RequestOptions): Promise<InsuranceEnrolment> {
    return this._client.request(
      { method: 'GET', path: path`/insurance-enrolments/${id}`, response: zInsuranceEnrolment },
      options,
    );
  }



  /** `POST /insurance-enrolments/{id}/cancel`; 409 `invalid_state` unless pending, awaiting payment or active. */
  cancelEnrolment(id: string, options?: RequestOptions): Promise<InsuranceEnrolment> {
    return this._client.request(
      { method: 'POST', path: path`/insurance-enrolments/${id}/cancel`, response: zInsuranceEnrolment },
      options,
    );
  }
}
