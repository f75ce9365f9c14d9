import type { StepStrings } from './step-strings.js';

export const en: StepStrings = {
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
};
