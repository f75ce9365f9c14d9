// union-open-url: a hotline, a calendar file and a route are offered to the host before the browser
// follows them, with what a native app needs to open each itself (for a route, the coordinates each map
// app wants); when the host calls preventDefault the widget does not navigate.
import { expect } from '@open-wc/testing';
import { mountWidget, settled } from './testing/common-suite.js';
import { $, $$, waitFor } from './testing/dom.js';
import { createTestClient } from './testing/session.js';
import { openEvent, session as eventSession, signedUp, TAG as EVENTS } from './testing/event-signup.js';
import { session as mapSession, XUHUI } from './testing/service-map.js';
import type { UnionServiceMap } from '../service-map/service-map.js';
import type { UnionOpenUrlDetail } from './controllers/open-url.js';
import { tapLink as tap } from './testing/open-url.js';
import '../define/service-map.js';

describe('union-open-url', function () {
  this.timeout(30000);

  it('the 12351 hotline: { kind: tel, url, number }; the host taking it stops the navigation', async () => {
    const el = await mountWidget(EVENTS, await createTestClient({ session: eventSession() }));
    await settled(el);
    const hotline = $<HTMLAnchorElement>(el, 'a[part~="hotline"]')!;
    const taken = tap(hotline, true);
    expect(taken.heard).to.deep.equal([{ kind: 'tel', url: 'tel:12351', number: '12351' }]);
    expect(taken.navigated).to.equal(false);
    const left = tap(hotline, false);
    expect(left.heard).to.have.length(1);
    expect(left.navigated, 'a host that does not take it leaves the link to the browser').to.equal(true);
  });

  it('a calendar file: { kind: calendar, url, filename } with the .ics text and the event for a native calendar', async () => {
    const el = await mountWidget(EVENTS, await createTestClient({ session: eventSession() }));
    await settled(el);
    await openEvent(el, 'legal', 'evt_open');
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    await signedUp(el, '报名成功');
    $<HTMLButtonElement>(el, 'button[part~="calendar"]')!.click();
    const link = await waitFor(() => $<HTMLAnchorElement>(el, 'a[part~="calendar-link"]'));
    const { heard, navigated } = tap(link, true);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.include({ kind: 'calendar', url: link.href, filename: 'evt_open.ics', timeZone: 'Asia/Shanghai' });
    expect((heard[0] as Extract<UnionOpenUrlDetail, { kind: 'calendar' }>).ics).to.match(/^BEGIN:VCALENDAR/);
    expect(heard[0]!.url).to.match(/^blob:/);
    expect(navigated).to.equal(false);
  });

  it('a route: { kind: map, url, app } with the point in WGS-84, GCJ-02 and BD-09, its name and address', async () => {
    const el = (await mountWidget('union-service-map', await createTestClient({ session: mapSession() }), (w) => void ((w as UnionServiceMap).position = XUHUI))) as UnionServiceMap;
    await settled(el);
    (await waitFor(() => $<HTMLElement>(el, '.item-link'))).click();
    await waitFor(() => $$(el, 'a[part~="nav-link"]').length === 3 && $(el, '[part~="detail"]'));
    const amap = $$<HTMLAnchorElement>(el, 'a[part~="nav-link"]').find((a) => a.href.includes('amap.com'))!;
    // the route module arrives with the detail
    await waitFor(() => tap(amap, true).heard.length === 1);
    const { heard, navigated } = tap(amap, true);
    expect(navigated).to.equal(false);
    const d = heard[0] as Extract<UnionOpenUrlDetail, { kind: 'map' }>;
    expect([d.kind, d.url, d.app]).to.deep.equal(['map', amap.href, 'amap']);
    expect(d.name).to.be.a('string').and.not.equal('');
    expect(d.address).to.be.a('string').and.not.equal('');
    expect(amap.href, 'Amap gets GCJ-02').to.include(`${d.gcj02.lng},${d.gcj02.lat}`);
    // GCJ-02 and BD-09 are offsets of WGS-84 in Shanghai: a few hundred metres, never zero
    for (const other of [d.gcj02, d.bd09]) {
      const dist = Math.hypot(other.lat - d.wgs84.lat, other.lng - d.wgs84.lng);
      expect(dist).to.be.greaterThan(0.001).and.lessThan(0.02);
    }
  });
});
