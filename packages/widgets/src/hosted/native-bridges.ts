/**
 * The hosted page in a native app's webview: one small `HostBridge` per platform, found in this order —
 *
 * 1. Android: `window.UnionKitAndroid.postMessage(json)` (`addJavascriptInterface(…, "UnionKitAndroid")`);
 * 2. iOS: `window.webkit.messageHandlers.unionkit.postMessage(object)` (a `WKScriptMessageHandler` named `unionkit`);
 * 3. React Native WebView: `window.ReactNativeWebView.postMessage(json)`;
 * 4. WeChat mini-program `web-view`: `wx.miniProgram.postMessage({ data })` — the mini-program only
 *    receives these on back, share or when the web-view is destroyed (`bindmessage`), so links go by
 *    `wx.miniProgram.navigateTo` to a page of the mini-program at once instead.
 *
 * The app answers through one global the page installs, `window.UnionKitHosted`:
 * `UnionKitHosted.receive({ source: 'unionkit-host', type: 'token', token: 'wst_…' })` (or `type:
 * 'token-unavailable'`) after a `token-needed` message, and `UnionKitHosted.back()` for the back button
 * (true when the widget stepped back; false at its root: close the webview). A mini-program cannot run
 * script in its web-view: it gives a new token by setting the web-view's `src` to the same page with a
 * new `#token=…` fragment, read on `hashchange`.
 *
 * Only the app that injected the interface can hear it, so no origin is checked here; the same privacy
 * rules hold all the same (`Outbox` sits in front of every bridge).
 */
import type { HostBridge, Outgoing } from './bridge.js';
import { TokenUnavailableError } from './bridge.js';
import { FRAME_SOURCE, HOST_SOURCE, isHostMessage, type FrameMessage } from './protocol.js';

type Post = (message: FrameMessage) => void;

interface NativeWindow {
  UnionKitAndroid?: { postMessage?: (json: string) => void };
  webkit?: { messageHandlers?: { unionkit?: { postMessage?: (message: unknown) => void } } };
  ReactNativeWebView?: { postMessage?: (json: string) => void };
  wx?: { miniProgram?: { postMessage?: (o: { data: unknown }) => void; navigateTo?: (o: { url: string }) => void } };
  UnionKitHosted?: UnionKitHostedApi;
}

/** What the app calls in the page (`window.UnionKitHosted`). */
export interface UnionKitHostedApi {
  /** A host message: `{ source: 'unionkit-host', type: 'token', token }` or `{ …, type: 'token-unavailable' }`. */
  receive(message: unknown): void;
  /** Steps the widget back one view; false when it is at its root (the app closes the webview). */
  back(): boolean;
}

/** The mini-program page links are handed to: `?kind=tel|calendar|map&url=…` (the guide shows one). */
export const MINI_PROGRAM_OPEN_PAGE = '/pages/unionkit-open/index';

/** A bridge to a native host: messages out through `post`, tokens in through `receive`. */
export class NativeBridge implements HostBridge {
  #pending: { promise: Promise<string>; settle: (token: string | null) => void } | undefined;
  #teardown: Array<() => void> = [];

  constructor(
    readonly kind: 'android' | 'ios' | 'react-native' | 'wechat-mini-program',
    private readonly win: Window,
    private readonly post: Post,
    private readonly tokenTimeoutMs = 30_000,
  ) {}

  send(message: Outgoing): void {
    try {
      this.post({ ...message, source: FRAME_SOURCE } as FrameMessage);
    } catch {
      // The app went away (its interface throws): nothing more can reach it.
    }
  }

  /** A message from the app; anything but a token answer is ignored. */
  receive(data: unknown): void {
    if (!isHostMessage(data)) return;
    this.#pending?.settle(data.type === 'token' ? data.token : null);
  }

