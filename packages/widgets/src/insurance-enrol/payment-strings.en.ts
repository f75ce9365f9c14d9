/** English strings about paying the premium, loaded on demand (see ./payment-strings.ts). */
import type { PaymentStrings } from './payment-strings.js';

export const en: PaymentStrings = {
  payDue: (amount, due) => `Premium due: ${amount}, by ${due}. Cover starts the day after payment.`,
  payButton: 'Pay',
  payWaiting: 'Waiting for the platform to confirm the payment…',
  payWaitingHint: 'This page updates by itself once the platform confirms; there is no need to pay again.',
  payCounterHeading: 'Pay at a union counter',
  payCounter: (amount, due, id) =>
    `By ${due}, take your ID card to the counter of your nearest union service centre, pay ${amount} and give the enrolment number ${id}. Cover starts the day after payment.`,
  payCounterHotline: 'To find the nearest counter, call the 12351 workers’ hotline.',
  paidAnnounce: (plan, status) => `Payment for “${plan}” confirmed: ${status}`,
  lapsedText: (due) => `This enrolment was not paid by ${due}, so it has lapsed and gives no cover. You can enrol again if you still need cover.`,
  enrolAgain: 'Enrol again',
};
