/**
 * `UnionElement`: the base of every UnionKit widget.
 *
 * - Session: `client` (property) or, inside `<union-provider>`, the provider's client (context).
 * - Language: `locale` attribute → the provider's → zh-CN; `this.t` is the typed table, `this.fmt` the
 *   Intl formatters.
 * - Look: `theme` (light | dark | auto) and `mode="care"` (关怀模式), own attribute → provider's.
 * - Controllers (`internal/controllers/`) get the element through `this.controllerHost`, a typed
 *   `WidgetHost`: `new LoadTask(this.controllerHost, (client, signal) => …)` loads when a client is
 *   there and renders loading / empty / error (with retry) / ready; `new ActionTask(…, { idempotent:
 *   true })` keeps ONE idempotency key per logical create until it succeeds, so a retry is never a
 *   second create; `PagedList`, `SmsVerification` and `DraftStore` likewise.
 * - Events: `this.emit('union-…', detail)` (bubbles, composed, typed) applies the event rule in ONE
 *   place: host events go out at once; status events only once the worker's `share_status_with_platform`
 *   consent is confirmed (see `events/index.ts`). Errors go out as `union-error` with `{ code, retryable }`.
 * - A11y: a polite status region and an assertive alert region exist from the first render
 *   (`announce()`, `announceError()`); `focusHeading()` after a step change.
 *
 * Nothing here logs, stores or puts anything into a URL. Subclasses implement `renderContent()`.
 */
import { ContextConsumer } from '@lit/context';
import type { UnionCore } from '@unionkit/sdk';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { NoticePurpose } from '@unionkit/sdk/types';
import {
  UNION_EVENT_KINDS,
  type UnionEventMap,
  type UnionEventName,
  type UnionHostEventName,
  type UnionStatusEventName,
} from '../events/index.js';
import { sharesStatus } from './status-sharing.js';
import { unionContext, type UnionContextValue, type UnionMode, type UnionTheme } from './context.js';
import { clientError, isAbort, toErrorInfo, type UnionErrorInfo } from './errors.js';
import { isDevelopment } from './localize/dev.js';
import { formatter, type Formatter } from './format.js';
import { DEFAULT_LOCALE, getTranslation, hooks, loadTranslation, resolveLocale, zhCN } from './localize/index.js';
import { pickStrings, type LocalStrings } from './localize/local.js';
import type { Translation, UnionLocale } from './localize/translation.js';
import { baseStyles } from './styles.js';
import { emptyTemplate, errorTemplate, hotlineFooter, identityMark, loadingTemplate } from './views/states.js';
import { noticeLink } from './views/notice-link.js';
import type { HostLoad, WidgetHost } from './controllers/host.js';
import type { LoadStatus } from './controllers/load.js';

export { LoadTask, type LoadOptions, type LoadStatus } from './controllers/load.js';
export { ActionTask, type ActionOptions, type ActionResult } from './controllers/action.js';
export type { WidgetHost } from './controllers/host.js';

/** Per widget: the status events waiting for the consent check, in order. */
const eventQueues = new WeakMap<UnionElement, Promise<void>>();

/** Resolves once every status event `el` has emitted so far was sent or dropped (for tests and hosts' tooling). */
export function eventsSettled(el: UnionElement): Promise<void> {
  return eventQueues.get(el) ?? Promise.resolve();
}

export abstract class UnionElement extends LitElement {
  static override styles = baseStyles;

  static override properties = {
    client: { attribute: false },
    locale: { reflect: true },
    mode: { reflect: true },
    theme: { reflect: true },
    _status: { state: true },
    _alert: { state: true },
  };

