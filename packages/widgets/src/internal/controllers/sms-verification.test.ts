import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import type { UnionCore } from '@unionkit/sdk';
import { html } from 'lit';
import { UnionElement } from '../base.js';
import { textOf } from '../testing/dom.js';
import { createTestClient } from '../testing/session.js';
import { SMS_RESEND_SECONDS, SmsVerification, type SmsField, type SmsStrings } from './sms-verification.js';

const strings: SmsStrings = {
  mobileRequired: '请填写手机号',
  mobileInvalid: '手机号格式不对',
  smsCodeInvalid: '请填写 6 位验证码',
  smsCodeWrong: (n) => `验证码不对，还可以试 ${n} 次`,
  codeSent: (m) => `验证码已发送至 ${m}`,
  mobileVerified: (m) => `${m} 已验证`,
};

/** A form with a mobile and a code field, as any widget that proves a mobile would have. */
class SmsFormElement extends UnionElement {
  readonly errors: Partial<Record<SmsField, string>> = {};
  readonly focused: string[] = [];
  proofChanges = 0;
  readonly sms = new SmsVerification(this.controllerHost, {
    strings: () => strings,
    error: (field) => this.errors[field],
    setError: (field, message) => {
      if (message) this.errors[field] = message;
      else delete this.errors[field];
    },
    fieldMessage: () => undefined,
    focus: (target) => this.focused.push(target),
    proofChanged: () => this.proofChanges++,
  });
  protected renderContent() {
    return html`<p>${this.sms.state.phase}</p>`;
  }
}
customElements.define('test-sms-form', SmsFormElement);

const mount = async (client?: UnionCore) =>
  fixture<SmsFormElement>(fixtureHtml`<test-sms-form .client=${client ?? (await createTestClient({ session: { components: ['membership'] } }))}></test-sms-form>`);

describe('SmsVerification', () => {
  it('sends a code, waits before a resend, and proves the number as the worker typed it', async () => {
    const el = await mount();
    const before = Date.now();
    await el.sms.send('138 0013 8000');
    expect(el.sms.state.phase).to.equal('sent');
    expect(el.sms.state.mobile).to.equal('13800138000');
    expect(el.sms.state.resendAt).to.be.at.least(before + SMS_RESEND_SECONDS * 1000);
    expect(el.focused).to.deep.equal(['smsCode']);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('验证码已发送至 138****8000');
    el.sms.codeTyped('０００ ０００'); // full-width digits, as some keyboards type them
    expect(el.sms.state.code).to.equal('000000');
    await el.sms.confirm();
    expect(el.sms.state.phase).to.equal('verified');
    expect(el.sms.verified('+86 138-0013-8000')).to.equal(true);
    expect(el.sms.verified('13900139000')).to.equal(false);
    expect(el.proofChanges).to.equal(1);
    expect(el.focused.at(-1)).to.equal('mobileVerified');
  });

  it('says a wrong code on the code field, with the attempts left', async () => {
    const el = await mount();
    await el.sms.send('13800138001');
    el.sms.codeTyped('123456');
    await el.sms.confirm();
    expect(el.sms.state.phase).to.equal('sent');
    expect(el.errors.smsCode).to.match(/^验证码不对，还可以试 \d 次$/);
    expect(el.focused.at(-1)).to.equal('smsCode');
  });

  it('refuses a number it cannot send to without asking the API, and a short code without checking it', async () => {
    const el = await mount();
    await el.sms.send('1380013');
    expect(el.errors.mobile).to.equal('手机号格式不对');
    expect(el.sms.state.phase).to.equal('idle');
    expect(el.sms.sending).to.equal(false);
    await el.sms.send('13800138002');
    el.sms.codeTyped('12a3');
    expect(el.sms.state.code).to.equal('123');
    await el.sms.confirm();
    expect(el.errors.smsCode).to.equal('请填写 6 位验证码');
  });

  it('drops the code sent for a number once another is typed, keeping the resend wait', async () => {
    const el = await mount();
    await el.sms.send('13800138003');
    const resendAt = el.sms.state.resendAt;
    el.sms.mobileTyped('13900139000');
    expect(el.sms.state.phase).to.equal('idle');
    expect(el.sms.state.resendAt).to.equal(resendAt);
    el.sms.mobileTyped('139001390');
    expect(el.errors.mobile, 'not said while still typing').to.equal(undefined);
  });
});
