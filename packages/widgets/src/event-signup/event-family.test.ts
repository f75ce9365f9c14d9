/**
 * `<union-event-signup>` for a family event: who comes along (relation and year of birth, no names)
 * before the sign-up is confirmed, checked against the event's terms with the message on the field,
 * places counted in people; and a members-only family event leading a non-member to joining.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Event as UnionEvent } from '@unionkit/sdk/types';
import { UNION_EVENT_NAMES } from '../events/index.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, $$, active, byId, headingOf, hostEvents, isButton, root, tabTo, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { filterCategory, openEvent, session, signedUp, TAG } from '../internal/testing/event-signup.js';
import { SENTINELS, watchSentinels } from '../internal/testing/sentinels.js';
import { createTestClient } from '../internal/testing/session.js';

/** A birth year that makes a child `age` in the event's year (Shanghai). */
const bornFor = (ev: UnionEvent, age: number) =>
  String(Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date(ev.startsAt))) - age);

describe('<union-event-signup>: family events and members-only events', function () {
  this.timeout(40000);

  it('registers a child for a family event with the keyboard alone; places count people; nothing reaches the host', async () => {
    const client = await createTestClient({ session: session() });
    const ev = await client.events.retrieve('evt_family');
    const year = bornFor(ev, 9);
    // The child's year of birth is watched like a name: it may go to the union API only.
    const watch = watchSentinels({ ...SENTINELS, birthYear: year } as unknown as typeof SENTINELS);
    const events = hostEvents([...UNION_EVENT_NAMES]);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await filterCategory(el, 'family');
      await tabTo(el, (a) => a.matches('button[part~="details"]') && a.closest('[data-event="evt_family"]') !== null, 'evt_family');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => $(el, '[part~="detail"]'));
      const detail = textOf($(el, '[part~="detail"]'));
      expect(detail).to.contain('最多可带 3 位家属（孩子、配偶或父母）；孩子须 4–14 岁');
      expect(detail).to.contain(`剩余 ${ev.placesLeft} 个`);

      // 报名 opens the companions step first; nothing is sent yet.
      await tabTo(el, isButton('报名'), '报名');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.hasAttribute('data-companions-heading'), 'focus on the companions heading');
      expect(textOf(active(el))).to.equal('同行家属');
      expect(textOf($(el, '[part~="party-size"]'))).to.contain('本次报名共 1 人（含您本人）');
      await expect(el).to.be.accessible();

      await tabTo(el, isButton('添加家属'), '添加家属');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'companion-0-relation', 'focus on the new companion');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => $<HTMLSelectElement>(el, '#companion-0-relation')!.value === 'child');
      await tabTo(el, byId('companion-0-birth-year'), 'the year of birth');
      await sendKeys({ type: year });
      await waitUntil(() => textOf($(el, '[part~="party-size"]')).includes('本次报名共 2 人'));
      expect(textOf($(el, '[part~="party-size"]'))).to.contain(`剩余 ${ev.placesLeft} 个名额，够您一行 2 人`);
      await expect(el).to.be.accessible();
      assertNoHorizontalOverflow(el);
      assertTouchTargets(el);
      expect((await client.events.listRegistrations()).data).to.have.length(0);

      await tabTo(el, isButton('确认报名'), '确认报名');
      await sendKeys({ press: 'Enter' });
      await signedUp(el, '报名成功');
      expect(textOf($(el, '[part~="result"] [part~="people"]'))).to.equal('共 2 人');
      await waitUntil(async () => textOf($(el, '[part~="detail"]')).includes(`剩余 ${ev.placesLeft - 2} 个`), 'places left count the party');
      await expect(el).to.be.accessible();
      const [registration] = (await client.events.listRegistrations()).data;
      expect(registration).to.deep.include({ eventId: 'evt_family', status: 'confirmed', people: 2 });
      expect(registration!.companions).to.deep.equal([{ relation: 'child', birthYear: Number(year) }]);

      // union-view-changed says only whether back() can step back, nothing of a registration
      expect(events.got.map((e) => e.type).filter((t) => t !== 'union-view-changed')).to.deep.equal(['union-ready']);
      watch.assertClean(el);
    } finally {
      events.stop();
      watch.restore();
    }
  });

  it('a child too old for the event: the message is on the field, nothing is sent or lost, and the corrected party signs up', async () => {
    const client = await createTestClient({ session: session() });
    const ev = await client.events.retrieve('evt_family_few_places');
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openEvent(el, 'family', 'evt_family_few_places');
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    await waitFor(() => $(el, '[part~="companions"]'));
    $<HTMLButtonElement>(el, 'button[part~="add-companion"]')!.click();
    await el.updateComplete;
    const relation = $<HTMLSelectElement>(el, '#companion-0-relation')!;
    relation.value = 'child';
    relation.dispatchEvent(new Event('change'));
    const input = $<HTMLInputElement>(el, '#companion-0-birth-year')!;
    input.value = bornFor(ev, 15);
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[part~="confirm-sign-up"]')!.click();

    await waitUntil(() => active(el)?.id === 'companion-0-birth-year', 'focus on the field at fault');
    const field = $<HTMLInputElement>(el, '#companion-0-birth-year')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => textOf(root(el).getElementById(id)));
    expect(described).to.include('这位孩子在活动当年 15 岁，本活动只接受 3–12 岁的孩子。');
    expect(textOf($(el, '[role="status"]'))).to.contain('请先改正标出的家属信息');
    // What the worker entered is all there, and nothing went to the API.
    expect(field.value).to.equal(bornFor(ev, 15));
    expect($<HTMLSelectElement>(el, '#companion-0-relation')!.value).to.equal('child');
    expect((await client.events.listRegistrations()).data).to.have.length(0);
    await expect(el).to.be.accessible();
    assertNoHorizontalOverflow(el);

    // Two places left: with a second child the party of 3 would wait, as the step says.
    $<HTMLButtonElement>(el, 'button[part~="add-companion"]')!.click();
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, 'button[part~="add-companion"]')!.disabled, 'at most 2 companions').to.equal(true);
    expect(textOf($(el, '[part~="party-size"]'))).to.contain('剩余 2 个名额，不够您一行 3 人：确认后全组一起排队候补');
    $<HTMLButtonElement>(el, '[data-companion="1"] button[part~="remove-companion"]')!.click();
    await el.updateComplete;

    field.value = bornFor(ev, 8);
    field.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    $<HTMLButtonElement>(el, 'button[part~="confirm-sign-up"]')!.click();
    await signedUp(el, '报名成功');
    const [registration] = (await client.events.listRegistrations()).data;
    expect(registration).to.deep.include({ eventId: 'evt_family_few_places', status: 'confirmed', people: 2 });
  });

  it('a field problem only the API found is shown on the field it names, with what was entered kept', async () => {
    // The event changed its terms since the detail was read: the API refuses what the widget allowed.
    let refuse = false;
    const problem = {
      type: 'urn:unionkit:problem:validation_failed',
      title: '请求参数有误。',
      status: 422,
      code: 'validation_failed',
      requestId: 'req_test',
      errors: [{ path: 'companions.0.birthYear', code: 'invalid_value', message: '-' }],
    };
    const client = await createTestClient({
      session: session(),
      fetch: (input, init) =>
        refuse && input.method === 'POST' && input.url.endsWith('/registrations')
          ? Promise.resolve(new Response(JSON.stringify(problem), { status: 422, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': 'req_test' } }))
          : globalThis.fetch(input, init),
    });
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openEvent(el, 'family', 'evt_family');
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    await waitFor(() => $(el, '[part~="companions"]'));
    $<HTMLButtonElement>(el, 'button[part~="add-companion"]')!.click();
    await el.updateComplete;
    const relation = $<HTMLSelectElement>(el, '#companion-0-relation')!;
    relation.value = 'parent';
    relation.dispatchEvent(new Event('change'));
    const input = $<HTMLInputElement>(el, '#companion-0-birth-year')!;
    input.value = '1958';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    refuse = true;
    $<HTMLButtonElement>(el, 'button[part~="confirm-sign-up"]')!.click();
    await waitUntil(() => $(el, '#companion-0-birth-year')?.getAttribute('aria-invalid') === 'true', 'the API’s problem on its field');
    expect(textOf(root(el).getElementById('companion-0-birth-year-error'))).to.equal('请先改正标出的家属信息，再确认报名。');
    expect($<HTMLInputElement>(el, '#companion-0-birth-year')!.value).to.equal('1958');
    await expect(el).to.be.accessible();
  });

  it('a members-only family event: 仅限会员 before the tap, and a non-member is led to joining', async () => {
    const client = await createTestClient({ session: session() });
    const events = hostEvents([...UNION_EVENT_NAMES]);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await filterCategory(el, 'family');
      const card = $(el, '[data-event="evt_family_members_only"]')!;
      expect(textOf(card.querySelector('[part~="members-only"]'))).to.equal('仅限会员');
      (card.querySelector('button[part~="details"]') as HTMLButtonElement).click();
      const signUp = await waitFor(() => $(el, '[part~="sign-up"][data-members-only="join"]'));
      expect(textOf(signUp)).to.contain('您还不是工会会员');
      expect($(el, 'button[part~="register"]')).to.not.exist;
      expect($(el, '[part~="companions"]')).to.not.exist;
      await expect(el).to.be.accessible();
      (signUp.querySelector('button[part~="join"]') as HTMLButtonElement).click();
      const join = await waitFor(() => events.of('union-join-requested')[0]);
      expect(join.detail).to.deep.equal({ reason: 'not_a_member' });
      expect((await client.events.listRegistrations()).data).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('a 403 members_only answer from the companions step leads to joining the same way', async () => {
    const client = await createTestClient({
      session: session(),
      // Membership cannot be read, so the widget does not know yet: the API tells it.
      fetch: (input, init) =>
        new URL(input.url).pathname.endsWith('/membership') ? Promise.reject(new TypeError('Failed to fetch')) : globalThis.fetch(input, init),
    });
    const ev = await client.events.retrieve('evt_family_members_only');
    const events = hostEvents([...UNION_EVENT_NAMES]);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await openEvent(el, 'family', 'evt_family_members_only');
      $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
      await waitFor(() => $(el, '[part~="companions"]'));
      $<HTMLButtonElement>(el, 'button[part~="add-companion"]')!.click();
      await el.updateComplete;
      const relation = $<HTMLSelectElement>(el, '#companion-0-relation')!;
      relation.value = 'child';
      relation.dispatchEvent(new Event('change'));
      const input = $<HTMLInputElement>(el, '#companion-0-birth-year')!;
      input.value = bornFor(ev, 7);
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button[part~="confirm-sign-up"]')!.click();

      const signUp = await waitFor(() => $(el, '[part~="sign-up"][data-members-only="join"]'));
      expect($(el, '[part~="companions"]')).to.not.exist;
      expect(events.of('union-error').map((e) => e.detail)).to.deep.equal([{ code: 'members_only', retryable: false }]);
      await expect(el).to.be.accessible();
      (signUp.querySelector('button[part~="join"]') as HTMLButtonElement).click();
      await waitFor(() => events.of('union-join-requested')[0]);
      expect($$(el, '[part~="companion"]')).to.have.length(0);
      expect(headingOf(el)).to.match(/令营/);
      expect((await client.events.listRegistrations()).data).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('speaks English in the companions step', async () => {
    const client = await createTestClient({ session: session() });
    const el = await mountWidget(TAG, client, (w) => {
      w.locale = 'en';
    });
    await settled(el);
    await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('lang') === 'en');
    await openEvent(el, 'family', 'evt_family');
    expect(textOf($(el, '[part~="detail"]'))).to.contain('Bring up to 3 family members (children, spouse or parents); children aged 4 to 14');
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    await waitFor(() => $(el, '[part~="companions"]'));
    expect(textOf($(el, '[data-companions-heading]'))).to.equal('Who is coming with you');
    $<HTMLButtonElement>(el, 'button[part~="add-companion"]')!.click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="companion"] legend'))).to.equal('Family member 1');
    expect(textOf($(el, '[part~="party-size"]'))).to.contain('2 people, you included');
    await expect(el).to.be.accessible();
  });
});
