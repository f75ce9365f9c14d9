import { expect } from '@open-wc/testing';
import { residentIdCheckChar } from '@unionkit/sdk/validators';
import { findPersonalNumbers } from './sensitive.js';

/** A valid resident ID number: 徐汇区, born 1990-01-01, with its real check character. */
const ID17 = '31010419900101123';
const ID = `${ID17}${residentIdCheckChar(ID17)}`;
const fullWidth = (s: string) => s.replace(/[0-9X+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('findPersonalNumbers (the join form’s checks, on a job message)', () => {
  it('finds a resident ID number however it is written', () => {
    for (const written of [
      `身份证${ID}`,
      `身份证号 ${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`,
      `${ID.slice(0, 6)}-${ID.slice(6, 14)}-${ID.slice(14)}`,
      fullWidth(ID),
      `我的证件：${fullWidth(ID.slice(0, 6))}\u3000${fullWidth(ID.slice(6))}。`,
      ID.toLowerCase(),
    ]) {
      expect(findPersonalNumbers(written), written).to.deep.equal({ residentId: true, mobile: false });
    }
  });

  it('finds a mobile number however it is written', () => {
    for (const written of [
      '电话13987654321',
      '139 8765 4321',
      '139-8765-4321',
      '139–8765–4321',
      '+86 139 8765 4321',
      '86 13987654321',
      fullWidth('13987654321'),
      `${fullWidth('139')}\u3000${fullWidth('8765')}\u3000${fullWidth('4321')}`,
    ]) {
      expect(findPersonalNumbers(written), written).to.deep.equal({ residentId: false, mobile: true });
    }
  });

  it('finds both in one message', () => {
    expect(findPersonalNumbers(`手机 139 8765 4321，身份证 ${ID}`)).to.deep.equal({ residentId: true, mobile: true });
  });

  it('does not take other numbers for them: a wrong check digit, a fixed line, an order number, money, times', () => {
    const wrongCheck = `${ID17}${residentIdCheckChar(ID17) === '0' ? '1' : '0'}`;
    for (const written of [
      wrongCheck,
      '12987654321', // 12x is no mobile prefix
      '021-5173 8011',
      '订单号 20261113987654321',
      '期望月薪 8,000 元，可 09:30 面试',
      '三年经验，2023 年 5 月开始跑单',
      '',
    ]) {
      expect(findPersonalNumbers(written), written).to.deep.equal({ residentId: false, mobile: false });
    }
  });
});
