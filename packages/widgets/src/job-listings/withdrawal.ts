/**
 * Withdrawing an application from "我的投递": asked first (确认撤回 / 暂不撤回), then sent, with focus
 * where the worker is. Part of the "我的投递" part (`mine-part.ts`), so a page loads it with that tab.
 */
import { Jobs } from '@unionkit/sdk';
import type { JobApplication } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/base.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { JobApplications } from './applications.js';

export class Withdrawal {
  /** The application whose withdraw is being confirmed. */
  confirming: string | undefined;
  readonly #host: WidgetHost;
  readonly #applications: JobApplications;
  readonly #task: ActionTask<[string], JobApplication>;

  constructor(host: WidgetHost, applications: JobApplications) {
    this.#host = host;
    this.#applications = applications;
    this.#task = new ActionTask(host, (client, _options, applicationId: string) => use(client, Jobs).withdrawApplication(applicationId), {
      key: (applicationId) => applicationId,
    });
  }

  /** The last withdraw's failure, shown in its question. */
  get error() {
    return this.#task.error;
  }

  busy(applicationId: string): boolean {
    return this.#task.running(applicationId);
  }

  /** No question open any more (the worker went to another view). */
  cancel(): void {
    this.confirming = undefined;
  }

  ask = async (application: JobApplication): Promise<void> => {
    this.confirming = application.id;
    this.#task.clear();
    this.#host.requestUpdate();
    await this.#host.focusHeading('[data-confirm-heading]');
  };

  keep = async (application: JobApplication): Promise<void> => {
    this.confirming = undefined;
    await this.#update();
    this.#focus(`[data-application-id="${application.id}"] [data-withdraw]`);
  };

  /** Sends the withdraw; once it is done, says `done` and moves focus to the application. */
  confirm = async (application: JobApplication, done: string): Promise<void> => {
    const result = await this.#task.run(application.id);
    if (!result.ok) return;
    this.#applications.record(result.value);
    this.confirming = undefined;
    this.#host.announce(done);
    await this.#update();
    this.#focus(`[data-application-id="${result.value.id}"] .item-title`);
  };

  #update(): Promise<boolean> {
    this.#host.requestUpdate();
    return this.#host.updateComplete;
  }

  #focus(selector: string): void {
    this.#host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
