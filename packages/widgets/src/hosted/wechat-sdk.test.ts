// The mini-program bridge in a real web-view needs WeChat's JS-SDK, which defines `wx.miniProgram`: the
// hosted page asked for that bridge (`bridge=wechat-mini-program`) loads it on demand from the URL its
// `<meta name="unionkit-wechat-jssdk">` names — here a stub this test server serves — waits for it
// (bounded) and then finds the bridge. Nothing is loaded otherwise.
import { expect } from '@open-wc/testing';
import { nativeBridgeFor } from './native-bridges.js';
import { readParams } from './params.js';
import { FRAME_SOURCE } from './protocol.js';

const STUB = '/packages/widgets/test/fixtures/jweixin-stub.js';
type Stubbed = Window & { wx?: unknown; __jweixinLoads?: number; __miniProgramMessages?: unknown[] };
const w = window as Stubbed;

/** Points the page's SDK meta at `src` (with `integrity` when given), as a union's hosted.html would. */
function sdkMeta(src: string, integrity?: string): void {
  const meta = document.createElement('meta');
  meta.name = 'unionkit-wechat-jssdk';
  meta.content = src;
  if (integrity) meta.dataset['integrity'] = integrity;
  document.head.append(meta);
}

const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[src*="jweixin"], script[src*="missing-sdk"]')];

afterEach(() => {
  for (const el of document.querySelectorAll('meta[name="unionkit-wechat-jssdk"]')) el.remove();
  for (const s of scripts()) s.remove();
  delete w.wx;
  delete w.__jweixinLoads;
  delete w.__miniProgramMessages;
});

describe('hosted page: WeChat JS-SDK for the mini-program bridge', function () {
  this.timeout(15000);

  it('bridge=wechat-mini-program is a parameter of the page (query or fragment); anything else is no request', () => {
    expect(readParams('https://union.example/hosted/hosted.html?bridge=wechat-mini-program').bridge).to.equal('wechat-mini-program');
    expect(readParams('https://union.example/hosted/hosted.html#bridge=wechat-mini-program').bridge).to.equal('wechat-mini-program');
    expect(readParams('https://union.example/hosted/hosted.html?bridge=android').bridge).to.equal(null);
  });

  it('asked for the mini-program bridge without wx.miniProgram: loads the JS-SDK once, then the bridge is found and used', async () => {
    sdkMeta(STUB);
    const bridge = await nativeBridgeFor(window, 'wechat-mini-program');
    expect(bridge?.kind).to.equal('wechat-mini-program');
    expect(w.__jweixinLoads).to.equal(1);
    bridge!.send({ type: 'ready' });
    expect(w.__miniProgramMessages).to.deep.equal([{ data: { type: 'ready', source: FRAME_SOURCE } }]);
    bridge!.dispose();
    // already there: not loaded again
    expect((await nativeBridgeFor(window, 'wechat-mini-program'))?.kind).to.equal('wechat-mini-program');
    expect(w.__jweixinLoads).to.equal(1);
    expect(scripts()).to.have.length(1);
  });

  it('not asked for it: no script is loaded, and a plain browser has no bridge', async () => {
    sdkMeta(STUB);
    expect(await nativeBridgeFor(window, null)).to.equal(null);
    expect(scripts()).to.have.length(0);
    expect(w.__jweixinLoads).to.equal(undefined);
  });

  it('a JS-SDK that cannot load leaves the page without a bridge, at once rather than hanging', async () => {
    sdkMeta('/packages/widgets/test/fixtures/missing-sdk.js');
    expect(await nativeBridgeFor(window, 'wechat-mini-program')).to.equal(null);
  });

  it('with data-integrity the script must match it (SRI): the right hash loads, a wrong one is refused', async () => {
    const bytes = await (await fetch(STUB)).arrayBuffer();
    const hash = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
    sdkMeta(STUB, `sha384-${hash.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`);
    expect(await nativeBridgeFor(window, 'wechat-mini-program')).to.equal(null);
    expect(w.__jweixinLoads).to.equal(undefined);
    for (const el of document.querySelectorAll('meta[name="unionkit-wechat-jssdk"]')) el.remove();
    sdkMeta(STUB, `sha384-${hash}`);
    expect((await nativeBridgeFor(window, 'wechat-mini-program'))?.kind).to.equal('wechat-mini-program');
    expect(w.__jweixinLoads).to.equal(1);
  });
});
