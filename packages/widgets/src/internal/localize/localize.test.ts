import { serviceMapStrings } from '../../service-map/strings.js';
import { expect } from '@open-wc/testing';
import { en } from './en.js';
import { getTranslation, loadTranslation, resolveLocale } from './index.js';
import { zhCN } from './zh-CN.js';

/** Every leaf path of a table (functions count as leaves). */
function leaves(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe('localize', () => {
  it('zh-CN and en have the same keys, none empty', () => {
    expect(leaves(en)).to.deep.equal(leaves(zhCN));
    for (const table of [zhCN, en]) {
      for (const path of leaves(table)) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], table);
        expect(value, path).to.satisfy((v: unknown) => typeof v === 'function' || (typeof v === 'string' && v !== ''), 'a message or a formatter');
      }
    }
  });

  it('uses the policy vocabulary in zh-CN', () => {
    expect(serviceMapStrings['zh-CN'].enums.servicePointType.rest_station).to.equal('户外职工爱心接力站');
    expect(zhCN.enums.occupation.food_delivery_rider).to.equal('外卖骑手');
    expect(zhCN.common.hotlineLabel).to.equal('职工服务热线');
    expect(zhCN.enums.district['310115']).to.equal('浦东新区');
    expect(en.enums.district['310151']).to.equal('Chongming');
    expect(Object.keys(zhCN.enums.district)).to.have.length(16);
  });

  it('formats messages with values', () => {
    expect(en.common.stepOf(2, 5)).to.equal('Step 2 of 5');
  });

  it('has a friendly message for every error code', () => {
    expect(zhCN.errors.token_expired).to.match(/[\u4e00-\u9fff]/);
    expect(en.errors.network_error).to.match(/network/i);
  });

  it('resolves tags and loads en on demand', async () => {
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(resolveLocale('fr')).to.equal(undefined);
    expect(getTranslation('zh-CN')).to.equal(zhCN);
    expect(await loadTranslation('en')).to.deep.equal(en);
  });

  it('resolves Chinese tags to the variant their region or script reads', () => {
    const want: Record<string, string> = {
      'zh-HK': 'zh-HK', 'zh-MO': 'zh-HK', 'zh-Hant-HK': 'zh-HK', 'zh-Hant-MO': 'zh-HK',
      'zh-TW': 'zh-TW', 'zh-Hant': 'zh-TW', 'zh-Hant-TW': 'zh-TW',
      zh: 'zh-CN', 'zh-CN': 'zh-CN', 'zh-SG': 'zh-CN', 'zh-Hans': 'zh-CN', 'zh-Hans-HK': 'zh-CN', 'zh-Hans-CN': 'zh-CN',
    };
    for (const [tag, locale] of Object.entries(want)) expect(resolveLocale(tag), tag).to.equal(locale);
  });

  it('zh-TW and zh-HK load on demand, with every key zh-CN has', async () => {
    expect(getTranslation('zh-TW')).to.equal(undefined);
    const tw = await loadTranslation('zh-TW');
    const hk = await loadTranslation('zh-HK');
    expect(leaves(tw)).to.deep.equal(leaves(zhCN));
    expect(leaves(hk)).to.deep.equal(leaves(zhCN));
    expect([tw.locale, hk.locale]).to.deep.equal(['zh-TW', 'zh-HK']);
    expect(tw.common.stepOf(2, 5)).to.equal('第 2 步，共 5 步');
    expect(tw.common.supportReference('req_1')).to.equal('如問題持續，請撥打 12351 並提供編號 req_1');
  });
});
