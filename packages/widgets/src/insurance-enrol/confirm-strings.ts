/**
 * What the confirmation of `<union-insurance-enrol>` (behind 一键参保) says, in every locale. It comes
 * with the confirmation's part (./confirm-part.ts); the en table is a chunk of its own.
 */
import { localStrings } from '../internal/localize/local.js';

export interface ConfirmStrings {
  confirmIntro: (plan: string) => string;
  whatYouGet: string;
  whatYouPay: string;
  /** Free for the worker, and who pays instead. */
  youPayNothing: (payer: string) => string;
  youPayAmount: (amount: string) => string;
  paymentHandledByUnion: string;
  coverFrom: (from: string, to: string) => string;
  birthDateHint: (range: string) => string;
  birthDateMissing: string;
  birthDateInvalid: string;
  /** The typed date of birth puts the worker outside the plan's ages. */
  birthDateOutOfRange: (range: string) => string;
  shareHint: string;
  confirmEnrol: string;
  enrolling: string;
}

export const confirmStrings = localStrings<ConfirmStrings>(
  'insuranceConfirm',
  {
    confirmIntro: (plan) => `请确认参加“${plan}”。`,
    whatYouGet: '您将获得',
    whatYouPay: '您需缴纳',
    youPayNothing: (payer) => `免费，个人无需缴纳任何费用（${payer}）。`,
    youPayAmount: (amount) => `个人缴纳互助金 ${amount}/年。`,
    paymentHandledByUnion: '参保后缴纳互助金：平台可以代收（例如从钱包支付），也可以到工会服务站柜台缴纳。本页面不会收取任何费用。',
    coverFrom: (from, to) => `保障自 ${from} 起生效，至 ${to} 止。`,
    birthDateHint: (range) => `本计划限 ${range}参加（以保障开始日计）。出生日期只用于核对年龄。`,
    birthDateMissing: '请填写出生日期。',
    birthDateInvalid: '请填写正确的出生日期。',
    birthDateOutOfRange: (range) => `按这个出生日期，您不在本计划的年龄范围（${range}）内，不能参加。如果填错了，请改正。`,
    shareHint: '不勾选也可以参保。勾选后，平台只能知道“保障有效至某日”，不会知道其他信息；可随时撤回。',
    confirmEnrol: '确认参保',
    enrolling: '正在参保…',
  },
  () => import('./confirm-strings.en.js'),
);
