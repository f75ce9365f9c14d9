// App-scheme and opaque parents of the hosted page: the origins a native app's own pages have
// (`capacitor://localhost`, `ionic://localhost`, `https://localhost`, and `null` for an opaque page)
// are read from `origin=`, checked against what the partner registered and what the browser reports in
// `location.ancestorOrigins`, and reached over postMessage. `null` is trusted only when registered
// literally and when the browser confirms the parent is opaque.
import { expect } from '@open-wc/testing';
import { PostMessageBridge } from './bridge.js';
import { checkParent } from './parent.js';
import { readParams } from './params.js';
import { FRAME_SOURCE, HOST_SOURCE } from './protocol.js';
import { waitUntil } from '../internal/testing/dom.js';

const PAGE = 'https://union.example/hosted/hosted.html';
const TOKEN = 'wst_test_9fK2mQ7vX4pL8sR1tN6wB3yH5cJ0dG2e';
const claimOf = (origin: string) => readParams(`${PAGE}?origin=${encodeURIComponent(origin)}`).origin;

describe('hosted page: an app-scheme or opaque parent', () => {
  it('reads an app scheme, https://localhost and null from origin=, and nothing that is not an origin', () => {
    for (const origin of ['capacitor://localhost', 'ionic://localhost', 'https://localhost', 'http://localhost:8100', 'null']) {
      expect(claimOf(origin), origin).to.equal(origin);
    }
    for (const origin of ['capacitor://localhost/', 'capacitor://localhost/app', 'Capacitor://localhost', 'capacitor://user@localhost', 'file://', 'file:///android_asset', 'javascript://x', 'data://x', 'NULL', 'capacitor:localhost']) {
      expect(claimOf(origin), origin).to.equal(null);
    }
  });

  it('an app scheme the partner registered is trusted where the browser reports it as the parent', () => {
    const allowedOrigins = ['capacitor://localhost', 'ionic://localhost', 'https://localhost'];
    for (const origin of allowedOrigins) {
      expect(checkParent({ claimed: origin, allowedOrigins, ancestorOrigins: [origin] }), origin).to.equal('ok');
    }
    expect(checkParent({ claimed: 'capacitor://localhost', allowedOrigins: ['https://localhost'], ancestorOrigins: ['capacitor://localhost'] })).to.equal('not-registered');
    expect(checkParent({ claimed: 'capacitor://localhost', allowedOrigins, ancestorOrigins: ['ionic://localhost'] })).to.equal('not-the-parent');
    // A target origin cannot name an app scheme's (opaque) origin: without the browser's word, no trust.
    expect(checkParent({ claimed: 'capacitor://localhost', allowedOrigins, ancestorOrigins: undefined })).to.equal('unconfirmed');
    expect(checkParent({ claimed: 'https://localhost', allowedOrigins, ancestorOrigins: undefined })).to.equal('ok');
  });

  it('null only when registered literally, claimed, and reported by the browser as the parent', () => {
    expect(checkParent({ claimed: 'null', allowedOrigins: ['null'], ancestorOrigins: ['null'] })).to.equal('ok');
    expect(checkParent({ claimed: 'null', allowedOrigins: ['null'], ancestorOrigins: ['null', 'null'] })).to.equal('ok');
    // no wildcard stands for null
    expect(checkParent({ claimed: 'null', allowedOrigins: ['http://localhost:*', 'https://localhost'], ancestorOrigins: ['null'] })).to.equal('not-registered');
    // the browser must say so: claim and ancestor agree
    expect(checkParent({ claimed: 'null', allowedOrigins: ['null'], ancestorOrigins: undefined })).to.equal('unconfirmed');
    expect(checkParent({ claimed: 'null', allowedOrigins: ['null'], ancestorOrigins: [] })).to.equal('unconfirmed');
    expect(checkParent({ claimed: 'null', allowedOrigins: ['null', 'https://rider.example'], ancestorOrigins: ['https://rider.example'] })).to.equal('not-the-parent');
    // Chromium reports a file:// page as file://, which is not the null such a page sends
    expect(checkParent({ claimed: 'null', allowedOrigins: ['null'], ancestorOrigins: ['file://'] })).to.equal('not-the-parent');
    // a registered page inside an opaque one: every ancestor must be registered
    expect(checkParent({ claimed: 'https://rider.example', allowedOrigins: ['https://rider.example'], ancestorOrigins: ['https://rider.example', 'null'] })).to.equal('not-registered');
  });

  it('Chromium reports an opaque parent as "null" in location.ancestorOrigins', async () => {
    // A sandboxed frame (opaque origin) framing a page that reports its ancestors to the test page.
    const inner = `<script>parent.parent.postMessage({ ancestors: Array.from(location.ancestorOrigins) }, '*')<\/script>`;
    const outer = document.createElement('iframe');
    outer.setAttribute('sandbox', 'allow-scripts');
    outer.srcdoc = `<iframe sandbox="allow-scripts" srcdoc="${inner.replace(/"/g, '&quot;')}"></iframe>`;
    let ancestors: string[] | undefined;
    const onMessage = (e: MessageEvent) => {
      if (Array.isArray(e.data?.ancestors)) ancestors = e.data.ancestors;
    };
    window.addEventListener('message', onMessage);
    document.body.append(outer);
    try {
      await waitUntil(() => ancestors !== undefined, 'no report from the inner frame');
      expect(ancestors).to.deep.equal(['null', location.origin]);
      expect(checkParent({ claimed: 'null', allowedOrigins: ['null', location.origin], ancestorOrigins: ancestors })).to.equal('ok');
    } finally {
      window.removeEventListener('message', onMessage);
      outer.remove();
    }
  });

  it('talks to an opaque parent: its messages arrive, and its token is taken from that window alone', async () => {
    // The parent: a sandboxed frame that answers token-needed with a token, and echoes what it got.
    const script = `addEventListener('message', (e) => { parent.postMessage({ echo: e.data }, '*'); if (e.data && e.data.type === 'token-needed') parent.postMessage({ source: '${HOST_SOURCE}', type: 'token', token: '${TOKEN}' }, '*'); })`;
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc = `<script>${script}<\/script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const echoes: unknown[] = [];
    const onEcho = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && e.data?.echo) echoes.push(e.data.echo);
    };
    window.addEventListener('message', onEcho);
    const bridge = new PostMessageBridge(window, frame.contentWindow!, 'null');
    try {
      bridge.send({ type: 'ready' });
      expect(await bridge.requestToken()).to.equal(TOKEN);
      await waitUntil(() => echoes.length === 2, 'the parent did not get both messages');
      expect(echoes).to.deep.equal([{ type: 'ready', source: FRAME_SOURCE }, { type: 'token-needed', source: FRAME_SOURCE }]);
    } finally {
      bridge.dispose();
      window.removeEventListener('message', onEcho);
      frame.remove();
    }
  });
});
