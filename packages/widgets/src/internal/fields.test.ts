import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { countCharacters, halfWidth, normaliseId, normaliseNumber } from './fields.js';
import { textField } from './views/fields.js';
import { errorTemplate, noticeTemplate } from './views/states.js';
import { zhCN } from './localize/index.js';
import { en } from './localize/en.js';
import { mountWidget } from './testing/common-suite.js';
import { ASCII_PUNCTUATION_IN_CHINESE } from './testing/dom.js';
import './testing/demo-widget.js';
import { membershipJoinStrings } from '../membership-join/strings.js';
import { joinFlowStrings } from '../membership-join/flow-strings.js';

/** Every string of a table, functions called with sample values. */
function strings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 3 : 'X'));
    const out = (value as (...a: unknown[]) => unknown)(...args);
    return typeof out === 'string' ? [{ path, text: out }] : [];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('typed numbers and IDs', () => {
  it('turns full-width digits, letters and signs into ASCII', () => {
    expect(halfWidth('１３８００１３８０００')).to.equal('13800138000');
    expect(halfWidth('３１０１０４１９９２０３１５０４１ｘ')).to.equal('31010419920315041x');
    expect(halfWidth('＋８６\u3000１３８')).to.equal('+86 138');
  });

  it('drops thousands separators, half- or full-width, and leaves anything else for the field to check', () => {
    expect(normaliseNumber('8,000')).to.equal('8000');
    expect(normaliseNumber('８，０００')).to.equal('8000');
    expect(normaliseNumber('12,500.50')).to.equal('12500.50');
    expect(normaliseNumber(' 8000 ')).to.equal('8000');
    expect(normaliseNumber('1 200')).to.equal('1200');
    expect(normaliseNumber('1,2345')).to.equal('1,2345'); // not a grouping: left for the check to refuse
  });

  it('reads an ID, code or mobile as the API takes it', () => {
    expect(normaliseId('１１０１０５ １９９００３０７ ００１ｘ')).to.equal('11010519900307001X');
    expect(normaliseId('138-0013-8000')).to.equal('13800138000');
    expect(normaliseId('＋８６ １３８ ００１３ ８０００')).to.equal('+8613800138000');
  });

  it('counts characters as the worker sees them', () => {
    expect(countCharacters('工会')).to.equal(2);
    expect(countCharacters('👨‍👩‍👧')).to.equal(1);
    expect(countCharacters('👍🏽ok')).to.equal(3);
    expect(countCharacters('e\u0301')).to.equal(1);
    expect(countCharacters('')).to.equal(0);
  });
});

describe('shared strings and templates', () => {
  it('writes Chinese punctuation in Chinese text: no ASCII ( ) : next to Chinese in the zh-CN tables', () => {
    const found = [...strings(zhCN), ...strings(membershipJoinStrings['zh-CN']), ...strings(joinFlowStrings['zh-CN'])].filter((s) =>
      ASCII_PUNCTUATION_IN_CHINESE.test(s.text),
    );
    expect(found).to.deep.equal([]);
  });

  it('puts a Chinese label suffix in Chinese parentheses, an English one in ASCII ones', async () => {
    const field = (suffix: string) =>
      fixture(html`<div>${textField({ id: 'x', label: '留言', labelSuffix: suffix, value: '', onInput: () => undefined })}</div>`);
    expect((await field(zhCN.common.optional)).querySelector('label')!.textContent).to.contain('（选填）');
    expect((await field(en.common.optional)).querySelector('label')!.textContent).to.contain('(optional)');
  });

  it('shows success and errors in different colours, each from its own token', async () => {
    const el = await mountWidget('union-demo-widget', undefined);
    const body = el.shadowRoot!.querySelector('[part~="base"]')!;
    const box = document.createElement('div');
    body.append(box);
    const error = { code: 'network_error' as const, retryable: true, message: 'x', fieldErrors: [] };
    render(html`${noticeTemplate('success', '已报名')}${errorTemplate(zhCN, error)}${noticeTemplate('error', '失败')}`, box);
    el.style.setProperty('--union-color-success', 'rgb(0, 128, 0)');
    el.style.setProperty('--union-color-danger', 'rgb(200, 0, 0)');
    const border = (selector: string) => getComputedStyle(box.querySelector(selector)!).borderLeftColor;
    expect(border('[part~="success"]')).to.equal('rgb(0, 128, 0)');
    expect(border('[part~="error-state"]')).to.equal('rgb(200, 0, 0)');
    expect(border('.notice-msg.error')).to.equal('rgb(200, 0, 0)');
    el.style.removeProperty('--union-color-success');
    el.style.removeProperty('--union-color-danger');
    expect(border('[part~="success"]')).to.not.equal(border('[part~="error-state"]'));
    await expect(el).to.be.accessible();
  });
});
