// The hosted page's SMS step (`<union-sms-step>`, ./union-step.ts) on this file's sandbox: the join
// flow's SMS proof on the union-session operations, checked with axe in each state and with the form it
// leads to.
import { expect, fixture, html } from '@open-wc/testing';
import { UnionClient } from '@unionkit/sdk';
import { $, active, setInput, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { helpClient, mount, openForm, unionFetch } from '../internal/testing/help-desk.js';
import { apiBaseUrl } from '../internal/testing/session.js';
import { askAgain, unionStep, type UnionSmsStep } from './union-step.js';

const MOBILE = '13800138000';

describe('hosted page: the SMS step before confidential help requests', function () {
  this.timeout(30000);

  it('is accessible on arrival, with a wrong code and in the form after it, and opens a union token for the number proved', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    const session = unionStep(root, await helpClient(), 'zh-CN');
    const step = root.querySelector('union-sms-step') as UnionSmsStep;
    await waitUntil(() => active(step)?.id === 'union-step-heading', 'focus did not go to the step’s heading');
    expect(textOf($(step, 'form'))).to.include('平台看不到');
    await expect(step).to.be.accessible();

    setInput(step, '#mobile', MOBILE);
    $(step, '#sendCode')!.click();
    await waitFor(step, '#smsCode');
    await waitUntil(() => active(step)?.id === 'smsCode', 'focus did not move to the code');
    expect(textOf($(step, '.sms'))).to.include('138****8000');

    // A wrong code: said on the code field, which keeps the focus.
    setInput(step, '#smsCode', '123456');
    $(step, '#confirmCode')!.click();
    await waitUntil(() => textOf($(step, '#smsCode-error')) !== '', 'the wrong code was not said');
    expect(textOf($(step, '#smsCode-error'))).to.include('验证码不正确');
    expect($(step, '#smsCode')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(step).to.be.accessible();

    setInput(step, '#smsCode', '000000');
    $(step, '#confirmCode')!.click();
    const held = await session;
    expect(held.token).to.match(/^ust_/);
    expect(held.mobile).to.equal(MOBILE);
    expect(held.endsAt).to.be.greaterThan(Date.now());

    // The form after it: the help desk on that token, as the hosted page shows it.
    const union = new UnionClient({ baseUrl: await apiBaseUrl(), token: held.token, fetch: unionFetch, maxRetries: 0, locale: 'zh-CN' });
    const el = await mount(union, (w) => (w.hosted = true));
    await openForm(el, 'complaint');
    await expect(el).to.be.accessible();
  });

  it('asked again over the page: a dialog that sends the code to the same number at once, keeps the page as it is and gives focus back', async () => {
    const root = await fixture<HTMLElement>(html`<main><label>留言 <textarea id="kept"></textarea></label></main>`);
    const kept = root.querySelector<HTMLTextAreaElement>('#kept')!;
    kept.value = '已经写好的内容';
    kept.focus();
    const again = askAgain(root, await helpClient(), 'zh-CN', MOBILE);
    const dialog = document.querySelector<HTMLDialogElement>('dialog.hosted-renewal')!;
    expect(dialog.open).to.equal(true);
    const step = dialog.querySelector('union-sms-step') as UnionSmsStep;
    await waitFor(step, '#smsCode');
    await waitUntil(() => active(step)?.id === 'smsCode', 'focus did not move to the code');
    expect(textOf($(step, 'h1'))).to.equal('请再次验证手机号');
    expect(textOf($(step, 'form'))).to.include('您填写的内容都还在');
    expect(($(step, '#mobile') as HTMLInputElement).value).to.equal(MOBILE);
    await expect(step).to.be.accessible();

    setInput(step, '#smsCode', '000000');
    $(step, '#confirmCode')!.click();
    expect((await again).token).to.match(/^ust_/);
    expect(document.querySelector('dialog.hosted-renewal')).to.equal(null);
    expect(kept.value).to.equal('已经写好的内容');
    expect(document.activeElement).to.equal(kept);
  });

  it('asked again and closed (Escape): the request waiting for it fails rather than hangs', async () => {
    const root = await fixture<HTMLElement>(html`<main></main>`);
    const again = askAgain(root, await helpClient(), 'zh-CN', MOBILE);
    document.querySelector<HTMLDialogElement>('dialog.hosted-renewal')!.close();
    const error = await again.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    expect(document.querySelector('dialog.hosted-renewal')).to.equal(null);
  });
});
