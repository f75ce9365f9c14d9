/** Payments and claims in the contract's shapes (the rest: `./serialize.ts`). */
import type { InsuranceClaim, InsurancePayment } from '@unionkit/contract';
import type { ClaimRecord, PaymentRecord } from '../store/claims.js';
import { formatDateTime } from '../time.js';

export function payment(p: PaymentRecord): InsurancePayment {
  return {
    id: p.id,
    enrolmentId: p.enrolmentId,
    amountFen: p.amountFen,
    status: 'succeeded',
    method: p.method,
    partnerPaymentRef: p.partnerPaymentRef,
    createdAt: formatDateTime(p.createdAt),
  };
}

export function claim(c: ClaimRecord): InsuranceClaim {
  return {
    id: c.id,
    enrolmentId: c.enrolmentId,
    planId: c.planId,
    benefit: c.benefit,
    status: c.status,
    incidentDate: c.incidentDate,
    description: c.description,
    ...(c.hospitalDays !== null ? { hospitalDays: c.hospitalDays } : {}),
    evidenceFileIds: [...c.evidenceFileIds],
    decisionDueDate: c.decisionDueDate,
    approvedAmountFen: c.approvedAmountFen,
    reason: c.reason,
    timeline: c.timeline.map((t) => ({ status: t.status, at: formatDateTime(t.at), ...(t.note !== undefined ? { note: t.note } : {}) })),
    createdAt: formatDateTime(c.createdAt),
    updatedAt: formatDateTime(c.updatedAt),
  };
}
