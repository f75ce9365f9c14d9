// Safe-area insets: in an edge-to-edge webview (the hosted page is viewport-fit=cover) a widget keeps
// clear of notches and the home indicator through env(safe-area-inset-*), and a host can set each inset
// itself with --union-safe-area-top|right|bottom|left (a native app that knows them better, or 0).
import { expect } from '@open-wc/testing';
import { mountWidget } from './testing/common-suite.js';
import { createTestClient } from './testing/session.js';
import { session, TAG } from './testing/event-signup.js';

describe('safe-area insets', function () {
  this.timeout(20000);

  it('a widget pads by the insets: none outside an edge-to-edge page, the host’s --union-safe-area-* when set', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }));
    const padding = () => {
      const s = getComputedStyle(el);
      return [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft];
    };
    expect(padding()).to.deep.equal(['0px', '0px', '0px', '0px']);
    el.style.setProperty('--union-safe-area-top', '47px');
    el.style.setProperty('--union-safe-area-right', '5px');
    el.style.setProperty('--union-safe-area-bottom', '34px');
    el.style.setProperty('--union-safe-area-left', '7px');
    expect(padding()).to.deep.equal(['47px', '5px', '34px', '7px']);
  });

  it('the hosted page lays out edge to edge (viewport-fit=cover) and keeps its own bar clear of the insets', async () => {
    const page = await (await fetch(new URL('../hosted/hosted.html', import.meta.url))).text();
    const viewport = new DOMParser().parseFromString(page, 'text/html').querySelector<HTMLMetaElement>('meta[name="viewport"]')!.content;
    expect(viewport.split(',').map((s) => s.trim())).to.include('viewport-fit=cover');
    const css = await (await fetch(new URL('../hosted/hosted.css', import.meta.url))).text();
    expect(css).to.match(/\.hosted-bar\s*\{[^}]*env\(safe-area-inset-top/);
  });
});