  requestToken(): Promise<string> {
    if (this.#pending) return this.#pending.promise;
    let settle!: (token: string | null) => void;
    const promise = new Promise<string>((resolve, reject) => {
      const timer = this.win.setTimeout(() => settle(null), this.tokenTimeoutMs);
      settle = (token) => {
        this.win.clearTimeout(timer);
        this.#pending = undefined;
        if (token) resolve(token);
        else reject(new TokenUnavailableError('The app gave no new client token.'));
      };
    });
    this.#pending = { promise, settle };
    this.send({ type: 'token-needed' });
    return promise;
  }

  onDispose(teardown: () => void): void {
    this.#teardown.push(teardown);
  }

  dispose(): void {
    this.#pending?.settle(null);
    for (const teardown of this.#teardown.splice(0)) teardown();
  }
}

/**
 * What the mini-program's page needs beyond the link: a route's GCJ-02 point and name (`wx.openLocation`),
 * a calendar file's title, start and end in Unix seconds and location (`wx.addPhoneCalendar`; a
 * mini-program cannot read the page's `blob:` URL).
 */
function openPageExtra(message: Extract<FrameMessage, { type: 'open-url' }>): string {
  const d = (message.detail ?? {}) as { gcj02?: { lat: number; lng: number }; name?: string; title?: string; start?: string; end?: string; location?: string; address?: string };
  const q = (pairs: Record<string, string | number>) => Object.entries(pairs).map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('');
  if (message.kind === 'map' && d.gcj02) return q({ lat: d.gcj02.lat, lng: d.gcj02.lng, name: d.name ?? '' });
  if (message.kind === 'calendar' && d.title && d.start && d.end) {
    const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
    return q({ title: d.title, startTime: seconds(d.start), endTime: seconds(d.end), location: [d.location, d.address].filter(Boolean).join(' ') });
  }
  return '';
}

/** The mini-program: messages queue for `bindmessage`; `open-url` goes to a mini-program page at once. */
function miniProgramPost(mp: NonNullable<NonNullable<NativeWindow['wx']>['miniProgram']>, openPage: string): Post {
  return (message) => {
    if (message.type === 'open-url' && mp.navigateTo) {
      mp.navigateTo({ url: `${openPage}?kind=${encodeURIComponent(message.kind)}&url=${encodeURIComponent(message.url)}${openPageExtra(message)}` });
    }
    mp.postMessage?.({ data: message });
  };
}

/** The native bridge this webview offers, in the order above, or null (a browser or a frame). */
export function detectNativeBridge(win: Window, options: { tokenTimeoutMs?: number; miniProgramOpenPage?: string } = {}): NativeBridge | null {
  const w = win as Window & NativeWindow;
  const timeout = options.tokenTimeoutMs;
  const android = w.UnionKitAndroid;
  if (typeof android?.postMessage === 'function') {
    return new NativeBridge('android', win, (m) => android.postMessage!(JSON.stringify(m)), timeout);
  }
  const ios = w.webkit?.messageHandlers?.unionkit;
  if (typeof ios?.postMessage === 'function') return new NativeBridge('ios', win, (m) => ios.postMessage!(m), timeout);
  const rn = w.ReactNativeWebView;
  if (typeof rn?.postMessage === 'function') return new NativeBridge('react-native', win, (m) => rn.postMessage!(JSON.stringify(m)), timeout);
  const mp = w.wx?.miniProgram;
  if (typeof mp?.postMessage === 'function') {
    const bridge = new NativeBridge('wechat-mini-program', win, miniProgramPost(mp, options.miniProgramOpenPage ?? MINI_PROGRAM_OPEN_PAGE), timeout);
    // No script can be run in a mini-program's web-view: a new token comes as a new `#token=` fragment.
    const onHash = (event: HashChangeEvent) => {
      const token = new URLSearchParams(new URL(event.newURL).hash.slice(1)).get('token');
      if (!token) return;
      if (win.location.hash) win.history.replaceState(win.history.state, '', win.location.href.split('#')[0]);
      bridge.receive({ source: HOST_SOURCE, type: 'token', token });
    };
    win.addEventListener('hashchange', onHash);
    bridge.onDispose(() => win.removeEventListener('hashchange', onHash));
    return bridge;
  }
  return null;
}

/**
 * The native bridge of this webview, as `detectNativeBridge`; when the page was asked for the
 * mini-program's (`bridge=wechat-mini-program`) and `wx.miniProgram` is missing, after loading WeChat's
 * JS-SDK (`./wechat-sdk.ts`, itself on demand), which defines it in a mini-program's web-view.
 */
export async function nativeBridgeFor(win: Window, requested: string | null): Promise<NativeBridge | null> {
  const found = detectNativeBridge(win);
  if (found || requested !== 'wechat-mini-program') return found;
  const { loadWeChatSdk, sdkSource } = await import('./wechat-sdk.js');
  return (await loadWeChatSdk(win, sdkSource(win.document))) ? detectNativeBridge(win) : null;
}

/** Installs `window.UnionKitHosted` for the app to call. */
export function installHostedApi(win: Window, bridge: NativeBridge, back: () => boolean): void {
  (win as Window & NativeWindow).UnionKitHosted = Object.freeze({
    receive: (message: unknown) => bridge.receive(typeof message === 'string' ? safeParse(message) : message),
    back,
  });
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
