/**
 * `SmsVerification`: proving a mobile number by an SMS code, for any form that asks for one: joining
 * the union (`POST /sms-verifications`), and the hosted page's step before confidential help requests
 * (`POST /union-sessions`, which answers a union token: `SmsOperations`). The code is sent (one create per number, a resend only after
 * `SMS_RESEND_SECONDS`, counted down on the button), typed (full-width digits read, six at most) and
 * confirmed; what goes wrong is said on the mobile or code field through the form's `SmsFields`, with
 * focus moved where the worker must act. The number itself stays in the form: nothing is stored.
 */
import { SmsVerifications, type RequestOptions, type UnionCore } from '@unionkit/sdk';
import { maskMobile } from '@unionkit/sdk/validators';
import type { ReactiveController } from 'lit';
import { use } from '../api.js';
import type { UnionErrorInfo } from '../errors.js';
import { checkMobile, mobileOf, normaliseId } from '../fields.js';
import { ActionTask } from './action.js';
import type { WidgetHost } from './host.js';

/** Seconds before another SMS code may be asked for. */
export const SMS_RESEND_SECONDS = 60;

export interface SmsState {
  phase: 'idle' | 'sent' | 'verified';
  id?: string;
  /** The normalised number the code was sent to. */
  mobile?: string;
  code: string;
  /** `Date.now()` after which a new code may be asked for. */
  resendAt: number;
}

/** What the controller says, in the form's words. */
export interface SmsStrings {
  mobileRequired: string;
  mobileInvalid: string;
  smsCodeInvalid: string;
  smsCodeWrong: (attemptsRemaining: number) => string;
  codeSent: (maskedMobile: string) => string;
  mobileVerified: (maskedMobile: string) => string;
}

export type SmsField = 'mobile' | 'smsCode';

/** The form's side: its strings, its mobile and code fields' errors, focus, and news of the proof. */
export interface SmsFields {
  strings(): SmsStrings;
  error(field: SmsField): string | undefined;
  setError(field: SmsField, message: string | undefined): void;
  /** The API's message for a field error on `mobile`, in the form's words. */
  fieldMessage(error: UnionErrorInfo): string | undefined;
  focus(target: SmsField | 'mobileVerified'): void;
  /** The proof was given or taken back: what the form would send changed. */
  proofChanged(): void;
}

/** The two requests behind a proof: send a code to a number, check a code. */
export interface SmsOperations {
  create(client: UnionCore, options: RequestOptions, mobile: string): Promise<{ id: string }>;
  confirm(client: UnionCore, options: RequestOptions, id: string, code: string): Promise<{ verified: boolean; attemptsRemaining?: number | null | undefined }>;
}

/** Proving a number for a form that sends it (`smsVerificationId`): the join flow's. */
export const SMS_VERIFICATIONS: SmsOperations = {
  create: (client, options, mobile) => use(client, SmsVerifications).create({ mobile }, options),
  confirm: (client, _options, id, code) => use(client, SmsVerifications).confirm(id, { code }),
};

/** Answers after which this code can no longer work: a new one is needed. */
const NEW_CODE_NEEDED = ['sms_attempts_exceeded', 'sms_verification_expired', 'not_found'];

