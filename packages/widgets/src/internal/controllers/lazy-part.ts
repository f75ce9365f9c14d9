/**
 * `LazyPart`: a part of a widget that its first item does not need (the join form behind "join", an
 * application form behind "apply") comes in its own on-demand chunk, so that what a page loads up front
 * stays small (PRODUCT.md, Budgets). It is asked for ahead of need — once the widget has rendered and
 * the browser is idle — and at once when the worker opens it; until it arrives the host shows its
 * loading state, and a failed load (a dropped connection) shows the shared error with 重试, losing
 * nothing the worker typed (that lives in the element, not in the part).
 *
 * Use: `readonly #form = new LazyPart(this.controllerHost, () => import('./apply-form.js'));` and in
 * `render`, `this.#form.render((m) => m.renderApplyForm(…))`.
 */
import type { ReactiveController } from 'lit';
import type { UnionErrorInfo } from '../errors.js';
import type { WidgetHost } from './host.js';

export interface LazyPartOptions {
  /** Ask for the part once the widget is on the page and the browser is idle (default true). */
  prefetch?: boolean;
}

type IdleWindow = typeof globalThis & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number };

export class LazyPart<M> implements ReactiveController {
  readonly #host: WidgetHost;
  readonly #load: () => Promise<M>;
  readonly #prefetch: boolean;
  #module: M | undefined;
  #pending: Promise<M> | undefined;
  #error: UnionErrorInfo | undefined;
  #prefetchAsked = false;

  constructor(host: WidgetHost, load: () => Promise<M>, options: LazyPartOptions = {}) {
    this.#host = host;
    this.#load = load;
    this.#prefetch = options.prefetch ?? true;
    host.addController(this);
  }

  /** The part, once it has arrived. */
  get module(): M | undefined {
    return this.#module;
  }

  hostUpdated(): void {
    if (!this.#prefetch || this.#prefetchAsked || this.#module) return;
    this.#prefetchAsked = true;
    const w = globalThis as IdleWindow;
    const ask = () => void this.load().catch(() => undefined);
    if (w.requestIdleCallback) w.requestIdleCallback(ask, { timeout: 2000 });
    else setTimeout(ask, 0);
  }

  /** Loads the part (once; a failed load may be asked again). The host renders when it lands. */
  load(): Promise<M> {
    this.#pending ??= this.#load().then(
      (module) => {
        this.#module = module;
        this.#error = undefined;
        this.#host.requestUpdate();
        return module;
      },
      (err: unknown) => {
        this.#pending = undefined;
        this.#error = this.#host.reportError(err);
        this.#host.requestUpdate();
        throw err;
      },
    );
    return this.#pending;
  }

  /** The part's template once it is here; meanwhile the loading state, or the error with 重试. */
  render(ready: (module: M) => unknown): unknown {
    if (this.#module) return ready(this.#module);
    if (this.#error) return this.#host.renderError(this.#error, () => void this.load().catch(() => undefined));
    void this.load().catch(() => undefined);
    return this.#host.renderLoading();
  }
}
