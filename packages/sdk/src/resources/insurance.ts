import { path, type RequestOptions, type UnionCore } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import {
  zEligibility,
  zInsuranceEnrolment,
  zInsuranceEnrolmentCreate,
  zInsuranceEnrolmentList,
  zInsurancePayment,
  zInsurancePaymentCreate,
  zInsurancePlanList,
} from '@unionkit/contract/schemas';
import type {
  Eligibility,
  InsuranceEnrolment,
  InsuranceEnrolmentCreate,
  InsurancePayment,
  InsurancePaymentCreate,
  InsurancePlan,
} from '@unionkit/contract';
import { InsuranceClaims } from './insurance-claims.js';
import type { ListParams } from './shared.js';

/** The mutual-aid protection plan (互助保障): plans, eligibility, enrolments, premium payments and claims. */
export class Insurance extends APIResource {
  /** Claims (申请互助金): `create`, `list`, `retrieve`, `addDocuments`, `withdraw`. */
  readonly claims: InsuranceClaims;

  constructor(client: UnionCore) {
    super(client);
    this.claims = new InsuranceClaims(client);
  }

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

  /**
   * `POST /insurance-enrolments/{id}/payments` (secret key, the partner's server): confirms a premium the
   * platform collected; the enrolment becomes `active`, cover from the next day. 422
   * `payment_amount_mismatch`, 409 `payment_overdue` (lapsed) or `invalid_state`. A retry with the same
   * idempotency key (the SDK keeps one across its own retries) never pays twice.
   */
  payEnrolment(id: string, body: InsurancePaymentCreate, options?: RequestOptions): Promise<InsurancePayment> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/insurance-enrolments/${id}/payments`,
        body,
        bodySchema: zInsurancePaymentCreate,
        response: zInsurancePayment,
      },
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
