/**
 * WeChat's JS-SDK (`jweixin`) for the mini-program bridge: in a mini-program's `web-view`,
 * `wx.miniProgram` exists only once the page has loaded it. The hosted page asked for that bridge
 * (`bridge=wechat-mini-program`) and without `wx.miniProgram` loads it here, on demand, from the URL its
 * `<meta name="unionkit-wechat-jssdk" content="…">` names (WeChat's own by default; a union may serve a
 * copy from its origin, and pin it with `data-integrity="sha384-…"`), and waits for it, `timeoutMs` at most.
 *
 * No hash is pinned for WeChat's own URL: Tencent publishes none for jweixin-1.6.0.js, the page's bytes
 * could not be checked here, and subresource integrity on another origin also needs CORS headers from
 * res.wx.qq.com — a wrong pin would silently take the bridge from every mini-program. A copy served by the
 * union is the way to pin it.
 *
 * The page enforces Trusted Types: the script's URL goes through a policy of its own
 * (`unionkit-wechat`), which accepts exactly that URL.
 */

export const WECHAT_JSSDK_URL = 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';
export const WECHAT_POLICY = 'unionkit-wechat';

export interface SdkSource {
  src: string;
  integrity?: string;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): unknown };
}

/** Where the page's `<meta name="unionkit-wechat-jssdk">` says the JS-SDK is (relative to the page). */
export function sdkSource(doc: Document): SdkSource {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="unionkit-wechat-jssdk"]');
  const src = new URL(meta?.content || WECHAT_JSSDK_URL, doc.baseURI).href;
  const integrity = meta?.dataset['integrity'];
  return integrity ? { src, integrity } : { src };
}

const hasMiniProgram = (win: Window) => typeof (win as Window & { wx?: { miniProgram?: { postMessage?: unknown } } }).wx?.miniProgram?.postMessage === 'function';

/** The script URL as Trusted Types wants it where they are enforced (a policy that takes `src` alone). */
function scriptUrl(win: Window, src: string): string {
  const tt = (win as Window & { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return src;
  const policy = tt.createPolicy(WECHAT_POLICY, {
    createScriptURL: (url) => {
      if (url !== src) throw new TypeError(`${WECHAT_POLICY}: only ${src}`);
      return url;
    },
  });
  return policy.createScriptURL(src) as string;
}

/** Loads the JS-SDK unless `wx.miniProgram` is there; resolves whether it is there now (never rejects). */
export function loadWeChatSdk(win: Window, source: SdkSource, timeoutMs = 5000): Promise<boolean> {
  if (hasMiniProgram(win)) return Promise.resolve(true);
  const doc = win.document;
  return new Promise<boolean>((resolve) => {
    const script = doc.createElement('script');
    const done = () => {
      win.clearTimeout(timer);
      resolve(hasMiniProgram(win));
    };
    const timer = win.setTimeout(done, timeoutMs);
    script.addEventListener('load', done);
    script.addEventListener('error', done);
    if (source.integrity) {
      script.integrity = source.integrity;
      script.crossOrigin = 'anonymous';
    }
    try {
      script.src = scriptUrl(win, source.src);
    } catch {
      // Refused by the page's policy: no bridge, said at once.
      done();
      return;
    }
    doc.head.append(script);
  });
}
