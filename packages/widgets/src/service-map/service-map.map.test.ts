import { expect } from '@open-wc/testing';
import { type ClientOptions, type UnionClient } from '@unionkit/sdk';
import type { GeoPoint } from '@unionkit/sdk/types';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../define/service-map.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, settled } from '../internal/testing/common-suite.js';
import { createTestClient } from '../internal/testing/session.js';
import { leafletStatus } from './leaflet-loader.js';
import type { UnionServiceMap } from './service-map.js';
import { $, $$, root, text, waitUntil } from '../internal/testing/dom.js';
import { session, shownIds, stubGeolocation, XUHUI } from '../internal/testing/service-map.js';

// Keep every resource entry of this page (the default buffer of 250 fills up), to see what was fetched.
performance.setResourceTimingBufferSize(100_000);

const names = (el: Element) =>
  Object.fromEntries($$(el, 'ul.points > li').map((li) => [li.dataset['pointId']!, li.querySelector('.item-link')!.textContent!.trim()]));
const fetched = (pattern: RegExp) => performance.getEntriesByType('resource').some((r) => pattern.test(r.name));

async function mount(client: UnionClient, setup: (el: UnionServiceMap) => void = (el) => (el.position = XUHUI)): Promise<UnionServiceMap> {
  const el = (await mountWidget('union-service-map', client, (w) => setup(w as UnionServiceMap))) as UnionServiceMap;
  await settled(el);
  return el;
}

async function openMap(el: UnionServiceMap): Promise<HTMLElement> {
  $$<HTMLButtonElement>(el, '[part~="views"] button').find((b) => b.textContent!.includes('地图'))!.click();
  await waitUntil(() => el.mapStatus === 'ready', 'map did not open', { timeout: 8000 });
  await el.updateComplete;
  return $<HTMLElement>(el, '[part~="map"]')!;
}

