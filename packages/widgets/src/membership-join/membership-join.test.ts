import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { eventsSettled } from '../internal/base.js';
import { runCommonWidgetSuite, settled } from '../internal/testing/common-suite.js';
import { SENTINELS, watchSentinels } from '../internal/testing/sentinels.js';
import { createTestClient, losesFirstAnswer, mintSession } from '../internal/testing/session.js';
import { DRAFT_KEY, type UnionMembershipJoin } from './membership-join.js';
import { $, byId, click, clickText, fill, headingOf, hostEvents, root, tabTo, text, waitFor, waitText, waitUntil } from '../internal/testing/dom.js';
import {
  MOBILE,
  NAME,
  TAG,
  VALID_ID,
  WRONG_CHECK_DIGIT,
  applyThroughApi,
  assertUsable,
  atStep,
  changesFirstApplication,
  clientWithVerifiedMobile,
  editsFirstApplication,
  fillToReview,
  mount,
  validSentinelId,
} from '../internal/testing/membership-join.js';

// Every test starts without a draft from an earlier one (sessionStorage is shared by the file's tests).
beforeEach(() => sessionStorage.removeItem(DRAFT_KEY));

// ── the suite every widget runs ──────────────────────────────────────────────────────────────


runCommonWidgetSuite(TAG, {
  tag: TAG,
  session: { components: ['membership'] },
  timeout: 10000,
  // Loading the member card says the membership's status, to a host the worker lets know it.
  statusEvents: ['union-membership-status'],
  exercise: async (el, s) => {
    await clickText(el, '开始申请入会');
    await atStep(el, 2);
    await fill(el, '#residentId', `${s.idNumber.slice(0, 17)}X`);
    expect($(el, '#residentId-error')!.textContent).to.match(/\S/);
    await fillToReview(el, { name: s.name, idNumber: validSentinelId(s.idNumber), mobile: s.mobile }, true);
    expect(text(el, 'body')).to.contain(s.name); // the worker sees their own name on the review…
    expect(text(el, 'body')).to.not.contain(s.mobile); // …and the ID and mobile masked
    expect(text(el, 'body')).to.contain('110105********0017');
    expect(text(el, 'body')).to.contain('139****5678');
    await click(el, '#submit');
    await waitText(el, '入会申请已提交', 'body');
  },
});

// ── the widget's own flows ───────────────────────────────────────────────────────────────────

