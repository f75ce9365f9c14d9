/**
 * Cancelling an enrolment in "我的保障" of `<union-insurance-enrol>`: 取消 asks first (the question gets
 * focus), 保留 puts focus back on that enrolment's 取消, and 确定取消 sends the cancellation (one at a
 * time per enrolment). What follows a cancellation — the note, the event, reading the list again — is
 * the element's, told through `cancelled`.
 */
import { InsurancePlans } from '@unionkit/sdk';
import type { InsuranceEnrolment } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import type { CancelState } from './enrolment-view.js';

export class EnrolmentCancellation implements CancelState {
  readonly #host: WidgetHost;
  readonly #cancelled: (enrolment: InsuranceEnrolment) => Promise<void>;
  readonly #task: ActionTask<[string], InsuranceEnrolment>;
  /** The enrolment whose cancellation is being confirmed. */
  openFor: string | undefined;

  constructor(host: WidgetHost, cancelled: (enrolment: InsuranceEnrolment) => Promise<void>) {
    this.#host = host;
    this.#cancelled = cancelled;
    this.#task = new ActionTask(host, (client, _options, enrolmentId: string) => use(client, InsurancePlans).cancelEnrolment(enrolmentId), {
      key: (enrolmentId) => enrolmentId,
    });
  }

  get error(): UnionErrorInfo | undefined {
    return this.#task.error;
  }

  running(enrolmentId: string): boolean {
    return this.#task.running(enrolmentId);
  }

  /** 取消 on an enrolment: the question, focused. */
  ask(enrolmentId: string): void {
    this.#setOpen(enrolmentId);
    void this.#host.focusHeading('[data-cancel-question]');
  }

  /** 保留: no question, and focus back on the enrolment's 取消. */
  keep(enrolmentId: string): void {
    this.#setOpen(undefined);
    void this.#host.updateComplete.then(() =>
      this.#host.element.renderRoot.querySelector<HTMLElement>(`button[data-cancel-for="${CSS.escape(enrolmentId)}"]`)?.focus(),
    );
  }

  /** 确定取消: sends it; a failure stays in the question's panel. */
  async cancel(enrolment: InsuranceEnrolment): Promise<void> {
    this.#task.clear();
    const result = await this.#task.run(enrolment.id);
    if (!result.ok) return;
    this.openFor = undefined;
    this.#host.requestUpdate();
    await this.#cancelled(result.value);
  }

  #setOpen(enrolmentId: string | undefined): void {
    this.openFor = enrolmentId;
    this.#task.clear();
    this.#host.requestUpdate();
  }
}
