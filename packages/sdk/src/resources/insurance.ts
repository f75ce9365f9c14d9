import { path, type RequestOptions, type UnionCore } from '../core/client.js';
import { zInsurancePayment, zInsurancePaymentCreate } from '@unionkit/contract/schemas';
import type { InsurancePayment, InsurancePaymentCreate } from '@unionkit/contract';
import { InsuranceClaims } from './insurance-claims.js';
import { InsurancePlans } from './insurance-plans.js';

/**
 * `client.insurance`: the plan (互助保障) — plans, eligibility, enrolments — plus claims (申请互助金) and the
 * partner's confirmation of a premium it collected.
 */
export class Insurance extends InsurancePlans {
  /** Claims (申请互助金): `create`, `list`, `retrieve`, `addDocuments`, `withdraw`. */
  readonly claims: InsuranceClaims;

  constructor(client: UnionCore) {
    super(client);
    this.claims = new InsuranceClaims(client);
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
}
