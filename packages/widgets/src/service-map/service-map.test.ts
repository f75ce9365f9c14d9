import { expect, oneEvent } from '@open-wc/testing';
import { ServicePoints, type ClientOptions, type UnionClient } from '@unionkit/sdk';
import type { ServicePoint } from '@unionkit/sdk/types';
import { sendKeys } from '@web/test-runner-commands';
import '../define/service-map.js';
import { use } from '../internal/api.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, runCommonWidgetSuite, settled } from '../internal/testing/common-suite.js';
import { createTestClient, flakyFetch } from '../internal/testing/session.js';
import type { UnionServiceMap } from './service-map.js';
import { $, $$, active, root, tabTo, text, waitUntil } from '../internal/testing/dom.js';
import { session, shownIds, stubGeolocation, XUHUI } from '../internal/testing/service-map.js';

const TAG = 'union-service-map';

async function mount(
  client: UnionClient,
  setup: (el: UnionServiceMap) => void = (el) => (el.position = XUHUI),
): Promise<UnionServiceMap> {
  const el = (await mountWidget(TAG, client, (w) => setup(w as UnionServiceMap))) as UnionServiceMap;
  await settled(el);
  return el;
}

async function submitFilters(el: UnionServiceMap): Promise<void> {
  $<HTMLButtonElement>(el, 'form.filters button[type="submit"]')!.click();
  await waitUntil(() => el.state === 'loading' || el.state === 'ready' || el.state === 'empty');
  await settled(el);
}

function check(el: Element, id: string): void {
  const box = $<HTMLInputElement>(el, `#${id}`)!;
  box.click();
}

async function allPoints(client: UnionClient): Promise<ServicePoint[]> {
  const all: ServicePoint[] = [];
  for await (const p of use(client, ServicePoints).list({ limit: 100 })) all.push(p);
  return all;
}

runCommonWidgetSuite('union-service-map', {
  tag: TAG,
  session: { components: ['service_map'] },
  setup: (el) => {
    (el as UnionServiceMap).position = XUHUI;
  },
});

