/**
 * What `<union-insurance-enrol>` says about the worker's cover — the result of an enrolment, "我的保障"
 * and the certificate — in every locale: it comes with the cover part (./cover-part.ts), which draws
 * them; the en table is a chunk of its own.
 */
import { localStrings } from '../internal/localize/local.js';

export interface CoverStrings {
  /** Enrolled, cover not started yet: never "in force" before `from`. */
    doneActive: (plan: string, from: string, to: string) => string;
  /** Enrolled and the cover has started. */
    doneInForce: (plan: string, to: string) => string;
    donePending: (plan: string) => string;
    doneAwaitingPayment: (plan: string, amount: string) => string;
  certificateNumber: string;
  coverage: string;
  issuedAt: string;
  enrolmentNumber: string;
  viewCertificate: string;
    cancelConfirm: (plan: string) => string;
}

export const coverStrings = localStrings<CoverStrings>(
  'insuranceCover',
  {
    doneActive: (plan, from, to) => `您已参加“${plan}”。保障自 ${from} 起生效，至 ${to} 止。`,
    doneInForce: (plan, to) => `您已参加“${plan}”，保障有效至 ${to}。`,
    donePending: (plan) => `您参加“${plan}”的申请正在审核。`,
    doneAwaitingPayment: (plan, amount) => `您已报名参加“${plan}”，缴纳互助金 ${amount} 后保障生效。`,
    certificateNumber: '保障凭证编号',
    coverage: '保障期',
    issuedAt: '出具时间',
    enrolmentNumber: '参保记录编号',
    viewCertificate: '查看保障凭证',
    cancelConfirm: (plan) => `确定取消“${plan}”吗？取消后保障随即终止，如需保障须重新参保。`,
  },
  () => import('./cover-strings.en.js'),
);
