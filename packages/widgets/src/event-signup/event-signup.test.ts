import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventCategory } from '@unionkit/sdk/types';
import type { UnionElement } from '../internal/base.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, runCommonWidgetSuite, settled } from '../internal/testing/common-suite.js';
import { $, headingOf, hostEvents, isButton, root, tabTo, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { filterCategory, openEvent, session, signedUp, TAG } from '../internal/testing/event-signup.js';
import { createTestClient, losesFirstAnswer } from '../internal/testing/session.js';
import { tapLink } from '../internal/testing/open-url.js';
import type { UnionOpenUrlDetail } from '../internal/controllers/open-url.js';

runCommonWidgetSuite(TAG, {
  tag: TAG,
  session: { components: ['events'] },
  // The widget never asks for a name, ID number or mobile; its main flow runs under the sentinel watch.
  exercise: async (el) => {
    await openEvent(el, 'legal', 'evt_open');
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    await signedUp(el, '报名成功');
    $<HTMLButtonElement>(el, 'button[part~="calendar"]')!.click();
    await waitFor(() => $(el, 'a[part~="calendar-link"]'));
    $<HTMLButtonElement>(el, 'button[part~="cancel"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[part~="cancel-yes"]')!.click();
    await waitFor(() => $(el, '[part~="notice"]'));
  },
});

describe('<union-event-signup>', function () {
  this.timeout(30000);

  it('lists events with category, Shanghai time, venue, places left and badges, and loads more by cursor', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }));
    expect(await settled(el)).to.equal('ready');
    const cards = () => root(el).querySelectorAll('[part~="event"]');
    expect(cards().length).to.equal(10);
    const first = textOf(cards()[0]!);
    expect(first).to.match(/\d{4}年\d+月\d+日 \d{2}:\d{2}–\d{2}:\d{2}/);
    expect(first).to.match(/(剩余 \d+ 个名额|已满，可候补|名额已满|开始报名|报名已截止)/);
    await expect(el).to.be.accessible();

    const more = $<HTMLButtonElement>(el, 'button[part~="load-more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards().length === 20, 'second page did not load');
    // Focus goes to the first newly loaded event, and the count is announced.
    expect(root(el).activeElement).to.equal(cards()[10]!.querySelector('button[part~="details"]'));
    expect(textOf($(el, '[role="status"]'))).to.contain('又加载了 10 个活动');
    const ids = [...cards()].map((c) => c.getAttribute('data-event'));
    expect(new Set(ids).size).to.equal(20);
    assertNoHorizontalOverflow(el);
    await expect(el).to.be.accessible();
  });

  it('filters by category and by "this week"', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }));
    await settled(el);
    await filterCategory(el, 'matchmaking');
    const categories = [...root(el).querySelectorAll('[part~="event"] [part~="category"]')].map(textOf);
    expect(categories.length).to.be.greaterThan(0);
    expect(new Set(categories)).to.deep.equal(new Set(['交友联谊']));
    expect($(el, '[data-event="evt_full_waitlist"] [part~="availability"]')!.textContent).to.contain('已满，可候补');
    expect(textOf($(el, '[role="status"]'))).to.match(/找到 \d+ 个活动/);

    const when = $<HTMLSelectElement>(el, '#when')!;
    when.value = 'week';
    when.dispatchEvent(new Event('change'));
    await waitUntil(() => el.state !== 'loading');
    await el.updateComplete;
    // Listed: exactly the matchmaking events that start by this Sunday, Shanghai time.
    const shanghaiDate = (t: string | Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(t));
    const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
      new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(new Date()),
    );
    const sunday = new Date(`${shanghaiDate(new Date())}T00:00:00Z`);
    sunday.setUTCDate(sunday.getUTCDate() + 6 - weekday);
    const client = await createTestClient({ session: session() });
    const upcoming = await client.events.list({ category: 'matchmaking', limit: 100 });
    const thisWeek = upcoming.data.filter((e) => shanghaiDate(e.startsAt) <= sunday.toISOString().slice(0, 10)).map((e) => e.id);
    const shown = [...root(el).querySelectorAll('[part~="event"]')].map((c) => c.getAttribute('data-event')!);
    expect(shown).to.deep.equal(thisWeek);
    expect(el.state).to.equal(thisWeek.length > 0 ? 'ready' : 'empty');
    await expect(el).to.be.accessible();

    when.value = 'custom';
    when.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const from = $<HTMLInputElement>(el, '#from')!;
    const to = $<HTMLInputElement>(el, '#to')!;
    from.value = '2030-05-10';
    from.dispatchEvent(new InputEvent('input'));
    to.value = '2030-05-01';
    to.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf($(el, '#to-error'))).to.equal('结束日期不能早于开始日期');
    await expect(el).to.be.accessible();

    // Dates with no event at all (the calendar runs 60 days ahead): the empty state says so.
    from.value = '2099-05-01';
    from.dispatchEvent(new InputEvent('input'));
    to.value = '2099-05-10';
    to.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => el.state === 'empty', 'no empty state for dates without events');
    await el.updateComplete;
    expect(textOf($(el, '[part~="empty"]'))).to.equal('暂时没有符合条件的活动，换个类别或时间看看。');
    expect(root(el).querySelectorAll('[part~="event"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('signs up for evt_open with the keyboard alone: confirmed', async () => {
    const client = await createTestClient({ session: session() });
    const events = hostEvents(['union-error']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      // Category: Tab to the select, ArrowDown from "全部类别" to "法治护航".
      await tabTo(el, (a) => a.id === 'category', 'the category select');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => $<HTMLSelectElement>(el, '#category')!.value === 'legal');
      await waitUntil(() => el.state === 'ready' && $(el, '[data-event="evt_open"]') !== null);

      await tabTo(el, (a) => a.matches('button[part~="details"]') && a.closest('[data-event="evt_open"]') !== null, 'evt_open');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => $(el, '[part~="detail"]'));
      expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
      expect(headingOf(el)).to.match(/^新就业形态劳动者法律服务专场/);
      const detail = textOf($(el, '[part~="detail"]'));
      expect(detail).to.match(/剩余 \d+ 个名额/);
      expect(detail).to.contain('共 50 个名额');
      expect(detail).to.contain('徐汇区');
      await expect(el).to.be.accessible();

      await tabTo(el, isButton('报名'), '报名');
      await sendKeys({ press: 'Enter' });

      await waitUntil(() => root(el).activeElement?.hasAttribute('data-result-heading'));
      expect(textOf(root(el).activeElement)).to.equal('报名成功');
      expect(textOf($(el, '[role="status"]'))).to.contain('报名成功');
      await expect(el).to.be.accessible();
      const api = await client.events.listRegistrations();
      expect(api.data.map((r) => [r.eventId, r.status])).to.deep.equal([['evt_open', 'confirmed']]);
      expect(events.of('union-error')).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('puts the worker on the waitlist of evt_full_waitlist behind those already waiting (3 in the seed)', async () => {
    const client = await createTestClient({ session: session() });
    // This file's sandbox is its own and fresh (no other file, nor an earlier run, joined this
    // waitlist; event-signup.dead-ends.test.ts asserts the same for its own): 3 wait in the seed.
    const ahead = (await client.events.retrieve('evt_full_waitlist')).waitlistCount;
    expect(ahead).to.equal(3);
    const position = 4;
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openEvent(el, 'matchmaking', 'evt_full_waitlist');
    const button = $<HTMLButtonElement>(el, 'button[part~="register"]')!;
    expect(textOf(button)).to.equal('排队候补');
    expect(textOf($(el, '#sign-up-explain'))).to.contain(`${ahead} 人在候补`);
    expect(button.getAttribute('aria-describedby')).to.equal('sign-up-explain');
    button.click();
    await waitUntil(() => root(el).activeElement?.hasAttribute('data-result-heading'));
    const [registration] = (await client.events.listRegistrations()).data;
    expect(registration).to.include({ eventId: 'evt_full_waitlist', status: 'waitlisted' });
    expect(textOf(root(el).activeElement)).to.equal('已加入候补');
    expect(textOf($(el, '[part~="waitlist-position"]'))).to.equal(`候补第 ${position} 位`);
    expect(textOf($(el, '[part~="result"]'))).to.contain(`您排在候补第 ${position} 位`);
    await expect(el).to.be.accessible();

    // "我的报名" joins the registration with the event's title and shows the position.
    $<HTMLButtonElement>(el, 'button[part~="tab"]:not([aria-selected="true"])')!.click();
    const row = await waitFor(() => $(el, `[data-registration="${registration!.id}"]`));
    expect(headingOf(el)).to.equal('我的报名');
    expect(textOf(row)).to.contain('小哥相亲会');
    expect(textOf(row)).to.contain('候补中');
    expect(textOf(row)).to.contain(`候补第 ${position} 位`);
    await expect(el).to.be.accessible();
  });

  it('cancels a confirmed registration from "my registrations" after a confirmation', async () => {
    const client = await createTestClient({ session: session() });
    const mine = await client.events.register('evt_open');
    expect(mine.status).to.equal('confirmed');
    {
      const el = await mountWidget(TAG, client);
      await settled(el);
      $<HTMLButtonElement>(el, 'button[part~="tab"]:not([aria-selected="true"])')!.click();
      const row = await waitFor(() => $(el, `[data-registration="${mine.id}"]`));
      expect(textOf(row)).to.contain('新就业形态劳动者法律服务专场');
      expect(textOf(row)).to.contain('报名成功');
      const cancel = row.querySelector<HTMLButtonElement>('button[part~="cancel"]')!;
      expect(cancel.getAttribute('aria-label')).to.match(/^取消报名：新就业形态劳动者法律服务专场/);
      cancel.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.hasAttribute('data-cancel-question'));
      expect(textOf(root(el).activeElement)).to.contain('确定取消报名');
      await expect(el).to.be.accessible();
      await tabTo(el, isButton('确定取消'), '确定取消');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf($(el, `[data-registration="${mine.id}"] [part~="status"]`)) === '已取消');
      expect(textOf($(el, '[part~="notice"]'))).to.contain('已取消报名');
      expect($(el, `[data-registration="${mine.id}"] button[part~="cancel"]`)).to.not.exist;
      expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
      expect((await client.events.listRegistrations()).data[0]!.status).to.equal('cancelled');
      await expect(el).to.be.accessible();
    }
  });

  it('shows a promotion off the waitlist in "my registrations"', async () => {
    const other = await createTestClient({ session: session() });
    const taken = await other.events.register('evt_last_place');
    expect(taken.status).to.equal('confirmed');
    const client = await createTestClient({ session: session() });
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openEvent(el, 'health', 'evt_last_place');
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    await signedUp(el, '已加入候补');
    const [registration] = (await client.events.listRegistrations()).data;
    expect(registration!.status).to.equal('waitlisted');
    await other.events.cancelRegistration(taken.id);

    $<HTMLButtonElement>(el, 'button[part~="tab"]:not([aria-selected="true"])')!.click();
    const row = await waitFor(() => $(el, `[data-registration="${registration!.id}"]`));
    expect(textOf(row.querySelector('[part~="status"]'))).to.equal('报名成功');
    expect(textOf(row.querySelector('[part~="promoted"]'))).to.equal('已从候补转为报名成功');
    await expect(el).to.be.accessible();
  });

  it('when membership cannot be read, a members_only refusal turns the sign-up into 去入会 and registers nothing', async () => {
    const client = await createTestClient({
      session: session(),
      fetch: (input, init) =>
        new URL(input.url).pathname.endsWith('/membership') ? Promise.reject(new TypeError('Failed to fetch')) : globalThis.fetch(input, init),
    });
    const events = hostEvents(['union-error']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await openEvent(el, 'skills', 'evt_members_only');
      expect($(el, '[part~="detail"] [part~="members-only"]')).to.exist;
      expect(textOf($(el, '[part~="sign-up"]'))).to.contain('此活动仅限工会会员参加。');
      $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
      const join = await waitFor(() => $(el, '[part~="sign-up"][data-members-only="join"] button[part~="join"]'));
      expect(textOf(join)).to.equal('去入会');
      expect($(el, 'button[part~="register"]')).to.not.exist;
      expect(events.of('union-error').map((e) => e.detail)).to.deep.equal([{ code: 'members_only', retryable: false }]);
      expect((await client.events.listRegistrations()).data).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      events.stop();
    }
  });

  it('disables sign-up with an explanation when full without waitlist, not yet open or closed', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }));
    await settled(el);
    const cases: Array<[EventCategory, string, RegExp]> = [
      ['family', 'evt_full_no_waitlist', /不设候补/],
      ['culture', 'evt_registration_not_open', /报名将于 .+ 开始/],
      ['sport', 'evt_registration_closed', /报名时间已过/],
    ];
    for (const [category, id, why] of cases) {
      $<HTMLButtonElement>(el, 'button[part~="back"]')?.click();
      await el.updateComplete;
      await openEvent(el, category, id);
      const button = $<HTMLButtonElement>(el, 'button[part~="register"]')!;
      expect(button.disabled, `${id} disabled`).to.equal(true);
      expect(textOf($(el, '#sign-up-explain'))).to.match(why);
      expect(button.getAttribute('aria-describedby')).to.equal('sign-up-explain');
      await expect(el).to.be.accessible();
    }
  });

  it('retries a sign-up whose response was lost with the same idempotency key: exactly one registration', async () => {
    const net = losesFirstAnswer(/\/events\/[^/]+\/registrations$/);
    const client = await createTestClient({ session: session(), fetch: net.fetch });
    const events = hostEvents(['union-error']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await openEvent(el, 'legal', 'evt_open');
      $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
      const error = await waitFor(() => $(el, '[part~="sign-up"] [part~="error-state"]'));
      expect(textOf(error)).to.contain('网络连接失败');
      expect(textOf($(el, '[role="alert"]'))).to.contain('网络连接失败');
      expect(events.of('union-error').map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
      assertTouchTargets(el);
      await expect(el).to.be.accessible();

      error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await signedUp(el, '报名成功');
      expect(net.keys).to.have.length(2);
      expect(net.keys[0]).to.be.a('string');
      expect(net.keys[1]).to.equal(net.keys[0]);
      const all = (await client.events.listRegistrations()).data;
      expect(all.filter((r) => r.eventId === 'evt_open')).to.have.length(1);
      expect(all[0]!.status).to.equal('confirmed');
    } finally {
      events.stop();
    }
  });

  it('offers the event as an .ics download from a blob: URL, revoked after use', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }));
    await settled(el);
    await openEvent(el, 'legal', 'evt_open');
    const opened: unknown[] = [];
    const originalOpen = window.open;
    window.open = (...args: unknown[]) => (opened.push(args), null);
    try {
      $<HTMLButtonElement>(el, 'button[part~="calendar"]')!.click();
      const link = await waitFor(() => $<HTMLAnchorElement>(el, 'a[part~="calendar-link"]'));
      expect(root(el).activeElement).to.equal(link);
      expect(link.href).to.match(/^blob:/);
      expect(link.getAttribute('download')).to.equal('evt_open.ics');
      expect(link.hasAttribute('target')).to.equal(false);
      const ics = await (await fetch(link.href)).text();
      expect(ics.startsWith('BEGIN:VCALENDAR')).to.equal(true);
      expect(ics).to.contain('UID:evt_open@');
      expect(textOf($(el, '[role="status"]'))).to.contain('日历文件已准备好');
      await expect(el).to.be.accessible();

      // The worker opens it (the test stops the actual download); then the URL is let go.
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      link.click();
      await waitUntil(() => !$(el, 'a[part~="calendar-link"]'), 'the link stays', { timeout: 5000 });
      let revoked = false;
      await fetch(link.href).catch(() => (revoked = true));
      expect(revoked, 'blob URL revoked').to.equal(true);
      expect($(el, 'button[part~="calendar"]')).to.exist;
      expect(opened).to.have.length(0);
    } finally {
      window.open = originalOpen;
    }
  });

  it("a native app takes the calendar over: union-open-url carries the .ics text and the event's fields; left alone, the browser downloads it", async () => {
    const client = await createTestClient({ session: session() });
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openEvent(el, 'legal', 'evt_open');
    $<HTMLButtonElement>(el, 'button[part~="calendar"]')!.click();
    const link = await waitFor(() => $<HTMLAnchorElement>(el, 'a[part~="calendar-link"]'));
    const ics = await (await fetch(link.href)).text();
    const ev = await client.events.retrieve('evt_open');
    const taken = tapLink(link, true);
    expect(taken.navigated, 'the app opens its own calendar sheet').to.equal(false);
    expect(taken.heard).to.have.length(1);
    const d = taken.heard[0] as Extract<UnionOpenUrlDetail, { kind: 'calendar' }>;
    expect(d).to.include({ kind: 'calendar', url: link.href, filename: 'evt_open.ics', ics, title: ev.title, timeZone: 'Asia/Shanghai' });
    expect(d).to.include({ location: ev.venue.name, address: ev.venue.address, description: ev.description });
    // ISO 8601 with the +08:00 offset, the same instants as the file's DTSTART and DTEND (Shanghai time)
    for (const [field, prop, iso] of [['start', 'DTSTART', ev.startsAt], ['end', 'DTEND', ev.endsAt]] as const) {
      const value = d[field];
      expect(value).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      expect(Date.parse(value)).to.equal(Date.parse(iso));
      expect(ics).to.contain(`${prop};TZID=Asia/Shanghai:${value.slice(0, 19).replace(/[-:]/g, '')}`);
    }
    const left = tapLink(link, false);
    expect(left.heard).to.have.length(1);
    expect(left.navigated, 'a host that does not take it leaves the download to the browser').to.equal(true);
  });

  it('speaks English in the list, the detail and the result', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }), (w) => {
      (w as UnionElement).locale = 'en';
    });
    await settled(el);
    await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('lang') === 'en');
    expect(textOf($(el, '#category')?.closest('.field'))).to.contain('Category');
    await openEvent(el, 'legal', 'evt_open');
    expect(textOf($(el, '[part~="detail"] [part~="category"]'))).to.equal('Legal');
    expect(textOf($(el, '[part~="detail"] [part~="availability"]'))).to.match(/^\d+ places left$/);
    expect(textOf($(el, '[part~="detail"]'))).to.match(/50 places, \d+ left/);
    expect(textOf($(el, 'button[part~="register"]'))).to.equal('Sign up');
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    await signedUp(el, 'You are signed up');
    expect(textOf($(el, '[part~="result"]'))).to.contain('If you cannot come, please cancel');
    await expect(el).to.be.accessible();
  });
});
