import { ContextProvider } from '@lit/context';
import { UnionCore } from '@unionkit/sdk';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { unionContext, type UnionContextValue, type UnionMode, type UnionTheme } from '../internal/context.js';
import { DEFAULT_LOCALE, resolveLocale } from '../internal/localize/index.js';
import { devWarn } from '../internal/localize/dev.js';
import type { StringOverrides } from '../internal/localize/keys.js';
import { setStringOverrides } from '../internal/localize/overrides.js';

/**
 * @summary Holds the widget session for every UnionKit widget inside it: one client, one locale, one look.
 *
 * @description
 * Give it the API's `base-url` and a `fetchToken` function that asks your server for a widget-session
 * client token (`wst_…`). The provider builds ONE `UnionCore`; `fetchToken` is called as soon as the
 * provider has both `base-url` and `fetchToken` — while the widgets' code is still loading — and the
 * widgets' first requests share that token (or the `initialToken` the page already asked for, see below);
 * it is called again whenever the API answers 401
 * `token_expired` — the failed request is then retried once, invisibly. Alternatively pass a ready `client`. The provider's `locale`
 * goes to the client as `Accept-Language`, so text from the API (plan names, notices, organisations)
 * comes in the widgets' language and follows it when it changes.
 *
 * ```html
 * <union-provider base-url="https://api.example/v1" locale="zh-CN" theme="auto">
 *   <union-membership-join></union-membership-join>
 * </union-provider>
 * <script type="module">
 *   document.querySelector('union-provider').fetchToken = () =>
 *     fetch('/my-backend/union-session').then((r) => r.json()).then((s) => s.clientToken);
 * </script>
 * ```
 *
 * To have the token arrive while the widgets' code is still loading, ask for it in a plain script at
 * the top of the page and hand over the promise as `initialToken`, with `fetchToken` for later tokens:
 *
 * ```html
 * <script>window.unionToken = fetch('/my-backend/union-session', { method: 'POST' }).then((r) => r.json()).then((s) => s.clientToken);</script>
 * <script type="module">
 *   Object.assign(document.querySelector('union-provider'), { initialToken: window.unionToken, fetchToken: … });
 * </script>
 * ```
 *
 * `strings` replaces any of the widgets' words, per locale, by documented key (see the widgets guide,
 * "Localisation"): `provider.strings = { 'zh-CN': { 'membershipFlow.submitApplication': '立即入会' } }`.
 * The overrides apply to every widget on the page and stay when the locale changes. `locale` takes
 * `zh-CN`, `en`, `zh-TW`, `zh-HK` (and tags that map to them, such as `zh-Hant-HK`) or a locale
 * registered with `registerLocale()`.
 *
 * The provider renders nothing itself (`display: contents`). Global `--union-*` tokens set on it (or
 * any ancestor) theme every widget inside.
 *
 * @slot - The widgets (and any other content).
 *
 * @cssproperty --union-color-primary - Brand colour of buttons and links (default union red #c8102e).
 * @cssproperty --union-color-on-primary - Text on the brand colour.
 * @cssproperty --union-color-surface - Background of widgets.
 * @cssproperty --union-color-text - Text colour.
 * @cssproperty --union-color-border - Borders of fields and buttons.
 * @cssproperty --union-radius - Corner radius.
 * @cssproperty --union-font-family - Font stack.
 * @cssproperty --union-font-size - Base text size (default 1rem, so it follows the page's font size).
 * @cssproperty --union-safe-area-top - Space kept clear at the top edge (default `env(safe-area-inset-top)`, the device's notch or home bar).
 * @cssproperty --union-safe-area-right - Space kept clear at the right edge (default `env(safe-area-inset-right)`, the device's notch or home bar).
 * @cssproperty --union-safe-area-bottom - Space kept clear at the bottom edge (default `env(safe-area-inset-bottom)`, the device's notch or home bar).
 * @cssproperty --union-safe-area-left - Space kept clear at the left edge (default `env(safe-area-inset-left)`, the device's notch or home bar).
 *
 * @event union-error - Bubbles up from a widget: `{ code, retryable }`.
 */
