// The hosted page in a native app's webview, with each platform's interface stubbed on `window` as the
// app would inject it: which bridge is found, what reaches the app (and, for a confidential matter,
// only what the Outbox allows), how a new client token comes back, and the back button.
import { expect } from '@open-wc/testing';
import { Outbox, TokenUnavailableError } from './bridge.js';
import { detectNativeBridge, installHostedApi, MINI_PROGRAM_OPEN_PAGE } from './native-bridges.js';
import { FRAME_SOURCE, HOST_SOURCE } from './protocol.js';
import { waitUntil } from '../internal/testing/dom.js';

const TOKEN = 'wst_test_9fK2mQ7vX4pL8sR1tN6wB3yH5cJ0dG2e';
type Stubbed = Window & Record<string, unknown>;
const w = window as unknown as Stubbed;

/** Every platform's interface, recording what the app would receive, removed again after each test. */
function stubAll() {
  const got = { android: [] as unknown[], ios: [] as unknown[], rn: [] as unknown[], mp: [] as unknown[], navigate: [] as string[] };
  w['UnionKitAndroid'] = { postMessage: (json: string) => got.android.push(json) };
  w['webkit'] = { messageHandlers: { unionkit: { postMessage: (m: unknown) => got.ios.push(m) } } };
  w['ReactNativeWebView'] = { postMessage: (json: string) => got.rn.push(json) };
  w['wx'] = { miniProgram: { postMessage: (o: unknown) => got.mp.push(o), navigateTo: (o: { url: string }) => got.navigate.push(o.url) } };
  return got;
}

afterEach(() => {
  for (const name of ['UnionKitAndroid', 'webkit', 'ReactNativeWebView', 'wx', 'UnionKitHosted']) delete w[name];
});

describe('hosted page in a native webview: which bridge', () => {
  it('finds Android, then iOS, then React Native, then the mini-program; none in a plain browser', () => {
    expect(detectNativeBridge(window)).to.equal(null);
    stubAll();
    const order: string[] = [];
    for (const name of ['UnionKitAndroid', 'webkit', 'ReactNativeWebView', 'wx']) {
      order.push(detectNativeBridge(window)!.kind);
      delete w[name];
    }
    expect(order).to.deep.equal(['android', 'ios', 'react-native', 'wechat-mini-program']);
    expect(detectNativeBridge(window)).to.equal(null);
    // React Native's own iOS handler is not the app's `unionkit` handler
    w['webkit'] = { messageHandlers: { ReactNativeWebView: { postMessage: () => undefined } } };
    expect(detectNativeBridge(window)).to.equal(null);
  });
});

describe('hosted page in a native webview: what the app receives', () => {
  it('each platform gets the message in its own form: JSON for Android and React Native, an object for iOS, { data } for the mini-program', () => {
    const got = stubAll();
    const event = { type: 'event', name: 'union-membership-status', detail: { status: 'active' } } as const;
    const sendWith = () => detectNativeBridge(window)!.send(event);
    sendWith();
    delete w['UnionKitAndroid'];
    sendWith();
    delete w['webkit'];
    sendWith();
    delete w['ReactNativeWebView'];
    sendWith();
    const expected = { ...event, source: FRAME_SOURCE };
    expect(got.android.map((j) => JSON.parse(j as string))).to.deep.equal([expected]);
    expect(got.ios).to.deep.equal([expected]);
    expect(got.rn.map((j) => JSON.parse(j as string))).to.deep.equal([expected]);
    expect(got.mp).to.deep.equal([{ data: expected }]);
  });

  it('a confidential matter sends the app only ready, height, close and token-needed', () => {
    const got = stubAll();
    const outbox = new Outbox(detectNativeBridge(window)!, true);
    outbox.send({ type: 'ready' });
    outbox.send({ type: 'event', name: 'union-error', detail: { code: 'x' } });
    outbox.send({ type: 'view-changed', canGoBack: true });
    outbox.send({ type: 'open-url', kind: 'tel', url: 'tel:12348', detail: null });
    outbox.send({ type: 'height', height: 100 });
    outbox.send({ type: 'close' });
    expect(got.android.map((j) => JSON.parse(j as string).type)).to.deep.equal(['ready', 'height', 'close']);
  });

  it('the mini-program opens a link on a page of its own at once (its messages wait for back or share)', () => {
    const got = stubAll();
    for (const name of ['UnionKitAndroid', 'webkit', 'ReactNativeWebView']) delete w[name];
    detectNativeBridge(window)!.send({ type: 'open-url', kind: 'tel', url: 'tel:12351', detail: null });
    expect(got.navigate).to.deep.equal([`${MINI_PROGRAM_OPEN_PAGE}?kind=tel&url=tel%3A12351`]);
    expect(got.mp).to.have.length(1);
    const route = { wgs84: { lat: 31.2, lng: 121.4 }, gcj02: { lat: 31.198, lng: 121.404 }, bd09: { lat: 31.204, lng: 121.41 }, name: '徐汇驿站', address: '漕溪北路' };
    detectNativeBridge(window)!.send({ type: 'open-url', kind: 'map', url: 'geo:31.2,121.4', detail: { kind: 'map', url: 'geo:31.2,121.4', app: 'system', ...route } });
    expect(got.navigate[1]).to.equal(`${MINI_PROGRAM_OPEN_PAGE}?kind=map&url=geo%3A31.2%2C121.4&lat=31.198&lng=121.404&name=${encodeURIComponent('徐汇驿站')}`);
  });
});

