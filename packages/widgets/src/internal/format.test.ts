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
      expect(f.distance(850)).to.equal('850米');
      expect(f.distance(620)).to.equal('620米');
      expect(built, 'one metre formatter, reused').to.deep.equal(['number']);
      expect(f.date('2026-03-05')).to.equal('2026年3月5日');
      expect(built).to.deep.equal(['number', 'date']);
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });

  it('says whole fen and whole numbers as Intl does without building an Intl.NumberFormat (a list’s first salary costs no locale data)', () => {
    const amounts = [0, 1, 5, 99, 100, 1200, 1250, 100000, 123456789, -1, -1200, -123456, 987654321012];
    const expected = (['zh-CN', 'en'] as const).map((locale) => {
      const cny = { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' } as const;
      const money = new Intl.NumberFormat(locale, cny);
      const trimmed = new Intl.NumberFormat(locale, { ...cny, minimumFractionDigits: 0, maximumFractionDigits: 0 });
      const plain = new Intl.NumberFormat(locale);
      return amounts.map((fen) => [money.format(fen / 100), (fen % 100 === 0 ? trimmed : money).format(fen / 100), plain.format(fen)]);
    });
    const { NumberFormat } = Intl;
    let built = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      built++;
      return new NumberFormat(...args);
    } as unknown as typeof NumberFormat;
    try {
      const said = (['zh-CN', 'en'] as const).map((locale) => {
        const f = createFormatter(locale);
        return amounts.map((fen) => [f.money(fen), f.money(fen, { trim: true }), f.number(fen)]);
      });
      expect(said).to.deep.equal(expected);
      expect(built, 'no Intl.NumberFormat built').to.equal(0);
      expect(createFormatter('en').number(1234.5678), 'a fraction still goes through Intl').to.equal('1,234.568');
      expect(built).to.equal(1);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });
});
