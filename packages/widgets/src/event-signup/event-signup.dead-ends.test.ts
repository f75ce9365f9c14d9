/**
 * What a rider met (issue 6): no dead end at a members-only event, leaving a waitlist said as what it
 * is, nothing about registrations told to the platform, success and error told apart by colour,
 * Chinese punctuation in Chinese text.
 */
import { expect } from '@open-wc/testing';
import { UNION_EVENT_NAMES } from '../events/index.js';
import { mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, ASCII_PUNCTUATION_IN_CHINESE, headingOf, hostEvents, root, textOf, waitFor } from '../internal/testing/dom.js';
import { openEvent, openMine, session, TAG } from '../internal/testing/event-signup.js';
import { makeMember } from '../internal/testing/member.js';
import { createTestClient } from '../internal/testing/session.js';

describe('<union-event-signup>: no dead ends, nothing told to the platform', function () {
  this.timeout(30000);

  it('signing up and cancelling tells the host page nothing about the registration', async () => {
    const names = [...UNION_EVENT_NAMES, 'union-event-registered', 'union-event-registration-cancelled'];
    const events = hostEvents(names);
    try {
      const el = await mountWidget(TAG, await createTestClient({ session: session() }));
      await settled(el);
      await openEvent(el, 'legal', 'evt_open');
      $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
      await waitFor(() => textOf($(el, '[data-result-heading]')) === '报名成功');
      $<HTMLButtonElement>(el, 'button[part~="cancel"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button[part~="cancel-yes"]')!.click();
      await waitFor(() => textOf($(el, '[part~="notice"]')).includes('已取消报名'));
      // union-view-changed says only whether back() can step back, nothing of a registration
      expect(events.got.map((e) => e.type).filter((t) => t !== 'union-view-changed')).to.deep.equal(['union-ready']);
    } finally {
      events.stop();
    }
  });

  it('a non-member sees "members only" before any tap and is offered 去入会 (a join request to the host), never 报名', async () => {
    const client = await createTestClient({ session: session() });
    const events = hostEvents([...UNION_EVENT_NAMES]);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await openEvent(el, 'skills', 'evt_members_only');
      // The card said it in the list already; the detail says it, and what to do.
      expect($(el, '[part~="detail"] [part~="members-only"]')).to.exist;
      const signUp = await waitFor(() => $(el, '[part~="sign-up"][data-members-only="join"]'));
      expect(textOf(signUp)).to.contain('此活动仅限工会会员参加');
      expect(textOf(signUp)).to.contain('入会');
      expect($(el, 'button[part~="register"]'), 'no 报名 that can only fail').to.not.exist;
      await expect(el).to.be.accessible();

      const join = signUp.querySelector<HTMLButtonElement>('button[part~="join"]')!;
      expect(textOf(join)).to.equal('去入会');
      join.click();
      const event = await waitFor(() => events.of('union-join-requested')[0]);
      expect(event.bubbles && event.composed).to.equal(true);
      // A request the host acts on: why, and nothing about the event the worker looked at.
      expect(event.detail).to.deep.equal({ reason: 'not_a_member' });
      expect(events.of('union-error')).to.have.length(0);
      expect((await client.events.listRegistrations()).data).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('a member signs up for the members-only event', async () => {
    const client = await createTestClient({ session: session({ components: ['events', 'membership'] }) });
    await makeMember(client);
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openEvent(el, 'skills', 'evt_members_only');
    const register = await waitFor(() => $<HTMLButtonElement>(el, 'button[part~="register"]'));
    expect($(el, 'button[part~="join"]')).to.not.exist;
    register.click();
    await waitFor(() => textOf($(el, '[data-result-heading]')) === '报名成功');
    expect((await client.events.listRegistrations()).data.map((r) => [r.eventId, r.status])).to.deep.equal([
      ['evt_members_only', 'confirmed'],
    ]);
  });

  it('leaving a waitlist says the worker gives up a waiting position, not that a place is freed', async () => {
    const client = await createTestClient({ session: session() });
    const waiting = await client.events.register('evt_full_waitlist');
    expect(waiting.status).to.equal('waitlisted');
    // The first of this file to join, in a sandbox of its own: behind the seed's 3, whatever else runs
    // (event-signup.test.ts asserts the same for its own sandbox).
    expect(waiting.waitlistPosition).to.equal(4);
    const position = waiting.waitlistPosition!;
    const confirmed = await client.events.register('evt_open');
    expect(confirmed.status).to.equal('confirmed');
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openMine(el);

    // A confirmed place: cancelling frees it for someone else.
    $<HTMLButtonElement>(el, `[data-registration="${confirmed.id}"] button[part~="cancel"]`)!.click();
    const placeQuestion = await waitFor(() => $(el, '[data-cancel-question]'));
    expect(textOf(placeQuestion)).to.contain('名额将让给其他职工');
    $<HTMLButtonElement>(el, 'button[part~="cancel-no"]')!.click();
    await el.updateComplete;

    // A waitlist place: no place to free; the button, the question and the announcement say so.
    const leave = $<HTMLButtonElement>(el, `[data-registration="${waiting.id}"] button[part~="cancel"]`)!;
    expect(textOf(leave)).to.equal('退出候补');
    leave.click();
    const question = await waitFor(() => $(el, '[data-cancel-question]'));
    expect(textOf(question)).to.contain('退出');
    expect(textOf(question)).to.contain(`候补第 ${position} 位`);
    expect(textOf(question)).to.not.contain('名额');
    expect(textOf($(el, 'button[part~="cancel-yes"]'))).to.equal('确定退出候补');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'button[part~="cancel-yes"]')!.click();
    const notice = await waitFor(() => $(el, '[part~="notice"]'));
    expect(textOf(notice)).to.contain('已退出');
    expect(textOf(notice)).to.contain('候补');
    expect(textOf(notice)).to.not.contain('名额');
    expect(textOf($(el, '[role="status"]'))).to.contain('已退出');
    expect((await client.events.listRegistrations()).data.find((r) => r.id === waiting.id)!.status).to.equal('cancelled');
  });

  it('colours success with --union-color-success and errors with --union-color-danger, never the same', async () => {
    let failing = false;
    const client = await createTestClient({
      session: session(),
      fetch: (input, init) =>
        failing && input.method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : globalThis.fetch(input, init),
    });
    const el = await mountWidget(TAG, client, (w) => {
      w.style.setProperty('--union-color-success', 'rgb(0, 128, 0)');
      w.style.setProperty('--union-color-danger', 'rgb(170, 0, 0)');
      w.style.setProperty('--union-color-primary', 'rgb(200, 16, 46)');
    });
    await settled(el);
    await openEvent(el, 'legal', 'evt_open');
    failing = true;
    $<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    const error = await waitFor(() => $(el, '[part~="sign-up"] [part~="error-state"]'));
    expect(getComputedStyle(error).borderLeftColor).to.equal('rgb(170, 0, 0)');
    expect(getComputedStyle(error.querySelector('.message')!).color).to.equal('rgb(170, 0, 0)');
    failing = false;
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    const result = await waitFor(() => $(el, '[part~="result"]'));
    expect(getComputedStyle(result).borderLeftColor).to.equal('rgb(0, 128, 0)');
  });

  it('writes Chinese punctuation in Chinese text in every view', async () => {
    const client = await createTestClient({ session: session() });
    const waiting = await client.events.register('evt_full_waitlist');
    // The earlier test left this waitlist; this worker stays on it. Behind the seed's 3 in this file's
    // own sandbox: had another file (event-signup.test.ts joins and stays too) or an earlier run used
    // it, one of the two would be fifth.
    expect(waiting.waitlistPosition).to.equal(4);
    const el = await mountWidget(TAG, client);
    await settled(el);
    const views: string[] = [textOf($(el, '[part~="base"]'))];
    await openEvent(el, 'skills', 'evt_members_only');
    await waitFor(() => $(el, '[part~="sign-up"]'));
    views.push(textOf($(el, '[part~="base"]')));
    await openMine(el);
    $<HTMLButtonElement>(el, 'button[part~="cancel"]')!.click();
    await waitFor(() => $(el, '[data-cancel-question]'));
    views.push(textOf($(el, '[part~="base"]')));
    for (const view of views) expect(view).to.not.match(ASCII_PUNCTUATION_IN_CHINESE);
  });
});
