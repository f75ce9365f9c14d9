import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assertNoHorizontalOverflow, assertTouchTargets } from '../internal/testing/common-suite.js';
import { $, active, byId, isButton, setInput, setSelect, tabTo, text, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { helpClient, mount, openForm, send, session } from '../internal/testing/help-desk.js';
import { makeMember } from '../internal/testing/member.js';
import { losesFirstAnswer } from '../internal/testing/session.js';
import type { UnionHelpDesk } from './help-desk.js';

const REFERENCE = /^QZ-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/;

/** Today in Shanghai, as a date input takes it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** A certificate photographed: a small JPEG from the browser's own encoder. */
async function scan(): Promise<Blob> {
  const canvas = new OffscreenCanvas(400, 300);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#f4e9c8';
  ctx.fillRect(0, 0, 400, 300);
  ctx.fillStyle = '#c8102e';
  ctx.fillRect(40, 40, 320, 40);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

/** Tabs to a field and types into it, as a worker on a keyboard does. */
async function typeInto(el: UnionHelpDesk, id: string, value: string): Promise<void> {
  await tabTo(el, byId(id), id);
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** Tabs to a select and moves down its options `steps` times. */
async function pick(el: UnionHelpDesk, id: string, steps: number, expected: string): Promise<void> {
  const select = (await tabTo(el, byId(id), id)) as HTMLSelectElement;
  for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowDown' });
  await waitUntil(() => select.value === expected, `${id} chose ${expected}`);
  await el.updateComplete;
}

/** The tile of a type, focused and pressed with Enter; waits for its form. */
async function openByKeyboard(el: UnionHelpDesk, type: string): Promise<void> {
  await tabTo(el, (a) => a.dataset['type'] === type, `the ${type} tile`);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.view === 'form', 'the form did not open');
  await waitFor(el, '[part~="help-form"]');
  await waitUntil(() => active(el)?.id === 'help-form-title', 'focus on the form’s heading');
}

async function consentAndSend(el: UnionHelpDesk): Promise<void> {
  await tabTo(el, byId('help-consent'), 'the consent');
  await sendKeys({ press: 'Space' });
  await waitUntil(() => el.form.consent, 'consent ticked');
  await tabTo(el, isButton('提交给工会'), 'the send button');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.view === 'submitted', 'not sent', { timeout: 8000 });
  await el.updateComplete;
}

describe('union-help-desk forms', function () {
  this.timeout(40000);

  it('sends a suggestion, anonymously, by keyboard and shows the reference to quote on the phone', async () => {
    const client = await helpClient();
    const el = await mount(client);
    await openByKeyboard(el, 'suggestion');
    await pick(el, 'help-topic', 8, 'other');
    await typeInto(el, 'help-description', '建议在地铁站附近增设爱心接力站。');
    expect(text(el, 'help-form')).to.contain('16/2000 字');
    await tabTo(el, byId('help-anonymous'), 'anonymous');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.form.values.anonymous, 'anonymous ticked');
    await expect(el).to.be.accessible();
    await consentAndSend(el);

    const reference = textOf($(el, '[part~="reference"]'));
    expect(reference).to.match(REFERENCE);
    expect(text(el)).to.contain(`请报出受理编号 ${reference}`);
    expect(active(el)?.id).to.equal('help-sent-title');
    const [sent] = (await client.helpRequests.list()).data;
    expect(sent).to.include({ type: 'suggestion', topic: 'other', anonymous: true, reference, status: 'submitted' });
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });

  it('sends a micro-wish by keyboard: category, wish with its counter, value', async () => {
    const client = await helpClient();
    const el = await mount(client);
    await openByKeyboard(el, 'micro_wish');
    await pick(el, 'help-category', 2, 'child_education');
    await typeInto(el, 'help-wish', '给孩子买一个新书包');
    expect(textOf($(el, '#help-wish-count'))).to.equal('9/100 字');
    await typeInto(el, 'help-valueYuan', '１９９.５');
    await consentAndSend(el);
    expect(textOf($(el, '[part~="reference"]'))).to.match(REFERENCE);
    const [wish] = (await client.helpRequests.list()).data;
    expect(wish).to.include({ type: 'micro_wish', category: 'child_education', wish: '给孩子买一个新书包', valueFen: 19950 });
  });

  it('applies for the certificate subsidy by keyboard with a scan, showing the subsidy of the level', async () => {
    const workerRef = `help-${crypto.randomUUID()}`;
    const client = await helpClient({ session: session({ workerRef, components: ['help', 'membership'] }) });
    await makeMember(client);
    const el = await mount(client);
    await openByKeyboard(el, 'skill_subsidy');
    await typeInto(el, 'help-certName', '网约配送员');
    await pick(el, 'help-certLevel', 2, 'level_4');
    expect(text(el, 'subsidy')).to.contain('补贴金额 ¥1,000');
    await typeInto(el, 'help-certNumber', 'S310000000123');
    setInput(el, '#help-certIssuedOn', today());
    await el.updateComplete;
    const files = $<HTMLInputElement>(el, '#help-evidence-files')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([await scan()], '证书.jpg', { type: 'image/jpeg' }));
    files.files = transfer.files;
    files.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $(el, '[part~="upload-item"][data-state="done"]'), 'the scan did not upload', { timeout: 15000 });
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
    await consentAndSend(el);
    expect(text(el)).to.contain('补贴金额为 ¥1,000');
    const [request] = (await client.helpRequests.list()).data;
    expect(request!.type).to.equal('skill_subsidy');
    expect(request!.certificate).to.deep.include({ name: '网约配送员', level: 'level_4', number: 'S310000000123' });
    expect(request!.evidenceFileIds).to.have.length(1);
    expect(request!.subsidyFen).to.equal(100000);
  });

  it('shows each rule’s message by its field, sends nothing, and loses nothing typed', async () => {
    const client = await helpClient();
    const el = await mount(client);
    await openForm(el, 'micro_wish');
    setInput(el, '#help-wish', '心'.repeat(101));
    setInput(el, '#help-valueYuan', '600');
    await el.updateComplete;
    expect(textOf($(el, '#help-wish-error'))).to.equal('最多 100 字，已超出 1 字');
    await send(el);
    expect(el.view).to.equal('form');
    expect(textOf($(el, '#help-category-error'))).to.equal('请填写此项');
    expect(textOf($(el, '#help-valueYuan-error'))).to.equal('心愿价值不能超过 500 元');
    expect(textOf($(el, '#help-consent-error'))).to.contain('请先阅读并勾选同意');
    expect($(el, '#help-valueYuan')!.getAttribute('aria-invalid')).to.equal('true');
    expect(active(el)?.id, 'focus on the first field in error').to.equal('help-category');
    expect(textOf($(el, '[role="alert"]'))).to.contain('处需要修改');
    expect($<HTMLTextAreaElement>(el, '#help-wish')!.value).to.equal('心'.repeat(101));
    expect($<HTMLInputElement>(el, '#help-valueYuan')!.value).to.equal('600');
    expect((await client.helpRequests.list()).data).to.have.length(0);
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });

  it('puts the union’s refusal by the field it concerns: a second open wish this year', async () => {
    const client = await helpClient();
    await client.helpRequests.create({
      type: 'micro_wish',
      category: 'health',
      wish: '一台血压计',
      valueFen: 20000,
      consents: [{ purpose: 'help_request_processing', noticeVersion: '2026-11' }],
    });
    const el = await mount(client);
    await openForm(el, 'micro_wish');
    setSelect(el, '#help-category', 'other');
    setInput(el, '#help-wish', '一张回家的火车票');
    setInput(el, '#help-valueYuan', '300');
    $<HTMLInputElement>(el, '#help-consent')!.click();
    await el.updateComplete;
    await send(el);
    expect(el.view).to.equal('form');
    expect(textOf($(el, '#help-wish-error'))).to.equal('您今年已有一个正在实现中的微心愿。');
    expect($<HTMLTextAreaElement>(el, '#help-wish')!.value).to.equal('一张回家的火车票');
    await expect(el).to.be.accessible();
  });

  it('retries a send whose answer was lost with the same idempotency key: exactly one request', async () => {
    const net = losesFirstAnswer(/\/help-requests$/);
    const client = await helpClient({ session: session(), fetch: net.fetch });
    const el = await mount(client);
    await openForm(el, 'suggestion');
    setSelect(el, '#help-topic', 'other');
    setInput(el, '#help-description', '希望增加夜间休息点。');
    $<HTMLInputElement>(el, '#help-consent')!.click();
    await el.updateComplete;
    await send(el);
    await waitFor(el, '[data-send-error]');
    expect(text(el, 'help-form')).to.contain('网络连接失败');
    expect($<HTMLTextAreaElement>(el, '#help-description')!.value).to.equal('希望增加夜间休息点。');
    await send(el);
    await waitUntil(() => el.view === 'submitted', 'the retry did not send');
    expect(net.keys).to.have.length(2);
    expect(net.keys[1]).to.equal(net.keys[0]);
    expect((await client.helpRequests.list()).data).to.have.length(1);
  });
});
