import { expect } from '@open-wc/testing';
import { assertNoHorizontalOverflow, assertTouchTargets } from '../internal/testing/common-suite.js';
import { $, $$, active, clickText, setInput, text, textOf, waitFor, waitText, waitUntil } from '../internal/testing/dom.js';
import { helpClients, mount } from '../internal/testing/help-desk.js';
import type { UnionHelpDesk } from './help-desk.js';

const CONSENTS = [{ purpose: 'help_request_processing' as const, noticeVersion: '2026-11' }];

/**
 * A suggestion made through the API with the client token and a complaint with the union token (the
 * hosted page's, after the SMS step: only it files confidential types); the suggestion accepted with
 * a social worker's message. `client` and `union` are the same worker.
 */
async function withRequests() {
  const { client, union } = await helpClients();
  const suggestion = await client.helpRequests.create({ type: 'suggestion', topic: 'other', description: '希望增加夜间休息点。', consents: CONSENTS });
  const complaint = await union.helpRequests.create({
    type: 'complaint',
    topic: 'account_deactivation',
    counterparty: 'platform',
    description: '平台无故封号。',
    contactPreference: 'phone_call',
    consents: CONSENTS,
  });
  await client.sandbox.decideHelpRequest(suggestion.id, { decision: 'accept', message: '您好，我是工会社工小王，请问具体是哪个地铁站？' });
  return { client, union, suggestion, complaint };
}

async function openMine(el: UnionHelpDesk): Promise<void> {
  await clickText(el, '查看我的求助');
  await waitFor(el, '[part~="requests"]');
  await waitUntil(() => el.state === 'ready', 'the list did not load');
  await el.updateComplete;
}

describe('union-help-desk my requests', function () {
  this.timeout(30000);

  it('lists the requests with their status, opens one with its timeline and the social worker’s message, and sends a reply', async () => {
    const { client, suggestion } = await withRequests();
    const el = await mount(client);
    expect(text(el, 'mine-entry')).to.contain('1 件正在办理');
    await openMine(el);
    const items = $$(el, '[part~="requests"] li[data-request-id]');
    expect(items.map((li) => li.dataset['requestId'])).to.deep.equal([suggestion.id]);
    expect(textOf(items[0])).to.contain('建言献策').and.to.contain(suggestion.reference).and.to.contain('状态：已受理');
    await expect(el).to.be.accessible();

    items[0]!.querySelector<HTMLButtonElement>('.item-link')!.click();
    await waitFor(el, '[part~="timeline"]');
    expect(active(el)?.id).to.equal('help-request-title');
    const steps = $$(el, '[part~="timeline"] > li').map((li) => textOf(li.querySelector('.timeline-label')));
    expect(steps).to.deep.equal(['已提交', '已受理']);
    expect($(el, '[part~="timeline"] > li:last-child')!.getAttribute('aria-current')).to.equal('step');
    const message = $(el, '[part~="messages"] li[data-from="social_worker"]')!;
    expect(textOf(message)).to.contain('工会社工').and.to.contain('请问具体是哪个地铁站');
    await expect(el).to.be.accessible();

    // An empty reply is refused by the field; a written one is sent and shown.
    await clickText(el, '发送回复');
    expect(textOf($(el, '#help-reply-error'))).to.equal('请先填写回复内容');
    setInput(el, '#help-reply', '是人民广场站。');
    await el.updateComplete;
    // The reply box counts as the request's description does, the counter tied to the box.
    expect(textOf($(el, '#help-reply-count'))).to.equal('7/2000 字');
    expect($(el, '#help-reply')!.getAttribute('aria-describedby')).to.contain('help-reply-count');
    await clickText(el, '发送回复');
    await waitUntil(() => $$(el, '[part~="messages"] li').length === 2, 'the reply is not shown');
    const mine = $(el, '[part~="messages"] li[data-from="worker"]')!;
    expect(textOf(mine)).to.contain('是人民广场站。');
    expect($<HTMLTextAreaElement>(el, '#help-reply')!.value).to.equal('');
    const stored = await client.helpRequests.retrieve(suggestion.id);
    expect(stored.messages.map((m) => m.from)).to.deep.equal(['social_worker', 'worker']);
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });

  it('withdraws a request after asking first', async () => {
    const { client, suggestion } = await withRequests();
    const el = await mount(client);
    await openMine(el);
    $(el, `[data-request-id="${suggestion.id}"] .item-link`)!.click();
    await waitFor(el, '[part~="timeline"]');
    await clickText(el, '撤回求助');
    expect(textOf($(el, '[part~="confirm"]'))).to.contain('确定撤回这条求助吗');
    await expect(el).to.be.accessible();
    await clickText(el, '确定撤回');
    await waitText(el, '状态：已撤回');
    expect((await client.helpRequests.retrieve(suggestion.id)).status).to.equal('withdrawn');
    expect($(el, '[data-withdraw]'), 'no second withdraw').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps confidential requests out of the platform’s page: not listed, only a way to the union’s page', async () => {
    const { client, complaint } = await withRequests();
    const el = await mount(client);
    await openMine(el);
    expect($(el, `[data-request-id="${complaint.id}"]`)).to.equal(null);
    expect(text(el)).to.not.contain(complaint.reference);
    expect(text(el, 'requests')).to.contain('只在工会页面中显示');
  });

  it('lists every request on the union’s own page (hosted)', async () => {
    // The hosted page's widget runs on the union token.
    const { union, complaint, suggestion } = await withRequests();
    const el = await mount(union, (w) => (w.hosted = true));
    await openMine(el);
    expect($$(el, '[part~="requests"] li[data-request-id]').map((li) => li.dataset['requestId'])).to.have.members([suggestion.id, complaint.id]);
    expect(text(el, 'requests')).to.not.contain('只在工会页面中显示');
  });

  it('opens my requests at once when the hosted page asks for view="mine"', async () => {
    const { union, complaint } = await withRequests();
    const el = await mount(union, (w) => {
      w.hosted = true;
      w.setAttribute('view', 'mine');
    });
    await waitUntil(() => el.view === 'mine', 'my requests did not open');
    await waitFor(el, `[data-request-id="${complaint.id}"]`);
    await expect(el).to.be.accessible();
  });
});
