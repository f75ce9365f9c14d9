/**
 * `LoadTask`: one load of a widget — status idle → loading → ready | empty | error, `value`, `error`,
 * `run()` / `retry()` and `render({ ready, empty?, loading?, error? })` with the shared loading, empty
 * and error (with retry) templates.
 *
 * A load aborts the one it replaces and a stale answer is dropped (an `AbortController` per load: the
 * few lines `@lit/task` was used for, which cost every page 1.7 KB of the runtime); beyond that: no
 * client → idle; an abort when the widget leaves the page (and a new load when it comes back); a failure reported once (announced, `union-error`); "empty" as its own state;
 * and a `value` the widget may patch (places left after a sign-up). The first `auto` `LoadTask` a
 * widget makes is its main one: it drives `el.state` and `union-ready`; `auto` loads re-run when the client
 * changes or speaks another language (the element calls `run()`).
 */
import type { UnionCore } from '@unionkit/sdk';
import type { UnionErrorInfo } from '../errors.js';
import type { HostLoad, WidgetHost } from './host.js';

export type LoadStatus = HostLoad['status'];

export interface LoadOptions<T> {
  /** Whether a loaded value counts as empty (default: a list page or array with no items). */
  isEmpty?: (value: T) => boolean;
  /** Load as soon as a client is available, and again when it changes (default true). */
  auto?: boolean;
  /** Called with each value that lands (never a stale one), before the widget renders it. */
  onValue?: (value: T) => void;
}

export interface LoadRenderers<T> {
  ready: (value: T) => unknown;
  empty?: (value: T) => unknown;
  loading?: () => unknown;
  error?: (error: UnionErrorInfo, retry: () => void) => unknown;
}

export class LoadTask<T> implements HostLoad {
  status: LoadStatus = 'idle';
  error: UnionErrorInfo | undefined;
  readonly auto: boolean;
  readonly #host: WidgetHost;
  readonly #isEmpty: (value: T) => boolean;
  readonly #onValue: ((value: T) => void) | undefined;
  readonly #load: (client: UnionCore, signal: AbortSignal) => Promise<T>;
  /** The load in flight: aborted when another replaces it, when no client is left, or when the widget leaves. */
  #running: AbortController | undefined;
  /** A load was cut short by the widget leaving the page. */
  #interrupted = false;
  #value: T | undefined;

  constructor(host: WidgetHost, load: (client: UnionCore, signal: AbortSignal) => Promise<T>, options: LoadOptions<T> = {}) {
    this.#host = host;
    this.#isEmpty = options.isEmpty ?? defaultIsEmpty;
    this.auto = options.auto ?? true;
    this.#onValue = options.onValue;
    this.#load = load;
    host.addController(this);
    host.addLoad(this);
  }

  /** The last loaded value. A widget may replace it (an item changed by an action): the host renders again. */
  get value(): T | undefined {
    return this.#value;
  }

  set value(value: T | undefined) {
    this.#value = value;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Came back after a disconnect that stopped a load: load again.
    if (this.#interrupted) {
      this.#interrupted = false;
      if (this.auto) void this.run();
    }
  }

  hostDisconnected(): void {
    if (this.status === 'loading' && this.#running) {
      this.#interrupted = true;
      this.#stop();
    }
  }

  /** (Re)loads. Resolves when this load settled or was replaced; never rejects. */
  async run(): Promise<void> {
    const client = this.#host.client;
    this.#stop();
    if (!client) {
      this.status = 'idle';
      this.#host.requestUpdate();
      return;
    }
    this.status = 'loading';
    this.error = undefined;
    const running = (this.#running = new AbortController());
    this.#host.requestUpdate();
    let value: T;
    try {
      value = await this.#load(client, running.signal);
    } catch (err) {
      if (this.#current(running)) this.#fail(err);
      return;
    }
    if (this.#current(running)) this.#settle(value);
  }

  #stop(): void {
    this.#running?.abort();
    this.#running = undefined;
  }

  /** Whether `running` is still the load that counts (not replaced, stopped, or cut short by leaving); it ends now. */
  #current(running: AbortController): boolean {
    if (this.#running !== running || running.signal.aborted) return false;
    this.#running = undefined;
    return true;
  }

  /** Tries again (bound: pass it straight to `@click`). */
  retry = (): Promise<void> => this.run();

  #settle(value: T): void {
    this.#onValue?.(value);
    this.#value = value;
    this.status = this.#isEmpty(value) ? 'empty' : 'ready';
    this.#host.clearError();
    this.#host.loadSettled(this);
    this.#host.requestUpdate();
  }

  #fail(err: unknown): void {
    const info = this.#host.reportError(err);
    if (info) {
      this.error = info;
      this.status = 'error';
      this.#host.loadSettled(this);
    }
    this.#host.requestUpdate();
  }

  /** Renders the state; `loading`, `empty` and `error` default to the shared templates. */
  render(r: LoadRenderers<T>): unknown {
    const host = this.#host;
    switch (this.status) {
      case 'idle':
        // No client and no provider once the page has loaded: nothing will load until one is given.
        if (host.missing) return host.renderError(host.missing);
        return r.loading ? r.loading() : host.renderLoading();
      case 'loading':
        return r.loading ? r.loading() : host.renderLoading();
      case 'error':
        return r.error ? r.error(this.error!, this.retry) : host.renderError(this.error!, this.retry);
      case 'empty':
        return r.empty ? r.empty(this.value as T) : host.renderEmpty();
      case 'ready':
        return r.ready(this.value as T);
    }
  }
}

function defaultIsEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object' && 'data' in value && Array.isArray((value as { data: unknown }).data)) {
    return (value as { data: unknown[] }).data.length === 0;
  }
  return value === undefined || value === null;
}
