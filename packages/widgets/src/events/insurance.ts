import type { EnrolmentStatus } from '@unionkit/sdk/types';

/**
 * `union-insurance-enrolled`: the worker enrolled in a protection plan (互助保障). Coverage status: sent
 * only while the worker shares their status with the platform (`share_status_with_platform`).
 */
export const UNION_INSURANCE_ENROLLED = 'union-insurance-enrolled';
export interface UnionInsuranceEnrolledDetail {
  enrolmentId: string;
  planId: string;
  /** The enrolment's status; a status the API added after this build passes through as it came. */
  status: EnrolmentStatus | (string & {});
}
export type UnionInsuranceEnrolledEvent = CustomEvent<UnionInsuranceEnrolledDetail>;

/** `union-insurance-cancelled`: the worker cancelled an enrolment. Coverage status, like `union-insurance-enrolled`. */
export const UNION_INSURANCE_CANCELLED = 'union-insurance-cancelled';
export interface UnionInsuranceCancelledDetail {
  enrolmentId: string;
  planId: string;
  /** The enrolment's status; a status the API added after this build passes through as it came. */
  status: EnrolmentStatus | (string & {});
}
export type UnionInsuranceCancelledEvent = CustomEvent<UnionInsuranceCancelledDetail>;

/**
 * `union-payment-required`: an enrolment awaits its premium — a request the host may act on. Cancelable:
 * a platform that collects the premium from the rider's wallet (or pays it as a benefit) calls
 * `preventDefault()` and its server confirms with `POST /insurance-enrolments/{id}/payments`; otherwise
 * the widget explains how to pay the union directly.
 */
export const UNION_PAYMENT_REQUIRED = 'union-payment-required';
export interface UnionPaymentRequiredDetail {
  enrolmentId: string;
  amountFen: number;
}
export type UnionPaymentRequiredEvent = CustomEvent<UnionPaymentRequiredDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-insurance-enrolled': UnionInsuranceEnrolledEvent;
    'union-insurance-cancelled': UnionInsuranceCancelledEvent;
    'union-payment-required': UnionPaymentRequiredEvent;
  }
}
