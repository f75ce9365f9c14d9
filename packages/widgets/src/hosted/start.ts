/**
 * What the union's hosted page (`hosted.html`, entry `./hosted.ts`) does: ONE widget on the union's own origin, for a native app's
 * webview, a system browser, or a cross-origin frame in a platform's page (`internal/hosted-frame.ts`).
 * Only hosted mode loads this script; the widget it shows comes on demand (`./widgets.ts`).
 *
 * 1. Read `widget`, `type`, `locale`, `origin`, `bridge` from the query and the client token from the fragment,
 *    then take the fragment out of the address at once (`history.replaceState`).
 * 2. Ask the API about the token itself (`GET /widget-sessions/current`): where it is valid.
 * 3. In a frame, talk to the parent only if it is a registered origin and truly the parent
 *    (`./parent.ts`); otherwise show why, and show no widget.
 * 4. Show the widget inside `<union-provider>` whose `fetchToken` hands over the fragment's token first
 *    and then asks the host through the bridge (`token-needed`), failing clearly when none comes.
 * 5. Report `ready` and the page's height; for the help desk (every help request, confidential types
 *    above all) nothing else ever leaves the page (`./bridge.ts` `Outbox`).
 */
import { WidgetSessions } from '@unionkit/sdk';
import '../define/provider.js';
import type { UnionProvider } from '../provider/provider.js';
import { use } from '../internal/api.js';
import { NAVIGATION_EVENT_NAMES, UNION_EVENT_NAMES } from '../events/index.js';
import { NoBridge, Outbox, PostMessageBridge, type HostBridge } from './bridge.js';
import { installHostedApi, nativeBridgeFor } from './native-bridges.js';
import { checkParent } from './parent.js';
import { readParams, withoutFragment, type HostedParams } from './params.js';
import { hostedStrings, hostedWords, type HostedStrings } from './strings.js';
import { UnionSessionClient, UnionSessionKeeper } from './union-session.js';
import { askAgain, unionStep } from './union-step.js';
import { loadWidget } from './widgets.js';

/** The API beside the page: `<meta name="unionkit-api" content="/v1">`, relative to the page. */
function apiBase(doc: Document, win: Window): string {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="unionkit-api"]')?.content || '/v1';
  return new URL(meta, win.location.href).href.replace(/\/+$/, '');
}

function showProblem(root: HTMLElement, text: string): void {
  const p = root.ownerDocument.createElement('p');
  p.className = 'hosted-problem';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.replaceChildren(p);
}

function closeBar(doc: Document, s: HostedStrings, outbox: Outbox): HTMLElement {
  const bar = doc.createElement('div');
  bar.className = 'hosted-bar';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = s.close;
  button.addEventListener('click', () => outbox.send({ type: 'close' }));
  bar.append(button);
  return bar;
}

