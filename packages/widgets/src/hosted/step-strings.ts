/** The words of the hosted page's SMS step (`./union-step.ts`), zh-CN first. */
import type { SmsStrings } from '../internal/controllers/sms-verification.js';
import type { BaseLocale } from '../internal/localize/translation.js';
import type { SmsViewStrings } from '../internal/views/sms-code.js';

export interface StepStrings extends SmsStrings, SmsViewStrings {
  heading: string;
  why: string;
  renewHeading: string;
  renewWhy: string;
}

export const STEP_STRINGS: Record<BaseLocale, StepStrings> = {
  'zh-CN': {
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
  en: {
    heading: 'Verify your mobile',
    why: 'To protect your privacy, enter the code sent to your phone. Once verified, only you and the union can see your requests; the platform cannot.',
    renewHeading: 'Verify your mobile again',
    renewWhy: 'To protect your privacy, a verification lasts 15 minutes. A new code is on its way: enter it and your request goes on. Everything you wrote is still there.',
    mobile: 'Mobile number',
    mobileHint: '11 digits; the code goes to this number only',
    mobileRequired: 'Please enter your mobile number',
    mobileInvalid: 'Enter an 11-digit mobile number starting with 1',
    sendCode: 'Send code',
    resendCode: 'Send the code again',
    resendIn: (s) => `Send again in ${s} s`,
    codeSent: (m) => `The code was sent to ${m}`,
    smsCode: 'SMS code',
    smsCodeHint: '6 digits',
    smsCodeInvalid: 'Enter the 6-digit code',
    smsCodeWrong: (n) => `Wrong code; ${n} ${n === 1 ? 'try' : 'tries'} left`,
    confirmCode: 'Confirm',
    mobileVerified: (m) => `Mobile ${m} verified`,
    changeMobile: 'Use another number',
  },
};
