/**
 * What `<union-insurance-enrol>` says about paying the premium, in every locale: it comes with the cover
 * part (./cover-part.ts), which shows what is due; the en table is a chunk of its own.
 */
import { localStrings } from '../internal/localize/local.js';

export interface PaymentStrings {
  /** The premium due while `awaiting_payment`. */
  payDue: (amount: string, due: string) => string;
  payButton: string;
  /** The platform took the payment on (it cancelled `union-payment-required`). */
  payWaiting: string;
  payWaitingHint: string;
  payCounterHeading: string;
  /** How to pay the union directly. */
  payCounter: (amount: string, due: string, enrolmentId: string) => string;
  payCounterHotline: string;
  paidAnnounce: (plan: string, status: string) => string;
  /** A `lapsed` enrolment, in neutral words. */
  lapsedText: (due: string) => string;
  enrolAgain: string;
}

export const paymentStrings = localStrings<PaymentStrings>(
  'insurancePayment',
  {
    payDue: (amount, due) => `待缴互助金 ${amount}，请在 ${due} 前缴纳；缴费后次日起保障生效。`,
    payButton: '去缴费',
    payWaiting: '正在由平台完成缴费…',
    payWaitingHint: '平台确认收款后，这里会自动更新，无需重复缴费。',
    payCounterHeading: '到工会柜台缴费',
    payCounter: (amount, due, id) =>
      `请在 ${due} 前，带上身份证到就近的工会服务站（职工服务中心）柜台缴纳 ${amount}，并告知参保记录编号 ${id}。缴费后次日起保障生效。`,
    payCounterHotline: '不清楚就近的柜台，可拨打 12351 职工服务热线咨询。',
    paidAnnounce: (plan, status) => `“${plan}”缴费已确认：${status}`,
    lapsedText: (due) => `本次参保未在 ${due} 前缴费，已经失效，没有保障。如仍需要保障，可以重新参保。`,
    enrolAgain: '重新参保',
  },
  () => import('./payment-strings.en.js'),
);
