// The hosted page in Traditional Chinese: opened with locale=zh-HK or zh-TW (or a tag that resolves to
// them), its own words and its SMS step's come from the tables generated from the Simplified ones
// (`npm run generate:l10n -w @unionkit/widgets`), with the union's fixed terms and no Simplified-only
// character; zh-CN and en stay as they are.
import { expect } from '@open-wc/testing';
import { startHosted } from './start.js';
import { hostedStrings, hostedWords } from './strings.js';
import { stepStrings } from './step-strings.js';

/** Characters that exist only in Simplified Chinese, from the words the page uses (会 务 热 线 请 …). */
const SIMPLIFIED_ONLY = /[会员务热线请单时间权护险职业为选择进码认书这说对证联区门类报动费关机资发经过还东车网约骑卖爱饭电话师级开续统览应败]/u;

/** A stand-in for the page's window at `href`: its own document, and a history that records the address. */
function pageAt(href: string) {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = '<main id="union-hosted"></main>';
  const location = { href, hash: new URL(href).hash };
  const win = { document: doc, location, history: { state: null, replaceState: () => undefined }, parent: null } as unknown as Window;
  return { win, doc };
}

const said = (doc: Document) => doc.querySelector('[role="alert"]')?.textContent ?? '';

describe('hosted page: Traditional Chinese', function () {
  this.timeout(20000);

  for (const [tag, locale, title, words] of [
    ['zh-HK', 'zh-HK', '上海工會服務', ['鏈接', '會話', '工作 App']],
    ['zh-Hant-TW', 'zh-TW', '上海工會服務', ['連結', '工作 App']],
  ] as const) {
    it(`opened with locale=${tag}, the page speaks ${locale}: its title, lang and message`, async () => {
      const { win, doc } = pageAt(`https://union.example/hosted/hosted.html?locale=${tag}#widget=membership-join`);
      await startHosted(win);
      expect(doc.documentElement.lang).to.equal(locale);
      expect(doc.title).to.equal(title);
      const message = said(doc);
      for (const word of words) expect(message, word).to.contain(word);
      expect(message).to.not.match(SIMPLIFIED_ONLY);
    });

    it(`every word of the page and its SMS step in ${locale}: the union's terms, no Simplified-only character`, async () => {
      const page = await hostedWords(hostedStrings, locale);
      const step = await hostedWords(stepStrings, locale);
      expect(page.parentRefused).to.contain('12351 職工服務熱線');
      expect(page.close).to.equal('關閉');
      expect(step.heading).to.equal('驗證手機號');
      expect(step.codeSent('138****0000')).to.match(/^驗證碼已(發送|傳送)至 138\*{4}0000$/);
      for (const table of [page, step]) {
        for (const [key, value] of Object.entries(table)) {
          const text = typeof value === 'function' ? (value as (x: number) => string)(3) : String(value);
          expect(text, key).to.not.match(SIMPLIFIED_ONLY);
        }
      }
    });
  }

  it('zh-CN and en are unchanged', async () => {
    const zh = pageAt('https://union.example/hosted/hosted.html?locale=zh-CN#widget=membership-join');
    await startHosted(zh.win);
    expect(zh.doc.title).to.equal('上海工会服务');
    expect(said(zh.doc)).to.equal('链接中没有会话令牌，请从工作 App 中重新打开。');
    const en = pageAt('https://union.example/hosted/hosted.html?locale=en#widget=membership-join');
    await startHosted(en.win);
    expect(en.doc.title).to.equal('Shanghai Trade Union services');
    expect(said(en.doc)).to.contain('session token');
    expect((await hostedWords(stepStrings, 'en')).heading).to.equal('Verify your mobile');
  });
});
