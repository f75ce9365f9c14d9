/**
 * What a rider met (issue 6): no dead end at a members-only event, leaving a waitlist said as what it
 * is, nothing about registrations told to the platform, success and error told apart by colour,
 * Chinese punctuation in Chinese text.
 */
import { expect } from '@open-wc/testing';
import type { EventCategory } from '@unionkit/sdk/types';
import '../define/event-signup.js';
import { UNION_EVENT_NAMES } from '../events/index.js';
import { mountWidget, settled } from '../internal/testing/common-suite.js';
import {
  ASCII_PUNCTUATION_IN_CHINESE,
  headingOf,
  hostEvents,
  shadowOf,
  textOf,
  waitFor,
} from '../internal/testing/dom.js';
import { makeMember } from '../internal/testing/member.js';
import { createTestClient, type SessionParams } from '../internal/testing/session.js';

const TAG = 'union-event-signup';
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadowOf(el).querySelector<T>(selector);

function session(extra: SessionParams = {}): SessionParams {
  return { workerRef: `evt-${crypto.randomUUID()}`, components: ['events'], ...extra };
}

async function openEvent(el: Element, category: EventCategory, eventId: string): Promise<void> {
  const select = q<HTMLSelectElement>(el, '#category')!;
  select.value = category;
  select.dispatchEvent(new Event('change'));
  (await waitFor(() => q<HTMLButtonElement>(el, `[data-event="${eventId}"] button[part~="details"]`))).click();
  await waitFor(() => q(el, '[part~="detail"]'));
}

async function openMine(el: Element): Promise<void> {
  q<HTMLButtonElement>(el, 'button[part~="tab"]:not([aria-selected="true"])')!.click();
  await waitFor(() => headingOf(el) === '我的报名' && q(el, '[part~="registration"]'));
}

describe('<union-event-signup>: no dead ends, nothing told to the platform', function () {
  this.timeout(30000);

  it('signing up and cancelling tells the host page nothing about the registration', async () => {
    const names = [...UNION_EVENT_NAMES, 'union-event-registered', 'union-event-registration-cancelled'];
    const events = hostEvents(names);
    try {
      const el = await mountWidget(TAG, await createTestClient({ session: session() }));
      await settled(el);
      await openEvent(el, 'legal', 'evt_open');
      q<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
      await waitFor(() => textOf(q(el, '[data-result-heading]')) === '报名成功');
      q<HTMLButtonElement>(el, 'button[part~="cancel"]')!.click();
      await el.updateComplete;
      q<HTMLButtonElement>(el, 'button[part~="cancel-yes"]')!.click();
      await waitFor(() => textOf(q(el, '[part~="notice"]')).includes('已取消报名'));
      expect(events.got.map((e) => e.type)).to.deep.equal(['union-ready']);
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
      expect(q(el, '[part~="detail"] [part~="members-only"]')).to.exist;
      const signUp = await waitFor(() => q(el, '[part~="sign-up"][data-members-only="join"]'));
      expect(textOf(signUp)).to.contain('此活动仅限工会会员参加');
      expect(textOf(signUp)).to.contain('入会');
      expect(q(el, 'button[part~="register"]'), 'no 报名 that can only fail').to.not.exist;
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
    const register = await waitFor(() => q<HTMLButtonElement>(el, 'button[part~="register"]'));
    expect(q(el, 'button[part~="join"]')).to.not.exist;
    register.click();
    await waitFor(() => textOf(q(el, '[data-result-heading]')) === '报名成功');
    expect((await client.events.listRegistrations()).data.map((r) => [r.eventId, r.status])).to.deep.equal([
      ['evt_members_only', 'confirmed'],
    ]);
  });

  it('leaving a waitlist says the worker gives up a waiting position, not that a place is freed', async () => {
    const client = await createTestClient({ session: session() });
    const waiting = await client.events.register('evt_full_waitlist');
    expect(waiting.status).to.equal('waitlisted');
    const position = waiting.waitlistPosition!;
    const confirmed = await client.events.register('evt_open');
    expect(confirmed.status).to.equal('confirmed');
    const el = await mountWidget(TAG, client);
    await settled(el);
    await openMine(el);

    // A confirmed place: cancelling frees it for someone else.
    q<HTMLButtonElement>(el, `[data-registration="${confirmed.id}"] button[part~="cancel"]`)!.click();
    const placeQuestion = await waitFor(() => q(el, '[data-cancel-question]'));
    expect(textOf(placeQuestion)).to.contain('名额将让给其他职工');
    q<HTMLButtonElement>(el, 'button[part~="cancel-no"]')!.click();
    await el.updateComplete;

    // A waitlist place: no place to free; the button, the question and the announcement say so.
    const leave = q<HTMLButtonElement>(el, `[data-registration="${waiting.id}"] button[part~="cancel"]`)!;
    expect(textOf(leave)).to.equal('退出候补');
    leave.click();
    const question = await waitFor(() => q(el, '[data-cancel-question]'));
    expect(textOf(question)).to.contain('退出');
    expect(textOf(question)).to.contain(`候补第 ${position} 位`);
    expect(textOf(question)).to.not.contain('名额');
    expect(textOf(q(el, 'button[part~="cancel-yes"]'))).to.equal('确定退出候补');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, 'button[part~="cancel-yes"]')!.click();
    const notice = await waitFor(() => q(el, '[part~="notice"]'));
    expect(textOf(notice)).to.contain('已退出');
    expect(textOf(notice)).to.contain('候补');
    expect(textOf(notice)).to.not.contain('名额');
    expect(textOf(q(el, '[role="status"]'))).to.contain('已退出');
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
    q<HTMLButtonElement>(el, 'button[part~="register"]')!.click();
    const error = await waitFor(() => q(el, '[part~="sign-up"] [part~="error-state"]'));
    expect(getComputedStyle(error).borderLeftColor).to.equal('rgb(170, 0, 0)');
    expect(getComputedStyle(error.querySelector('.message')!).color).to.equal('rgb(170, 0, 0)');
    failing = false;
    error.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
    const result = await waitFor(() => q(el, '[part~="result"]'));
    expect(getComputedStyle(result).borderLeftColor).to.equal('rgb(0, 128, 0)');
  });

  it('writes Chinese punctuation in Chinese text in every view', async () => {
    const client = await createTestClient({ session: session() });
    const waiting = await client.events.register('evt_full_waitlist');
    const el = await mountWidget(TAG, client);
    await settled(el);
    const views: string[] = [textOf(q(el, '[part~="base"]'))];
    await openEvent(el, 'skills', 'evt_members_only');
    await waitFor(() => q(el, '[part~="sign-up"]'));
    views.push(textOf(q(el, '[part~="base"]')));
    await openMine(el);
    q<HTMLButtonElement>(el, 'button[part~="cancel"]')!.click();
    await waitFor(() => q(el, '[data-cancel-question]'));
    views.push(textOf(q(el, '[part~="base"]')));
    for (const view of views) expect(view).to.not.match(ASCII_PUNCTUATION_IN_CHINESE);
    await client.events.cancelRegistration(waiting.id);
  });
});
