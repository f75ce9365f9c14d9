/**
 * The premium hand-off of `<union-insurance-enrol>`: an enrolment `awaiting_payment` shows what is due
 * and by when and a 去缴费 button that dispatches the cancelable `union-payment-required
 * { enrolmentId, amountFen }`. A platform that collects the premium (from the rider's wallet, or as a
 * benefit) cancels it and confirms the payment from its server; the widget then says it is waiting
 * for the platform and reads the enrolment again until it is no longer awaiting payment — on a
 * bounded backoff, and whenever the page comes back into view or gets focus — and stops when the
 * widget leaves the page (back on the page, the backoff starts again). Not cancelled: the widget shows
 * how to pay at a union counter.
 */
import { InsurancePlans } from '@unionkit/sdk';
import type { InsuranceEnrolment } from '@unionkit/sdk/types';
import type { ReactiveController } from 'lit';
import { use } from '../internal/api.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { UnionPaymentRequiredDetail } from '../events/insurance.js';

/** `waiting`: the platform took the payment on; `counter`: the worker pays the union directly. */
export type PaymentMode = 'waiting' | 'counter';

/** Seconds between reads while waiting for the platform: backing off, then giving up (focus or a view change read again). */
const DELAYS_S = [2, 3, 5, 8, 13, 21, 34, 55, 60, 60, 60, 60];

export class PaymentHandoff implements ReactiveController {
  readonly #host: WidgetHost;
  readonly #dispatch: (detail: UnionPaymentRequiredDetail) => CustomEvent;
  readonly #changed: (enrolment: InsuranceEnrolment) => void;
  readonly #modes = new Map<string, PaymentMode>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #attempt = 0;
  #connected = false;
  readonly #onVisible = (): void => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  /**
   * `dispatch` sends the event (the element's `emit`); `changed` gets an enrolment that is no longer
   * awaiting payment (paid, lapsed, cancelled).
   */
  constructor(
    host: WidgetHost,
    dispatch: (detail: UnionPaymentRequiredDetail) => CustomEvent,
    changed: (enrolment: InsuranceEnrolment) => void,
  ) {
    this.#host = host;
    this.#dispatch = dispatch;
    this.#changed = changed;
    host.addController(this);
  }

  /** How this enrolment is being paid, once the worker pressed 去缴费. */
  mode(enrolmentId: string): PaymentMode | undefined {
    return this.#modes.get(enrolmentId);
  }

  /**
   * 去缴费: asks the host; cancelled → wait for the platform's confirmation (`waitingWords` said), else
   * the counter's instructions (focused).
   */
  pay(e: InsuranceEnrolment, waitingWords: string): void {
    const amountFen = e.payment?.amountFen ?? e.workerPaysFen;
    const event = this.#dispatch({ enrolmentId: e.id, amountFen });
    const mode: PaymentMode = event.defaultPrevented ? 'waiting' : 'counter';
    this.#modes.set(e.id, mode);
    this.#host.requestUpdate();
    if (mode === 'counter') return this.#showCounter(e.id);
    this.#attempt = 0;
    this.#schedule();
    this.#host.announce(waitingWords);
  }

  /**
   * The host will not collect after all (it cancelled the event, then the worker turned its payment
   * down): stop waiting for the platform and show the counter's instructions. Only while waiting.
   */
  decline(enrolmentId: string): void {
    if (this.#modes.get(enrolmentId) !== 'waiting') return;
    this.#modes.set(enrolmentId, 'counter');
    this.#host.requestUpdate();
    if (!this.#waitingIds().length) clearTimeout(this.#timer);
    this.#showCounter(enrolmentId);
  }

  #showCounter(enrolmentId: string): void {
    void this.#host.focusHeading(`[data-payment-for="${CSS.escape(enrolmentId)}"] [data-counter-heading]`);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisible);
    window.addEventListener('focus', this.#onVisible);
    // Back on the page (perhaps long after the backoff gave up): wait and read again from the start.
    this.#attempt = 0;
    if (this.#waitingIds().length) this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisible);
    window.removeEventListener('focus', this.#onVisible);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Reads every enrolment waiting for the platform once; one no longer awaiting payment goes to `changed`. */
  async refresh(): Promise<void> {
    const client = this.#host.client;
    const ids = this.#waitingIds();
    if (!client || !ids.length) return;
    const insurance = use(client, InsurancePlans);
    await Promise.all(
      ids.map(async (id) => {
        try {
          const e = await insurance.retrieveEnrolment(id);
          if (e.status === 'awaiting_payment') return;
          this.#modes.delete(id);
          this.#changed(e);
        } catch {
          // A weak network: the next read (timer, focus) tries again; nothing to tell the worker yet.
        }
      }),
    );
    this.#host.requestUpdate();
  }

  #waitingIds(): string[] {
    return [...this.#modes].filter(([, m]) => m === 'waiting').map(([id]) => id);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const delay = DELAYS_S[this.#attempt];
    if (!this.#connected || delay === undefined || !this.#waitingIds().length) return;
    this.#timer = setTimeout(() => {
      this.#attempt++;
      void this.refresh().then(() => this.#schedule());
    }, delay * 1000);
  }
}
