import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UnionClient } from '@unionkit/sdk';
import '../define/insurance-enrol.js';
import type { UnionElement } from '../internal/base.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, runCommonWidgetSuite, settled } from '../internal/testing/common-suite.js';
import { createTestClient, type SessionParams } from '../internal/testing/session.js';
import type { UnionInsuranceEnrol } from './insurance-enrol.js';

const TAG = 'union-insurance-enrol';
const YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
const PLAN = {
  accident: `plan_accident_${YEAR}`,
  inpatient: `plan_inpatient_${YEAR}`,
  platformAccident: `plan_platform_accident_${YEAR}`,
  deathDisability: `plan_death_disability_${YEAR}`,
};

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: Element) => text(root(el).querySelector('h2[data-step-heading]'));
const card = (el: Element, planId: string) => root(el).querySelector<HTMLElement>(`[data-plan="${planId}"]`)!;

function session(extra: SessionParams = {}): SessionParams {
  return { workerRef: `ins-${crypto.randomUUID()}`, ...extra };
}

/** Presses Tab until the focused element in the widget matches; proves it is reachable by keyboard. */
async function tabTo(el: Element, match: (active: Element) => boolean, what: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement;
    if (active && match(active)) return active as HTMLElement;
  }
  throw new Error(`could not reach ${what} with Tab`);
}

/** Waits until `find` returns something, and returns it (`waitUntil` itself returns nothing). */
async function waitFor<T>(find: () => T | null | undefined, message = 'element did not appear', timeout = 8000): Promise<T> {
  let found: T | null | undefined;
  await waitUntil(() => (found = find()) != null && (found as unknown) !== false, message, { timeout });
  return found as T;
}

const isButton = (label: string | RegExp) => (a: Element) =>
  a.localName === 'button' && (typeof label === 'string' ? text(a) === label : label.test(text(a)));

/** Makes the session's worker an active union member through the API (SMS 000000, apply, approve). */
async function makeMember(client: UnionClient): Promise<void> {
  const mobile = '13800138000';
  const sms = await client.smsVerifications.create({ mobile });
  const confirmed = await client.smsVerifications.confirm(sms.id, { code: '000000' });
  expect(confirmed.verified).to.equal(true);
  const orgs = await client.organisations.list({ district: '310104' });
  const org = orgs.data.find((o) => o.suggested) ?? orgs.data[0]!;
  const application = await client.membership.apply({
    fullName: '张测试',
    residentIdNumber: '310104199203150418',
    mobile,
    smsVerificationId: sms.id,
    occupation: 'food_delivery_rider',
    workDistrict: '310104',
    organisationId: org.id,
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: '2026-11' },
      { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
    ],
  });
  await client.sandbox.decideMembershipApplication(application.id, { decision: 'approve' });
  const membership = await client.membership.retrieve();
  expect(membership.status).to.equal('active');
}

/** Records every `union-*` event the host receives. */
function hostEvents(names: string[]) {
  const got: CustomEvent[] = [];
  const on = (e: Event) => got.push(e as CustomEvent);
  for (const n of names) window.addEventListener(n, on);
  return {
    got,
    of: (name: string) => got.filter((e) => e.type === name),
    stop: () => names.forEach((n) => window.removeEventListener(n, on)),
  };
}

runCommonWidgetSuite(TAG, {
  tag: TAG,
  session: { components: ['insurance'], activeOrders: 10 },
  // The widget never asks for a name, ID number or mobile; its main flow (enrol, certificate, cancel)
  // runs with the sentinels watching every event, console, storage and URL.
  exercise: async (el) => {
    const enrol = await waitFor(() =>
      card(el, PLAN.platformAccident)?.querySelector<HTMLButtonElement>('button[part~="enrol"]'),
    );
    enrol.click();
    await el.updateComplete;
    const enrolled = oneEvent(el, 'union-insurance-enrolled');
    root(el).querySelector<HTMLButtonElement>('button[part~="confirm"]')!.click();
    expect((await enrolled).detail.status).to.equal('active');
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[part~="my-enrolments"]')!.click();
    const cancelButton = await waitFor(() => root(el).querySelector<HTMLButtonElement>('button[part~="cancel"]'));
    cancelButton.click();
    await el.updateComplete;
    const cancelled = oneEvent(el, 'union-insurance-cancelled');
    root(el).querySelector<HTMLButtonElement>('button[part~="cancel-yes"]')!.click();
    expect((await cancelled).detail.status).to.equal('cancelled');
  },
});

