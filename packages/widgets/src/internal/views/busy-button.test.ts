// A button for something that takes a moment: its label and aria-busy while it runs, disabled only when
// the caller asks, and its explanation tied with aria-describedby.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { busyButton, type BusyButtonOptions } from './busy-button.js';

async function mount(o: Partial<BusyButtonOptions>) {
  const el = await fixture<HTMLDivElement>(html`<div><p id="why">先验证手机号</p></div>`);
  let clicks = 0;
  const host = document.createElement('div');
  el.append(host);
  render(busyButton({ label: '提交', busyLabel: '正在提交…', busy: false, onClick: () => clicks++, ...o }), host);
  return { el, button: host.querySelector('button')!, clicks: () => clicks };
}

describe('busyButton', () => {
  it('says what it does, is not busy, and runs on a tap', async () => {
    const { button, clicks } = await mount({ primary: true, part: 'button button-primary' });
    expect(button.textContent!.trim()).to.equal('提交');
    expect(button.getAttribute('aria-busy')).to.equal('false');
    expect(button.className).to.equal('primary');
    expect(button.getAttribute('part')).to.equal('button button-primary');
    button.click();
    expect(clicks()).to.equal(1);
  });

  it('while busy says so in its label and aria-busy, and stays enabled unless asked', async () => {
    const { el, button } = await mount({ busy: true });
    expect(button.textContent!.trim()).to.equal('正在提交…');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.disabled).to.equal(false);
    await expect(el).to.be.accessible();
    const disabled = await mount({ busy: true, disabled: true });
    expect(disabled.button.disabled).to.equal(true);
  });

  it('is described by the text that explains it', async () => {
    const { button, el } = await mount({ describedBy: 'why', disabled: true });
    expect(button.getAttribute('aria-describedby')).to.equal('why');
    expect(el.querySelector('#why')!.textContent).to.equal('先验证手机号');
  });
});
