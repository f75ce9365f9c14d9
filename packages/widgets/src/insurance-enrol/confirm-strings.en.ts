/** English strings of the confirmation of `<union-insurance-enrol>`, loaded on demand (see ./confirm-strings.ts). */
import type { ConfirmStrings } from './confirm-strings.js';

export const en: ConfirmStrings = {
  confirmIntro: (plan) => `Please confirm that you want to join “${plan}”.`,
  whatYouGet: 'What you get',
  whatYouPay: 'What you pay',
  youPayNothing: (payer) => `Nothing: it is free for you (${payer}).`,
  youPayAmount: (amount) => `A contribution of ${amount} a year.`,
  paymentHandledByUnion:
    'After enrolling you pay the contribution: your platform may collect it (from your wallet, say), or you pay at a union counter. This page never takes any money.',
  coverFrom: (from, to) => `Cover starts on ${from} and ends on ${to}.`,
  birthDateHint: (range) => `This plan is for ages ${range} on the day cover starts. Your date of birth is used only to check your age.`,
  birthDateMissing: 'Please give your date of birth.',
  birthDateInvalid: 'Please give a real date of birth.',
  birthDateOutOfRange: (range) =>
    `By this date of birth you are outside this plan’s ages (${range}), so you cannot join it. If the date is wrong, please correct it.`,
  shareHint:
    'You can enrol without ticking this. If you tick it, your platform learns only “covered until a date”, nothing else; you can withdraw it at any time.',
  confirmEnrol: 'Confirm enrolment',
  enrolling: 'Enrolling…',
};
