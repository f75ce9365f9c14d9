// The hosted page's rules on their own: what it reads from its address, which parent it trusts, what
// may cross the bridge, and how a token is asked for and accepted.
import { expect } from '@open-wc/testing';
import { NoBridge, Outbox, PostMessageBridge, TokenUnavailableError, type HostBridge, type Outgoing } from './bridge.js';
import { checkParent } from './parent.js';
import { readParams, withoutFragment } from './params.js';
import { FRAME_SOURCE, HOST_SOURCE, HEIGHT_STEP_PX, isConfidentialType } from './protocol.js';
import { waitUntil } from '../internal/testing/dom.js';

const PAGE = 'https://union.example/hosted/hosted.html';
const TOKEN = 'wst_test_9fK2mQ7vX4pL8sR1tN6wB3yH5cJ0dG2e';

class RecordingBridge implements HostBridge {
  readonly kind = 'recording';
  sent: Outgoing[] = [];
  send(message: Outgoing): void {
    this.sent.push(message);
  }
  requestToken(): Promise<string> {
    return Promise.reject(new Error('not here'));
  }
  dispose(): void {}
}

describe('hosted page: its address', () => {
  it('takes the token from the fragment only, never from the query', () => {
    const p = readParams(`${PAGE}?widget=help-desk&type=complaint&locale=en&origin=https%3A%2F%2Frider.example#token=${TOKEN}`);
    expect(p).to.deep.equal({ widget: 'help-desk', type: 'complaint', view: null, locale: 'en', origin: 'https://rider.example', bridge: null, token: TOKEN });
    expect(readParams(`${PAGE}?widget=help-desk&token=${TOKEN}`).token).to.equal(null);
    expect(withoutFragment(`${PAGE}?widget=help-desk#token=${TOKEN}`)).to.equal(`${PAGE}?widget=help-desk`);
  });

  it('reads every widget and its parameters from the fragment too (a native app’s webview), the token still only from the fragment', () => {
    for (const widget of ['membership-join', 'insurance-enrol', 'service-map', 'event-signup', 'job-listings', 'help-desk']) {
      const p = readParams(`${PAGE}#widget=${widget}&locale=en&token=${TOKEN}`);
      expect(p).to.deep.equal({ widget, type: null, view: null, locale: 'en', origin: null, bridge: null, token: TOKEN });
    }
    expect(readParams(`${PAGE}?widget=help-desk&type=legal_aid#widget=membership-join&token=${TOKEN}`).widget).to.equal('membership-join');
    expect(withoutFragment(`${PAGE}#widget=membership-join&token=${TOKEN}`)).to.equal(PAGE);
  });

  it('refuses what it does not know: another widget, an odd type, an origin that is not an origin, a token that is not a client token', () => {
    const p = readParams(`${PAGE}?widget=evil&type=<script>&origin=https%3A%2F%2Frider.example%2Fpath&locale=fr#token=sk_test_demo_delivery`);
    expect(p).to.deep.equal({ widget: null, type: null, view: null, locale: 'zh-CN', origin: null, bridge: null, token: null });
    expect(readParams(`${PAGE}?origin=*`).origin).to.equal(null);
    expect(readParams(`${PAGE}?origin=NULL`).origin).to.equal(null);
    expect(readParams(`${PAGE}?view=mine`).view).to.equal('mine');
  });
});

describe('hosted page: the parent it trusts', () => {
  const allowedOrigins = ['https://rider.example', 'http://localhost:*'];
  it('a registered origin that is truly the parent', () => {
    expect(checkParent({ claimed: 'https://rider.example', allowedOrigins, ancestorOrigins: ['https://rider.example'] })).to.equal('ok');
    expect(checkParent({ claimed: 'http://localhost:8080', allowedOrigins, ancestorOrigins: undefined })).to.equal('ok');
  });
  it('not an origin no partner registered, not one claimed by another parent, not inside an unregistered page', () => {
    expect(checkParent({ claimed: null, allowedOrigins })).to.equal('no-origin');
    expect(checkParent({ claimed: 'https://attacker.example', allowedOrigins, ancestorOrigins: ['https://attacker.example'] })).to.equal('not-registered');
    expect(checkParent({ claimed: 'https://rider.example', allowedOrigins, ancestorOrigins: ['https://attacker.example'] })).to.equal('not-the-parent');
    expect(checkParent({ claimed: 'https://rider.example', allowedOrigins, ancestorOrigins: ['https://rider.example', 'https://attacker.example'] })).to.equal(
      'not-registered',
    );
  });
});