describe('<union-membership-join>', function () {
  this.timeout(40000);

  it('completes the whole join flow with the keyboard alone and tells a host the worker did not let know nothing', async () => {
    const client = await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() } });
    const submitted = hostEvents<{ applicationId: string; status: string }>(['union-membership-application-submitted']);
    const status = hostEvents<{ status: string }>(['union-membership-status']);
    try {
      const el = await mount(client);
      await settled(el);
      await eventsSettled(el);
      expect(status.got.map((e) => e.detail), 'no status without consent').to.deep.equal([]);
      // Step 1: what membership gives (the flow comes in its own chunk, fetched ahead of need).
      await atStep(el, 1);
      for (const b of ['法律服务', '互助保障', '爱心接力站', '职工餐', '文体活动', '技能培训']) expect(text(el, 'body')).to.contain(b);
      await expect(el).to.be.accessible();

      await tabTo(el, (a) => a.textContent!.includes('开始申请入会'), 'start');
      await sendKeys({ press: 'Enter' });
      await atStep(el, 2);
      expect(root(el).activeElement, 'focus on the step heading').to.equal($(el, '[data-step-heading]'));

      // Step 2: personal details.
      await tabTo(el, byId('fullName'), 'name');
      await sendKeys({ type: NAME });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.id).to.equal('residentId');
      await sendKeys({ type: VALID_ID });
      await sendKeys({ press: 'Tab' }); // leaving the ID field shows it masked
      expect(root(el).activeElement!.id).to.equal('mobile');
      await el.updateComplete;
      expect(text(el, 'body')).to.contain('310104********0418');
      expect(text(el, 'body')).to.contain('出生日期 1992年3月15日，性别 男');
      expect($(el, '#residentId')).to.equal(null);
      await sendKeys({ type: MOBILE });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.id).to.equal('sendCode');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.id === 'smsCode', 'focus moves to the code');
      const code = $(el, '#smsCode') as HTMLInputElement;
      expect(code.getAttribute('inputmode')).to.equal('numeric');
      expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(text(el, 'body')).to.contain('验证码已发送至 138****8000');
      expect(text(el, 'body')).to.match(/\d+ 秒后可重新获取/);
      await assertUsable(el);
      el.mode = 'care';
      await assertUsable(el);
      el.mode = undefined;
      await sendKeys({ type: '000000' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.id === 'mobileVerified', 'verified');
      expect(text(el, 'body')).to.contain('手机号码 138****8000 已验证');
      const occupation = await tabTo(el, byId('occupation'), 'occupation');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => (occupation as HTMLSelectElement).value === 'food_delivery_rider', 'occupation chosen');
      const district = await tabTo(el, byId('workDistrict'), 'district');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => (district as HTMLSelectElement).value === '310104', 'district chosen');
      await expect(el).to.be.accessible();
      await tabTo(el, byId('next'), 'next');
      await sendKeys({ press: 'Enter' });
      await atStep(el, 3);

      // Step 3: the suggested organisation is preselected.
      await waitUntil(() => root(el).querySelector('input[name="organisation"]:checked'), 'suggested preselected', { timeout: 8000 });
      const checked = root(el).querySelector<HTMLInputElement>('input[name="organisation"]:checked')!;
      expect(checked.closest('label')!.textContent).to.contain('推荐');
      expect(text(el, 'body')).to.contain('徐汇区');
      await assertUsable(el);
      await tabTo(el, byId('next'), 'next');
      await sendKeys({ press: 'Enter' });
      await atStep(el, 4);

      // Step 4: separate consents, each unticked; tick the required ones and leave the optional one.
      for (const id of ['membership_processing', 'sensitive_id_number', 'share_status_with_platform', 'charter']) {
        expect(($(el, `#${id}`) as HTMLInputElement).checked, id).to.equal(false);
      }
      expect(text(el, 'body')).to.contain('2026-11');
      await assertUsable(el);
      for (const id of ['membership_processing', 'sensitive_id_number', 'charter']) {
        await tabTo(el, byId(id), id);
        await sendKeys({ press: 'Space' });
      }
      await tabTo(el, byId('next'), 'next');
      await sendKeys({ press: 'Enter' });
      await atStep(el, 5);

      // Step 5: review, masked.
      expect(text(el, 'body')).to.contain('310104********0418');
      expect(text(el, 'body')).to.contain('138****8000');
      expect(text(el, 'body')).to.not.contain(VALID_ID);
      expect(text(el, 'body')).to.not.contain(MOBILE);
      expect(text(el, 'body')).to.contain('外卖骑手');
      expect(text(el, 'body')).to.contain('未同意'); // the optional consent, refused, did not block
      await assertUsable(el);
      await tabTo(el, byId('submit'), 'submit');
      await sendKeys({ press: 'Enter' });

      await waitText(el, '入会申请已提交', 'body');
      expect(root(el).activeElement).to.equal($(el, '[data-step-heading]'));
      expect(text(el, 'body')).to.match(/工会将在 15 个工作日内（\d{4}年\d{1,2}月\d{1,2}日 前）与您联系/);
      await assertUsable(el);

      // The worker declined to share their status: the platform's page hears nothing of the application.
      await eventsSettled(el);
      expect(submitted.got).to.have.length(0);
      expect(status.got).to.have.length(0);
      const apps = await client.membership.listApplications();
      expect(apps.data).to.have.length(1);
      expect(apps.data[0]!.occupation).to.equal('food_delivery_rider');
      const consents = await client.consents.list();
      expect(consents.data.map((c) => c.purpose).sort()).to.deep.equal(['membership_processing', 'sensitive_id_number']);
    } finally {
      submitted.stop();
      status.stop();
    }
  });

  it('keeps the input when the submit fails on the network, offers a retry, and the retry does not create twice', async () => {
    const session = await mintSession({ components: ['membership'], workerRef: crypto.randomUUID() });
    // The application reaches the union, the answer is lost on the way back.
    const net = losesFirstAnswer(/\/membership-applications$/);
    const client = await createTestClient({ token: session.clientToken, fetch: net.fetch });
    const submitted = hostEvents<{ applicationId: string }>(['union-membership-application-submitted']);
    const errors = hostEvents<{ code: string; retryable: boolean }>(['union-error']);
    try {
      const el = await mount(client);
      await settled(el);
      await fillToReview(el, undefined, false, true); // agrees to share: the host hears of the application
      await click(el, '#submit');
      await waitFor(el, '[part~="error-state"]');
      expect(errors.got.map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
      expect(text(el, 'body')).to.contain('网络连接失败');
      // The input is kept: still the review with everything in it.
      expect(headingOf(el)).to.contain('第 5 步');
      expect(text(el, 'body')).to.contain(NAME);
      expect(text(el, 'body')).to.contain('310104********0418');
      expect(submitted.got).to.have.length(0);
      await expect(el).to.be.accessible();
      const retry = $(el, 'button[part~="retry"]')!;
      retry.focus();
      retry.click();
      await waitText(el, '入会申请已提交', 'body');
      await eventsSettled(el);
      expect(submitted.got).to.have.length(1);
      expect(Object.keys(submitted.got[0]!.detail).sort()).to.deep.equal(['applicationId', 'status']);
      expect(net.keys).to.have.length(2);
      expect(net.keys[1]).to.equal(net.keys[0]);
      const apps = await client.membership.listApplications();
      expect(apps.data).to.have.length(1);
      expect(apps.data[0]!.id).to.equal(submitted.got[0]!.detail.applicationId);
    } finally {
      submitted.stop();
      errors.stop();
    }
  });

  it('retries after a server error (sandbox scenario) and ends with exactly one application', async () => {
    const fetchWrapper = changesFirstApplication((request) => {
      const headers = new Headers(request.headers);
      headers.set('UnionKit-Sandbox-Scenario', 'server_error');
      return new Request(request, { headers });
    });
    const client = await createTestClient({
      session: { components: ['membership'], workerRef: crypto.randomUUID() },
      fetch: fetchWrapper,
    });
    const el = await mount(client);
    await settled(el);
    await fillToReview(el);
    await click(el, '#submit');
    await waitFor(el, 'button[part~="retry"]');
    expect(text(el, 'body')).to.contain('服务暂时不可用');
    expect(text(el, 'body')).to.match(/req_/); // the request id to quote to 12351
    await click(el, 'button[part~="retry"]');
    await waitText(el, '入会申请已提交', 'body');
    const apps = await client.membership.listApplications();
    expect(apps.data).to.have.length(1);
  });

  it('puts an API field error on its field and jumps to that step', async () => {
    const fetchWrapper = editsFirstApplication((body) => (body['organisationId'] = 'org_does_not_exist'));
    const client = await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() }, fetch: fetchWrapper });
    const el = await mount(client);
    await settled(el);
    await fillToReview(el);
    await click(el, '#submit');
    await atStep(el, 3);
    await waitUntil(() => $(el, '#organisationId-error')?.textContent?.trim(), 'organisation error shown');
    expect($(el, '#organisationId-error')!.textContent).to.contain('取值无效');
    expect((root(el).activeElement as HTMLInputElement).name).to.equal('organisation');
    await expect(el).to.be.accessible();
    // Carry on: the same choice, next, next, submit — this time it goes through.
    await click(el, '#next');
    await atStep(el, 4);
    expect(($(el, '#membership_processing') as HTMLInputElement).checked).to.equal(true);
    await click(el, '#next');
    await atStep(el, 5);
    await click(el, '#submit');
    await waitText(el, '入会申请已提交', 'body');
    expect((await client.membership.listApplications()).data).to.have.length(1);
  });

  it('sends the worker back to the mobile step when the API says the mobile is not verified', async () => {
    const fetchWrapper = editsFirstApplication((body) => delete body['smsVerificationId']);
    const client = await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() }, fetch: fetchWrapper });
    const el = await mount(client);
    await settled(el);
    await fillToReview(el);
    await click(el, '#submit');
    await atStep(el, 2);
    await waitUntil(() => root(el).activeElement?.id === 'mobile', 'focus on the mobile');
    expect($(el, '#mobile-error')!.textContent).to.contain('请先完成手机号码验证');
    expect($(el, '#sendCode')).to.exist;
    expect(($(el, '#fullName') as HTMLInputElement).value).to.equal(NAME); // input kept
    await expect(el).to.be.accessible();
  });

  it('shows the member card (member number, union, since) to an approved member', async () => {
    const client = await clientWithVerifiedMobile();
    const app = await applyThroughApi(client);
    await client.sandbox.decideMembershipApplication(app.id, { decision: 'approve' });
    const membership = await client.membership.retrieve();
    const status = hostEvents<{ status: string }>(['union-membership-status']);
    try {
      const el = await mount(client);
      await settled(el);
      await waitFor(el, '[part~="card"]');
      expect(text(el, 'body')).to.contain('工会会员卡');
      expect(text(el, 'body')).to.contain(membership.memberNumber);
      expect(text(el, 'body')).to.match(/徐汇|工会/);
      expect(text(el, 'body')).to.not.contain('—'); // the union's name was found
      expect(text(el, 'body')).to.contain('会员卡仅供您本人查看');
      expect(text(el, 'body')).to.contain('正常');
      // The member did not agree to share their status: the host is not told.
      await eventsSettled(el);
      expect(status.got.map((e) => e.detail)).to.deep.equal([]);
      await assertUsable(el);
      el.theme = 'dark';
      await assertUsable(el);
      el.locale = 'en';
      await waitUntil(() => text(el, 'body').includes('Union member card'), 'en card');
      expect(text(el, 'body')).to.contain('Member number');
      await expect(el).to.be.accessible();
    } finally {
      status.stop();
    }
  });

  it('shows an open application with the contact date, and withdraws it after a confirmation', async () => {
    const client = await clientWithVerifiedMobile();
    const app = await applyThroughApi(client, true); // agreed to share: the host hears the statuses
    
    const status = hostEvents<{ status: string; applicationId?: string }>(['union-membership-status']);
    const withdrawn = hostEvents<{ applicationId: string; status: string }>(['union-membership-application-withdrawn']);
    try {
      const el = await mount(client);
      await settled(el);
      await waitFor(el, '[part~="status"]');
      await eventsSettled(el);
      expect(status.got[0]!.detail).to.deep.equal({
        status: 'application_open',
        applicationId: app.id,
        applicationStatus: 'submitted',
      });
      expect(text(el, 'body')).to.contain('您的入会申请正在办理');
      expect(text(el, 'body')).to.contain('已提交');
      expect(text(el, 'body')).to.contain(app.id);
      expect(text(el, 'body')).to.contain('工会将在 15 个工作日内');
      await assertUsable(el);

      await click(el, '#withdraw');
      expect(root(el).activeElement!.id).to.equal('withdraw-question');
      expect(text(el, 'body')).to.contain('确定要撤回入会申请吗');
      await assertUsable(el);
      // Thinking better of it keeps the application.
      await clickText(el, '暂不撤回');
      expect(root(el).activeElement!.id).to.equal('withdraw');
      expect(withdrawn.got).to.have.length(0);
      await click(el, '#withdraw');
      await clickText(el, '确定撤回');
      await waitUntil(() => withdrawn.got.length === 1, 'withdrawn event');
      expect(withdrawn.got[0]!.detail).to.deep.equal({ applicationId: app.id, status: 'withdrawn' });
      await atStep(el, 1);
      await eventsSettled(el);
      expect(status.got.at(-1)!.detail).to.deep.equal({ status: 'none' });
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('入会申请已撤回');
      expect((await client.membership.retrieveApplication(app.id)).status).to.equal('withdrawn');
      await expect(el).to.be.accessible();
    } finally {
      status.stop();
      withdrawn.stop();
    }
  });

  it('goes to the status when an application was opened elsewhere meanwhile (application_already_open)', async () => {
    const client = await clientWithVerifiedMobile();
    const el = await mount(client);
    await settled(el);
    await fillToReview(el);
    await applyThroughApi(client); // e.g. from another device
    await click(el, '#submit');
    await waitFor(el, '[part~="status"]');
    expect(text(el, 'body')).to.contain('您的入会申请正在办理');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('您已有一份入会申请正在办理');
    expect((await client.membership.listApplications()).data).to.have.length(1);
  });

  it('speaks English throughout the flow', async () => {
    const el = await mount(await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() } }), 'en');
    await settled(el);
    await waitUntil(() => headingOf(el).startsWith('Step 1 of 5'), 'en step');
    // The flow's own words come in their own table: never an English step with Chinese words in it.
    expect(headingOf(el)).to.contain('What membership gives you');
    expect(el.localeReady).to.equal(true);
    expect(text(el, 'body')).to.contain('What membership gives you');
    expect(text(el, 'body')).to.contain('Mutual-aid protection');
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
    await clickText(el, 'Start my application');
    await atStep(el, 2);
    expect(headingOf(el)).to.contain('Your details');
    await fill(el, '#residentId', WRONG_CHECK_DIGIT, false);
    expect($(el, '#residentId-error')!.textContent).to.contain('check digit');
    await fill(el, '#residentId', VALID_ID);
    expect(text(el, 'body')).to.contain('Born Mar 15, 1992, male');
    expect(text(el, 'body')).to.contain('Change ID number');
    await expect(el).to.be.accessible();
  });

  it('lets no name, valid ID number or mobile reach events, console, storage or URLs through a whole submit', async () => {
    const watch = watchSentinels({ ...SENTINELS, idNumber: validSentinelId(SENTINELS.idNumber) } as unknown as typeof SENTINELS, {
      sharing: true,
    });
    try {
      const client = await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() } });
      const el = await mount(client);
      await settled(el);
      await fillToReview(el, { name: SENTINELS.name, idNumber: validSentinelId(SENTINELS.idNumber), mobile: SENTINELS.mobile }, false, true);
      await click(el, '#submit');
      await waitText(el, '入会申请已提交', 'body');
      await eventsSettled(el);
      expect(watch.records.some((r) => r.where.startsWith('event union-membership-application-submitted'))).to.equal(true);
      watch.assertClean(el);
    } finally {
      watch.restore();
    }
  });

  it('does not let the worker past the consents without the required ones, and never requires the optional one', async () => {
    const el = await mount(await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() } }));
    await settled(el);
    await fillToReview(el);
    await clickText(el, '修改同意事项');
    await atStep(el, 4);
    await click(el, '#sensitive_id_number'); // untick a required one
    await click(el, '#share_status_with_platform'); // tick the optional one
    await click(el, '#next');
    expect(headingOf(el)).to.contain('第 4 步');
    expect($(el, '#sensitive_id_number-error')!.textContent).to.contain('入会需要您勾选此项');
    expect(root(el).activeElement!.id).to.equal('sensitive_id_number');
    await expect(el).to.be.accessible();
    await click(el, '#sensitive_id_number');
    await click(el, '#next');
    await atStep(el, 5);
    expect(text(el, 'body')).to.not.contain('未同意');
  });
});