describe('union-service-map: the map view', function () {
  this.timeout(60000);

  it('loads neither the map library nor the basemap at import, first render or in the list (checked before any map opens)', async () => {
    const el = await mount(await createTestClient({ session: session(), locale: 'zh-CN' }));
    expect(el.state).to.equal('ready');
    expect(leafletStatus.requested, 'leaflet requested').to.equal(false);
    expect(leafletStatus.loaded).to.equal(false);
    expect(fetched(/node_modules\/leaflet\//), 'no leaflet file fetched').to.equal(false);
    expect(fetched(/shanghai-outlines|basemap/), 'no basemap fetched').to.equal(false);
    expect((window as unknown as { L?: unknown }).L, 'no global L').to.equal(undefined);
  });

  it('opens the map on demand with one keyboard-focusable marker per listed point, on the offline district basemap without tiles', async () => {
    const el = await mount(await createTestClient({ session: session(), locale: 'zh-CN' }));
    const mapButton = $$<HTMLButtonElement>(el, '[part~="views"] button').find((b) => b.textContent!.includes('地图'))!;
    mapButton.click();
    // The map view is its own part: Leaflet is asked for once that part has arrived.
    await waitUntil(() => leafletStatus.requested, 'leaflet not requested on opening', { timeout: 8000 });
    await waitUntil(() => el.mapStatus === 'ready', 'map did not open', { timeout: 8000 });
    await el.updateComplete;
    expect(leafletStatus.loaded).to.equal(true);
    expect(fetched(/node_modules\/leaflet\//), 'leaflet fetched now').to.equal(true);
    expect((window as unknown as { L?: unknown }).L, 'no global L').to.equal(undefined);
    expect(mapButton.getAttribute('aria-selected')).to.equal('true');

    const map = $(el, '[part~="map"]')!;
    expect(map.classList.contains('leaflet-container')).to.equal(true);
    expect(getComputedStyle(map.querySelector('.leaflet-pane')!).position, 'Leaflet CSS adopted').to.equal('absolute');
    expect(map.getBoundingClientRect().height).to.be.greaterThan(100);
    const markers = [...map.querySelectorAll<SVGPathElement>('path.sp-marker')];
    expect(markers.map((m) => m.getAttribute('data-point-id'))).to.deep.equal(shownIds(el));
    expect(map.querySelectorAll('path.sp-dot').length).to.equal(markers.length);
    expect(map.querySelectorAll('img.leaflet-tile').length, 'no tiles without tile-url').to.equal(0);
    for (const m of markers) {
      expect(m.getAttribute('tabindex')).to.equal('0');
      expect(m.getAttribute('role')).to.equal('button');
      expect(m.getAttribute('aria-label')).to.match(/查看详情/);
    }

    // The offline basemap: Shanghai's 16 districts, drawn under the markers, and said so.
    await waitUntil(() => map.querySelectorAll('path.sp-district').length >= 16, 'no district outlines');
    const districts = [...map.querySelectorAll<SVGPathElement>('path.sp-district')];
    for (const code of ['310101', '310104', '310115', '310151']) {
      expect(districts.some((d) => d.classList.contains(`sp-district-${code}`)), code).to.equal(true);
    }
    const paneZ = (e: Element) => Number(getComputedStyle(e.closest('.leaflet-pane:not(.leaflet-map-pane)')!).zIndex);
    expect(paneZ(districts[0]!), 'outlines under the markers').to.be.lessThan(paneZ(markers[0]!));
    // The visible outline of 徐汇 really is where the Xujiahui stations are.
    const xuhui = districts.find((d) => d.classList.contains('sp-district-310104'))!.getBoundingClientRect();
    expect(xuhui.width).to.be.greaterThan(20);
    expect(getComputedStyle(districts[0]!).strokeOpacity).to.not.equal('0');
    expect(text(el)).to.contain('离线底图');
    expect(text(el)).to.contain('区界数据：高德地图');
    await expect(el).to.be.accessible();

    // Load more: the new points get markers too.
    $<HTMLButtonElement>(el, 'button[part~="load-more"]')!.click();
    await waitUntil(() => shownIds(el).length > 10);
    await el.updateComplete;
    expect(map.querySelectorAll('path.sp-marker').length).to.equal(shownIds(el).length);

    // A marker opens its point from the keyboard.
    const listed = names(el);
    const firstMarker = map.querySelector<SVGPathElement>('path.sp-marker')!;
    const id = firstMarker.getAttribute('data-point-id')!;
    firstMarker.focus();
    expect(root(el).activeElement).to.equal(firstMarker);
    await sendKeys({ press: 'Enter' });
    // The detail comes in its own chunk: its heading is there once the part has arrived.
    await waitUntil(() => el.view === 'detail' && $(el, '#sp-detail-title'), 'the detail did not open');
    expect($(el, '#sp-detail-title')!.textContent!.trim()).to.equal(listed[id]);

    // Back: the list with its map again; the list view hides it.
    $$<HTMLButtonElement>(el, '[part~="detail"] button').find((b) => b.textContent!.includes('返回列表'))!.click();
    await waitUntil(() => el.mapStatus === 'ready' && $(el, '[part~="map"] path.sp-marker'));
    $$<HTMLButtonElement>(el, '[part~="views"] button').find((b) => b.textContent!.includes('列表'))!.click();
    await el.updateComplete;
    expect($(el, '[part~="map"]')).to.not.exist;
  });

  it('draws the host’s tiles with markers on top, and the offline basemap when the tiles fail', async () => {
    const el = await mount(await createTestClient({ session: session(), locale: 'zh-CN' }), (w) => {
      w.position = XUHUI;
      w.tileUrl = '/__no-tiles-here__/{z}/{x}/{y}.png';
      w.tileAttribution = '© 测试底图';
    });
    const map = await openMap(el);
    await waitUntil(() => map.querySelectorAll('img.leaflet-tile').length > 0, 'no tile requested');
    expect(map.querySelector<HTMLImageElement>('img.leaflet-tile')!.getAttribute('src')).to.match(/^\/__no-tiles-here__\/\d+\/\d+\/\d+\.png$/);
    expect(map.querySelectorAll('path.sp-marker').length).to.equal(shownIds(el).length);
    // These tiles do not exist (as on a poor signal): the district outlines take their place.
    await waitUntil(() => map.querySelectorAll('path.sp-district').length >= 16, 'no basemap after the tiles failed');
    await el.updateComplete;
    expect(text(el)).to.contain('底图没有加载成功');
    expect(text(el)).to.contain('区界数据');
  });

  it('opens the very station tapped, where stations sit close together', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client);
    // Two pages: twenty stations around 徐汇, some of them a few metres apart.
    $<HTMLButtonElement>(el, 'button[part~="load-more"]')!.click();
    await waitUntil(() => shownIds(el).length === 20, 'no second page');
    const listed = names(el);
    let map = await openMap(el);
    const ids = [...map.querySelectorAll('path.sp-marker')].map((m) => m.getAttribute('data-point-id')!);
    expect(ids).to.have.length(20);
    for (const id of ids) {
      map.scrollIntoView({ block: 'center' });
      const marker = map.querySelector<SVGPathElement>(`path.sp-marker[data-point-id="${id}"]`)!;
      const r = marker.getBoundingClientRect();
      const x = Math.round(r.left + r.width / 2);
      const y = Math.round(r.top + r.height / 2);
      // Compared as a boolean: chai's report of two unequal SVG elements can stall the page.
      const hit = root(el).elementFromPoint(x, y);
      expect(hit === marker, `a tap at ${id} reaches ${hit ? `${hit.tagName}.${hit.getAttribute('class') ?? ''}` : 'nothing'}, not its marker`).to.equal(true);
      await sendMouse({ type: 'click', position: [x, y] });
      await waitUntil(() => el.view === 'detail' && $(el, '#sp-detail-title'), `tapping ${id} opened nothing`);
      expect($(el, '#sp-detail-title')!.textContent!.trim(), `tapping ${id}`).to.equal(listed[id]);
      $$<HTMLButtonElement>(el, '[part~="detail"] button').find((b) => b.textContent!.includes('返回列表'))!.click();
      await waitUntil(() => el.mapStatus === 'ready' && $(el, '[part~="map"] path.sp-marker'), 'the map did not come back');
      await el.updateComplete;
      map = $(el, '[part~="map"]')!;
    }
  });

  it('“定位到我” marks the device’s position on the map, sends it nowhere, and says clearly when it is denied', async () => {
    const HERE: GeoPoint = { lat: 31.2012345, lng: 121.4456789 };
    let answer: 'ok' | 'denied' = 'denied';
    const geo = stubGeolocation(() => answer, HERE);
    const urls: string[] = [];
    const fetchImpl: NonNullable<ClientOptions['fetch']> = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    try {
      const el = await mount(await createTestClient({ session: session(), locale: 'zh-CN', fetch: fetchImpl }));
      const map = await openMap(el);
      expect(geo.calls(), 'not asked before the worker presses').to.equal(0);
      const button = $<HTMLButtonElement>(el, 'button[part~="locate-me"]')!;
      expect(button.textContent).to.contain('定位到我');
      await expect(el).to.be.accessible();

      // Denied: a clear, visible message beside the button, also announced.
      button.click();
      await waitUntil(() => $(el, '[data-locate-note]'), 'nothing said');
      const note = $(el, '[data-locate-note]')!;
      expect(note.textContent).to.contain('未获得定位权限');
      expect(note.textContent).to.contain('设置');
      expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
      expect($(el, '[role="status"]')!.textContent).to.contain('未获得定位权限');
      expect(map.querySelector('path.here-marker')).to.not.exist;

      answer = 'ok';
      const before = urls.length;
      button.click();
      await waitUntil(() => map.querySelector('path.here-marker'), 'the position is not marked');
      await el.updateComplete;
      expect($(el, '[data-locate-note]')!.textContent).to.contain('只在本机使用');
      // The map is centred on it.
      const mapBox = map.getBoundingClientRect();
      const dot = map.querySelector('path.here-marker')!.getBoundingClientRect();
      expect(Math.abs(dot.left + dot.width / 2 - (mapBox.left + mapBox.width / 2))).to.be.below(3);
      expect(Math.abs(dot.top + dot.height / 2 - (mapBox.top + mapBox.height / 2))).to.be.below(3);
      // Used on the device only: no request, no storage, no URL.
      expect(urls.slice(before), 'no request after locating').to.deep.equal([]);
      const stored = [...Object.keys(localStorage), ...Object.keys(sessionStorage)]
        .map((k) => `${k}=${localStorage.getItem(k) ?? sessionStorage.getItem(k)}`)
        .join(' ');
      expect(stored).to.not.match(/31\.20|121\.44/);
      expect(location.href).to.not.match(/31\.20|121\.44/);
      expect(geo.calls()).to.equal(2);
      await expect(el).to.be.accessible();
    } finally {
      geo.restore();
    }
  });

  it('fits 320 px with the map open and keeps 44 px targets (zoom and locate buttons too)', async () => {
    const el = await mount(await createTestClient({ session: session(), locale: 'zh-CN' }));
    await openMap(el);
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
  });
});
