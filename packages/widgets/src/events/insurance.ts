import type { EnrolmentStatus } from '@unionkit/sdk/types';

/** `union-insurance-enrolled`: the worker enrolled in a protection plan (互助保障). */
export const UNION_INSURANCE_ENROLLED = 'union-insurance-enrolled';
export interface UnionInsuranceEnrolledDetail {
  enrolmentId: string;
  planId: string;
  status: EnrolmentStatus;
}
export type UnionInsuranceEnrolledEvent = CustomEvent<UnionInsuranceEnrolledDetail>;

/** `union-insurance-cancelled`: the worker cancelled an enrolment. */
export const UNION_INSURANCE_CANCELLED = 'union-insurance-cancelled';
export interface UnionInsuranceCancelledDetail {
  enrolmentId: string;
  planId: string;
  status: EnrolmentStatus;
}
export type UnionInsuranceCancelledEvent = CustomEvent<UnionInsuranceCancelledDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-insurance-enrolled': UnionInsuranceEnrolledEvent;
    'union-insurance-cancelled': UnionInsuranceCancelledEvent;
  }
}
