/**
 * `ActionTask`: a create (`idempotent`) or another action (cancel, withdraw, confirm) of a widget, a
 * controller bound to its host (it asks for an update whenever it starts or settles). What it keeps
 * for the widget:
 *
 * - one idempotency key per logical create (per `key(...args)`, e.g. the event signed up for), kept
 *   while the create fails in a way a retry can fix, so the retry replays rather than creating twice;
 *   dropped once it succeeds, fails for good, or the worker changes what will be sent (`forget`);
 * - never two at once: while one runs with a key, another call with it gets the same promise;
 * - `running(id)` for the busy button, `error` for the panel, `retry()` with the last arguments;
 * - nothing of what the worker typed: that stays in the widget, so a failure loses nothing.
 *
 * A failure is announced and sent as `union-error` (by the host); a success clears the alert region
 * and re-reads the status-sharing consent, which a join, enrolment or withdrawal may have changed.
 */
import { newIdempotencyKey, type RequestOptions, type UnionCore } from '@unionkit/sdk';
import { toErrorInfo, type UnionErrorInfo } from '../errors.js';
import { statusSharingChanged } from '../status-sharing.js';
import type { WidgetHost } from './host.js';

export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: UnionErrorInfo };

export interface ActionOptions<A extends unknown[]> {
  /** A create: sent with an idempotency key that a retry reuses. */
  idempotent?: boolean;
  /** Which logical action it is, from its first argument (e.g. the event's id; default: one for all). */
  key?: (first: A[0]) => string;
}

export class ActionTask<A extends unknown[], T> {
  /** The last run's failure, until the next run or `clear()`. */
  error: UnionErrorInfo | undefined;
  /** The last run's value, if it succeeded. */
  value: T | undefined;
  readonly #host: WidgetHost;
  readonly #fn: (client: UnionCore, options: RequestOptions, ...args: A) => Promise<T>;
  readonly #idempotent: boolean;
  readonly #key: (first: A[0]) => string;
  readonly #keys = new Map<string, string>();
  readonly #pending = new Map<string, Promise<ActionResult<T>>>();
  #lastArgs: A | undefined;

  constructor(
    host: WidgetHost,
    fn: (client: UnionCore, options: RequestOptions, ...args: A) => Promise<T>,
    options: ActionOptions<A> = {},
  ) {
    this.#host = host;
    this.#fn = fn;
    this.#idempotent = options.idempotent ?? false;
    this.#key = options.key ?? (() => '');
  }

  /** Runs it (or joins the run already going with the same key). Never rejects. */
  run(...args: A): Promise<ActionResult<T>> {
    const key = this.#key(args[0]);
    const running = this.#pending.get(key);
    if (running) return running;
    this.#lastArgs = args;
    this.error = undefined;
    const promise = this.#attempt(key, args);
    this.#pending.set(key, promise);
    this.#host.requestUpdate();
    return promise;
  }

  /** The last run again, with the same arguments (and idempotency key, if a retry can help). */
  retry = (): Promise<ActionResult<T>> | undefined => (this.#lastArgs ? this.run(...this.#lastArgs) : undefined);

  /** Whether it runs for this first argument (without one: whether any runs). */
  running(...first: [A[0]] | []): boolean {
    return first.length === 0 ? this.#pending.size > 0 : this.#pending.has(this.#key(first[0]));
  }

  /** What will be sent for this first argument (without one: for any) changed: the next run is a new create, not a replay. */
  forget(...first: [A[0]] | []): void {
    if (first.length === 0) this.#keys.clear();
    else this.#keys.delete(this.#key(first[0]));
  }

  /** Forgets the shown error. */
  clear(): void {
    if (!this.error) return;
    this.error = undefined;
    this.#host.requestUpdate();
  }

  async #attempt(key: string, args: A): Promise<ActionResult<T>> {
    const host = this.#host;
    const client = host.client;
    let result: ActionResult<T>;
    if (!client) {
      result = { ok: false, error: host.reportNotConfigured() };
    } else {
      const options: RequestOptions = {};
      if (this.#idempotent) {
        let idempotencyKey = this.#keys.get(key);
        if (!idempotencyKey) this.#keys.set(key, (idempotencyKey = newIdempotencyKey()));
        options.idempotencyKey = idempotencyKey;
      }
      try {
        result = { ok: true, value: await this.#fn(client, options, ...args) };
        statusSharingChanged(client);
        host.clearError();
      } catch (err) {
        result = { ok: false, error: host.reportError(err) ?? toErrorInfo(err, host.t) };
      }
    }
    if (result.ok || !result.error.retryable || result.error.code === 'idempotency_key_reused') this.#keys.delete(key);
    this.#pending.delete(key);
    if (result.ok) this.value = result.value;
    else this.error = result.error;
    host.requestUpdate();
    return result;
  }
}
