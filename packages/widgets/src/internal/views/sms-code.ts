/**
 * The view of `SmsVerification` (`../controllers/sms-verification.ts`), one for every form that proves
 * a mobile by an SMS code (the join flow's personal step, the hosted page's step before confidential
 * help requests): the mobile with its send button (counting down to a resend), then the code with its
 * confirm button (Enter confirms), then the proof with a way to change the number. Ids inside the
 * widget's shadow root: `mobile`, `sendCode`, `smsCode`, `confirmCode`, `mobileVerified`.
 */
import { maskMobile } from '@unionkit/sdk/validators';
import { html, nothing, type TemplateResult } from 'lit';
import type { SmsState } from '../controllers/sms-verification.js';
import { busyButton } from './busy-button.js';
import { textField } from './fields.js';

export { smsCodeStyles } from '../styles/sms-code.js';

/** The words of the view, in the form's language. */
export interface SmsViewStrings {
  mobile: string;
  mobileHint: string;
  sendCode: string;
  resendCode: string;
  resendIn: (seconds: number) => string;
  codeSent: (maskedMobile: string) => string;
  smsCode: string;
  smsCodeHint: string;
  confirmCode: string;
  mobileVerified: (maskedMobile: string) => string;
  changeMobile: string;
}

export interface SmsViewOptions {
  s: SmsViewStrings;
  /** "Sending…" on a busy button. */
  busyLabel: string;
  /** The mobile as typed. */
  mobile: string;
  errors: { mobile?: string | undefined; smsCode?: string | undefined };
  sms: SmsState;
  sending: boolean;
  confirming: boolean;
  onMobile: (value: string) => void;
  onMobileBlur?: () => void;
  onSendCode: () => void;
  onCode: (value: string) => void;
  onConfirmCode: () => void;
  onChangeMobile: () => void;
}

/** The mobile and, until it is proved, the button that sends its code. */
export function smsMobileField(o: SmsViewOptions): TemplateResult {
  return html`<div class="inline">
    ${textField({
      id: 'mobile',
      label: o.s.mobile,
      hint: o.s.mobileHint,
      error: o.errors.mobile,
      required: true,
      value: o.mobile,
      type: 'tel',
      inputmode: 'tel',
      autocomplete: 'tel-national',
      onInput: o.onMobile,
      ...(o.onMobileBlur ? { onBlur: o.onMobileBlur } : {}),
    })}
    ${o.sms.phase === 'verified' ? nothing : sendCodeButton(o)}
  </div>`;
}

function sendCodeButton(o: SmsViewOptions): TemplateResult {
  const wait = Math.max(0, Math.ceil((o.sms.resendAt - Date.now()) / 1000));
  return busyButton({
    id: 'sendCode',
    disabled: o.sending || wait > 0,
    label: wait > 0 ? o.s.resendIn(wait) : o.sms.phase === 'sent' ? o.s.resendCode : o.s.sendCode,
    busyLabel: o.busyLabel,
    busy: o.sending,
    onClick: o.onSendCode,
  });
}

/** Once a code is sent: the code and its confirm button; once proved: the proof and "another number". */
export function smsCodeField(o: SmsViewOptions): TemplateResult | typeof nothing {
  const { s } = o;
  const masked = maskMobile(o.sms.mobile ?? '');
  if (o.sms.phase === 'verified') {
    return html`<div class="sms row">
      <p class="verified" id="mobileVerified" tabindex="-1">✓ ${s.mobileVerified(masked)}</p>
      <button type="button" part="button" @click=${o.onChangeMobile}>${s.changeMobile}</button>
    </div>`;
  }
  if (o.sms.phase !== 'sent') return nothing;
  return html`<div class="sms">
    <p class="muted">${s.codeSent(masked)}</p>
    <div class="inline">
      ${textField({
        id: 'smsCode',
        label: s.smsCode,
        hint: s.smsCodeHint,
        error: o.errors.smsCode,
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        value: o.sms.code,
        onInput: (v) => o.onCode(v),
        onKeydown: (e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            o.onConfirmCode();
          }
        },
      })}
      ${busyButton({
        id: 'confirmCode',
        disabled: o.confirming,
        label: s.confirmCode,
        busyLabel: o.busyLabel,
        busy: o.confirming,
        onClick: o.onConfirmCode,
      })}
    </div>
  </div>`;
}
