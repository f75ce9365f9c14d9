/**
 * `<union-hosted-frame>`: the union's hosted page (`hosted.html`, on the union's origin) in a
 * cross-origin frame inside a platform's page, for what the platform must not see — the help desk's
 * confidential types above all. Loaded on demand:
 *
 * ```ts
 * const { defineHostedFrame } = await import('../internal/hosted-frame.js');
 * defineHostedFrame(); // registers <union-hosted-frame> once
 * html`<union-hosted-frame widget="help-desk" type="complaint"></union-hosted-frame>`
 * ```
 *
 * @csspart frame - The union's own page, in a frame the platform's page cannot read.
 * @csspart notice - Why this part is on the union's page.
 * @csspart external - The link that opens it in the system browser.
 */
import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { HOST_SOURCE, isFrameMessage, type HostMessage } from '../hosted/protocol.js';
import { unionContext } from './context.js';
import { baseLocale } from './localize/base-locale.js';
import { DEFAULT_LOCALE, resolveLocale } from './localize/index.js';
import type { BaseLocale, UnionLocale } from './localize/translation.js';

const STRINGS: Record<BaseLocale, { notice: string; external: string; frameTitle: string; loading: string; noSession: string; retry: string }> = {
  'zh-CN': {
    notice: '您填写的内容直接发送给工会，平台无法看到。',
    external: '在系统浏览器中继续',
    frameTitle: '上海工会服务（工会网站）',
    loading: '正在打开工会页面…',
    noSession: '无法打开工会页面：未能获取会话。',
    retry: '重试',
  },
  en: {
    notice: 'What you write goes straight to the union; the platform cannot see it.',
    external: 'Continue in the system browser',
    frameTitle: 'Shanghai Trade Union services (the union’s site)',
    loading: 'Opening the union’s page…',
    noSession: 'The union’s page could not open: no session could be fetched.',
    retry: 'Try again',
  },
};

/** Frame heights the hosted page may ask for. */
const MIN_HEIGHT = 160;
const MAX_HEIGHT = 20_000;

/**
 * @summary The union's hosted page in a cross-origin frame: what the worker types there goes straight to the union, out of the platform page's reach.
 *
 * @description
 * Inside `<union-provider>`, the frame's address is the hosted page beside the provider's API
 * (`<origin of base-url>/hosted/hosted.html`, or `hosted-url`), with `widget`, `type`, `view`, the
 * locale and this page's origin in the query, and a fresh client token from the provider's `fetchToken`
 * in the fragment — never the query. The hosted page checks this page's origin against the ones the
 * partner registered before it says anything. From the frame come only `ready`, its height (the frame
 * sizes itself), `close` and a request for a new token, which this element answers through
 * `fetchToken`; nothing the worker types or submits. A plain-words notice says so, and a link continues
 * in the system browser (`target="_blank"`, `rel="noopener noreferrer"`). The frame may ask for the
 * device's position (`allow="geolocation"`: the help desk's "nearest station" for a meeting in person);
 * the platform's page must delegate it to the union's origin in its own `Permissions-Policy`.
 *
 * ```html
 * <union-hosted-frame widget="help-desk" type="complaint"></union-hosted-frame>
 * ```
 *
 * @csspart notice - The plain-words notice above the frame.
 * @csspart frame - The `<iframe>`.
 * @csspart external - The "continue in the system browser" link.
 *
 * @cssproperty --union-color-primary - Colour of the link and the notice's mark.
 * @cssproperty --union-color-text - Text colour.
 *
 * @event hosted-close - Not composed, not bubbling: the hosted page's close button was pressed (for the widget that shows this frame).
 */