  /** A client to use instead of the provider's (a partner using `@unionkit/sdk` directly). */
  declare client: UnionCore | undefined;
  /** `zh-CN` (default) or `en`; falls back to the provider's locale. */
  declare locale: string | undefined;
  /** `care` for 关怀模式: larger text and targets. Falls back to the provider's. */
  declare mode: UnionMode | undefined;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). Falls back to the provider's. */
  declare theme: UnionTheme | undefined;

  declare private _status: string;
  declare private _alert: string;

  readonly #context = new ContextConsumer(this, { context: unionContext, subscribe: true });
  /** The element's loads, in order: the first that loads by itself (`auto`) is the main one. */
  readonly #loads: HostLoad[] = [];
  #controllerHost: WidgetHost | undefined;
  #lastClient: UnionCore | undefined;
  #lastLocale: UnionLocale | undefined;
  #readySent = false;
  /** `provider_missing`, once the page has loaded and the element still has neither a client nor a provider. */
  #missing: UnionErrorInfo | undefined;

  constructor() {
    super();
    this._status = '';
    this._alert = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // No provider has answered: its script may not have run yet (scripts loaded `async`, or in another
    // order). Ask again when one connects (a provider announces itself with `context-provider`).
    if (this.#context.value === undefined) {
      const doc = this.ownerDocument;
      const again = (event: Event) => {
        if ((event as Event & { context?: unknown }).context !== unionContext) return;
        doc.removeEventListener('context-provider', again);
        if (this.isConnected && this.#context.value === undefined) this.#context.hostConnected();
      };
      doc.addEventListener('context-provider', again);
      this.#checkSetupOnLoad();
    }
  }

  /**
   * A widget with neither a client nor a provider once the page has loaded (and its scripts have run)
   * is set up wrong: it says `provider_missing` — shown without 重试, announced, `union-error`, and in
   * development the fix in the console. A provider or client that comes later still serves it.
   */
  #checkSetupOnLoad(): void {
    const win = this.ownerDocument.defaultView;
    if (!win) return;
    const check = () => {
      if (!this.isConnected || this.#missing || this.controllerHost.configured) return;
      this.#missing = this.#report(clientError('provider_missing', this.t));
      this.requestUpdate();
    };
    const later = () => void win.setTimeout(check);
    if (this.ownerDocument.readyState === 'complete') later();
    else win.addEventListener('load', later, { once: true });
  }

  /** The provider's context, when inside a `<union-provider>`. */
  protected get unionContext(): UnionContextValue | undefined {
    return this.#context.value;
  }

  /** The client in use: own `client`, else the provider's. */
  protected get resolvedClient(): UnionCore | undefined {
    return this.client ?? this.#context.value?.client;
  }

  get resolvedLocale(): UnionLocale {
    return resolveLocale(this.locale) ?? this.#context.value?.locale ?? DEFAULT_LOCALE;
  }

  get resolvedMode(): UnionMode | undefined {
    return this.mode ?? this.#context.value?.mode;
  }

  get resolvedTheme(): UnionTheme {
    return this.theme ?? this.#context.value?.theme ?? 'auto';
  }

  /** The strings of the current locale (zh-CN for the moment a non-default table takes to load). */
  protected get t(): Translation {
    const t = getTranslation(this.resolvedLocale) ?? zhCN;
    return hooks.over ? hooks.over(t, '', t.locale) : t;
  }

  /** Whether the current locale's strings are loaded (`t` and the widget's own `strings()`). */
  get localeReady(): boolean {
    const locale = this.resolvedLocale;
    return getTranslation(locale) !== undefined && [...this.#localTables].every((t) => locale === 'zh-CN' || t[locale]);
  }

  #localTables = new Set<LocalStrings<unknown>>();

  /**
   * The widget's own strings (`./strings.ts`) in the locale `t` speaks; a table not loaded yet is
   * fetched once and the widget re-renders when it arrives.
   */
  protected localStrings<T>(table: LocalStrings<T>): T {
    this.#localTables.add(table as LocalStrings<unknown>);
    return pickStrings(table, this.t.locale, () => this.requestUpdate());
  }

  /** Intl formatters of the current locale (money in fen, dates in Asia/Shanghai, distance). */
  protected get fmt(): Formatter {
    return formatter(this.resolvedLocale);
  }

  /**
   * The widget's load state, from its main `LoadTask` (the first `auto` one): `loading` until the first load ends, then
   * `ready`, `empty` or `error`. `idle` when there is no client yet.
   */
  get state(): LoadStatus {
    return this.#mainLoad?.status ?? 'ready';
  }

  get #mainLoad(): HostLoad | undefined {
    return this.#loads.find((load) => load.auto);
  }

  /** What the element lends its reactive controllers (typed; see `internal/controllers/host.ts`). */
  protected get controllerHost(): WidgetHost {
    if (this.#controllerHost) return this.#controllerHost;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return (this.#controllerHost = {
      element: el,
      get client() {
        return el.resolvedClient;
      },
      get configured() {
        return !!el.client || !!el.unionContext;
      },
      get missing() {
        return el.#missing;
      },
      get t() {
        return el.t;
      },
      addController: (c) => el.addController(c),
      removeController: (c) => el.removeController(c),
      requestUpdate: () => el.requestUpdate(),
      get updateComplete() {
        return el.updateComplete;
      },
      reportError: (err) => el.reportError(err),
      reportNotConfigured: () => el.#reportNotConfigured(),
      announce: (m) => el.announce(m),
      announceError: (m) => el.announceError(m),
      clearError: () => el.clearError(),
      focusHeading: (selector) => el.focusHeading(selector),
      renderLoading: () => el.renderLoading(),
      renderEmpty: (m) => el.renderEmpty(m),
      renderError: (e, retry) => el.renderError(e, retry),
      addLoad: (load) => void el.#loads.push(load),
      loadSettled: (load) => el.#loadSettled(load),
    });
  }

  /**
   * Dispatches a typed `union-*` event (bubbles, composed) under the event rule. A host event goes out
   * now and is returned (check `defaultPrevented` on a cancelable one). A status event goes out only
   * if the worker shares their status with the platform, after the consent is read, with its ids and
   * statuses alone; the promise says whether it went out. Status events keep their order.
   */
  protected emit<K extends UnionHostEventName>(
    name: K,
    detail: UnionEventMap[K],
    options?: { cancelable?: boolean },
  ): CustomEvent<UnionEventMap[K]>;
  protected emit<K extends UnionStatusEventName>(name: K, detail: UnionEventMap[K]): Promise<boolean>;
  protected emit(
    name: UnionEventName,
    detail: object,
    options: { cancelable?: boolean } = {},
  ): CustomEvent | Promise<boolean> | undefined {
    const make = (d: object) =>
      new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail: d });
    const kind = UNION_EVENT_KINDS[name] as string | undefined;
    if (kind === 'host') {
      const event = make(detail);
      this.dispatchEvent(event);
      return event;
    }
    if (kind !== 'status') return undefined; // not an event the rule knows: never sent
    const client = this.resolvedClient;
    // Ids and statuses only, whatever a caller put in.
    const safe = Object.fromEntries(
      Object.entries(detail).filter(([k, v]) => /(^s|S)tatus$|Id$/.test(k) && typeof v === 'string'),
    );
    const sent = (eventQueues.get(this) ?? Promise.resolve()).then(async () => {
      if (!client || !(await sharesStatus(client))) return false;
      this.dispatchEvent(make(safe));
      return true;
    });
    eventQueues.set(this, sent.then(() => undefined));
    return sent;
  }

  /** Says something politely to screen readers (step changes, "saved", result counts). */
  announce(message: string): void {
    this._status = message === this._status ? `${message}\u00a0` : message;
  }

  /** Says an error assertively. */
  announceError(message: string): void {
    this._alert = message === this._alert ? `${message}\u00a0` : message;
  }

  /** Empties the assertive region once the error is resolved, so no old error lingers there. */
  clearError(): void {
    this._alert = '';
  }

  /**
   * Turns a failure into `UnionErrorInfo`, announces it and dispatches `union-error` with
   * `{ code, retryable }`. Returns `undefined` for the widget's own aborts.
   */
  protected reportError(err: unknown): UnionErrorInfo | undefined {
    if (isAbort(err)) return undefined;
    return this.#report(toErrorInfo(err, this.t));
  }

  /** No client to ask: `provider_missing` without a provider, `not_configured` with one that has no client yet. */
  #reportNotConfigured(): UnionErrorInfo {
    if (this.controllerHost.configured) return this.#report(clientError('not_configured', this.t));
    // Said now, the check once the page has loaded has nothing more to say.
    this.#missing = this.#report(clientError('provider_missing', this.t));
    this.requestUpdate();
    return this.#missing;
  }

  /** Announces a failure, sends `union-error`, and in development says in the console how to fix the page's setup. */
  #report(info: UnionErrorInfo): UnionErrorInfo {
    this.announceError(info.message);
    this.emit('union-error', { code: info.code, retryable: info.retryable });
    // The fixes' words load only in development: a production page never fetches them.
    if (isDevelopment()) import('./diagnostics.js').then((m) => m.warnSetup(this.localName, info.code), () => undefined);
    return info;
  }

  /**
   * Moves focus to the new step's heading (`[data-step-heading]`, else the first h2/h3) after the
   * next render. Call it on step changes made by the worker, not on first load.
   */
  protected async focusHeading(selector = '[data-step-heading]'): Promise<void> {
    await this.updateComplete;
    const el =
      this.renderRoot.querySelector<HTMLElement>(selector) ?? this.renderRoot.querySelector<HTMLElement>('h2, h3');
    if (!el) return;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  }

  /** The first settled main load says `union-ready`. */
  #loadSettled(load: HostLoad): void {
    if (load !== this.#mainLoad || this.#readySent) return;
    if (load.status === 'ready' || load.status === 'empty') {
      this.#readySent = true;
      this.emit('union-ready', { state: load.status });
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = this.resolvedLocale;
    // A locale that cannot load (a registered loader failing) leaves the widget in zh-CN, never broken.
    if (!getTranslation(locale)) loadTranslation(locale).then(() => this.requestUpdate(), () => undefined);
    const client = this.resolvedClient;
    // A widget's own client speaks the widget's language (the provider sets its own client's).
    if (this.client && this.client.locale !== locale) this.client.setLocale(locale);
    if (client !== this.#lastClient) {
      this.#lastClient = client;
      this.#lastLocale = locale;
      if (client) this.#missing = undefined;
      if (client) for (const load of this.#loads) if (load.auto) void load.run();
    } else if (locale !== this.#lastLocale) {
      // Another language: what the API said (names, descriptions) is said again in it.
      this.#lastLocale = locale;
      if (client) for (const load of this.#loads) if (load.auto && load.status !== 'idle') void load.run();
    }
  }

  protected override render(): TemplateResult {
    // The first render is always in the default locale (`lang` says which), then the loaded one.
    const theme = this.resolvedTheme;
    const care = this.resolvedMode === 'care' ? ' care' : '';
    const themed = theme === 'dark' || theme === 'light' ? ` theme-${theme}` : '';
    return html`<div part="base" class="base${care}${themed}" lang=${this.t.locale}>
      ${this.renderContent()} ${this.renderFooter()} ${identityMark(this.t)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._status}</div>
      <div class="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">${this._alert}</div>
    </div>`;
  }

  /** The widget's content, inside the `base` part. */
  protected abstract renderContent(): unknown;

  /**
   * A button that opens the text a consent checkbox agrees to (`GET /privacy-notices/{purpose}`, or the
   * union charter) in a dialog inside the widget; pass it as `after` to `checkbox()`. `describedBy`: the
   * id of the consent's label, so a screen reader says which notice it opens.
   */
  protected renderNoticeLink(purpose: NoticePurpose, describedBy?: string): TemplateResult {
    return noticeLink(this.t, describedBy, (trigger) => {
      const client = this.resolvedClient;
      if (client) void import('./notice-dialog.js').then((m) => m.showNotice({ host: this, trigger, client, t: this.t, purpose }));
    });
  }

  /** The footer: the 12351 hotline. Override to add to it (keep the hotline). */
  protected renderFooter(): unknown {
    return hotlineFooter(this.t);
  }

  /** Shared state templates, for widgets that render states themselves. */
  protected renderLoading(): TemplateResult {
    return loadingTemplate(this.t);
  }
  protected renderEmpty(message?: string): TemplateResult {
    return emptyTemplate(this.t, message);
  }
  protected renderError(error: UnionErrorInfo, onRetry?: () => void): TemplateResult {
    return errorTemplate(this.t, error, onRetry);
  }
}
