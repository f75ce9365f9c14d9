/**
 * Localisation a platform controls, seen in a widget: Traditional Chinese (zh-TW, zh-HK) generated from
 * the Simplified tables, string overrides through the provider, a registered locale, and an unknown one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../define/provider.js';
import '../../define/membership-join.js';
import type { UnionProvider } from '../../provider/provider.js';
import type { UnionElement } from '../base.js';
import { settled } from '../testing/common-suite.js';
import { $, text, waitText, waitUntil } from '../testing/dom.js';
import { apiBaseUrl, mintSession } from '../testing/session.js';
import type { StringOverrides } from './keys.js';
import { setStringOverrides } from './overrides.js';
import { registerLocale } from './register.js';

/**
 * Characters that exist only in Simplified Chinese, from the words the widgets use most (会 员 务 …): in a
 * Traditional page none may remain.
 */
const SIMPLIFIED_ONLY = /[会员务热线请单时间权护险职业为选择进码认书这说对证联区门类报动费关机资发经过还东车网约骑卖爱饭电话卖师级]/u;

async function mount(locale: string): Promise<{ provider: UnionProvider; widget: UnionElement }> {
  const session = await mintSession({ components: ['membership'], workerRef: crypto.randomUUID() });
  const provider = await fixture<UnionProvider>(html`<union-provider
    base-url=${await apiBaseUrl()}
    locale=${locale}
    .fetchToken=${async () => session.clientToken}
    ><union-membership-join></union-membership-join
  ></union-provider>`);
  const widget = provider.querySelector('union-membership-join') as UnionElement;
  await settled(widget);
  return { provider, widget };
}

const langOf = (widget: UnionElement) => $(widget, '[part~="base"]')!.getAttribute('lang');

/** What the widget says in its language: without the union's mark, which is Simplified in every language (`lang="zh-CN"`). */
function saidInLocale(widget: UnionElement): string {
  const copy = $(widget, '[part~="base"]')!.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[lang="zh-CN"]')) el.remove();
  return copy.textContent!.replace(/\s+/g, ' ');
}

describe('localisation', function () {
  this.timeout(30000);
  afterEach(() => setStringOverrides(undefined));

  for (const [tag, locale, words] of [
    ['zh-Hant-TW', 'zh-TW', ['開始申請入會', '工會', '互助保障', '職工服務熱線', '外賣騎手', '網約車司機', '12351']],
    ['zh-HK', 'zh-HK', ['開始申請入會', '工會', '互助保障', '職工服務熱線', '外賣騎手', '網約車司機', '12351']],
  ] as const) {
    it(`a widget in ${tag} speaks ${locale}: the union's terms in Traditional Chinese, no Simplified-only character, lang="${locale}"`, async () => {
      const { widget } = await mount(tag);
      await waitText(widget, '開始申請入會');
      await waitUntil(() => widget.localeReady, `${locale} tables loaded`);
      await widget.updateComplete;
      const shown = saidInLocale(widget);
      for (const word of words) expect(shown, word).to.contain(word);
      expect(shown).to.not.match(SIMPLIFIED_ONLY);
      expect(langOf(widget)).to.equal(locale);
      expect(widget.resolvedLocale).to.equal(locale);
      await expect(widget).to.be.accessible();
    });
  }

  it('zh-TW and zh-HK differ where Taiwan and Hong Kong phrase it differently (正在載入 / 正在加載)', async () => {
    const { zhTW } = await import('./zh-TW.js');
    const { zhHK } = await import('./zh-HK.js');
    expect(zhTW.t.common.loading).to.equal('正在載入…');
    expect(zhHK.t.common.loading).to.equal('正在加載…');
    expect(zhTW.t.common.identityName).to.equal('上海工會');
    expect(zhHK.t.enums.district['310115']).to.equal('浦東新區');
  });

  it("an override replaces a widget's words, per locale, and survives a switch of locale", async () => {
    const { provider, widget } = await mount('zh-CN');
    await waitText(widget, '开始申请入会');
    provider.strings = {
      'zh-CN': { 'membershipFlow.start': '马上申请入会', 'common.hotlineLabel': '工会热线' },
      en: { 'membershipFlow.start': 'Join now' },
    };
    await waitText(widget, '马上申请入会');
    expect(text(widget)).to.contain('工会热线').and.not.contain('开始申请入会');

    provider.locale = 'en';
    await waitText(widget, 'Join now');
    expect(langOf(widget)).to.equal('en');
    expect(text(widget)).to.not.contain('Start my application');

    provider.locale = 'zh-CN';
    await waitText(widget, '马上申请入会');
    expect(text(widget)).to.contain('工会热线');
    // Dropping them brings the union's own words back.
    provider.strings = undefined;
    await waitText(widget, '开始申请入会');
  });

  it('override keys are typed, and an unknown one is said in development and changes nothing', async () => {
    const typed: StringOverrides = { 'zh-CN': { 'membershipFlow.start': '入会', 'common.stepOf': (step, total) => `${step}/${total}` } };
    // @ts-expect-error a key that names no string is a compile error
    const typo: StringOverrides = { 'zh-CN': { 'membershipFlow.strat': '入会' } };
    expect(typed && typo).to.be.ok;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const { provider, widget } = await mount('zh-CN');
      await waitText(widget, '开始申请入会');
      provider.strings = { 'zh-CN': { 'membershipFlow.strat': '入会', 'membershp.title': '入会' } } as StringOverrides;
      await widget.updateComplete;
      await waitUntil(() => warnings.some((w) => w.includes('membershipFlow.strat')), 'a warning for the key that names no string');
      expect(warnings.join('\n')).to.contain('"membershp.title" names no table');
      expect(text(widget)).to.contain('开始申请入会');
    } finally {
      console.warn = warn;
    }
  });

  it('a registered locale renders with what it gives, falls back to English for the rest, and formats through Intl in it', async () => {
    registerLocale('fr', async () => ({
      translation: { common: { hotlineLabel: 'Ligne des travailleurs' } },
      widgets: { membershipFlow: { start: 'Commencer ma demande' } },
    }));
    const { widget } = await mount('fr-FR');
    await waitText(widget, 'Commencer ma demande');
    await waitUntil(() => widget.localeReady, 'fr tables loaded');
    await widget.updateComplete;
    const shown = saidInLocale(widget);
    expect(shown).to.contain('Ligne des travailleurs');
    // Not given in French: the English words, never a mix with Chinese.
    expect(shown).to.contain('Join the union');
    expect(shown).to.not.match(/[\u4e00-\u9fff]{2}/u);
    expect(langOf(widget)).to.equal('fr');
    expect((await import('./index.js')).resolveLocale('fr-CA')).to.equal('fr');
    expect((await import('../format.js')).formatter('fr').distance(1300)).to.equal(new Intl.NumberFormat('fr', { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(1.3));
  });

  it('an unregistered locale: the widget stays in zh-CN with a development warning, and loadTranslation rejects saying how to add it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const { widget } = await mount('ko');
      await waitText(widget, '开始申请入会');
      expect(langOf(widget)).to.equal('zh-CN');
      expect(warnings.join('\n')).to.contain('locale "ko"').and.contain('registerLocale');
    } finally {
      console.warn = warn;
    }
    const { loadTranslation } = await import('./index.js');
    let error: unknown;
    await loadTranslation('ko').catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/no locale "ko".*registerLocale/);
  });
});
