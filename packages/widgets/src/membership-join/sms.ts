/**
 * The SMS code that proves the worker's mobile: sent (one create per number, a resend after
 * `SMS_RESEND_SECONDS`, counted down on the button), typed (full-width digits read), confirmed — and
 * what goes wrong said on the mobile or code field, focus moved where the worker must act.
 */
import { SmsVerifications, type RequestOptions, type UnionCore } from '@unionkit/sdk';
import { maskMobile } from '@unionkit/sdk/validators';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { use } from '../internal/api.js';
import type { ActionResult } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { normaliseId } from '../internal/fields.js';
import { SMS_RESEND_SECONDS, checkMobile, mobileOf } from './model.js';
import type { SmsState } from './personal.js';
import type { MembershipJoinStrings } from './strings.js';

/** What the join flow lends: the element's runners, its strings, and the mobile and code fields. */
export interface SmsUi {
  runCreate<T>(key: string, fn: (client: UnionCore, options: RequestOptions) => Promise<T>): Promise<ActionResult<T>>;
  runAction<T>(key: string, fn: (client: UnionCore) => Promise<T>): Promise<ActionResult<T>>;
  forgetCreate(key: string): void;
  s(): MembershipJoinStrings;
  announce(message: string): void;
  announceError(message: string): void;
  error(key: 'mobile' | 'smsCode'): string | undefined;
  setError(key: 'mobile' | 'smsCode', message: string | undefined): void;
  /** The API's message for a field error on `mobile`, in the widget's words. */
  fieldMessage(error: UnionErrorInfo): string | undefined;
  focus(key: 'mobile' | 'smsCode' | 'mobileVerified'): void;
}

const NEW_CODE_NEEDED = ['sms_attempts_exceeded', 'sms_verification_expired', 'not_found'];

export class SmsCode implements ReactiveController {
  state: SmsState = { phase: 'idle', code: '', resendAt: 0 };
  readonly #host: ReactiveControllerHost;
  readonly #ui: SmsUi;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, ui: SmsUi) {
    this.#host = host;
    this.#ui = ui;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state.resendAt > Date.now()) this.#startTicker();
  }

  hostDisconnected(): void {
    this.#stopTicker();
  }

  /** Whether the mobile as typed is the number proved. */
  verified(typed: string): boolean {
    return this.state.phase === 'verified' && this.state.mobile === mobileOf(typed);
  }

  /** Forgets the code or proof; the resend wait stays unless `all`. */
  reset(all = true): void {
    this.state = { phase: 'idle', code: '', resendAt: all ? 0 : this.state.resendAt };
    this.#ui.forgetCreate('sms');
    this.#host.requestUpdate();
  }

  /** The mobile was typed: another number drops the code sent for the old one; a wrong number is said once it can be. */
  mobileTyped(value: string): void {
    if (this.state.phase !== 'idle' && mobileOf(value) !== this.state.mobile) {
      this.reset(false);
      this.#ui.setError('smsCode', undefined);
    }
    this.#ui.forgetCreate('sms');
    const typed = normaliseId(value);
    if (this.#ui.error('mobile') || typed.replace(/\D/g, '').length >= 11 || /[^\d+]/.test(typed)) {
      this.#ui.setError('mobile', checkMobile(value, this.#ui.s()));
    }
  }

  /** The code as typed: digits only (full-width ones read), six at most. */
  codeTyped(value: string): void {
    this.state = { ...this.state, code: normaliseId(value).replace(/\D/g, '').slice(0, 6) };
    if (this.#ui.error('smsCode')) this.#ui.setError('smsCode', undefined);
    this.#host.requestUpdate();
  }

  async send(typed: string): Promise<void> {
    const problem = checkMobile(typed, this.#ui.s());
    if (problem) {
      this.#ui.setError('mobile', problem);
      this.#ui.focus('mobile');
      return;
    }
    const mobile = mobileOf(typed)!;
    const r = await this.#ui.runCreate('sms', (client, options) => use(client, SmsVerifications).create({ mobile }, options));
    if (!r.ok) {
      this.#ui.setError('mobile', this.#ui.fieldMessage(r.error) ?? r.error.message);
      return;
    }
    this.state = { phase: 'sent', id: r.value.id, mobile, code: '', resendAt: Date.now() + SMS_RESEND_SECONDS * 1000 };
    this.#startTicker();
    this.#ui.setError('mobile', undefined);
    this.#ui.setError('smsCode', undefined);
    this.#ui.announce(this.#ui.s().codeSent(maskMobile(mobile)));
    this.#ui.focus('smsCode');
  }

  async confirm(): Promise<void> {
    const s = this.#ui.s();
    const { id, code } = this.state;
    if (!id || !/^\d{6}$/.test(code)) {
      this.#ui.setError('smsCode', s.smsCodeInvalid);
      this.#ui.focus('smsCode');
      return;
    }
    const r = await this.#ui.runAction('sms-confirm', (client) => use(client, SmsVerifications).confirm(id, { code }));
    if (!r.ok) {
      if (NEW_CODE_NEEDED.includes(r.error.code)) {
        // This code can no longer work: a new one is needed.
        this.reset();
        this.#ui.setError('mobile', r.error.message);
        this.#ui.focus('mobile');
      } else this.#ui.setError('smsCode', r.error.message);
      return;
    }
    if (!r.value.verified) {
      const wrong = s.smsCodeWrong(r.value.attemptsRemaining ?? 0);
      this.#ui.setError('smsCode', wrong);
      this.#ui.announceError(wrong);
      this.#ui.focus('smsCode');
      return;
    }
    this.state = { ...this.state, phase: 'verified', code: '' };
    this.#stopTicker();
    this.#ui.setError('smsCode', undefined);
    this.#ui.setError('mobile', undefined);
    this.#ui.forgetCreate('apply');
    this.#ui.announce(s.mobileVerified(maskMobile(this.state.mobile ?? '')));
    this.#ui.focus('mobileVerified');
  }

  /** Another number after all: the proof goes. */
  change(): void {
    this.reset();
    this.#ui.forgetCreate('apply');
    this.#ui.focus('mobile');
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