describe('hosted page: what crosses the bridge', () => {
  it('for a confidential matter only ready, height, close and token-needed; heights rounded up and never shrinking', () => {
    const bridge = new RecordingBridge();
    const outbox = new Outbox(bridge, true);
    outbox.send({ type: 'ready' });
    outbox.send({ type: 'event', name: 'union-ready', detail: { widget: 'help-desk' } });
    outbox.send({ type: 'height', height: 10 });
    outbox.send({ type: 'height', height: HEIGHT_STEP_PX * 3 + 1 });
    outbox.send({ type: 'height', height: 20 }); // the form became a short confirmation: nothing is told
    outbox.send({ type: 'close' });
    expect(bridge.sent).to.deep.equal([
      { type: 'ready' },
      { type: 'height', height: HEIGHT_STEP_PX },
      { type: 'height', height: HEIGHT_STEP_PX * 4 },
      { type: 'close' },
    ]);
  });

  it('another widget passes on its (already privacy-checked) events and its exact height', () => {
    const bridge = new RecordingBridge();
    const outbox = new Outbox(bridge, false);
    outbox.send({ type: 'event', name: 'union-navigate', detail: { to: 'x' } });
    outbox.send({ type: 'height', height: 321.2 });
    outbox.send({ type: 'height', height: 300 });
    expect(bridge.sent).to.deep.equal([
      { type: 'event', name: 'union-navigate', detail: { to: 'x' } },
      { type: 'height', height: 322 },
      { type: 'height', height: 300 },
    ]);
  });

  it('the confidential types are the contract’s', () => {
    for (const t of ['legal_consultation', 'legal_aid', 'mediation', 'complaint']) expect(isConfidentialType(t)).to.equal(true);
    for (const t of ['suggestion', 'skill_subsidy', 'micro_wish', undefined, null]) expect(isConfidentialType(t)).to.equal(false);
  });
});

describe('hosted page: a token through postMessage', () => {
  /** A same-origin window standing in for the parent, so the test can read and answer what it receives. */
  async function parentWindow() {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow!;
    const received: unknown[] = [];
    win.addEventListener('message', (e) => received.push(e.data));
    return { win, received, remove: () => frame.remove() };
  }
  const answer = (source: Window, data: unknown, origin = location.origin) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));

  it('asks the parent at exactly its origin, and takes a token only from that window and origin', async () => {
    const parent = await parentWindow();
    const other = await parentWindow();
    const bridge = new PostMessageBridge(window, parent.win, location.origin);
    try {
      const token = bridge.requestToken();
      await waitUntil(() => parent.received.length === 1, 'the parent was not asked');
      expect(parent.received[0]).to.deep.equal({ type: 'token-needed', source: FRAME_SOURCE });
      answer(other.win, { source: HOST_SOURCE, type: 'token', token: 'wst_from_another_window' });
      answer(parent.win, { source: HOST_SOURCE, type: 'token', token: 'wst_from_another_origin' }, 'https://attacker.example');
      answer(parent.win, { source: 'someone-else', type: 'token', token: 'wst_untagged' });
      answer(parent.win, { source: HOST_SOURCE, type: 'token', token: TOKEN });
      expect(await token).to.equal(TOKEN);
    } finally {
      bridge.dispose();
      parent.remove();
      other.remove();
    }
  });

  it('fails clearly when the parent has no token, or none comes in time', async () => {
    const parent = await parentWindow();
    const bridge = new PostMessageBridge(window, parent.win, location.origin, 200);
    try {
      const refused = bridge.requestToken();
      await waitUntil(() => parent.received.length === 1);
      answer(parent.win, { source: HOST_SOURCE, type: 'token-unavailable' });
      const err = await refused.then(() => null, (e: unknown) => e);
      expect(err).to.be.instanceOf(TokenUnavailableError);
      // nobody answers: the wait ends (bounded by the bridge's own timeout, not the test's)
      const late = await bridge.requestToken().then(() => null, (e: unknown) => e);
      expect(late).to.be.instanceOf(TokenUnavailableError);
      expect(await new NoBridge().requestToken().then(() => null, (e: unknown) => e)).to.be.instanceOf(TokenUnavailableError);
    } finally {
      bridge.dispose();
      parent.remove();
    }
  });
});