describe('hosted page in a native webview: a calendar file', () => {
  const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:法律服务专场\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  const detail = {
    kind: 'calendar',
    url: 'blob:http://127.0.0.1/0f6c',
    filename: 'evt_open.ics',
    ics,
    title: '法律服务专场（徐汇）',
    start: '2026-12-09T13:30:00+08:00',
    end: '2026-12-09T16:00:00+08:00',
    timeZone: 'Asia/Shanghai',
    location: '华泾镇党群服务中心',
    address: '龙吴路 2 楼',
    description: '一对一咨询',
  };

  it("reaches the app with the .ics text and the event's fields (a blob: URL cannot be fetched natively)", () => {
    const got = stubAll();
    detectNativeBridge(window)!.send({ type: 'open-url', kind: 'calendar', url: detail.url, detail });
    expect(JSON.parse(got.android[0] as string)).to.deep.equal({ type: 'open-url', kind: 'calendar', url: detail.url, detail, source: FRAME_SOURCE });
  });

  it('the mini-program page gets what wx.addPhoneCalendar takes: title, start and end in Unix seconds, location', () => {
    const got = stubAll();
    for (const name of ['UnionKitAndroid', 'webkit', 'ReactNativeWebView']) delete w[name];
    detectNativeBridge(window)!.send({ type: 'open-url', kind: 'calendar', url: detail.url, detail });
    const query = new URLSearchParams(got.navigate[0]!.split('?')[1]);
    expect(got.navigate[0]!.startsWith(`${MINI_PROGRAM_OPEN_PAGE}?`)).to.equal(true);
    expect(Object.fromEntries(query)).to.deep.equal({
      kind: 'calendar',
      url: detail.url,
      title: detail.title,
      startTime: String(Date.parse(detail.start) / 1000),
      endTime: String(Date.parse(detail.end) / 1000),
      location: '华泾镇党群服务中心 龙吴路 2 楼',
    });
  });
});

describe('hosted page in a native webview: a new client token from the app', () => {
  it('asks with token-needed and takes the token the app hands to UnionKitHosted.receive (object or JSON)', async () => {
    const got = stubAll();
    const bridge = detectNativeBridge(window)!;
    installHostedApi(window, bridge, () => false);
    const api = w['UnionKitHosted'] as { receive(m: unknown): void };
    const first = bridge.requestToken();
    expect(JSON.parse(got.android[0] as string)).to.deep.equal({ type: 'token-needed', source: FRAME_SOURCE });
    api.receive({ source: HOST_SOURCE, type: 'token', token: 'sk_test_demo_delivery' });
    api.receive({ source: 'someone-else', type: 'token', token: TOKEN });
    api.receive({ source: HOST_SOURCE, type: 'token', token: TOKEN });
    expect(await first).to.equal(TOKEN);
    const second = bridge.requestToken();
    api.receive(JSON.stringify({ source: HOST_SOURCE, type: 'token', token: TOKEN }));
    expect(await second).to.equal(TOKEN);
    const refused = bridge.requestToken();
    api.receive({ source: HOST_SOURCE, type: 'token-unavailable' });
    expect(await refused.catch((e: unknown) => e)).to.be.instanceOf(TokenUnavailableError);
  });

  it('fails clearly when the app gives none in time', async () => {
    stubAll();
    const bridge = detectNativeBridge(window, { tokenTimeoutMs: 20 })!;
    expect(await bridge.requestToken().catch((e: unknown) => e)).to.be.instanceOf(TokenUnavailableError);
  });

  it('the mini-program gives it as a new #token= fragment, which is read and cleared', async () => {
    stubAll();
    for (const name of ['UnionKitAndroid', 'webkit', 'ReactNativeWebView']) delete w[name];
    const bridge = detectNativeBridge(window)!;
    const pending = bridge.requestToken();
    location.hash = `token=${TOKEN}`;
    expect(await pending).to.equal(TOKEN);
    await waitUntil(() => location.hash === '', 'the fragment stays');
    expect(location.href).to.not.include('wst_');
  });
});

describe('hosted page in a native webview: the back button', () => {
  it('UnionKitHosted.back() answers what the widget did: true when it stepped back, false at its root', () => {
    stubAll();
    const answers = [true, false];
    installHostedApi(window, detectNativeBridge(window)!, () => answers.shift()!);
    const api = w['UnionKitHosted'] as { back(): boolean };
    expect([api.back(), api.back()]).to.deep.equal([true, false]);
  });
});
