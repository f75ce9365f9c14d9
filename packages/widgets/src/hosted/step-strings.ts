/**
 * The words of the hosted page's SMS step (`./union-step.ts`), zh-CN first; en, zh-TW and zh-HK load
 * like the page's own (`./strings.ts`).
 */
import type { SmsStrings } from '../internal/controllers/sms-verification.js';
import { localStrings } from '../internal/localize/local.js';
import type { SmsViewStrings } from '../internal/views/sms-code.js';

export interface StepStrings extends SmsStrings, SmsViewStrings {
  heading: string;
  why: string;
  renewHeading: string;
  renewWhy: string;
}

export const stepStrings = localStrings<StepStrings>(
  'hostedStep',
  {
    heading: '验证手机号',
    why: '为保护您的隐私，请输入发到您手机的验证码。验证后，您的求助只有您和工会能看到，平台看不到。',
    renewHeading: '请再次验证手机号',
    renewWhy: '为保护您的隐私，验证 15 分钟后失效。验证码已重新发送，输入后即可继续提交；您填写的内容都还在。',
    mobile: '手机号码',
    mobileHint: '11 位手机号码，验证码只发到这个号码',
    mobileRequired: '请填写手机号码',
    mobileInvalid: '请输入以 1 开头的 11 位手机号码',
    sendCode: '发送验证码',
    resendCode: '重新发送验证码',
    resendIn: (s) => `${s} 秒后可重新发送`,
    codeSent: (m) => `验证码已发送至 ${m}`,
    smsCode: '短信验证码',
    smsCodeHint: '6 位数字',
    smsCodeInvalid: '请输入 6 位数字验证码',
    smsCodeWrong: (n) => `验证码不正确，还可以再试 ${n} 次`,
    confirmCode: '确认',
    mobileVerified: (m) => `手机号码 ${m} 已验证`,
    changeMobile: '更换手机号码',
  },
  () => import('./step-strings.en.js'),
);
