import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { zMembershipApplicationCreate } from '@unionkit/sdk/schemas';
import * as z from 'zod/mini';
import { settled } from '../internal/testing/common-suite.js';
import { SENTINELS } from '../internal/testing/sentinels.js';
import { createTestClient } from '../internal/testing/session.js';
import { DRAFT_KEY, type UnionMembershipJoin } from './membership-join.js';
import { NAME_MAX, NAME_MIN } from './model.js';
import { $, choose, click, clickText, fill, headingOf, root, tabTo, text, waitFor, waitText, waitUntil } from '../internal/testing/dom.js';
import {
  MOBILE,
  NAME,
  TAG,
  VALID_ID,
  WRONG_CHECK_DIGIT,
  assertUsable,
  atStep,
  fillToReview,
  mount,
  validSentinelId,
} from '../internal/testing/membership-join.js';

beforeEach(() => sessionStorage.removeItem(DRAFT_KEY));

const freshClient = (fetch?: (input: Request, init?: RequestInit) => Promise<Response>) =>
  createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() }, ...(fetch ? { fetch } : {}) });

const EDIT_CONSENTS_EN = 'Change consents';

const nameError = (el: Element) => $(el, '#fullName-error')!.textContent!.trim();

describe('<union-membership-join>: what the worker types', function () {
  this.timeout(40000);

  it('keeps the name limits of the contract', () => {
    // What the contract's schema says of a name alone (the rest of the body is missing on purpose).
    const nameIssues = (fullName: string) =>
      (z.safeParse(zMembershipApplicationCreate, { fullName }).error?.issues ?? []).filter((issue) => issue.path[0] === 'fullName');
    expect(nameIssues('王'.repeat(NAME_MIN))).to.deep.equal([]);
    expect(nameIssues('王'.repeat(NAME_MAX))).to.deep.equal([]);
    expect(nameIssues('王'.repeat(NAME_MIN - 1)).map((issue) => issue.code)).to.deep.equal(['too_small']);
    expect(nameIssues('王'.repeat(NAME_MAX + 1)).map((issue) => issue.code)).to.deep.equal(['too_big']);
  });

  it('refuses markup, digits and emoji in a name, says which character, ties the message to the field', async () => {
    const el = await mount(await freshClient());
    await settled(el);
    await clickText(el, '开始申请入会');
    await atStep(el, 2);
    for (const [typed, shown] of [
      ['<img src=x onerror=alert(1)>', '<'],
      ['王小明2', '2'],
      ['王小明😀', '😀'],
      ['王小明👍🏽', '👍🏽'],
    ]) {
      await fill(el, '#fullName', typed!, false);
      expect(nameError(el), typed).to.contain(`“${shown}”`);
      expect(nameError(el)).to.contain('汉字、字母、空格和间隔号');
      const input = $(el, '#fullName')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('fullName-error');
    }
    await assertUsable(el);
    await click(el, '#next');
    expect(root(el).activeElement!.id).to.equal('fullName');
    expect(headingOf(el)).to.contain('第 2 步');
  });

  it('says a name over the limit is too long instead of cutting it', async () => {
    const el = await mount(await freshClient());
    await settled(el);
    await clickText(el, '开始申请入会');
    await atStep(el, 2);
    const long = '阿'.repeat(NAME_MAX + 3);
    await fill(el, '#fullName', long, false); // as a paste would
    expect(($(el, '#fullName') as HTMLInputElement).value).to.equal(long);
    expect(nameError(el)).to.contain(`最多 ${NAME_MAX} 个字，现在有 ${NAME_MAX + 3} 个`);
    await fill(el, '#fullName', '阿'.repeat(NAME_MAX));
    expect(nameError(el)).to.equal('');
  });

  it('accepts Chinese, latin names with spaces and minority names with a middle dot, look-alikes written "·"', async () => {
    const el = await mount(await freshClient());
    await settled(el);
    await clickText(el, '开始申请入会');
    await atStep(el, 2);
    for (const [typed, kept] of [
      ['阿依古丽・买买提', '阿依古丽·买买提'], // katakana middle dot
      ['阿依古丽 • 买买提', '阿依古丽·买买提'],
      ['阿依古丽.买买提', '阿依古丽·买买提'],
      ['王 小明', '王小明'],
      ['  John   Smith ', 'John Smith'],
      ['Zoë Lee', 'Zoë Lee'],
    ]) {
      await fill(el, '#fullName', typed!);
      expect(nameError(el), typed).to.equal('');
      expect(($(el, '#fullName') as HTMLInputElement).value).to.equal(kept);
    }
    await fill(el, '#fullName', '·买买提');
    expect(nameError(el)).to.contain('间隔号');
    await fill(el, '#fullName', '王');
    expect(nameError(el)).to.contain(`至少 ${NAME_MIN} 个字`);
  });

  it('reads full-width digits in the ID number, mobile and SMS code, and sends them as ASCII', async () => {
    const client = await freshClient();
    const el = await mount(client);
    await settled(el);
    await clickText(el, '开始申请入会');
    await atStep(el, 2);
    await fill(el, '#fullName', '阿依古丽·买买提');
    const fullWidthId = VALID_ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    await fill(el, '#residentId', fullWidthId);
    expect(text(el, 'body')).to.contain('310104********0418');
    expect(text(el, 'body')).to.contain('出生日期 1992年3月15日');
    await fill(el, '#mobile', '１３８ ００１３ ８０００');
    expect($(el, '#mobile-error')!.textContent).to.equal('');
    await click(el, '#sendCode');
    await waitFor(el, '#smsCode');
    await fill(el, '#smsCode', '０００００００'.slice(0, 6), false);
    await click(el, '#confirmCode');
    await waitFor(el, '#mobileVerified');
    expect(text(el, 'body')).to.contain('138****8000');
    await choose(el, '#occupation', 'courier');
    await choose(el, '#workDistrict', '310104');
    await click(el, '#next');
    await atStep(el, 3);
    await waitUntil(() => root(el).querySelector('input[name="organisation"]:checked'), 'suggested preselected', { timeout: 8000 });
    await click(el, '#next');
    await atStep(el, 4);
    for (const id of ['#membership_processing', '#sensitive_id_number', '#charter']) await click(el, id);
    await click(el, '#next');
    await atStep(el, 5);
    await click(el, '#submit');
    await waitText(el, '入会申请已提交', 'body');
    const [application] = (await client.membership.listApplications()).data;
    // Sent at all means sent as ASCII: the ID and mobile are checked against the contract's patterns first.
    expect(application!.occupation).to.equal('courier');
  });

  it('validates the resident ID as it is typed: check digit, birth date, format; derives birth date and sex', async () => {
    const el = await mount(await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() } }));
    await settled(el);
    await clickText(el, '开始申请入会');
    await atStep(el, 2);
    await fill(el, '#residentId', WRONG_CHECK_DIGIT, false);
    expect($(el, '#residentId-error')!.textContent).to.contain('校验位');
    expect($(el, '#residentId')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#residentId')!.getAttribute('aria-describedby')).to.contain('residentId-error');
    await expect(el).to.be.accessible();
    await fill(el, '#residentId', '310104199213150418', false);
    expect($(el, '#residentId-error')!.textContent).to.contain('出生日期');
    await fill(el, '#residentId', '31010419920A', false);
    expect($(el, '#residentId-error')!.textContent).to.contain('18 位');
    await fill(el, '#residentId', '3101041992', false); // still typing: no complaint yet
    expect($(el, '#residentId-error')!.textContent).to.equal('');
    await fill(el, '#residentId', VALID_ID, false);
    expect($(el, '#residentId-error')!.textContent).to.equal('');
    expect($(el, '#residentId-hint')!.textContent).to.contain('出生日期 1992年3月15日，性别 男');
    ($(el, '#residentId') as HTMLInputElement).blur();
    await el.updateComplete;
    expect(text(el, 'body')).to.contain('310104********0418');
    expect($(el, '#residentId')).to.equal(null);
    // Too young to join (born 2015, valid check digit).
    await click(el, '#editResidentId');
    expect(root(el).activeElement!.id).to.equal('residentId');
    await fill(el, '#residentId', '110105201503070013', false);
    expect($(el, '#residentId-error')!.textContent).to.contain('16 周岁');
    // Next with everything missing: errors on each field, focus on the first.
    await fill(el, '#residentId', '', false);
    await click(el, '#next');
    expect(root(el).activeElement!.id).to.equal('fullName');
    expect($(el, '#fullName-error')!.textContent).to.contain('请填写姓名');
    expect($(el, '#mobile-error')!.textContent).to.contain('请填写手机号码');
    expect($(el, '#occupation-error')!.textContent).to.contain('请选择职业');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.match(/\S/);
    await expect(el).to.be.accessible();
    // A mobile that is not one; then a valid one needs the SMS code before moving on.
    await fill(el, '#mobile', '12345678901');
    expect($(el, '#mobile-error')!.textContent).to.contain('11 位手机号码');
    await fill(el, '#mobile', '+86 138 0013 8000');
    expect($(el, '#mobile-error')!.textContent).to.equal('');
    await click(el, '#next');
    expect($(el, '#mobile-error')!.textContent).to.contain('短信验证码');
    // A wrong code is refused with the attempts left.
    await click(el, '#sendCode');
    await waitFor(el, '#smsCode');
    await fill(el, '#smsCode', '123456', false);
    await click(el, '#confirmCode');
    await waitUntil(() => $(el, '#smsCode-error')!.textContent!.includes('还可以再试 4 次'), 'wrong code');
    await expect(el).to.be.accessible();
  });

  it('keeps a half-filled form over a reload, except the name, ID number and mobile, which never reach storage', async () => {
    const client = await createTestClient({ session: { components: ['membership'], workerRef: crypto.randomUUID() } });
    const setItem = Storage.prototype.setItem;
    const written: string[] = [];
    Storage.prototype.setItem = function (k: string, v: string) {
      written.push(`${k}=${v}`);
      return setItem.call(this, k, v);
    };
    let first: UnionMembershipJoin | undefined;
    try {
      first = await mount(client);
      await settled(first);
      await fillToReview(first, { name: SENTINELS.name, idNumber: validSentinelId(SENTINELS.idNumber), mobile: SENTINELS.mobile });
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(written.length).to.be.greaterThan(0);
    const personal = [SENTINELS.name, SENTINELS.mobile, validSentinelId(SENTINELS.idNumber), SENTINELS.idNumber.slice(0, 17)];
    for (const w of written) for (const v of personal) expect(w).to.not.contain(v);
    for (const v of personal) expect(sessionStorage.getItem(DRAFT_KEY)).to.not.contain(v);
    expect(sessionStorage.getItem(DRAFT_KEY)).to.contain('food_delivery_rider');

    // "Reload": a fresh element on the same session, beside the first (mountWidget mounts once per test).
    const again = document.createElement(TAG) as UnionMembershipJoin;
    again.client = client;
    first!.after(again);
    await settled(again);
    await atStep(again, 2);
    expect(text(again, 'body')).to.contain('姓名、身份证号码和手机号码不会保存在本机');
    expect(($(again, '#fullName') as HTMLInputElement).value).to.equal('');
    expect(($(again, '#residentId') as HTMLInputElement).value).to.equal('');
    expect(($(again, '#mobile') as HTMLInputElement).value).to.equal('');
    expect(($(again, '#occupation') as HTMLSelectElement).value).to.equal('food_delivery_rider');
    expect(($(again, '#workDistrict') as HTMLSelectElement).value).to.equal('310104');
    await expect(again).to.be.accessible();
    // The consents ticked are kept too.
    await fill(again, '#fullName', NAME);
    await fill(again, '#residentId', VALID_ID);
    await fill(again, '#mobile', MOBILE);
    await click(again, '#sendCode');
    await waitFor(again, '#smsCode');
    await fill(again, '#smsCode', '000000', false);
    await click(again, '#confirmCode');
    await waitFor(again, '#mobileVerified');
    await click(again, '#next');
    await atStep(again, 3);
    await waitUntil(() => root(again).querySelector('input[name="organisation"]:checked'), 'organisation restored', { timeout: 8000 });
    await click(again, '#next');
    await atStep(again, 4);
    expect(($(again, '#membership_processing') as HTMLInputElement).checked).to.equal(true);
    expect(($(again, '#charter') as HTMLInputElement).checked).to.equal(true);
    expect(($(again, '#share_status_with_platform') as HTMLInputElement).checked).to.equal(false);
  });

  it('keeps “已同意” on one line on the review at 320 px, in care mode too', async () => {
    const el = await mount(await freshClient());
    await settled(el);
    await fillToReview(el);
    for (const mode of [undefined, 'care'] as const) {
      el.mode = mode; // 关怀模式's larger text is where the answer was squeezed to one character a line
      await el.updateComplete;
      for (const dd of root(el).querySelectorAll<HTMLElement>('.consents-review dd')) {
        const range = document.createRange();
        range.selectNodeContents(dd);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        expect(lines.size, `${mode ?? 'normal'}: ${dd.textContent!}`).to.equal(1);
        expect(dd.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      await assertUsable(el);
    }
  });
});

describe('<union-membership-join>: reading notices, finding a union, a first visit', function () {
  this.timeout(40000);

  it('opens each consent’s notice and the charter in a dialog: loading, text, Escape, focus back', async () => {
    const el = await mount(await freshClient());
    await settled(el);
    await fillToReview(el);
    await clickText(el, '修改同意事项');
    await atStep(el, 4);
    const links = [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="notice-link"]')];
    expect(links).to.have.length(4);
    for (const link of links) {
      expect(link.getAttribute('aria-haspopup')).to.equal('dialog');
      const label = root(el).getElementById(link.getAttribute('aria-describedby')!);
      expect(label!.textContent).to.match(/同意|章程/);
    }
    await assertUsable(el);
    const charter = links[3]!;
    await tabTo(el, (a) => a === charter, 'the charter link');
    await sendKeys({ press: 'Enter' });
    const dialog = (await waitFor(el, 'dialog[part~="notice-dialog"]')) as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(root(el).activeElement!.id).to.equal('union-notice-title');
    await waitUntil(() => dialog.textContent!.includes('告知书版本 2026-11'), 'the notice arrives');
    expect(dialog.querySelector('h2')!.textContent).to.match(/章程/);
    expect(dialog.textContent!.length).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'), 'closed');
    expect(root(el).activeElement).to.equal(charter);
    // The checkbox was not ticked by opening its notice.
    expect(($(el, '#charter') as HTMLInputElement).checked).to.equal(true);
  });

  it('offers a retry when a notice cannot load, and shows it in English for an English widget', async () => {
    let offline = true;
    const el = await mount(
      await freshClient((input, init) =>
        offline && input.url.includes('/privacy-notices/') ? Promise.reject(new TypeError('Failed to fetch')) : globalThis.fetch(input, init),
      ),
      'en',
    );
    await settled(el);
    await fillToReview(el);
    await clickText(el, EDIT_CONSENTS_EN);
    await atStep(el, 4);
    root(el).querySelector<HTMLButtonElement>('button[part~="notice-link"]')!.click();
    const dialog = await waitFor(el, 'dialog[part~="notice-dialog"]');
    await waitUntil(() => dialog.querySelector('button[part~="retry"]'), 'retry offered');
    const retry = dialog.querySelector<HTMLButtonElement>('button[part~="retry"]')!;
    expect(dialog.textContent).to.contain('No connection');
    await expect(el).to.be.accessible();
    offline = false;
    retry.click();
    await waitUntil(() => dialog.textContent!.includes('Notice version 2026-11'), 'loaded after retry');
    expect(dialog.querySelector('h2')!.textContent).to.match(/[A-Za-z]/);
    dialog.querySelector<HTMLButtonElement>('button[part~="notice-close"]')!.click();
    await waitUntil(() => !$(el, 'dialog'), 'closed');
  });

  it('lets the worker search the district’s unions by name or street, suggested first, by keyboard', async () => {
    const client = await freshClient();
    const el = await mount(client);
    await settled(el);
    await fillToReview(el);
    await clickText(el, '修改基层工会');
    await atStep(el, 3);
    const all = (await client.organisations.list({ district: '310104', acceptsMembers: true, limit: 100 })).data;
    expect(all.length).to.be.greaterThan(5);
    const names = () => [...root(el).querySelectorAll('[part~="organisation"] .org-name')].map((n) => n.textContent!.trim());
    const suggested = all.find((o) => o.suggested)!;
    expect(names()[0]).to.equal(suggested.name);
    expect(names()).to.have.length(all.length);
    const other = all.find((o) => !o.suggested && o.address)!;
    const word = other.address!.replace(/^.*?区/, '').slice(0, 4);
    const search = $(el, '#orgSearch') as HTMLInputElement;
    await tabTo(el, (a) => a === search, 'the search box', 60);
    await sendKeys({ type: word });
    await sendKeys({ press: 'Enter' }); // searches; does not leave the step
    await el.updateComplete;
    expect(headingOf(el)).to.contain('第 3 步');
    const expected = all.filter((o) => o.id === suggested.id || `${o.name}${o.address ?? ''}`.replace(/\s/g, '').includes(word));
    expect(names().sort()).to.deep.equal(expected.map((o) => o.name).sort());
    expect(names()).to.include(other.name);
    expect($(el, '#orgSearch-count')!.textContent).to.contain(`共 ${all.length} 个`);
    const radio = await tabTo(el, (a) => (a as HTMLInputElement).name === 'organisation', 'a union');
    expect(radio).to.exist;
    await assertUsable(el);
    await fill(el, '#orgSearch', '没有这个工会名字');
    expect(text(el, 'body')).to.contain('没有找到相符的工会');
    expect(names()).to.deep.equal([suggested.name]); // the choice stays in view
  });

  it('shows a first-time visitor the join flow with no failing request', async () => {
    const answers: Array<{ url: string; status: number }> = [];
    const client = await freshClient(async (input, init) => {
      const response = await globalThis.fetch(input, init);
      answers.push({ url: new URL(input.url).pathname, status: response.status });
      return response;
    });
    const el = await mount(client);
    expect(await settled(el)).to.equal('ready');
    await atStep(el, 1);
    expect(answers.some((a) => a.url.endsWith('/membership'))).to.equal(true);
    expect(answers.filter((a) => a.status >= 400)).to.deep.equal([]);
  });
});