export class UnionProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    baseUrl: { attribute: 'base-url' },
    locale: { reflect: true },
    theme: { reflect: true },
    mode: { reflect: true },
    fetchToken: { attribute: false },
    initialToken: { attribute: false },
    client: { attribute: false },
    strings: { attribute: false },
  };

  /** API base URL including `/v1`, e.g. `https://sandbox.unionkit.example/v1`. */
  declare baseUrl: string | undefined;
  /** `zh-CN` (default), `en`, `zh-TW`, `zh-HK`, or a locale registered with `registerLocale()`. */
  declare locale: string;
  /** `auto` (default: follows `prefers-color-scheme`), `light` or `dark`. */
  declare theme: UnionTheme;
  /** `care` for 关怀模式 in every widget inside: larger text and touch targets. */
  declare mode: UnionMode | undefined;
  /** Returns a fresh widget-session client token from your server. */
  declare fetchToken: (() => Promise<string>) | undefined;
  /**
   * A token (or its promise) the page asked its server for before the widgets' code arrived — in a
   * plain `<script>` at the top of the page — used for the first requests instead of calling
   * `fetchToken`, which is still needed (set both together) for when that token expires.
   */
  declare initialToken: Promise<string> | string | undefined;
  /** A ready client, instead of `base-url` + `fetchToken`. */
  declare client: UnionCore | undefined;
  /** Replacements for the widgets' strings, per locale, by dotted key (typed: a key that does not exist is an error). */
  declare strings: StringOverrides | undefined;

  #built: { client: UnionCore; baseUrl: string } | undefined;
  /** The token asked for ahead of the first request, handed to the client's first `getToken` call. */
  #early: Promise<string> | undefined;
  readonly #provider = new ContextProvider(this, { context: unionContext });
  /** What the context hands out as `fetchToken`: one function, so the context changes only when it must. */
  readonly #freshToken = (): Promise<string> => this.#fetchToken();

  constructor() {
    super();
    this.locale = DEFAULT_LOCALE;
    this.theme = 'auto';
  }

  /** The client the widgets use: `client`, or the one built from `base-url` and `fetchToken`. */
  get resolvedClient(): UnionCore | undefined {
    if (this.client) return this.client;
    if (!this.baseUrl || !this.fetchToken) return undefined;
    if (this.#built?.baseUrl !== this.baseUrl) {
      // getToken reads the current fetchToken, so replacing the function does not rebuild the client.
      const client = new UnionCore({ baseUrl: this.baseUrl, getToken: () => this.#token() });
      this.#built = { client, baseUrl: this.baseUrl };
      // The page's early token, else ask for one now rather than when a widget, once its code has loaded, first asks.
      const early = this.initialToken !== undefined ? Promise.resolve(this.initialToken).then(clientToken) : this.#fetchToken();
      early.catch(() => {}); // a failure reaches the first request, which shows it; none is unhandled here
      this.#early = early;
    }
    return this.#built.client;
  }

  #token(): Promise<string> {
    const early = this.#early;
    this.#early = undefined;
    return early ?? this.#fetchToken();
  }

  #fetchToken(): Promise<string> {
    const fetchToken = this.fetchToken;
    if (!fetchToken) return Promise.reject(new Error('union-provider: fetchToken is not set'));
    try {
      return Promise.resolve(fetchToken()).then(clientToken);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = resolveLocale(this.locale) ?? DEFAULT_LOCALE;
    if (this.locale && !resolveLocale(this.locale)) {
      devWarn(`locale "${this.locale}" is not one the widgets speak; they speak ${DEFAULT_LOCALE}. Register it first: registerLocale("${this.locale}", …).`);
    }
    if (changed.has('strings')) setStringOverrides(this.strings);
    const client = this.resolvedClient;
    // Server text (plan names, notices, organisations) comes in the widgets' language.
    if (client && client.locale !== locale) client.setLocale(locale);
    const value: UnionContextValue = {
      client,
      locale,
      mode: this.mode,
      theme: this.theme,
      fetchToken: this.fetchToken ? this.#freshToken : undefined,
      strings: this.strings,
    };
    const old = this.#provider.value;
    if (
      !old ||
      old.client !== value.client ||
      old.locale !== value.locale ||
      old.mode !== value.mode ||
      old.theme !== value.theme ||
      old.fetchToken !== value.fetchToken ||
      old.strings !== value.strings
    ) {
      this.#provider.setValue(value);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/**
 * What `fetchToken` (or `initialToken`) gave, when it is a widget-session client token (`wst_…`). A
 * secret key (`sk_…`) goes on to the client, which refuses it without sending it
 * (`secret_key_in_browser`); anything else fails as the error's cause (`token_fetch_failed`), which
 * names its type but never its value.
 */
function clientToken(token: unknown): string {
  if (typeof token === 'string' && (token.startsWith('wst_') || token.startsWith('sk_'))) return token;
  const what = typeof token === 'string' ? (token ? 'another string' : 'an empty string') : token === null ? 'null' : typeof token;
  const hint = typeof token === 'object' && token !== null ? ' (the whole session? give its clientToken)' : '';
  throw new TypeError(`union-provider: fetchToken must resolve to a widget-session client token (wst_…), not ${what}${hint}.`);
}