describe('<union-insurance-enrol>', function () {
  this.timeout(30000);

  it('shows every plan with benefits, contribution, who pays, what the worker pays, term and window', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    const el = await mountWidget(TAG, client);
    expect(await settled(el)).to.equal('ready');
    expect(root(el).querySelectorAll('[part~="plan"]').length).to.equal(5);

    const accident = text(card(el, PLAN.accident));
    expect(accident).to.contain('新就业形态劳动者意外伤害互助保障');
    expect(accident).to.contain('意外伤害：最高 ¥20,000');
    expect(accident).to.contain('身故及伤残：最高 ¥100,000');
    expect(accident).to.contain('¥50/年');
    expect(accident).to.contain('工会补贴');
    expect(accident).to.contain('免费');
    expect(accident).to.match(new RegExp(`保障期\\s*${YEAR}年1月1日 至 ${YEAR}年12月31日`));

    const inpatient = text(card(el, PLAN.inpatient));
    expect(inpatient).to.contain('住院津贴：每天 ¥50');
    expect(inpatient).to.contain('个人缴纳');
    expect(inpatient).to.match(/个人缴纳\s*¥30/);
    expect(text(card(el, PLAN.platformAccident))).to.contain('平台');
    await expect(el).to.be.accessible();
  });

  it('tells a non-member why (not_a_member) and offers "去入会", which asks the host for the join flow', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    const events = hostEvents(['union-insurance-join-requested', 'union-insurance-enrolled']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      const accident = card(el, PLAN.accident);
      expect(accident.querySelector('[part~="not-eligible"]')).to.exist;
      expect(text(accident)).to.contain('暂不符合参保条件');
      expect(accident.querySelector('[data-reason="not_a_member"]')!.textContent).to.contain('仅限工会会员');
      expect(accident.querySelector('button[part~="enrol"]')).to.not.exist;
      // Open to non-members: the platform-paid plan is offered.
      expect(card(el, PLAN.platformAccident).querySelector('button[part~="enrol"]')).to.exist;
      await expect(el).to.be.accessible();

      // Keyboard: Tab to the accident plan's "去入会" and press Enter.
      const join = await tabTo(
        el,
        (a) => isButton('去入会')(a) && a.closest(`[data-plan="${PLAN.accident}"]`) !== null,
        '去入会',
      );
      const requested = oneEvent(el, 'union-insurance-join-requested');
      await sendKeys({ press: 'Enter' });
      const event = await requested;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ planId: PLAN.accident, reason: 'not_a_member' });
      expect(join.isConnected).to.equal(true);
      expect(events.of('union-insurance-enrolled')).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('explains the closed enrolment window of the death and disability plan', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    await makeMember(client);
    const el = await mountWidget(TAG, client);
    await settled(el);
    const closed = card(el, PLAN.deathDisability);
    const reason = closed.querySelector('[data-reason="enrolment_closed"]');
    expect(reason, 'enrolment_closed reason').to.exist;
    expect(text(reason)).to.match(/本期参保时间为 \d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日，现在不在参保时间内。/);
    expect(closed.querySelector('[data-reason="not_a_member"]')).to.not.exist;
    expect(closed.querySelector('button[part~="enrol"]')).to.not.exist;
    // The member is eligible for the accident plan.
    expect(card(el, PLAN.accident).querySelector('button[part~="enrol"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an active member with attestation enrols in the free accident plan, sees the certificate and cancels — keyboard only', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    await makeMember(client);
    const events = hostEvents(['union-insurance-enrolled', 'union-insurance-cancelled', 'union-error']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      expect(text(card(el, PLAN.accident).querySelector('[part~="eligible"]'))).to.contain('您符合参保条件');

      // 1. Plans → "一键参保" on the accident plan.
      const enrol = await tabTo(
        el,
        (a) => a.matches('button[part~="enrol"]') && a.closest(`[data-plan="${PLAN.accident}"]`) !== null,
        'the accident plan’s 一键参保',
      );
      expect(enrol.getAttribute('aria-label')).to.contain('新就业形态劳动者意外伤害互助保障');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;

      // 2. Confirmation: focus on its heading; what you get, what you pay, cover dates, the optional consent.
      await waitUntil(() => heading(el) === '确认参保');
      expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
      const body = text(root(el).querySelector('[part~="body"]'));
      expect(body).to.contain('意外伤害：最高 ¥20,000');
      expect(body).to.contain('免费，个人无需缴纳任何费用。');
      expect(body).to.match(new RegExp(`保障从 \\d{4}年\\d+月\\d+日 开始，到 ${YEAR}年12月31日 结束。`));
      const consent = root(el).querySelector<HTMLInputElement>('#share-consent')!;
      expect(consent.checked, 'the optional consent starts unchecked').to.equal(false);
      await expect(el).to.be.accessible();

      // Tab passes the consent (left unchecked) to "确认参保".
      await tabTo(el, (a) => a === consent, 'the consent');
      await tabTo(el, isButton('确认参保'), '确认参保');
      const enrolled = oneEvent(el, 'union-insurance-enrolled');
      await sendKeys({ press: 'Enter' });
      const detail = (await enrolled).detail;
      expect(Object.keys(detail).sort()).to.deep.equal(['enrolmentId', 'planId', 'status']);
      expect(detail).to.include({ planId: PLAN.accident, status: 'active' });

      // 3. Done: active, certificate number, cover to 31 December.
      await waitUntil(() => heading(el) === '参保成功');
      expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
      const certificate = text(root(el).querySelector('[part~="certificate-number"]'));
      expect(certificate).to.match(new RegExp(`^HZBZ${YEAR}-310104-\\d{6}$`));
      expect(text(root(el).querySelector('[part~="result"]'))).to.contain('保障中');
      expect(text(root(el).querySelector('[part~="result"]'))).to.contain(`${YEAR}年12月31日`);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('保障中');
      await expect(el).to.be.accessible();

      // The API agrees, and no sharing consent was recorded (the box stayed unchecked).
      const api = await client.insurance.listEnrolments();
      expect(api.data.map((e) => [e.id, e.planId, e.status])).to.deep.equal([[detail.enrolmentId, PLAN.accident, 'active']]);
      const consents = await client.consents.list();
      expect(consents.data.some((c) => c.purpose === 'share_status_with_platform')).to.equal(false);

      // 4. "查看我的保障" → list → certificate detail.
      await tabTo(el, (a) => a.matches('button[part~="my-enrolments"]'), '查看我的保障');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"]`));
      expect(heading(el)).to.equal('我的保障');
      const item = root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"]`)!;
      expect(text(item)).to.contain('保障中');
      expect(text(item)).to.contain(certificate);
      await expect(el).to.be.accessible();

      await tabTo(el, (a) => a.matches('button[part~="certificate"]'), '查看保障凭证');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => heading(el) === '保障凭证' && root(el).querySelector('[part~="card"][part~="certificate"]'));
      const cert = text(root(el).querySelector('[part~="card"][part~="certificate"]'));
      expect(cert).to.contain(certificate);
      expect(cert).to.contain(detail.enrolmentId);
      expect(cert).to.contain('出具时间');
      await expect(el).to.be.accessible();

      await tabTo(el, isButton('返回我的保障'), '返回我的保障');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('button[part~="cancel"]'));

      // 5. Cancel, confirming first ("不取消" keeps it).
      await tabTo(el, (a) => a.matches('button[part~="cancel"]'), '取消参保');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => root(el).activeElement?.hasAttribute('data-cancel-question'));
      expect(text(root(el).activeElement)).to.contain('确定取消');
      await expect(el).to.be.accessible();
      await tabTo(el, isButton('不取消'), '不取消');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.matches('button[part~="cancel"]'));
      expect(events.of('union-insurance-cancelled')).to.have.length(0);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.hasAttribute('data-cancel-question'));
      await tabTo(el, isButton('确定取消'), '确定取消');
      const cancelled = oneEvent(el, 'union-insurance-cancelled');
      await sendKeys({ press: 'Enter' });
      expect((await cancelled).detail).to.deep.equal({
        enrolmentId: detail.enrolmentId,
        planId: PLAN.accident,
        status: 'cancelled',
      });
      await waitUntil(() => text(root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"]`)).includes('已取消'));
      expect(text(root(el).querySelector('[part~="notice"]'))).to.contain('已取消');
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('已取消');
      expect(root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"] button[part~="cancel"]`)).to.not.exist;
      expect((await client.insurance.retrieveEnrolment(detail.enrolmentId)).status).to.equal('cancelled');
      await expect(el).to.be.accessible();

      // Back on the plans, the accident plan can be joined again.
      root(el).querySelector<HTMLButtonElement>('button[part~="tab"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => card(el, PLAN.accident)?.querySelector('button[part~="enrol"]'));
      expect(events.of('union-error')).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('retries an enrolment whose response was lost with the same idempotency key: exactly one enrolment', async () => {
    const posts: Request[] = [];
    let loseNext = true;
    const fetchThatLosesAResponse = async (input: Request, init?: RequestInit): Promise<Response> => {
      const isEnrol = input.method === 'POST' && new URL(input.url).pathname.endsWith('/insurance-enrolments');
      if (isEnrol) posts.push(input.clone());
      const response = await globalThis.fetch(input, init);
      if (isEnrol && loseNext) {
        // The server enrolled the worker, but the answer never arrives (a dropped mobile connection).
        loseNext = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const client = await createTestClient({ session: session({ activeOrders: 10 }), fetch: fetchThatLosesAResponse });
    const events = hostEvents(['union-insurance-enrolled', 'union-error']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      card(el, PLAN.platformAccident).querySelector<HTMLButtonElement>('button[part~="enrol"]')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('button[part~="confirm"]')!.click();

      const errorState = await waitFor(() => root(el).querySelector('[part~="error-state"]'));
      expect(text(errorState)).to.contain('网络连接失败');
      expect(heading(el)).to.equal('确认参保');
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('网络连接失败');
      expect(events.of('union-error').map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
      expect(events.of('union-insurance-enrolled')).to.have.length(0);
      assertNoHorizontalOverflow(el);
      assertTouchTargets(el);
      await expect(el).to.be.accessible();

      const retry = root(el).querySelector<HTMLButtonElement>('button[part~="retry"]')!;
      retry.focus();
      const enrolled = oneEvent(el, 'union-insurance-enrolled');
      await sendKeys({ press: 'Enter' });
      const detail = (await enrolled).detail;
      expect(detail).to.include({ planId: PLAN.platformAccident, status: 'active' });
      await waitUntil(() => heading(el) === '参保成功');

      expect(posts).to.have.length(2);
      const keys = posts.map((p) => p.headers.get('idempotency-key'));
      expect(keys[0]).to.be.a('string').and.not.equal('');
      expect(keys[1]).to.equal(keys[0]);
      const all = await client.insurance.listEnrolments();
      expect(all.data.filter((e) => e.planId === PLAN.platformAccident)).to.have.length(1);
      expect(all.data[0]!.id).to.equal(detail.enrolmentId);
      expect(events.of('union-insurance-enrolled')).to.have.length(1);
    } finally {
      events.stop();
    }
  });

  it('enrols a member in a plan they pay for: awaiting payment, handled by the union, with the optional consent', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    await makeMember(client);
    const el = await mountWidget(TAG, client);
    await settled(el);
    card(el, PLAN.inpatient).querySelector<HTMLButtonElement>('button[part~="enrol"]')!.click();
    await el.updateComplete;
    const confirm = text(root(el).querySelector('[part~="body"]'));
    expect(confirm).to.contain('个人缴纳互助金 ¥30/年。');
    expect(confirm).to.contain('本页面不会要求您付款');
    const consent = root(el).querySelector<HTMLInputElement>('#share-consent')!;
    consent.focus();
    await sendKeys({ press: 'Space' });
    expect(consent.checked).to.equal(true);
    const enrolled = oneEvent(el, 'union-insurance-enrolled');
    root(el).querySelector<HTMLButtonElement>('button[part~="confirm"]')!.click();
    const detail = (await enrolled).detail;
    expect(detail).to.include({ planId: PLAN.inpatient, status: 'awaiting_payment' });
    await waitUntil(() => heading(el) === '参保申请已提交');
    const result = text(root(el).querySelector('[part~="result"]'));
    expect(result).to.contain('待缴费');
    expect(result).to.contain('缴费由工会统一办理');
    expect(root(el).querySelector('[part~="certificate-number"]')).to.not.exist;
    expect(root(el).querySelector('input[type="number"], a[href^="http"]')).to.not.exist;
    await expect(el).to.be.accessible();

    const consents = await client.consents.list();
    const share = consents.data.filter((c) => c.purpose === 'share_status_with_platform');
    expect(share).to.have.length(1);
    expect(share[0]!.subjectId).to.equal(detail.enrolmentId);
  });

  it('speaks English: plan names, benefits and the eligibility reasons', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    const el = (await mountWidget(TAG, client, (w) => {
      (w as UnionElement).locale = 'en';
    })) as UnionInsuranceEnrol;
    await settled(el);
    await waitUntil(() => root(el).querySelector('[part~="base"]')!.getAttribute('lang') === 'en');
    await el.updateComplete;
    const accident = text(card(el, PLAN.accident));
    expect(accident).to.contain('Accident mutual-aid cover for new-employment-form workers');
    expect(accident).to.contain('Accident: up to ¥20,000');
    expect(accident).to.contain('Union subsidy');
    expect(accident).to.contain('Free');
    expect(accident).to.contain('Join the union first, then come back');
    expect(text(card(el, PLAN.inpatient))).to.contain('Hospital stay allowance: ¥50 a day');
    expect(text(root(el).querySelector('nav'))).to.contain('My cover');
    await expect(el).to.be.accessible();

    card(el, PLAN.platformAccident).querySelector<HTMLButtonElement>('button[part~="enrol"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Confirm enrolment');
    expect(text(root(el).querySelector('[part~="body"]'))).to.match(/Cover starts on \w{3} \d+, \d{4} and ends on Dec 31, \d{4}\./);
    await expect(el).to.be.accessible();
  });

  it('shows "my enrolments" empty, and an error with retry there when the network fails', async () => {
    let failing = false;
    const client = await createTestClient({
      session: session(),
      fetch: (input, init) =>
        failing && new URL(input.url).pathname.endsWith('/insurance-enrolments')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : globalThis.fetch(input, init),
    });
    const el = await mountWidget(TAG, client);
    await settled(el);
    failing = true;
    root(el).querySelectorAll<HTMLButtonElement>('button[part~="tab"]')[1]!.click();
    await waitUntil(() => root(el).querySelector('[part~="body"] [part~="error-state"]'));
    expect(heading(el)).to.equal('我的保障');
    expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
    await expect(el).to.be.accessible();
    failing = false;
    root(el).querySelector<HTMLButtonElement>('[part~="body"] button[part~="retry"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="body"] [part~="empty"]'));
    expect(text(root(el).querySelector('[part~="empty"]'))).to.contain('您还没有参加任何保障计划');
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });
});