export class UnionHostedFrame extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: var(--union-color-text, inherit);
    }
    .notice {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      margin: 0 0 0.5em;
      line-height: 1.5;
    }
    .notice::before {
      content: '🔒';
      flex: none;
    }
    iframe {
      display: block;
      width: 100%;
      border: 0;
      min-height: ${MIN_HEIGHT}px;
    }
    a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      color: var(--union-color-primary, #c8102e);
    }
    button {
      min-height: 44px;
      font: inherit;
    }
  `;

  static override properties = {
    widget: { reflect: true },
    type: { reflect: true },
    view: { reflect: true },
    hostedUrl: { attribute: 'hosted-url' },
    locale: { reflect: true },
    fetchToken: { attribute: false },
    _src: { state: true },
    _external: { state: true },
    _height: { state: true },
    _ready: { state: true },
    _failed: { state: true },
  };

  /** The widget the hosted page shows: `help-desk`, `job-listings`, … */
  declare widget: string | undefined;
  /** The widget's type (a help-request type: `complaint`, `legal_aid`, …). */
  declare type: string | undefined;
  /** `mine` for "my requests" rather than a form. */
  declare view: string | undefined;
  /** The hosted page's URL, when it is not `/hosted/hosted.html` beside the provider's API. */
  declare hostedUrl: string | undefined;
  /** `zh-CN` or `en`; falls back to the provider's. */
  declare locale: string | undefined;
  /** A fresh client token; falls back to the provider's `fetchToken`. */
  declare fetchToken: (() => Promise<string>) | undefined;

  declare private _src: string | undefined;
  declare private _external: string | undefined;
  declare private _height: number | undefined;
  declare private _ready: boolean;
  declare private _failed: boolean;

  readonly #context = new ContextConsumer(this, { context: unionContext, subscribe: true });
  /** What the frame was opened for (`widget type view url`): another asks for a new frame. */
  #openedFor: string | undefined;
  #origin: string | undefined;

  constructor() {
    super();
    this._ready = false;
    this._failed = false;
  }

  /** Whether the hosted page said it is ready. */
  get ready(): boolean {
    return this._ready;
  }

  get #locale(): UnionLocale {
    return resolveLocale(this.locale) ?? this.#context.value?.locale ?? DEFAULT_LOCALE;
  }

  /** The hosted page's URL: `hosted-url`, or `/hosted/hosted.html` on the provider's API origin. */
  get #pageUrl(): URL | undefined {
    try {
      if (this.hostedUrl) return new URL(this.hostedUrl, document.baseURI);
      const base = this.#context.value?.client?.baseUrl;
      return base ? new URL('/hosted/hosted.html', base) : undefined;
    } catch {
      return undefined;
    }
  }

  readonly #onMessage = (event: MessageEvent): void => {
    const frame = this.renderRoot.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow || event.origin !== this.#origin || !isFrameMessage(event.data)) return;
    const message = event.data;
    if (message.type === 'height') this._height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(message.height)));
    else if (message.type === 'ready') this._ready = true;
    else if (message.type === 'close') this.dispatchEvent(new Event('hosted-close'));
    else if (message.type === 'token-needed') void this.#answerToken(frame);
    // `event` messages (a non-confidential widget's union-* events) are not passed on here: this frame
    // exists for what the platform must not learn.
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const url = this.#pageUrl;
    const key = `${this.widget} ${this.type} ${this.view} ${url?.href} ${Boolean(this.#tokenSource())}`;
    if (!this.widget || !url || key === this.#openedFor) return;
    this.#openedFor = key;
    if (this.#tokenSource()) {
      void this.#open(url, key);
    } else {
      // A provider given a ready `client` has no way to a fresh token for the frame: say so, do not wait.
      this._failed = true;
    }
  }

  #tokenSource(): (() => Promise<string>) | undefined {
    return this.fetchToken ?? this.#context.value?.fetchToken;
  }

  async #open(url: URL, key: string): Promise<void> {
    this._failed = false;
    this._ready = false;
    this._src = undefined;
    let token: string;
    try {
      token = await this.#tokenSource()!();
    } catch {
      if (this.#openedFor === key) this._failed = true;
      return;
    }
    if (this.#openedFor !== key) return;
    const query = new URLSearchParams({ widget: this.widget! });
    if (this.type) query.set('type', this.type);
    if (this.view) query.set('view', this.view);
    query.set('locale', this.#locale);
    const fragment = `#${new URLSearchParams({ token })}`;
    const page = `${url.origin}${url.pathname}`;
    this.#origin = url.origin;
    // The system browser's tab has no parent to talk to: no origin in its address.
    this._external = `${page}?${query}${fragment}`;
    query.set('origin', window.location.origin);
    this._src = `${page}?${query}${fragment}`;
  }

  async #answerToken(frame: HTMLIFrameElement): Promise<void> {
    let message: HostMessage;
    try {
      message = { source: HOST_SOURCE, type: 'token', token: await this.#tokenSource()!() };
    } catch {
      message = { source: HOST_SOURCE, type: 'token-unavailable' };
    }
    frame.contentWindow?.postMessage(message, this.#origin!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute, which a page's CSP without 'unsafe-inline' refuses.
    const frame = this.renderRoot.querySelector('iframe');
    if (frame && this._height) frame.style.height = `${this._height}px`;
  }

  #retry(): void {
    this.#openedFor = undefined;
    this.requestUpdate();
  }

  protected override render() {
    const s = STRINGS[baseLocale(this.#locale)];
    return html`<div lang=${this.#locale}>
      <p part="notice" class="notice">${s.notice}</p>
      ${this._failed
        ? html`<p role="alert">${s.noSession} <button type="button" @click=${() => this.#retry()}>${s.retry}</button></p>`
        : this._src
          ? html`<iframe
              part="frame"
              title=${s.frameTitle}
              src=${this._src}
              referrerpolicy="no-referrer"
              allow="geolocation"
            ></iframe>`
          : html`<p role="status">${s.loading}</p>`}
      ${this._external
        ? html`<a part="external" href=${this._external} target="_blank" rel="noopener noreferrer">${s.external}</a>`
        : nothing}
    </div>`;
  }
}

/** Registers `<union-hosted-frame>` (once). */
export function defineHostedFrame(): void {
  if (!customElements.get('union-hosted-frame')) customElements.define('union-hosted-frame', UnionHostedFrame);
}

declare global {
  interface HTMLElementTagNameMap {
    'union-hosted-frame': UnionHostedFrame;
  }
  interface HTMLElementEventMap {
    'hosted-close': Event;
  }
}
