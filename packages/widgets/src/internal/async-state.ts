/**
 * `AsyncState`: one async load of a widget (see `UnionElement`), with its loading, empty, error and
 * ready renderings.
 */
import type { UnionCore } from '@unionkit/sdk';
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { UnionElement } from './base.js';
import type { UnionContextValue } from './context.js';
import type { UnionErrorInfo } from './errors.js';
import type { Translation } from './localize/translation.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export interface AsyncStateOptions<T> {
  /** Whether a loaded value counts as empty (default: a list page or array with no items). */
  isEmpty?: (value: T) => boolean;
  /** Load as soon as a client is available (default true). */
  auto?: boolean;
}

/**
 * One async load of a widget: `status` idle → loading → ready | empty | error, `value`, `error`,
 * `run()` / `retry()`, and `render({ ready, empty?, loading?, error? })`. Aborted when the widget
 * leaves the page; re-run when it comes back or the client changes. The first `AsyncState` a widget
 * creates is its main one: it drives `el.state` and `union-ready`.
 */
export class AsyncState<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: UnionErrorInfo | undefined;
  readonly auto: boolean;
  readonly #host: UnionElement;
  readonly #task: (client: UnionCore, signal: AbortSignal) => Promise<T>;
  readonly #isEmpty: (value: T) => boolean;
  #abort: AbortController | undefined;

  constructor(
    host: UnionElement,
    task: (client: UnionCore, signal: AbortSignal) => Promise<T>,
    options: AsyncStateOptions<T> = {},
  ) {
    this.#host = host;
    this.#task = task;
    this.#isEmpty = options.isEmpty ?? defaultIsEmpty;
    this.auto = options.auto ?? true;
    host.addController(this);
    host._registerState(this as AsyncState<unknown>);
  }

  hostConnected(): void {
    // Came back after a disconnect that aborted a load: load again.
    if (this.auto && this.status === 'loading' && !this.#abort) void this.run();
  }

  hostDisconnected(): void {
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
    }
  }

  /** (Re)loads. Resolves when settled; never rejects. */
  async run(): Promise<void> {
    const client = (this.#host as unknown as { resolvedClient: UnionCore | undefined }).resolvedClient;
    this.#abort?.abort();
    if (!client) {
      this.status = 'idle';
      this.#host.requestUpdate();
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const value = await this.#task(client, abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.status = this.#isEmpty(value) ? 'empty' : 'ready';
      this.#host.clearError();
    } catch (err) {
      if (abort.signal.aborted) return;
      const info = (this.#host as unknown as { reportError(e: unknown): UnionErrorInfo | undefined }).reportError(err);
      if (!info) return;
      this.error = info;
      this.status = 'error';
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    this.#host.requestUpdate();
    this.#host._stateSettled(this as AsyncState<unknown>);
  }

  /** Tries again (bound: pass it straight to `@click`). */
  retry = (): Promise<void> => this.run();

  /** Renders the state; `loading`, `empty` and `error` default to the shared templates. */
  render(r: {
    ready: (value: T) => unknown;
    empty?: (value: T) => unknown;
    loading?: () => unknown;
    error?: (error: UnionErrorInfo, retry: () => void) => unknown;
  }): unknown {
    const host = this.#host as unknown as {
      renderLoading(): TemplateResult;
      renderEmpty(): TemplateResult;
      renderError(e: UnionErrorInfo, retry: () => void): TemplateResult;
      unionContext: UnionContextValue | undefined;
      client: UnionCore | undefined;
      t: Translation;
    };
    switch (this.status) {
      case 'idle':
        // No client and no provider: nothing will ever load until one is given.
        if (!host.client && !host.unionContext) return html`<p class="state muted">${host.t.provider.notConfigured}</p>`;
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