describe('union-service-map', function () {
  this.timeout(30000);

  it('lists service points by distance from the host-given position', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client);
    const api = await use(client, ServicePoints).list({ near: XUHUI, limit: 10 });
    expect(api.data.length).to.be.greaterThan(1);
    expect(shownIds(el)).to.deep.equal(api.data.map((p) => p.id));
    const distances = api.data.map((p) => p.distanceM!);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    const first = $(el, 'ul.points > li')!;
    expect(first.textContent).to.contain(api.data[0]!.name);
    expect(first.textContent).to.contain(api.data[0]!.address);
    expect(first.textContent).to.match(/距您 [\d.,]+\s?(米|公里)/);
    expect(first.textContent).to.match(/营业中|休息中|暂停开放/);
    expect(text(el)).to.contain('按距离由近到远排列');
    await expect(el).to.be.accessible();

    // Load more by cursor: focus goes to the first new point.
    $<HTMLButtonElement>(el, 'button[part~="load-more"]')!.click();
    await waitUntil(() => shownIds(el).length > 10, 'no second page');
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '[data-index="10"] .item-link'));
    const page2 = await use(client, ServicePoints).list({ near: XUHUI, limit: 10, cursor: api.nextCursor! });
    expect(shownIds(el).slice(10)).to.deep.equal(page2.data.map((p) => p.id));
  });

  it('filters by type and amenity (rest_station + microwave), then by "open now"', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client);
    const type = $<HTMLSelectElement>(el, '#sp-type')!;
    type.value = 'rest_station';
    type.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(el, '[aria-controls="sp-amenities"]')!.click();
    await el.updateComplete;
    check(el, 'sp-amenity-microwave');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await submitFilters(el);
    const api = await use(client, ServicePoints).list({ near: XUHUI, types: 'rest_station', amenities: 'microwave', limit: 10 });
    expect(api.data.length).to.be.greaterThan(0);
    expect(shownIds(el)).to.deep.equal(api.data.map((p) => p.id));
    for (const p of api.data) {
      expect(p.type).to.equal('rest_station');
      expect(p.amenities).to.include('microwave');
    }
    for (const li of $$(el, 'ul.points > li')) expect(li.textContent).to.contain('户外职工爱心接力站');
    expect($(el, '[role="status"]')!.textContent).to.match(/已显示 \d+ 个服务阵地/);
    await expect(el).to.be.accessible();

    check(el, 'sp-open-now');
    await el.updateComplete;
    await submitFilters(el);
    // Some of these stations are open 24 hours, so at any hour the list has points, and all say so.
    const open = await use(client, ServicePoints).list({
      near: XUHUI,
      types: 'rest_station',
      amenities: 'microwave',
      openAt: new Date(),
      limit: 10,
    });
    expect(open.data.length, 'the seed has stations open now').to.be.greaterThan(0);
    expect(el.state).to.equal('ready');
    expect(shownIds(el)).to.deep.equal(open.data.map((p) => p.id));
    for (const li of $$(el, 'ul.points > li')) expect(li.textContent).to.contain('营业中');
    await expect(el).to.be.accessible();

    // A combination nothing has: the empty state.
    const t2 = $<HTMLSelectElement>(el, '#sp-type')!;
    t2.value = 'legal_aid';
    t2.dispatchEvent(new Event('change'));
    check(el, 'sp-amenity-truck_parking');
    check(el, 'sp-amenity-shower');
    await el.updateComplete;
    await submitFilters(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('没有符合条件的服务阵地');
    await expect(el).to.be.accessible();
  });

  it('keeps the list it had when 筛选 fails on a poor signal, with the error and a retry that then filters', async () => {
    const net = flakyFetch();
    net.failing = false;
    const client = await createTestClient({ session: session(), locale: 'zh-CN', fetch: net.fetch });
    const el = await mount(client);
    const before = shownIds(el);
    expect(before.length).to.equal(10);
    const errors: CustomEvent[] = [];
    el.addEventListener('union-error', (e) => errors.push(e));

    // Offline, the rider narrows the list to 司机之家 and presses 筛选.
    net.failing = true;
    const type = $<HTMLSelectElement>(el, '#sp-type')!;
    type.value = 'driver_home';
    type.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(el, 'form.filters button[type="submit"]')!.click();
    await waitUntil(() => el.state === 'error', 'the failure was not noticed');
    await el.updateComplete;
    expect(shownIds(el), 'the list the rider had is still there').to.deep.equal(before);
    const notice = $(el, '[data-search-error]')!;
    expect(notice.textContent).to.contain('网络连接失败');
    expect(notice.textContent).to.contain('仍是上次的结果');
    expect($<HTMLSelectElement>(el, '#sp-type')!.value, 'the filter the rider chose is kept').to.equal('driver_home');
    expect(errors.map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
    await expect(el).to.be.accessible();

    // The signal is back: retry runs the filter the rider asked for.
    net.failing = false;
    notice.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    await waitUntil(() => el.state === 'ready' || el.state === 'empty', 'retry did not finish');
    await el.updateComplete;
    const api = await use(client, ServicePoints).list({ near: XUHUI, types: 'driver_home', limit: 10 });
    expect(shownIds(el)).to.deep.equal(api.data.map((p) => p.id));
    expect($(el, '[data-search-error]')).to.not.exist;
  });

  it('shows the amenities as a disclosure that looks like it opens and counts what is ticked', async () => {
    const el = await mount(await createTestClient({ session: session(), locale: 'zh-CN' }));
    const toggle = $<HTMLButtonElement>(el, 'button[aria-controls="sp-amenities"]')!;
    const panel = $(el, '#sp-amenities')!;
    const icon = toggle.querySelector<HTMLElement>('.disclosure-icon')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(icon.getBoundingClientRect().width, 'a visible indicator').to.be.greaterThan(4);
    const closedTurn = getComputedStyle(icon).transform;
    expect(toggle.textContent!.trim()).to.equal('需要的设施');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(getComputedStyle(icon).transform, 'the indicator turns').to.not.equal(closedTurn);
    check(el, 'sp-amenity-microwave');
    check(el, 'sp-amenity-toilet');
    await el.updateComplete;
    expect(toggle.textContent!.replace(/\s+/g, '')).to.equal('需要的设施（已选2项）');
    expect(toggle.textContent, 'Chinese brackets in Chinese text').to.not.match(/[()]/);
    await expect(el).to.be.accessible();

    // Closed again, it still says that two are ticked.
    toggle.click();
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(toggle.textContent).to.contain('已选 2 项');
    assertTouchTargets(el);
  });

  it('shows a point in detail: hours per weekday, amenities, meal offers, a tel: link', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const api = await use(client, ServicePoints).list({ near: XUHUI, types: ['canteen', 'community_dining'], limit: 20 });
    const canteen = api.data.find((p) => p.mealOffers.length > 0 && p.phone && !p.openingHours.open24Hours)!;
    expect(canteen, 'a canteen with meals near 徐汇').to.exist;
    const el = await mount(client, (w) => {
      w.position = XUHUI;
    });
    expect(await el.openPoint(canteen.id)).to.equal(true);
    await el.updateComplete;
    const detail = $(el, '[part~="detail"]')!;
    expect(active(el)).to.equal(detail.querySelector('h3'));
    expect(detail.textContent).to.contain(canteen.name);
    // Hours: every weekday by name, with each interval.
    const hours = $(el, '[part~="hours"]')!.textContent!;
    for (const day of ['周一', '周二', '周三', '周四', '周五', '周六', '周日']) expect(hours).to.contain(day);
    for (const w of canteen.openingHours.weekly) for (const iv of w.intervals) expect(hours).to.contain(`${iv.opens}–${iv.closes}`);
    // Amenities by their Chinese names.
    expect(detail.textContent).to.contain('设施');
    // Meals: title, ¥ price (¥10–15) or a free 爱心餐's daily quota, serving windows.
    for (const m of canteen.mealOffers) {
      expect(detail.textContent).to.contain(m.title);
      if (m.dailyQuota !== undefined) expect(detail.textContent).to.contain(`每天限 ${m.dailyQuota} 份`);
      else {
        expect(m.priceFen).to.be.within(1000, 1500);
        expect(detail.textContent).to.match(new RegExp(`¥${m.priceFen / 100}`.replace('.', '\\.')));
      }
      for (const w of m.windows) expect(detail.textContent).to.contain(`${w.opens}–${w.closes}`);
    }
    const tel = $<HTMLAnchorElement>(el, 'a[part~="call"]')!;
    expect(tel.getAttribute('href')).to.equal(`tel:${canteen.phone!.replace(/[^\d+]/g, '')}`);
    expect(tel.hasAttribute('target')).to.equal(false);
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });

  it('shows a free 爱心餐 with its daily quota, and an affordable home with its beds and rent, in zh-CN and en', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const client = await createTestClient({ session: session(), locale });
      const points = use(client, ServicePoints);
      const canteens = (await points.list({ types: ['canteen'], limit: 100 })).data;
      const canteen = canteens.find((p) => p.status === 'operating' && p.mealOffers.some((m) => m.dailyQuota !== undefined))!;
      const home = (await points.list({ types: ['affordable_housing'], limit: 10 })).data.find((p) => p.status === 'operating')!;
      expect(canteen, 'a canteen with a free meal').to.exist;
      expect(home, 'an affordable home').to.exist;
      const el = await mount(client, (w) => {
        w.position = XUHUI;
        w.locale = locale;
      });
      await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('lang') === locale);
      expect(await el.openPoint(canteen.id)).to.equal(true);
      await el.updateComplete;
      const free = canteen.mealOffers.find((m) => m.dailyQuota !== undefined)!;
      expect(free.priceFen).to.equal(0);
      expect($(el, '[part~="detail"]')!.textContent).to.contain(locale === 'en' ? `${free.dailyQuota} a day` : `每天限 ${free.dailyQuota} 份`);
      expect(await el.openPoint(home.id)).to.equal(true);
      await el.updateComplete;
      const detail = $(el, '[part~="detail"]')!.textContent!.replace(/\s+/g, ' ');
      expect(detail).to.contain(locale === 'en' ? 'Builders’ home / affordable rental housing' : '城市建设者之家／保障性租赁住房');
      expect(detail).to.contain(locale === 'en' ? `${home.beds} beds` : `床位 ${home.beds} 张`);
      expect(detail).to.match(new RegExp(`¥${home.monthlyRentFen! / 100}`));
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('shows a temporarily closed point with its closure, and 24-hour points as such', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const all = await allPoints(client);
    const closed = all.find((p) => p.status === 'temporarily_closed')!;
    const allDay = all.find((p) => p.status === 'operating' && p.openingHours.open24Hours)!;
    const el = await mount(client);
    await el.openPoint(closed.id);
    await el.updateComplete;
    expect(text(el)).to.contain('暂停开放');
    expect(text(el)).to.contain('临时闭站');
    expect(text(el)).to.contain(closed.openingHours.closures[0]!.reason);
    await expect(el).to.be.accessible();
    await el.openPoint(allDay.id);
    await el.updateComplete;
    expect($(el, '[part~="hours"]')!.textContent).to.contain('24 小时开放');
  });

  it('dispatches the cancelable union-navigate; a host that cancels keeps the page, otherwise the link is followed', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client);
    const point = (await use(client, ServicePoints).list({ near: XUHUI, limit: 1 })).data[0]!;
    await el.openPoint(point.id);
    await el.updateComplete;
    const start = location.href;

    // The host handles navigation itself.
    const onNavigate = (e: Event) => e.preventDefault();
    el.addEventListener('union-navigate', onNavigate);
    const navigated = oneEvent(el, 'union-navigate');
    let clickPrevented: boolean | undefined;
    const onClick = (e: Event) => {
      clickPrevented = e.defaultPrevented;
      e.preventDefault(); // never leave the test page
    };
    window.addEventListener('click', onClick);
    try {
      $<HTMLAnchorElement>(el, 'a[data-app="baidu"]')!.click();
      const event = await navigated;
      expect(event.detail).to.deep.equal({ servicePointId: point.id, app: 'baidu' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(clickPrevented, 'the widget did not follow the link').to.equal(true);
      el.removeEventListener('union-navigate', onNavigate);

      // Nobody cancels: the widget lets the browser follow the link.
      const again = oneEvent(el, 'union-navigate');
      $<HTMLAnchorElement>(el, 'a[data-app="amap"]')!.click();
      expect((await again).detail).to.deep.equal({ servicePointId: point.id, app: 'amap' });
      expect(clickPrevented, 'the link is followed').to.equal(false);
    } finally {
      window.removeEventListener('click', onClick);
      el.removeEventListener('union-navigate', onNavigate);
    }
    expect(location.href).to.equal(start);
  });

  it('falls back to the district without a position', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client, (w) => (w.district = '310104'));
    const api = await use(client, ServicePoints).list({ district: '310104', limit: 10 });
    expect(shownIds(el)).to.deep.equal(api.data.map((p) => p.id));
    for (const p of api.data) expect(p.district).to.equal('310104');
    expect(text(el)).to.contain('显示徐汇区的服务阵地');
    expect(text(el)).to.not.match(/距您/);
    expect($<HTMLSelectElement>(el, '#sp-district')!.value).to.equal('310104');
    await expect(el).to.be.accessible();

    // The worker picks another district.
    const select = $<HTMLSelectElement>(el, '#sp-district')!;
    select.value = '310151';
    select.dispatchEvent(new Event('change'));
    await submitFilters(el);
    const chongming = await use(client, ServicePoints).list({ district: '310151', limit: 10 });
    expect(shownIds(el)).to.deep.equal(chongming.data.map((p) => p.id));
    expect(text(el)).to.contain('显示崇明区的服务阵地');

    // Then the host gives a position: distance order.
    el.position = XUHUI;
    await waitUntil(() => text(el).includes('按距离由近到远排列') && el.state === 'ready');
    await settled(el);
    expect($(el, '#sp-district')).to.not.exist;
  });

  it('asks the device for its position only when the worker presses "使用我的位置", and sends it rounded', async () => {
    const urls: string[] = [];
    const fetchImpl: NonNullable<ClientOptions['fetch']> = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    let answer: 'ok' | 'denied' = 'ok';
    const geo = stubGeolocation(() => answer, { lat: 31.2304419, lng: 121.4737021 });
    try {
      const client = await createTestClient({ session: session(), locale: 'zh-CN', fetch: fetchImpl });
      const el = await mount(client, (w) => {
        w.district = '310104';
        w.useDeviceLocation = true;
      });
      expect(geo.calls(), 'not asked at import or first render').to.equal(0);
      expect(urls.some((u) => u.includes('near='))).to.equal(false);
      expect(text(el)).to.contain('约精确到 100 米');
      await expect(el).to.be.accessible();

      // Denied: said politely, the district list stays.
      answer = 'denied';
      $<HTMLButtonElement>(el, '[part~="locate"] button')!.click();
      await waitUntil(() => text(el).includes('未获得定位权限'));
      expect(text(el)).to.contain('显示徐汇区的服务阵地');

      answer = 'ok';
      $<HTMLButtonElement>(el, '[part~="locate"] button')!.click();
      await waitUntil(() => text(el).includes('按距离由近到远排列') && el.state === 'ready', 'not sorted by the device position');
      await settled(el);
      expect(geo.calls()).to.equal(2);
      const near = urls.map((u) => new URL(u).searchParams.get('near')).filter(Boolean);
      expect(near).to.deep.equal(['31.23,121.474']);
      const api = await use(client, ServicePoints).list({ near: '31.23,121.474', limit: 10 });
      expect(shownIds(el)).to.deep.equal(api.data.map((p) => p.id));
      // Never stored or put into the page's URL.
      const stored = [...Object.keys(localStorage), ...Object.keys(sessionStorage)]
        .map((k) => `${k}=${localStorage.getItem(k) ?? sessionStorage.getItem(k)}`)
        .join(' ');
      expect(stored).to.not.match(/31\.23|121\.47/);
      expect(location.href).to.not.match(/31\.23|121\.47/);
      await expect(el).to.be.accessible();
    } finally {
      geo.restore();
    }
  });

  it('goes filter → detail → navigation link with the keyboard alone', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client);
    // Type: the first choice after "全部类型" is 户外职工爱心接力站.
    $<HTMLSelectElement>(el, '#sp-type')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#sp-type')!.value).to.equal('rest_station');
    // Amenities: open the disclosure, tick 微波炉.
    await tabTo(el, (a) => a.getAttribute('aria-controls') === 'sp-amenities', 'the amenities');
    await sendKeys({ press: 'Enter' });
    await tabTo(el, (a) => a.id === 'sp-amenity-microwave', 'microwave');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#sp-amenity-microwave')!.checked).to.equal(true);
    await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'the filter button');
    await sendKeys({ press: 'Enter' });
    const api = await use(client, ServicePoints).list({ near: XUHUI, types: 'rest_station', amenities: 'microwave', limit: 10 });
    await waitUntil(() => el.state === 'ready' && shownIds(el).join() === api.data.map((p) => p.id).join(), 'filter not applied');
    // First point → detail.
    await tabTo(el, (a) => a.classList.contains('item-link'), 'the first point');
    await sendKeys({ press: 'Enter' });
    // The detail comes in its own chunk; focus moves to its heading once it is there.
    await waitUntil(() => el.view === 'detail' && active(el)?.id === 'sp-detail-title', 'focus did not move to the detail heading');
    await expect(el).to.be.accessible();
    // Navigation link, followed with Enter; the host handles it.
    const link = await tabTo(el, (a) => a.getAttribute('part') === 'nav-link', 'a navigation link');
    expect(link.dataset['app']).to.equal('amap');
    const handled = (e: Event) => e.preventDefault();
    el.addEventListener('union-navigate', handled);
    const navigated = oneEvent(el, 'union-navigate');
    const start = location.href;
    await sendKeys({ press: 'Enter' });
    expect((await navigated).detail).to.deep.equal({ servicePointId: api.data[0]!.id, app: 'amap' });
    el.removeEventListener('union-navigate', handled);
    expect(location.href).to.equal(start);
  });

  it('speaks English: list, distance, weekdays, navigation', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client, (w) => {
      w.position = XUHUI;
      w.locale = 'en';
    });
    await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('lang') === 'en');
    expect(text(el)).to.contain('Nearest first');
    expect(text(el)).to.match(/[\d.,]+ (m|km) away/);
    await expect(el).to.be.accessible();
    const point = (await use(client, ServicePoints).list({ near: XUHUI, types: 'canteen', limit: 1 })).data[0]!;
    await el.openPoint(point.id);
    await el.updateComplete;
    expect(text(el)).to.contain('Opening hours');
    expect(text(el)).to.match(/Mon|Open 24 hours/);
    expect(text(el)).to.contain('Cycling route in Amap');
    expect(text(el)).to.contain('Discounted meals');
    await expect(el).to.be.accessible();
  });
});
