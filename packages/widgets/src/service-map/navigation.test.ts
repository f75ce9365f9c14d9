import { expect } from '@open-wc/testing';
import { ServicePoints } from '@unionkit/sdk';
import type { GeoPoint } from '@unionkit/sdk/types';
import gcoord from 'gcoord';
import '../define/service-map.js';
import { use } from '../internal/api.js';
import { mountWidget, settled } from '../internal/testing/common-suite.js';
import { XUHUI } from '../internal/testing/service-map.js';
import { createTestClient } from '../internal/testing/session.js';
import { loadConversions, navigationLinks } from './navigation.js';
import type { UnionServiceMap } from './service-map.js';

function haversineM(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

const to = (p: GeoPoint, system: 'GCJ02' | 'BD09') => {
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, system === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09);
  return { lat, lng };
};

describe('union-service-map navigation', function () {
  this.timeout(30000);

  it('starts a cycling route in each app, each in its own coordinate system, from the detail', async () => {
    const client = await createTestClient({ session: { components: ['service_map'] }, locale: 'zh-CN' });
    const point = (await use(client, ServicePoints).list({ near: XUHUI, limit: 1 })).data[0]!;
    const el = (await mountWidget('union-service-map', client, (w) => {
      (w as UnionServiceMap).position = XUHUI;
    })) as UnionServiceMap;
    await settled(el);
    await el.openPoint(point.id);
    await el.updateComplete;
    const anchors = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="nav-link"]')];
    const links = Object.fromEntries(anchors.map((a) => [a.dataset['app']!, a] as const));
    expect(Object.keys(links).sort()).to.deep.equal(['amap', 'baidu', 'system']);
    for (const a of anchors) expect(a.hasAttribute('target'), 'no target=_blank').to.equal(false);
    expect(anchors.map((a) => a.textContent!.trim())).to.deep.equal(['高德地图骑行导航', '百度地图骑行导航', '手机地图导航']);

    // Amap: a route (navigation), riding, to GCJ-02 coordinates; no start point, so the app uses the phone's.
    const gcj = to(point.location, 'GCJ02');
    const amap = new URL(links['amap']!.href);
    expect(amap.origin + amap.pathname).to.equal('https://uri.amap.com/navigation');
    expect(amap.searchParams.get('mode')).to.equal('ride');
    expect(amap.searchParams.get('coordinate')).to.equal('gaode');
    expect(amap.searchParams.get('callnative')).to.equal('1');
    expect(amap.searchParams.has('from'), 'the worker’s position is not written into the link').to.equal(false);
    const [aLng, aLat, aName] = amap.searchParams.get('to')!.split(',');
    expect(Number(aLng)).to.be.closeTo(gcj.lng, 1e-5);
    expect(Number(aLat)).to.be.closeTo(gcj.lat, 1e-5);
    expect(aName).to.equal(point.name);
    expect(haversineM(point.location, { lat: Number(aLat), lng: Number(aLng) }), 'GCJ-02 is a few hundred metres off').to.be.within(100, 1000);

    // Baidu: direction, riding, BD-09 destination, from the rounded position the list uses.
    const bd = to(point.location, 'BD09');
    const baidu = new URL(links['baidu']!.href);
    expect(baidu.origin + baidu.pathname).to.equal('https://api.map.baidu.com/direction');
    expect(baidu.searchParams.get('mode')).to.equal('riding');
    expect(baidu.searchParams.get('coord_type')).to.equal('bd09ll');
    expect(baidu.searchParams.get('output')).to.equal('html');
    expect(baidu.searchParams.get('src')).to.match(/^webapp\./);
    const dest = /^latlng:([\d.]+),([\d.]+)\|name:(.+)$/.exec(baidu.searchParams.get('destination')!)!;
    expect(dest, baidu.searchParams.get('destination')!).to.exist;
    expect(Number(dest[1])).to.be.closeTo(bd.lat, 1e-5);
    expect(Number(dest[2])).to.be.closeTo(bd.lng, 1e-5);
    expect(dest[3]).to.equal(point.name);
    const origin = /^latlng:([\d.]+),([\d.]+)\|name:我的位置$/.exec(baidu.searchParams.get('origin')!)!;
    const bdOrigin = to(XUHUI, 'BD09');
    expect(Number(origin[1])).to.be.closeTo(bdOrigin.lat, 1e-5);
    expect(Number(origin[2])).to.be.closeTo(bdOrigin.lng, 1e-5);

    // The system app on this (non-Apple) browser: geo:, WGS-84.
    const geo = /^geo:([\d.]+),([\d.]+)\?q=([\d.]+),([\d.]+)\((.+)\)$/.exec(links['system']!.getAttribute('href')!)!;
    expect(Number(geo[1])).to.be.closeTo(point.location.lat, 1e-6);
    expect(Number(geo[2])).to.be.closeTo(point.location.lng, 1e-6);
    expect(decodeURIComponent(geo[5]!)).to.equal(point.name);
  });

  it('opens Apple Maps directions on iOS, in GCJ-02, and asks Baidu to start from “我的位置” without a position', async () => {
    await loadConversions();
    const station: GeoPoint = { lat: 31.2304, lng: 121.4737 };
    const links = Object.fromEntries(navigationLinks('人民广场站点', station, { platform: 'ios' }).map((l) => [l.app, l.href] as const));
    const apple = new URL(links['system']!);
    expect(apple.origin + apple.pathname).to.equal('https://maps.apple.com/');
    expect(apple.searchParams.get('dirflg')).to.match(/^[dwr]$/);
    expect(apple.searchParams.get('q')).to.equal('人民广场站点');
    const [lat, lng] = apple.searchParams.get('daddr')!.split(',').map(Number) as [number, number];
    const gcj = to(station, 'GCJ02');
    expect(lat).to.be.closeTo(gcj.lat, 1e-5);
    expect(lng).to.be.closeTo(gcj.lng, 1e-5);
    expect(new URL(links['baidu']!).searchParams.get('origin')).to.equal('我的位置');
  });
});