export class SmsVerification implements ReactiveController {
  state: SmsState = { phase: 'idle', code: '', resendAt: 0 };
  readonly #host: WidgetHost;
  readonly #fields: SmsFields;
  readonly #create: ActionTask<[string], { id: string }>;
  readonly #confirm: ActionTask<[string, string], { verified: boolean; attemptsRemaining?: number | null | undefined }>;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor(host: WidgetHost, fields: SmsFields, operations: SmsOperations = SMS_VERIFICATIONS) {
    this.#host = host;
    this.#fields = fields;
    this.#create = new ActionTask(host, (client, options, mobile: string) => operations.create(client, options, mobile), { idempotent: true });
    this.#confirm = new ActionTask(host, (client, options, id: string, code: string) => operations.confirm(client, options, id, code));
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state.resendAt > Date.now()) this.#startTicker();
  }

  hostDisconnected(): void {
    this.#stopTicker();
  }

  /** A code is on its way. */
  get sending(): boolean {
    return this.#create.running();
  }

  /** A code is being checked. */
  get confirming(): boolean {
    return this.#confirm.running();
  }

  /** Whether the mobile as typed is the number proved. */
  verified(typed: string): boolean {
    return this.state.phase === 'verified' && this.state.mobile === mobileOf(typed);
  }

  /** Forgets the code or proof; the resend wait stays unless `all`. */
  reset(all = true): void {
    this.state = { phase: 'idle', code: '', resendAt: all ? 0 : this.state.resendAt };
    this.#create.forget();
    this.#host.requestUpdate();
  }

  /** The mobile was typed: another number drops the code sent for the old one; a wrong number is said once it can be. */
  mobileTyped(value: string): void {
    if (this.state.phase !== 'idle' && mobileOf(value) !== this.state.mobile) {
      this.reset(false);
      this.#fields.setError('smsCode', undefined);
    }
    this.#create.forget();
    const typed = normaliseId(value);
    if (this.#fields.error('mobile') || typed.replace(/\D/g, '').length >= 11 || /[^\d+]/.test(typed)) {
      this.#fields.setError('mobile', checkMobile(value, this.#fields.strings()));
    }
  }

  /** The code as typed: digits only (full-width ones read), six at most. */
  codeTyped(value: string): void {
    this.state = { ...this.state, code: normaliseId(value).replace(/\D/g, '').slice(0, 6) };
    if (this.#fields.error('smsCode')) this.#fields.setError('smsCode', undefined);
    this.#host.requestUpdate();
  }

  /** Sends a code to the typed mobile (a retry after a network failure is the same create). */
  async send(typed: string): Promise<void> {
    const fields = this.#fields;
    const problem = checkMobile(typed, fields.strings());
    if (problem) return this.#refuse('mobile', problem);
    const mobile = mobileOf(typed)!;
    const r = await this.#create.run(mobile);
    if (!r.ok) {
      fields.setError('mobile', fields.fieldMessage(r.error) ?? r.error.message);
      return;
    }
    this.state = { phase: 'sent', id: r.value.id, mobile, code: '', resendAt: Date.now() + SMS_RESEND_SECONDS * 1000 };
    this.#startTicker();
    fields.setError('mobile', undefined);
    fields.setError('smsCode', undefined);
    this.#host.announce(fields.strings().codeSent(maskMobile(mobile)));
    fields.focus('smsCode');
  }

  /** Checks the typed code. */
  async confirm(): Promise<void> {
    const fields = this.#fields;
    const s = fields.strings();
    const { id, code } = this.state;
    if (!id || !/^\d{6}$/.test(code)) return this.#refuse('smsCode', s.smsCodeInvalid);
    const r = await this.#confirm.run(id, code);
    if (!r.ok) {
      if (NEW_CODE_NEEDED.includes(r.error.code)) {
        this.reset();
        this.#refuse('mobile', r.error.message);
      } else fields.setError('smsCode', r.error.message);
      return;
    }
    if (!r.value.verified) {
      const wrong = s.smsCodeWrong(r.value.attemptsRemaining ?? 0);
      this.#host.announceError(wrong);
      return this.#refuse('smsCode', wrong);
    }
    this.state = { ...this.state, phase: 'verified', code: '' };
    this.#stopTicker();
    fields.setError('smsCode', undefined);
    fields.setError('mobile', undefined);
    fields.proofChanged();
    this.#host.announce(s.mobileVerified(maskMobile(this.state.mobile ?? '')));
    fields.focus('mobileVerified');
  }

  /** Another number after all: the proof goes. */
  change(): void {
    this.reset();
    this.#fields.proofChanged();
    this.#fields.focus('mobile');
  }

  /** Says `message` on `field` and moves focus there. */
  #refuse(field: SmsField, message: string): void {
    this.#fields.setError(field, message);
    this.#fields.focus(field);
  }

  #startTicker(): void {
    if (this.#ticker) return;
    this.#ticker = setInterval(() => {
      if (Date.now() >= this.state.resendAt) this.#stopTicker();
      this.#host.requestUpdate();
    }, 1000);
  }

  #stopTicker(): void {
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = undefined;
  }
}
