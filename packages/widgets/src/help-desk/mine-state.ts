/**
 * What "我的求助" keeps while the worker uses it (made by its part the first time it opens, then held by
 * the element): the request opened, the reply being written to each (kept on a failed send; its retry
 * reuses the idempotency key), the withdraw being confirmed, and the actions themselves.
 */
import { HelpRequests } from '@unionkit/sdk';
import type { HelpRequest } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';

export class MineState {
  /** The request whose detail is shown. */
  current: HelpRequest | undefined;
  /** The withdraw being confirmed. */
  confirming = false;
  /** The reply being written, per request. */
  readonly replies = new Map<string, string>();
  replyError = '';
  readonly host: WidgetHost;
  readonly opening: ActionTask<[string], HelpRequest>;
  readonly sending: ActionTask<[string, string], HelpRequest>;
  readonly withdrawal: ActionTask<[string], HelpRequest>;
  readonly #reload: () => Promise<void>;

  constructor(host: WidgetHost, reload: () => Promise<void>) {
    this.host = host;
    this.#reload = reload;
    this.opening = new ActionTask(host, (client, options, id: string) => use(client, HelpRequests).retrieve(id, options), { key: (id) => id });
    this.sending = new ActionTask(
      host,
      (client, options, id: string, body: string) => use(client, HelpRequests).sendMessage(id, { body }, options),
      { idempotent: true, key: (id) => id },
    );
    this.withdrawal = new ActionTask(host, (client, options, id: string) => use(client, HelpRequests).withdraw(id, options), {
      idempotent: true,
      key: (id) => id,
    });
  }

  /** Back to the list. */
  close(): void {
    this.current = undefined;
    this.confirming = false;
    this.host.requestUpdate();
  }

  /** Opens a request, fresh from the API (the social worker may have written since the list loaded). */
  async open(request: HelpRequest): Promise<void> {
    this.current = request;
    this.confirming = false;
    this.replyError = '';
    this.host.requestUpdate();
    const result = await this.opening.run(request.id);
    if (result.ok && this.current?.id === request.id) this.current = result.value;
    this.host.requestUpdate();
  }

  setReply(id: string, text: string): void {
    this.replies.set(id, text);
    this.replyError = '';
    // Another text is another message: a new idempotency key.
    this.sending.forget(id);
    this.host.requestUpdate();
  }

  /** Sends the reply; `true` once sent (the text is then cleared). */
  async send(required: string): Promise<boolean> {
    const request = this.current;
    if (!request) return false;
    const body = (this.replies.get(request.id) ?? '').trim();
    if (!body) {
      this.replyError = required;
      this.host.announceError(required);
      this.host.requestUpdate();
      return false;
    }
    const result = await this.sending.run(request.id, body);
    if (!result.ok) return false;
    this.replies.delete(request.id);
    this.#update(result.value);
    return true;
  }

  async withdraw(): Promise<boolean> {
    const request = this.current;
    if (!request) return false;
    const result = await this.withdrawal.run(request.id);
    if (!result.ok) return false;
    this.confirming = false;
    this.#update(result.value);
    return true;
  }

  #update(request: HelpRequest): void {
    if (this.current?.id === request.id) this.current = request;
    void this.#reload();
    this.host.requestUpdate();
  }
}
