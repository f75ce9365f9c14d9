import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UnionElement } from '../internal/base.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, runCommonWidgetSuite, settled } from '../internal/testing/common-suite.js';
import { headingOf, hostEvents, isButton, root, tabTo, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { card, session, startEnrol, TAG, typeBirthDate, type PlanKind } from '../internal/testing/insurance-enrol.js';
import { makeMember } from '../internal/testing/member.js';
import { createTestClient, losesFirstAnswer } from '../internal/testing/session.js';
import type { UnionInsuranceEnrol } from './insurance-enrol.js';

/** A plan's id: `plan_<kind>_<year>`. */
const ofKind = (kind: PlanKind) => new RegExp(`^plan_${kind}_\\d{4}$`);

runCommonWidgetSuite(TAG, {
  tag: TAG,
  session: { components: ['insurance'], activeOrders: 10 },
  // The widget never asks for a name, ID number or mobile; its main flow (enrol, certificate, cancel)
  // runs with the sentinels watching every event, console, storage and URL.
  exercise: async (el) => {
    const enrol = await waitFor(() =>
      card(el, 'platform_accident')?.querySelector<HTMLButtonElement>('button[part~="enrol"]'),
    );
    enrol.click();
    await typeBirthDate(el);
    root(el).querySelector<HTMLButtonElement>('button[part~="confirm"]')!.click();
    await waitFor(() => headingOf(el) === '参保成功');
    root(el).querySelector<HTMLButtonElement>('button[part~="my-enrolments"]')!.click();
    const cancelButton = await waitFor(() => root(el).querySelector<HTMLButtonElement>('button[part~="cancel"]'));
    cancelButton.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[part~="cancel-yes"]')!.click();
    await waitFor(() => root(el).querySelector('[part~="notice"]'));
  },
});

describe('<union-insurance-enrol>', function () {
  this.timeout(30000);

  it('shows every plan with benefits, contribution, who pays, what the worker pays, term and window', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    const el = await mountWidget(TAG, client);
    expect(await settled(el)).to.equal('ready');
    expect(root(el).querySelectorAll('[part~="plan"]').length).to.equal(5);

    const accident = textOf(card(el, 'accident'));
    const term = (await client.insurance.listPlans()).data[0]!.term;
    expect(accident).to.contain('新就业形态劳动者意外伤害互助保障');
    expect(accident).to.contain('意外伤害：最高 ¥20,000');
    expect(accident).to.contain('身故及伤残：最高 ¥100,000');
    expect(accident).to.contain('¥50/年');
    expect(accident).to.contain('工会补贴');
    expect(accident).to.contain('免费');
    const year = term.start.slice(0, 4);
    expect(term).to.deep.equal({ start: `${year}-01-01`, end: `${year}-12-31` });
    expect(accident).to.match(new RegExp(`保障期\\s*${year}年1月1日 至 ${year}年12月31日`));

    const inpatient = textOf(card(el, 'inpatient'));
    expect(inpatient).to.contain('住院津贴：每天 ¥50');
    expect(inpatient).to.contain('个人缴纳');
    expect(inpatient).to.match(/个人缴纳\s*¥30/);
    expect(textOf(card(el, 'platform_accident'))).to.contain('平台');
    await expect(el).to.be.accessible();
  });

  it('tells a non-member why (not_a_member) and offers "去入会", which asks the host for the join flow', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    const events = hostEvents(['union-join-requested', 'union-insurance-enrolled']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      const accident = card(el, 'accident');
      expect(accident.querySelector('[part~="not-eligible"]')).to.exist;
      expect(textOf(accident)).to.contain('暂不符合参保条件');
      expect(accident.querySelector('[data-reason="not_a_member"]')!.textContent).to.contain('仅限工会会员');
      expect(accident.querySelector('button[part~="enrol"]')).to.not.exist;
      // Open to non-members: the platform-paid plan is offered.
      expect(card(el, 'platform_accident').querySelector('button[part~="enrol"]')).to.exist;
      await expect(el).to.be.accessible();

      // Keyboard: Tab to the accident plan's "去入会" and press Enter.
      const join = await tabTo(
        el,
        (a) => isButton('去入会')(a) && a.closest('[data-plan^="plan_accident_"]') !== null,
        '去入会',
      );
      const requested = oneEvent(el, 'union-join-requested');
      await sendKeys({ press: 'Enter' });
      const event = await requested;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(Object.keys(event.detail), 'which plan stays in the widget').to.deep.equal(['reason']);
      expect(event.detail.reason).to.equal('not_a_member');
      expect(join.isConnected).to.equal(true);
      expect(events.of('union-insurance-enrolled')).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('explains the closed enrolment window of the death and disability plan', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10, components: ['membership', 'insurance'] }) });
    await makeMember(client);
    const el = await mountWidget(TAG, client);
    await settled(el);
    const closed = card(el, 'death_disability');
    const reason = closed.querySelector('[data-reason="enrolment_closed"]');
    expect(reason, 'enrolment_closed reason').to.exist;
    expect(textOf(reason)).to.match(/^本期参保已于 \d{4}年\d+月\d+日 截止。$/);
    expect(closed.querySelector('[data-reason="not_a_member"]')).to.not.exist;
    expect(closed.querySelector('button[part~="enrol"]')).to.not.exist;
    // The member is eligible for the accident plan.
    expect(card(el, 'accident').querySelector('button[part~="enrol"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an active member with attestation enrols in the free accident plan, sees the certificate and cancels — keyboard only', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    await makeMember(client);
    const events = hostEvents(['union-insurance-enrolled', 'union-insurance-cancelled', 'union-error']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      expect(textOf(card(el, 'accident').querySelector('[part~="eligible"]'))).to.contain('您符合参保条件');

      // 1. Plans → "一键参保" on the accident plan.
      const enrol = await tabTo(
        el,
        (a) => a.matches('button[part~="enrol"]') && a.closest('[data-plan^="plan_accident_"]') !== null,
        'the accident plan’s 一键参保',
      );
      expect(enrol.getAttribute('aria-label')).to.contain('新就业形态劳动者意外伤害互助保障');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;

      // 2. Confirmation: focus on its heading; what you get, what you pay, cover dates, the optional consent.
      await waitUntil(() => headingOf(el) === '确认参保');
      await waitFor(el, 'button[part~="confirm"]');
      expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
      const body = textOf(root(el).querySelector('[part~="body"]'));
      expect(body).to.contain('意外伤害：最高 ¥20,000');
      expect(body).to.contain('免费，个人无需缴纳任何费用（工会补贴）。');
      expect(body).to.match(/保障自 \d{4}年\d+月\d+日 起生效，至 \d{4}年12月31日 止。/);
      const consent = root(el).querySelector<HTMLInputElement>('#share-consent')!;
      expect(consent.checked, 'the optional consent starts unchecked').to.equal(false);
      await expect(el).to.be.accessible();

      // Tab passes the consent (left unchecked) to "确认参保".
      await tabTo(el, (a) => a === consent, 'the consent');
      await tabTo(el, isButton('确认参保'), '确认参保');
      await sendKeys({ press: 'Enter' });

      // 3. Done: enrolled, certificate number, cover from tomorrow (or 1 January) to 31 December.
      // The result's words come with the on-demand cover part, after the heading.
      await waitUntil(() => headingOf(el) === '参保成功' && textOf(root(el).querySelector('[part~="result"]')) !== '');
      expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
      const certificate = textOf(root(el).querySelector('[part~="certificate-number"]'));
      expect(certificate).to.match(/^HZBZ\d{4}-310104-\d{6}$/);
      const [enrolment] = (await client.insurance.listEnrolments()).data;
      const starts = textOf(root(el).querySelector('[part~="result"] [part~="status"]'));
      expect(starts).to.match(/^\d{4}年\d+月\d+日 起生效$/);
      expect(textOf(root(el).querySelector('[part~="result"]'))).to.match(/至 \d{4}年12月31日/);
      expect(textOf(root(el).querySelector('[role="status"]'))).to.contain(starts);
      await expect(el).to.be.accessible();

      // The API agrees, and no sharing consent was recorded (the box stayed unchecked): the host heard nothing.
      expect(enrolment!.planId).to.match(ofKind('accident'));
      expect(enrolment!.status).to.equal('active');
      const detail = { enrolmentId: enrolment!.id };
      expect(events.of('union-insurance-enrolled')).to.have.length(0);
      const consents = await client.consents.list();
      expect(consents.data.some((c) => c.purpose === 'share_status_with_platform')).to.equal(false);

      // 4. "查看我的保障" → list → certificate detail.
      await tabTo(el, (a) => a.matches('button[part~="my-enrolments"]'), '查看我的保障');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"]`));
      expect(headingOf(el)).to.equal('我的保障');
      const item = root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"]`)!;
      expect(textOf(item)).to.contain(starts);
      expect(textOf(item)).to.contain(certificate);
      await expect(el).to.be.accessible();

      await tabTo(el, (a) => a.matches('button[part~="certificate"]'), '查看保障凭证');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => headingOf(el) === '保障凭证' && root(el).querySelector('[part~="card"][part~="certificate"]'));
      const cert = textOf(root(el).querySelector('[part~="card"][part~="certificate"]'));
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
      expect(textOf(root(el).activeElement)).to.contain('确定取消');
      await expect(el).to.be.accessible();
      await tabTo(el, isButton('不取消'), '不取消');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.matches('button[part~="cancel"]'));
      expect(events.of('union-insurance-cancelled')).to.have.length(0);

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.hasAttribute('data-cancel-question'));
      await tabTo(el, isButton('确定取消'), '确定取消');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"]`)).includes('已取消'));
      expect(textOf(root(el).querySelector('[part~="notice"]'))).to.contain('已取消');
      expect(textOf(root(el).querySelector('[role="status"]'))).to.contain('已取消');
      expect(root(el).querySelector(`[data-enrolment="${detail.enrolmentId}"] button[part~="cancel"]`)).to.not.exist;
      expect((await client.insurance.retrieveEnrolment(detail.enrolmentId)).status).to.equal('cancelled');
      await expect(el).to.be.accessible();

      // Back on the plans, the accident plan can be joined again.
      root(el).querySelector<HTMLButtonElement>('button[part~="tab"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => card(el, 'accident')?.querySelector('button[part~="enrol"]'));
      expect(events.of('union-error')).to.have.length(0);
      expect(events.of('union-insurance-cancelled')).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('retries an enrolment whose response was lost with the same idempotency key: exactly one enrolment', async () => {
    // The server enrolls the worker, but the answer never arrives (a dropped mobile connection).
    const net = losesFirstAnswer(/\/insurance-enrolments$/);
    const client = await createTestClient({ session: session({ activeOrders: 10 }), fetch: net.fetch });
    const events = hostEvents(['union-insurance-enrolled', 'union-error']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await startEnrol(el, card(el, 'platform_accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
      await typeBirthDate(el);
      root(el).querySelector<HTMLButtonElement>('button[part~="confirm"]')!.click();

      const errorState = await waitFor(() => root(el).querySelector('[part~="error-state"]'));
      expect(textOf(errorState)).to.contain('网络连接失败');
      expect(headingOf(el)).to.equal('确认参保');
      expect(textOf(root(el).querySelector('[role="alert"]'))).to.contain('网络连接失败');
      expect(events.of('union-error').map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
      expect(events.of('union-insurance-enrolled')).to.have.length(0);
      assertNoHorizontalOverflow(el);
      assertTouchTargets(el);
      await expect(el).to.be.accessible();

      const retry = root(el).querySelector<HTMLButtonElement>('button[part~="retry"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => headingOf(el) === '参保成功');

      expect(net.keys).to.have.length(2);
      expect(net.keys[0]).to.be.a('string').and.not.equal('');
      expect(net.keys[1]).to.equal(net.keys[0]);
      const all = await client.insurance.listEnrolments();
      expect(all.data).to.have.length(1);
      expect(all.data[0]!.planId).to.match(ofKind('platform_accident'));
      expect(all.data[0]!.status).to.equal('active');
      // No sharing consent: the host is not told about the cover.
      expect(events.of('union-insurance-enrolled')).to.have.length(0);
    } finally {
      events.stop();
    }
  });

  it('enrols a member in a plan they pay for: awaiting payment, with what is due and by when, with the optional consent', async () => {
    const client = await createTestClient({ session: session({ activeOrders: 10 }) });
    await makeMember(client);
    const el = await mountWidget(TAG, client);
    await settled(el);
    await startEnrol(el, card(el, 'inpatient').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
    await el.updateComplete;
    const confirm = textOf(root(el).querySelector('[part~="body"]'));
    expect(confirm).to.contain('个人缴纳互助金 ¥30/年。');
    expect(confirm).to.contain('本页面不会收取任何费用');
    const consent = root(el).querySelector<HTMLInputElement>('#share-consent')!;
    consent.focus();
    await sendKeys({ press: 'Space' });
    expect(consent.checked).to.equal(true);
    const enrolled = oneEvent(el, 'union-insurance-enrolled');
    root(el).querySelector<HTMLButtonElement>('button[part~="confirm"]')!.click();
    // The worker agreed to share: the host is told the coverage status (ids and status only).
    const detail = (await enrolled).detail;
    expect(Object.keys(detail).sort()).to.deep.equal(['enrolmentId', 'planId', 'status']);
    expect(detail.planId).to.match(ofKind('inpatient'));
    expect(detail.status).to.equal('awaiting_payment');
    await waitUntil(() => headingOf(el) === '参保申请已提交');
    // The result's words come with the cover part, which may still be on its way on a busy machine.
    await waitUntil(() => textOf(root(el).querySelector('[part~="result"]')).includes('待缴费'), 'no 待缴费 in the result');
    const result = textOf(root(el).querySelector('[part~="result"]'));
    expect(result).to.contain('待缴费');
    expect(result).to.match(/待缴互助金 ¥30，请在 \d{4}年\d+月\d+日 前缴纳/);
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
    const accident = textOf(card(el, 'accident'));
    expect(accident).to.contain('Accident mutual-aid cover for new-employment-form workers');
    expect(accident).to.contain('Accident: up to ¥20,000');
    expect(accident).to.contain('Union subsidy');
    expect(accident).to.contain('Free');
    expect(accident).to.contain('Join the union first, then come back');
    expect(textOf(card(el, 'inpatient'))).to.contain('Hospital stay allowance: ¥50 a day');
    expect(textOf(root(el).querySelector('[part~="views"]'))).to.contain('My cover');
    await expect(el).to.be.accessible();

    await startEnrol(el, card(el, 'platform_accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
    await el.updateComplete;
    expect(headingOf(el)).to.equal('Confirm enrolment');
    expect(textOf(root(el).querySelector('label[for="birth-date"]'))).to.equal('Date of birth');
    // The confirmation's own words come in a chunk of their own; until it lands the part speaks the
    // default language (noted as a defect to fix in the base class), so wait for them.
    await waitUntil(() => /Cover starts on/.test(textOf(root(el).querySelector('[part~="body"]'))), 'the confirmation’s English words');
    expect(textOf(root(el).querySelector('[part~="body"]'))).to.match(/Cover starts on \w{3} \d+, \d{4} and ends on Dec 31, \d{4}\./);
    expect(textOf(root(el).querySelector('[part~="body"]'))).not.to.match(/[\u4e00-\u9fff]{2}/);
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
    expect(headingOf(el)).to.equal('我的保障');
    expect(root(el).activeElement?.matches('h2[data-step-heading]')).to.equal(true);
    await expect(el).to.be.accessible();
    failing = false;
    root(el).querySelector<HTMLButtonElement>('[part~="body"] button[part~="retry"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="body"] [part~="empty"]'));
    expect(textOf(root(el).querySelector('[part~="empty"]'))).to.contain('您还没有参加任何保障计划');
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });
});
