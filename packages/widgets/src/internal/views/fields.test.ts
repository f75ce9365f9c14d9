// A labelled field as a screen reader meets it: the label names the control, the hint and (only while
// in error) the error describe it, aria-invalid says it is wrong, and the error region is polite and live.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { checkbox, selectField, textField } from './fields.js';

async function container(): Promise<HTMLElement> {
  return fixture<HTMLDivElement>(html`<div></div>`);
}

describe('form fields', () => {
  it('ties the hint, and the error only while there is one, to the input with aria-describedby', async () => {
    const el = await container();
    const paint = (error?: string) =>
      render(textField({ id: 'mobile', label: '手机号', hint: '11 位数字', error, value: '', onInput: () => {} }), el);
    paint();
    const input = el.querySelector('input')!;
    expect(el.querySelector('label')!.htmlFor).to.equal('mobile');
    expect(input.getAttribute('aria-describedby')).to.equal('mobile-hint');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector('#mobile-hint')!.textContent).to.equal('11 位数字');
    const errorRegion = el.querySelector('#mobile-error')!;
    expect(errorRegion.getAttribute('aria-live')).to.equal('polite');
    expect(errorRegion.textContent).to.equal('');
    await expect(el).to.be.accessible();

    paint('请输入 11 位手机号');
    expect(input.getAttribute('aria-describedby')).to.equal('mobile-hint mobile-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(errorRegion.textContent).to.equal('请输入 11 位手机号');
    await expect(el).to.be.accessible();
  });

  it('passes what is typed and keys pressed in the input', async () => {
    const el = await container();
    const typed: string[] = [];
    const keys: string[] = [];
    render(
      textField({ id: 'code', label: '验证码', value: '', onInput: (v) => typed.push(v), onKeydown: (e) => keys.push(e.key) }),
      el,
    );
    el.querySelector('input')!.focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    expect(typed).to.deep.equal(['1', '12']);
    expect(keys).to.include('Enter');
  });

  it('wires a select and a checkbox the same way', async () => {
    const el = await container();
    render(
      html`${selectField({ id: 'district', label: '区', error: '请选择区', value: '', placeholder: '请选择', options: [{ value: '310104', label: '徐汇区' }], onChange: () => {} })}
      ${checkbox({ id: 'consent', label: '我同意', checked: false, error: '请勾选', onChange: () => {} })}`,
      el,
    );
    expect(el.querySelector('select')!.getAttribute('aria-describedby')).to.equal('district-error');
    expect(el.querySelector('select')!.getAttribute('aria-invalid')).to.equal('true');
    const box = el.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.getAttribute('aria-describedby')).to.equal('consent-error');
    expect(el.querySelector('#consent-error')!.textContent).to.equal('请勾选');
    await expect(el).to.be.accessible();
  });
});
