/**
 * What the hosted page is asked to show, read from its URL: `hosted.html#widget=membership-join&locale=en
 * &token=wst_…` (a native app's webview), or `hosted.html?widget=help-desk&type=complaint&locale=zh-CN
 * &origin=https://rider.example#token=wst_…` (a frame). The client token comes only in the FRAGMENT,
 * which no server, log or `Referer` ever sees, and the whole fragment is taken out of the address at
 * once; the other parameters may come in either, the fragment's winning.
 */
import { resolveLocale, DEFAULT_LOCALE, type UnionLocale } from '../internal/localize/index.js';
import { HOSTED_WIDGETS, type HostedWidget } from './widgets.js';

export interface HostedParams {
  /** The widget to show, when it is one the hosted page knows. */
  widget: HostedWidget | null;
  /** The widget's `type` (a help-request type), when given: `[a-z_]` only. */
  type: string | null;
  /** `mine` for the help desk's "my requests" rather than a form. */
  view: 'mine' | null;
  locale: UnionLocale;
  /** The origin the framing page says it has (`https://rider.example`, `capacitor://localhost`, `null`), checked before any message goes to it. */
  origin: string | null;
  /** The bridge the app asks for when the page cannot find it alone: `wechat-mini-program` loads WeChat's JS-SDK. */
  bridge: 'wechat-mini-program' | null;
  token: string | null;
}

/** App schemes a partner registers; the URL standard gives them no tuple origin, so they are read by their parts. */
const APP_ORIGIN = /^([a-z][a-z0-9+.-]*):\/\/([a-z0-9.-]+(?::\d{1,5})?)$/;
/** Schemes whose pages are no origin a partner can register (they send `null`, or are not pages). */
const NOT_ORIGINS = new Set(['file', 'data', 'blob', 'javascript', 'about', 'ws', 'wss', 'ftp']);

/**
 * A serialised origin as a partner registers it and a browser reports it: `https://host[:port]` (as
 * `location.origin` gives it), an app scheme's `capacitor://localhost`, or `null` (an opaque page);
 * else null. `./parent.ts` decides whether to trust it.
 */
export function serialisedOrigin(value: string | null): string | null {
  if (!value) return null;
  if (value === 'null') return value;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin === value ? value : null;
    const m = APP_ORIGIN.exec(value);
    return m && !NOT_ORIGINS.has(m[1]!) && url.host === m[2] && url.pathname === '' ? value : null;
  } catch {
    return null;
  }
}

export function readParams(href: string): HostedParams {
  const url = new URL(href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const q = { get: (name: string) => fragment.get(name) ?? url.searchParams.get(name) };
  const widget = q.get('widget');
  const type = q.get('type');
  const token = fragment.get('token');
  return {
    widget: widget !== null && (HOSTED_WIDGETS as readonly string[]).includes(widget) ? (widget as HostedWidget) : null,
    type: type !== null && /^[a-z_]{1,40}$/.test(type) ? type : null,
    view: q.get('view') === 'mine' ? 'mine' : null,
    locale: resolveLocale(q.get('locale') ?? '') ?? DEFAULT_LOCALE,
    origin: serialisedOrigin(q.get('origin')),
    bridge: q.get('bridge') === 'wechat-mini-program' ? 'wechat-mini-program' : null,
    token: token !== null && /^wst_[A-Za-z0-9_-]{1,200}$/.test(token) ? token : null,
  };
}

/** The address without its fragment: what `history.replaceState` leaves once the token is read. */
export function withoutFragment(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}