export async function startHosted(win: Window = window): Promise<void> {
  const doc = win.document;
  const params: HostedParams = readParams(win.location.href);
  // The token is read: out of the address bar, history and anything that reads the URL later.
  if (win.location.hash) win.history.replaceState(win.history.state, '', withoutFragment(win.location.href));
  // zh-CN is here; another locale's words load first (zh-TW and zh-HK are generated from zh-CN).
  const s = await hostedWords(hostedStrings, params.locale);
  doc.documentElement.lang = params.locale;
  doc.title = s.title;
  const root = doc.getElementById('union-hosted') ?? doc.body;
  if (!params.token) return showProblem(root, s.noToken);
  if (!params.widget) return showProblem(root, s.unknownWidget);
  const widget = params.widget;

  let bridge: HostBridge = new NoBridge();
  let initial: string | undefined = params.token;
  const provider = doc.createElement('union-provider') as UnionProvider;
  provider.locale = params.locale;
  provider.baseUrl = apiBase(doc, win);
  provider.fetchToken = () => {
    const token = initial;
    initial = undefined;
    return token ? Promise.resolve(token) : bridge.requestToken();
  };
  const loading = loadWidget[widget]();
  loading.catch(() => undefined);
  // Asked for the mini-program's bridge: WeChat's JS-SDK loads meanwhile (bounded).
  const nativeBridge = nativeBridgeFor(win, params.bridge);

  let allowedOrigins: readonly string[];
  try {
    allowedOrigins = (await use(provider.resolvedClient!, WidgetSessions).current()).allowedOrigins;
  } catch {
    return showProblem(root, s.sessionFailed);
  }
  const native = await nativeBridge;
  if (native) {
    // An app's webview: only the app that injected the interface hears it (./native-bridges.ts).
    bridge = native;
    installHostedApi(win, native, () => backOf(root));
  } else if (win.parent !== win) {
    const verdict = checkParent({ claimed: params.origin, allowedOrigins, ancestorOrigins: ancestorsOf(win) });
    if (verdict !== 'ok') return showProblem(root, s.parentRefused);
    bridge = new PostMessageBridge(win, win.parent, params.origin!);
  }
  // Every help request stays out of the platform's sight, the confidential types above all.
  const outbox = new Outbox(bridge, widget === 'help-desk');

  try {
    await loading;
  } catch {
    return showProblem(root, s.unknownWidget);
  }
  const reportHeight = () => outbox.send({ type: 'height', height: doc.documentElement.getBoundingClientRect().height });
  new ResizeObserver(reportHeight).observe(doc.documentElement);
  if (widget === 'help-desk') {
    // The platform minted the client token: help requests need the union token only this page gets,
    // asked for again over the form whenever it runs out (./union-session.ts).
    const client = provider.resolvedClient!;
    const step = unionStep(root, client, params.locale);
    reportHeight();
    outbox.send({ type: 'ready' });
    const keeper = new UnionSessionKeeper(await step, (mobile) => askAgain(root, client, params.locale, mobile));
    provider.client = new UnionSessionClient({ baseUrl: provider.baseUrl!, locale: params.locale }, keeper);
  }
  const element = doc.createElement(`union-${widget}`);
  if (widget === 'help-desk') element.setAttribute('hosted', '');
  if (params.type) element.setAttribute('type', params.type);
  if (params.view) element.setAttribute('view', params.view);
  provider.append(element);
  root.replaceChildren(...(bridge.kind === 'none' ? [] : [closeBar(doc, s, outbox)]), provider);

  if (!outbox.confidential) {
    for (const name of UNION_EVENT_NAMES) {
      if (NAVIGATION_EVENT_NAMES.includes(name)) continue;
      win.addEventListener(name, (event) => outbox.send({ type: 'event', name, detail: (event as CustomEvent).detail ?? null }), { capture: true });
    }
  }
  forwardNavigation(win, outbox, native !== null);
  await customElements.whenDefined(`union-${widget}`);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  reportHeight();
  if (widget !== 'help-desk') outbox.send({ type: 'ready' });
}

/**
 * What an app needs to drive the widget: whether it can step back (`union-view-changed`), and links to
 * open natively (`union-open-url`: a native app opens them itself, so the widget does not navigate).
 * The Outbox keeps both from a confidential matter.
 */
function forwardNavigation(win: Window, outbox: Outbox, native: boolean): void {
  win.addEventListener('union-view-changed', (event) => {
    const detail = (event as CustomEvent<{ canGoBack?: unknown }>).detail;
    outbox.send({ type: 'view-changed', canGoBack: detail?.canGoBack === true });
  });
  win.addEventListener('union-open-url', (event) => {
    const detail = (event as CustomEvent<{ kind?: unknown; url?: unknown }>).detail;
    if (typeof detail?.kind !== 'string' || typeof detail.url !== 'string' || outbox.confidential) return;
    outbox.send({ type: 'open-url', kind: detail.kind, url: detail.url, detail });
    if (native) event.preventDefault();
  });
}

/** Steps the shown widget back one view (`back()` of every widget); false at its root or before it is shown. */
function backOf(root: HTMLElement): boolean {
  const widget = root.querySelector('union-provider')?.firstElementChild as (Element & { back?: () => boolean }) | null | undefined;
  return typeof widget?.back === 'function' ? widget.back() : false;
}

/** `location.ancestorOrigins` where the browser has it (Chromium, WebKit), else undefined. */
function ancestorsOf(win: Window): string[] | undefined {
  const list = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return list ? Array.from(list) : undefined;
}
