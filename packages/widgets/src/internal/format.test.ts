import { expect } from '@open-wc/testing';
import { createFormatter, formatter } from './format.js';

describe('formatter', () => {
  it('formats fen as yuan in both locales', () => {
    expect(formatter('zh-CN').money(1200)).to.equal('¥12.00');
    expect(formatter('en').money(1200)).to.equal('¥12.00');
    expect(formatter('zh-CN').money(1200, { trim: true })).to.equal('¥12');
    expect(formatter('en').money(1250, { trim: true })).to.equal('¥12.50');
    expect(formatter('zh-CN').money(1234567)).to.equal('¥12,345.67');
  });

  it('formats dates and times in Shanghai time whatever the device zone', () => {
    expect(formatter('zh-CN').date('2026-03-05')).to.equal('2026年3月5日');
    expect(formatter('en').date('2026-03-05')).to.equal('Mar 5, 2026');
    // 01:30 UTC is 09:30 in Shanghai.
    expect(formatter('zh-CN').dateTime('2026-03-05T01:30:00Z')).to.equal('2026年3月5日 09:30');
    expect(formatter('en').time('2026-03-05T09:30:00+08:00')).to.equal('9:30 AM');
    expect(formatter('zh-CN').time('18:05')).to.equal('18:05');
    expect(formatter('en').shortDate('2026-12-31')).to.equal('Dec 31');
  });

  it('formats distances in metres below 1 km and kilometres above', () => {
    expect(formatter('zh-CN').distance(850)).to.equal('850米');
    expect(formatter('en').distance(850.4)).to.equal('850 m');
    expect(formatter('zh-CN').distance(1250)).to.equal('1.3公里');
    expect(formatter('en').distance(12000)).to.equal('12 km');
  });

  it('formats numbers and caches formatters per locale', () => {
    expect(formatter('en').number(12345)).to.equal('12,345');
    expect(formatter('zh-CN')).to.equal(formatter('zh-CN'));
    expect(formatter('zh-CN')).to.not.equal(formatter('en'));
  });

  it('builds each Intl formatter when it is first used, not up front', () => {
    const { NumberFormat, DateTimeFormat } = Intl;
    const built: string[] = [];
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      built.push('number');
      return new NumberFormat(...args);
    } as unknown as typeof NumberFormat;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof DateTimeFormat>) {
      built.push('date');
      return new DateTimeFormat(...args);
    } as unknown as typeof DateTimeFormat;
    try {
      const f = createFormatter('zh-CN');
      expect(built, 'nothing built up front').to.deep.equal([]);
      expect(f.money(1200)).to.equal('¥12.00');
      expect(f.money(3400)).to.equal('¥34.00');
      expect(built, 'one currency formatter, reused').to.deep.equal(['number']);
      expect(f.date('2026-03-05')).to.equal('2026年3月5日');
      expect(built).to.deep.equal(['number', 'date']);
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
