/** English strings about the worker's cover, loaded on demand (see ./cover-strings.ts). */
import type { CoverStrings } from './cover-strings.js';

export const en: CoverStrings = {
  doneActive: (plan, from, to) => `You have joined “${plan}”. Cover starts on ${from} and ends on ${to}.`,
  doneInForce: (plan, to) => `You have joined “${plan}”; you are covered until ${to}.`,
  donePending: (plan) => `Your enrolment in “${plan}” is being reviewed.`,
  doneAwaitingPayment: (plan, amount) => `You have signed up for “${plan}”. Cover starts once the contribution of ${amount} is paid.`,
  certificateNumber: 'Certificate number',
  coverage: 'Cover period',
  issuedAt: 'Issued',
  enrolmentNumber: 'Enrolment reference',
  viewCertificate: 'View certificate',
  cancelConfirm: (plan) => `Cancel “${plan}”? Your cover ends straight away; to be covered again you would enrol again.`,
};
