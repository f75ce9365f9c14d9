/** What the store keeps of premium payments and claims (`../domain/payments.ts`, `../domain/claims.ts`). */
import type { ClaimBenefit, ClaimStatus, PaymentMethod } from '@unionkit/contract';

/** A premium paid for an enrolment: confirmed by the partner's server, or at a union counter. */
export interface PaymentRecord {
  id: string;
  enrolmentId: string;
  /** The partner whose worker's enrolment it paid. */
  partnerId: string;
  amountFen: number;
  method: PaymentMethod;
  partnerPaymentRef: string | null;
  createdAt: Date;
}

export interface ClaimTimelineRecord {
  status: ClaimStatus;
  at: Date;
  note?: string;
}

/** A claim (申请互助金) on one of the worker's enrolments. */
export interface ClaimRecord {
  id: string;
  workerKey: string;
  enrolmentId: string;
  planId: string;
  benefit: ClaimBenefit;
  status: ClaimStatus;
  incidentDate: string;
  description: string;
  hospitalDays: number | null;
  evidenceFileIds: string[];
  decisionDueDate: string;
  approvedAmountFen: number | null;
  reason: string | null;
  timeline: ClaimTimelineRecord[];
  createdAt: Date;
  updatedAt: Date;
}
