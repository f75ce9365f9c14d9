/**
 * What a rider met (issue 6): the age rule (limits before the tap, the date of birth asked when the
 * age is unknown, refused when out of range), honest cover wording and the December rule, one status
 * per plan card, no "去入会" on a closed plan, coverage status told to the platform only with consent,
 * success and error in their own colours, Chinese punctuation in Chinese text.
 */
import { expect } from '@open-wc/testing';
import { UnionClient } from '@unionkit/sdk';
import { createSandbox } from '@unionkit/mock-server';
import { getResponse } from 'msw';
import { mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, ASCII_PUNCTUATION_IN_CHINESE, headingOf, hostEvents, root, textOf, waitFor } from '../internal/testing/dom.js';
import { card, session, startEnrol, TAG, typeBirthDate } from '../internal/testing/insurance-enrol.js';
import { makeMember } from '../internal/testing/member.js';
import { createTestClient } from '../internal/testing/session.js';

/** Born 7 March 1950: over 60 (valid check digit). */
const ID_BORN_1950 = '31010419500307001X';

describe('<union-insurance-enrol>: what the rider met', function () {
  this.timeout(30000);

  it('shows each plan’s age limits before any tap', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }));
    await settled(el);
    for (const plan of root(el).querySelectorAll('[part~="plan"]')) {
      expect(textOf(plan.querySelector('[part~="age-limits"]')), plan.getAttribute('data-plan')!).to.match(/^\d+ 至 59 周岁$/);
      expect(textOf(plan)).to.contain('年龄要求');
    }
  });

  it('asks a worker whose age is unknown for the date of birth, checks it, keeps it on error and enrols with it', async () => {
    const client = await createTestClient({ session: session() });
    const el = await mountWidget(TAG, client);
    await settled(el);
    const platform = card(el, 'platform_accident');
    expect(textOf(platform)).to.contain('参保时请填写出生日期');
    await startEnrol(el, platform.querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
    const input = await waitFor(() => $<HTMLInputElement>(el, 'input#birth-date'));
    expect(input.type).to.equal('date');
    expect(textOf($(el, 'label[for="birth-date"]'))).to.equal('出生日期');
    expect(input.getAttribute('aria-describedby')).to.contain('birth-date-hint');
    await expect(el).to.be.accessible();

    // Nothing typed: said at the field, focused, nothing sent.
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    await waitFor(() => textOf($(el, '#birth-date-error')) === '请填写出生日期。');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(input);

    // Out of range by the typed date: refused plainly, the date kept, no confirm button that cannot work.
    await typeBirthDate(el, '1950-03-07');
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    await waitFor(() => textOf($(el, '#birth-date-error')).includes('不在本计划的年龄范围'));
    expect($<HTMLInputElement>(el, 'input#birth-date')!.value).to.equal('1950-03-07');
    expect($(el, 'button[part~="confirm"]')).to.not.exist;
    await expect(el).to.be.accessible();

    // Corrected: the button is back and the enrolment carries the date.
    await typeBirthDate(el, '1990-03-07');
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    // The result's words come with the on-demand cover part, after the heading.
    await waitFor(() => headingOf(el) === '参保成功' && textOf($(el, '[part~="result"]')) !== '');
    const [enrolment] = (await client.insurance.listEnrolments()).data;
    expect(enrolment).to.include({ status: 'active' });
    expect(enrolment!.planId).to.match(/^plan_platform_accident_/);
  });

  it('asks for the date of birth when the enrolment itself answers birth_date_required (eligibility read before it was needed)', async () => {
    // The eligibility the widget read said "eligible" (as if read before the plan needed the age).
    const client = await createTestClient({
      session: session(),
      fetch: async (input, init) => {
        const response = await globalThis.fetch(input, init);
        if (!/\/insurance-plans\/plan_platform_accident_\d+\/eligibility$/.test(new URL(input.url).pathname)) return response;
        const body = (await response.json()) as { reasons: string[]; eligible: boolean };
        return Response.json({ ...body, eligible: true, reasons: [] }, { status: response.status, headers: response.headers });
      },
    });
    const el = await mountWidget(TAG, client);
    await settled(el);
    await startEnrol(el, card(el, 'platform_accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
    await el.updateComplete;
    expect($(el, 'input#birth-date')).to.not.exist;
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    const input = await waitFor(() => $<HTMLInputElement>(el, 'input#birth-date'));
    await waitFor(() => root(el).activeElement === input);
    expect(textOf($(el, '#birth-date-error'))).to.equal('请填写出生日期。');
    expect($(el, '[part~="error-state"]'), 'said at the field, not as a failure').to.not.exist;
    await typeBirthDate(el, '1990-03-07');
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    // The result's words come with the on-demand cover part, after the heading.
    await waitFor(() => headingOf(el) === '参保成功' && textOf($(el, '[part~="result"]')) !== '');
  });

  it('refuses a member outside the ages, with the reason and no button, on the card and nowhere else', async () => {
    const client = await createTestClient({ session: session({ components: ['membership', 'insurance'] }) });
    await makeMember(client, { residentIdNumber: ID_BORN_1950 });
    const el = await mountWidget(TAG, client);
    await settled(el);
    const accident = card(el, 'accident');
    const status = accident.querySelector('[data-reason="age_out_of_range"]');
    expect(textOf(status)).to.contain('59 周岁');
    expect(textOf(status)).to.contain('您不在这个年龄范围内');
    expect(accident.querySelector('button[part~="enrol"], button[part~="join"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('says "保障自 D 起生效" until cover starts, never "保障已生效", in the result and in "我的保障"', async () => {
    const client = await createTestClient({ session: session({ components: ['membership', 'insurance'] }) });
    await makeMember(client);
    const el = await mountWidget(TAG, client);
    await settled(el);
    await startEnrol(el, card(el, 'accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
    await el.updateComplete;
    expect(textOf($(el, '[part~="cover-dates"]'))).to.match(/^保障自 \d{4}年\d+月\d+日 起生效，至 \d{4}年12月31日 止。$/);
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    // The result's words come with the on-demand cover part, after the heading.
    await waitFor(() => headingOf(el) === '参保成功' && textOf($(el, '[part~="result"]')) !== '');
    const result = textOf($(el, '[part~="result"]'));
    expect(result).to.not.contain('保障已生效');
    expect(result).to.not.contain('保障中');
    expect(result).to.match(/保障自 \d{4}年\d+月\d+日 起生效/);
    expect(textOf($(el, '[part~="result"] [part~="status"]'))).to.match(/^\d{4}年\d+月\d+日 起生效$/);
    expect(textOf($(el, '[role="status"]'))).to.not.contain('保障中');

    $<HTMLButtonElement>(el, 'button[part~="my-enrolments"]')!.click();
    const row = await waitFor(() => $(el, '[part~="enrolment"]'));
    expect(textOf(row.querySelector('[part~="status"]'))).to.match(/起生效$/);
  });

  it('from 1 December sells the next calendar year: the card’s term and the cover dates say so', async () => {
    const year = new Date().getFullYear() + 1;
    const sandbox = createSandbox({ baseUrl: 'http://sandbox.invalid/v1', now: new Date(`${year}-12-05T10:00:00+08:00`) });
    const inPage = async (input: Request | string | URL, init?: RequestInit) =>
      (await getResponse(sandbox.handlers, new Request(input, init))) ?? new Response(null, { status: 404 });
    try {
      const partner = new UnionClient({
        baseUrl: 'http://sandbox.invalid/v1',
        token: 'sk_test_demo_delivery',
        fetch: inPage,
        dangerouslyAllowSecretKeyInBrowser: true, // plays the partner's server
      });
      const minted = await partner.widgetSessions.create({
        workerRef: 'december-rider',
        components: ['membership', 'insurance'],
        attestation: { activeOrdersLast7Days: 10 },
      });
      const client = new UnionClient({ baseUrl: 'http://sandbox.invalid/v1', token: minted.clientToken, fetch: inPage, maxRetries: 0 });
      await makeMember(client);
      const el = await mountWidget(TAG, client);
      await settled(el);
      const next = year + 1;
      const accident = card(el, 'accident');
      expect(textOf(accident)).to.contain(`保障期 ${next}年1月1日 至 ${next}年12月31日`);
      await startEnrol(el, accident.querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
      await el.updateComplete;
      expect(textOf($(el, '[part~="cover-dates"]'))).to.equal(`保障自 ${next}年1月1日 起生效，至 ${next}年12月31日 止。`);
      $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
      // The result's words come with the on-demand cover part, after the heading.
    await waitFor(() => headingOf(el) === '参保成功' && textOf($(el, '[part~="result"]')) !== '');
      expect(textOf($(el, '[part~="result"]'))).to.contain(`保障自 ${next}年1月1日 起生效，至 ${next}年12月31日 止`);
    } finally {
      sandbox.dispose();
    }
  });

  it('gives a plan the worker is in one status: "您已参加本计划", never beside "暂不符合参保条件"', async () => {
    const client = await createTestClient({ session: session({ components: ['membership', 'insurance'], activeOrders: 0 }) });
    await makeMember(client);
    const inpatientPlan = (await client.insurance.listPlans()).data.find((p) => p.id.startsWith('plan_inpatient_'))!;
    await client.insurance.enrol({ planId: inpatientPlan.id });
    const el = await mountWidget(TAG, client);
    await settled(el);
    const inpatient = card(el, 'inpatient');
    expect(textOf(inpatient.querySelector('[part~="eligibility"]'))).to.contain('您已参加本计划');
    expect(textOf(inpatient)).to.not.contain('暂不符合参保条件');
    expect(inpatient.querySelectorAll('[part~="eligibility"] [data-reason]')).to.have.length(1);
    expect(inpatient.querySelector('button[part~="my-enrolments"]')).to.exist;
  });

  it('never offers 去入会 on a plan whose enrolment window has closed, and says when it closed', async () => {
    const el = await mountWidget(TAG, await createTestClient({ session: session() }));
    await settled(el);
    const closed = card(el, 'death_disability');
    expect(textOf(closed.querySelector('[part~="eligibility"]'))).to.match(/^本期参保已于 \d{4}年\d+月\d+日 截止。$/);
    expect(closed.querySelector('button')).to.not.exist;
    // Another members-only plan, open, still offers it.
    expect(card(el, 'accident').querySelector('button[part~="join"]')).to.exist;
  });

  it('tells the host page of the cover only when the worker ticked the sharing consent', async () => {
    const client = await createTestClient({ session: session({ components: ['membership', 'insurance'] }) });
    await makeMember(client);
    const events = hostEvents(['union-insurance-enrolled']);
    try {
      const el = await mountWidget(TAG, client);
      await settled(el);
      await startEnrol(el, card(el, 'accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
      // The result's words come with the on-demand cover part, after the heading.
    await waitFor(() => headingOf(el) === '参保成功' && textOf($(el, '[part~="result"]')) !== '');

      $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
      await startEnrol(el, await waitFor(() => card(el, 'inpatient')?.querySelector<HTMLButtonElement>('button[part~="enrol"]')));
      $<HTMLInputElement>(el, '#share-consent')!.click();
      $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
      await waitFor(() => headingOf(el) === '参保申请已提交');
      const told = await waitFor(() => events.of('union-insurance-enrolled')[0]);
      expect(told.detail.planId).to.match(/^plan_inpatient_/);
      expect(events.of('union-insurance-enrolled')).to.have.length(1);
    } finally {
      events.stop();
    }
  });

  it('colours a done enrolment with --union-color-success and an error with --union-color-danger', async () => {
    let failing = false;
    const client = await createTestClient({
      session: session({ components: ['membership', 'insurance'] }),
      fetch: (input, init) =>
        failing && input.method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : globalThis.fetch(input, init),
    });
    await makeMember(client);
    const el = await mountWidget(TAG, client, (w) => {
      w.style.setProperty('--union-color-success', 'rgb(0, 128, 0)');
      w.style.setProperty('--union-color-danger', 'rgb(170, 0, 0)');
      w.style.setProperty('--union-color-primary', 'rgb(200, 16, 46)');
    });
    await settled(el);
    await startEnrol(el, card(el, 'accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
    await el.updateComplete;
    failing = true;
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    const error = await waitFor(() => $(el, '[part~="error-state"]'));
    expect(getComputedStyle(error).borderLeftColor).to.equal('rgb(170, 0, 0)');
    failing = false;
    $<HTMLButtonElement>(el, 'button[part~="retry"]')!.click();
    const result = await waitFor(() => $(el, '[part~="result"]'));
    expect(getComputedStyle(result).borderLeftColor).to.equal('rgb(0, 128, 0)');
  });

  it('writes Chinese punctuation in Chinese text: plans, confirmation, result', async () => {
    const client = await createTestClient({ session: session({ components: ['membership', 'insurance'] }) });
    await makeMember(client);
    const el = await mountWidget(TAG, client);
    await settled(el);
    const views = [textOf($(el, '[part~="base"]'))];
    await startEnrol(el, card(el, 'accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
    await el.updateComplete;
    views.push(textOf($(el, '[part~="base"]')));
    expect(views[1]).to.contain('（工会补贴）');
    $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
    // The result's words come with the on-demand cover part, after the heading.
    await waitFor(() => headingOf(el) === '参保成功' && textOf($(el, '[part~="result"]')) !== '');
    views.push(textOf($(el, '[part~="base"]')));
    for (const view of views) expect(view).to.not.match(ASCII_PUNCTUATION_IN_CHINESE);
  });
});
