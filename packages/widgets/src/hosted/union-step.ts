/**
 * The hosted help desk's privacy step, `<union-sms-step>`: before any help request is read or sent,
 * the worker proves their mobile with the SMS code the union sends, and the page trades the
 * platform-minted client token plus that code for a union token (`ust_…`, `POST /union-sessions`).
 * The platform mints the client token but never receives the code, so only this page — on the union's
 * origin — can file or read a confidential request. The step is the join flow's SMS proof
 * (`SmsVerification` and its view, `internal/views/sms-code.ts`) on the union-session operations.
 *
 * `unionStep` shows it in the page before the widget; `askAgain` shows it in a dialog over the widget
 * when the token has run out, with the number filled in and the code sent at once, and gives focus back
 * where it was: what the worker typed stays where it is.
 */
import { UnionSessions, type RequestOptions, type UnionCore } from '@unionkit/sdk';
import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { UnionElement } from '../internal/base.js';
import { SmsVerification, type SmsField, type SmsOperations } from '../internal/controllers/sms-verification.js';
import { pickStrings } from '../internal/localize/local.js';
import type { UnionLocale } from '../internal/localize/translation.js';
import { baseStyles, fieldStyles } from '../internal/styles.js';
import { smsCodeField, smsCodeStyles, smsMobileField } from '../internal/views/sms-code.js';
import { heldSession, type HeldSession } from './union-session.js';
import { stepStrings } from './step-strings.js';

export class UnionSmsStep extends UnionElement {
  static override styles = [
    ...baseStyles,
    fieldStyles,
    smsCodeStyles,
    css`
      form {
        max-width: 30rem;
      }
      h1 {
        font-size: 1.25em;
        margin: 0 0 0.5em;
      }
    `,
  ];

  static override properties = {
    ...UnionElement.properties,
    mobile: {},
    renewal: { type: Boolean },
    _errors: { state: true },
  };

  /** The mobile as typed (filled in when the step is asked again). */
  declare mobile: string;
  /** Asked again after the union token ran out: says so, and sends the code to `mobile` at once. */
  declare renewal: boolean;
  /** Called once, with the union token the code opened. */
  onSession: ((session: HeldSession) => void) | undefined;

  declare private _errors: Partial<Record<SmsField, string>>;
  #session: HeldSession | undefined;

  readonly #operations: SmsOperations = {
    create: (client, options, mobile) => use(client, UnionSessions).create({ mobile }, options),
    confirm: async (client: UnionCore, options: RequestOptions, id: string, code: string) => {
      const session = await use(client, UnionSessions).confirm(id, { code }, options);
      this.#session = heldSession(session, this.sms.state.mobile ?? this.mobile);
      return { verified: true };
    },
  };

  readonly sms: SmsVerification = new SmsVerification(
    this.controllerHost,
    {
      strings: () => this.#s,
      error: (field) => this._errors[field],
      setError: (field, message) => (this._errors = { ...this._errors, [field]: message }),
      // The API's field error on `mobile` (`validation_failed`): the number is not one it takes.
      fieldMessage: (error) => (error.fieldErrors.some((f) => f.path === 'mobile') ? this.#s.mobileInvalid : undefined),
      focus: (target) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus()),
      proofChanged: () => {
        if (this.sms.state.phase === 'verified' && this.#session) this.onSession?.(this.#session);
      },
    },
    this.#operations,
  );

  constructor() {
    super();
    this.mobile = '';
    this.renewal = false;
    this._errors = {};
  }

  get #s() {
    return this.localStrings(stepStrings);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // After this update: sending the code updates the step again.
    void this.updateComplete.then(() => (this.renewal && this.mobile ? this.sms.send(this.mobile) : this.focusHeading('h1')));
  }

  protected override renderContent(): TemplateResult {
    const s = this.#s;
    return html`<form part="union-step" aria-labelledby="union-step-heading" @submit=${(e: Event) => e.preventDefault()}>
      <h1 id="union-step-heading" tabindex="-1">${this.renewal ? s.renewHeading : s.heading}</h1>
      <p>${this.renewal ? s.renewWhy : s.why}</p>
      ${[smsMobileField, smsCodeField].map((view) =>
        view({
          s,
          busyLabel: this.t.common.submitting,
          mobile: this.mobile,
          errors: this._errors,
          sms: this.sms.state,
          sending: this.sms.sending,
          confirming: this.sms.confirming,
          onMobile: (v) => {
            this.mobile = v;
            this.sms.mobileTyped(v);
          },
          onSendCode: () => void this.sms.send(this.mobile),
          onCode: (v) => this.sms.codeTyped(v),
          onConfirmCode: () => void this.sms.confirm(),
          onChangeMobile: () => this.sms.change(),
        }),
      )}
    </form>`;
  }
}

function define(): void {
  if (!customElements.get('union-sms-step')) customElements.define('union-sms-step', UnionSmsStep);
}

function makeStep(root: HTMLElement, client: UnionCore, locale: UnionLocale, onSession: (session: HeldSession) => void): UnionSmsStep {
  define();
  const step = root.ownerDocument.createElement('union-sms-step') as UnionSmsStep;
  step.client = client;
  step.locale = locale;
  step.onSession = onSession;
  return step;
}

/**
 * Shows the step in `root` and resolves with the union token. `client` is the page's client with the
 * platform-minted client token.
 */
export function unionStep(root: HTMLElement, client: UnionCore, locale: UnionLocale): Promise<HeldSession> {
  return new Promise((resolve) => root.replaceChildren(makeStep(root, client, locale, resolve)));
}

/** The element (shadow roots included) that has the focus now. */
function deepFocus(doc: Document): HTMLElement | null {
  let el = doc.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el;
}

/**
 * In a frame the page is as tall as its content, so a dialog centred in it may sit far from what the
 * worker sees: it goes beside what had the focus (the send button just pressed), inside the page.
 */
function placeNear(dialog: HTMLDialogElement, near: HTMLElement | null): void {
  const view = dialog.ownerDocument.defaultView;
  if (!near || !view) return;
  const height = dialog.getBoundingClientRect().height;
  const top = Math.min(Math.max(16, near.getBoundingClientRect().top - height / 2), view.innerHeight - height - 16);
  // Through the CSSOM, not a style attribute, which the page's CSP refuses.
  if (top > 16) dialog.style.margin = `${Math.round(top)}px auto auto`;
}

/**
 * The step again, in a modal dialog over the page (the widget and what was typed in it stay as they
 * are), for `mobile`; resolves with the new token, rejects when the worker closes the dialog.
 */
export function askAgain(root: HTMLElement, client: UnionCore, locale: UnionLocale, mobile: string): Promise<HeldSession> {
  const doc = root.ownerDocument;
  const back = deepFocus(doc);
  const dialog = doc.createElement('dialog');
  dialog.className = 'hosted-renewal';
  dialog.setAttribute('aria-label', pickStrings(stepStrings, locale, () => undefined).renewHeading);
  return new Promise<HeldSession>((resolve, reject) => {
    const step = makeStep(root, client, locale, (session) => {
      dialog.close();
      resolve(session);
    });
    step.renewal = true;
    step.mobile = mobile;
    dialog.addEventListener('close', () => reject(new Error('The SMS step was closed.')), { once: true });
    dialog.append(step);
    doc.body.append(dialog);
    dialog.showModal();
    placeNear(dialog, back);
  }).finally(() => {
    dialog.remove();
    back?.focus();
  });
}
