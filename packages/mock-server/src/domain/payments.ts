/**
 * Paying a premium (缴纳互助金). An enrolment in a plan the worker pays for waits in
 * `awaiting_payment` with `payment { amountFen, dueDate }` (due `PAYMENT_DUE_DAYS` after enrolling;
 * unpaid past that day it is `lapsed`, see `./insurance.ts`). It is paid either by the partner's
 * server, which collected the premium from the rider's wallet or pays it as a benefit (secret key,
 * `POST /insurance-enrolments/{id}/payments`), or at a union counter (sandbox). The amount must be
 * exactly what is due; cover then starts the day after the payment and ends on 31 December (from
 * 1 December, the next calendar year: a premium never buys less than the term it names).
 */
import type { InsurancePaymentCreate, PaymentMethod } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { PaymentRecord } from '../store/claims.js';
import type { EnrolmentRecord } from '../store/types.js';
import { formatDate } from '../time.js';
import { actorReaches, type Actor, type PartnerActor } from './actor.js';
import { coverageFor } from './coverage.js';
import { certificateNumber, emitCoverage, refreshEnrolments } from './insurance.js';
import { fieldError, notFound, ProblemError } from './problem.js';

/**
 * The enrolment `id` if `actor` may pay it: a secret key any enrolment of its partner's workers, a
 * client token only its own worker's. Anything else is 404, as an unknown id (never reveal which).
 */
function payableBy(store: Store, actor: Actor, id: string): EnrolmentRecord {
  const e = store.enrolments.get(id);
  if (!e || !actorReaches(actor, store.workers.get(e.workerKey))) throw notFound('参保记录', 'enrolment');
  refreshEnrolments(store, e.workerKey);
  if (e.status === 'lapsed') {
    throw new ProblemError(
      409,
      'payment_overdue',
      `缴费期限（${e.payment?.dueDate ?? ''}）已过，本次参保已失效，请劳动者重新参保。 The due date (${e.payment?.dueDate ?? ''}) has passed and the enrolment has lapsed; the worker may enrol again.`,
    );
  }
  if (e.status !== 'awaiting_payment' || !e.payment) {
    throw new ProblemError(409, 'invalid_state', `状态为 ${e.status} 的参保无需缴费。 An enrolment in status ${e.status} takes no payment.`);
  }
  return e;
}

/** Records the payment and makes the enrolment active, its cover starting the day after. */
function settle(store: Store, e: EnrolmentRecord, partnerId: string, method: PaymentMethod, partnerPaymentRef: string | null): PaymentRecord {
  const now = store.now();
  const coverage = coverageFor(formatDate(now));
  const payment: PaymentRecord = {
    id: store.ids.next('pay'),
    enrolmentId: e.id,
    partnerId,
    amountFen: e.payment?.amountFen ?? e.workerPaysFen,
    method,
    partnerPaymentRef,
    createdAt: now,
  };
  store.payments.set(payment.id, payment);
  e.status = 'active';
  e.coverageStart = coverage.start;
  e.coverageEnd = coverage.end;
  e.certificate = { number: certificateNumber(store, e.workerKey, now), issuedAt: now };
  e.updatedAt = now;
  emitCoverage(store, e);
  return payment;
}

/** `POST /insurance-enrolments/{id}/payments`: the partner's server confirms a premium it collected. */
export function confirmPartnerPayment(store: Store, actor: PartnerActor, id: string, input: InsurancePaymentCreate): PaymentRecord {
  const e = payableBy(store, actor, id);
  const due = e.payment!.amountFen;
  if (input.amountFen !== due) {
    throw new ProblemError(
      422,
      'payment_amount_mismatch',
      `应缴 ${due} 分，收到 ${input.amountFen} 分。 ${due} fen is due, not ${input.amountFen}.`,
      { errors: [fieldError('amountFen', 'invalid_value', `应缴 ${due} 分。 ${due} fen is due.`)] },
    );
  }
  return settle(store, e, actor.partner.id, 'partner', input.partnerPaymentRef);
}

/** Sandbox `POST /sandbox/insurance-enrolments/{id}/payment`: the worker pays what is due at a union counter. */
export function payAtUnionCounter(store: Store, actor: Actor, id: string): PaymentRecord {
  const e = payableBy(store, actor, id);
  const owner = store.workers.get(e.workerKey)!;
  return settle(store, e, owner.partnerId, 'union_counter', null);
}
