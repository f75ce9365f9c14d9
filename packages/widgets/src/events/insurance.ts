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

/**
 * `union-insurance-join-requested`: a worker who is not a union member pressed "去入会" on a plan that is
 * for members only. The host shows `<union-membership-join>` (or navigates to its join page) in
 * response; the widget itself opens nothing.
 */
export const UNION_INSURANCE_JOIN_REQUESTED = 'union-insurance-join-requested';
export interface UnionInsuranceJoinRequestedDetail {
  /** The plan the worker was looking at, so the host can bring them back to it after joining. */
  planId: string;
  /** Why joining is needed (the eligibility reason). */
  reason: 'not_a_member';
}
export type UnionInsuranceJoinRequestedEvent = CustomEvent<UnionInsuranceJoinRequestedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-insurance-enrolled': UnionInsuranceEnrolledEvent;
    'union-insurance-cancelled': UnionInsuranceCancelledEvent;
    'union-insurance-join-requested': UnionInsuranceJoinRequestedEvent;
  }
}
