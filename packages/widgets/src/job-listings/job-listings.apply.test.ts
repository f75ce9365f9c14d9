import { expect } from '@open-wc/testing';
import { Jobs, type ClientOptions } from '@unionkit/sdk';
import { residentIdCheckChar } from '@unionkit/sdk/validators';
import { sendKeys } from '@web/test-runner-commands';
import { UNION_EVENT_NAMES } from '../events/index.js';
import { use } from '../internal/api.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, $$, active, setInput, tabTo, text, waitUntil } from '../internal/testing/dom.js';
import { losesFirstAnswer } from '../internal/testing/session.js';
import { applicationsOf, jobsClient, mount, openJobForm, send, session, TAG } from '../internal/testing/job-listings.js';
import type { UnionJobListings } from './job-listings.js';

const ID17 = '31010419900101123';
const ID = `${ID17}${residentIdCheckChar(ID17)}`;

/** Records the bodies of the application POSTs the widget makes. */
function recordApplications() {
  const posts: { key: string | null; body: { message?: string } }[] = [];
  const fetchImpl: NonNullable<ClientOptions['fetch']> = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method === 'POST' && request.url.includes('/applications')) {
      posts.push({ key: request.headers.get('idempotency-key'), body: (await request.clone().json()) as { message?: string } });
    }
    return fetch(request);
  };
  return { posts, fetch: fetchImpl };
}

/** A job's application form with the consent ticked, on a client whose applications are recorded. */
async function consentedForm() {
  const net = recordApplications();
  const el = await mount(await jobsClient({ fetch: net.fetch }));
  await openJobForm(el);
  $<HTMLInputElement>(el, '#job-consent')!.click();
  return { net, el };
}

describe('union-job-listings: applying', function () {
  this.timeout(40000);

  it('applies with the keyboard alone, and tells the host nothing about it', async () => {
    const heard: string[] = [];
    const names = [...UNION_EVENT_NAMES, 'union-job-applied', 'union-job-application-withdrawn'];
    const listen = (e: Event) => heard.push(e.type);
    for (const n of names) window.addEventListener(n, listen);
    try {
      const client = await jobsClient();
      const el = await mount(client);
      $<HTMLInputElement>(el, '#job-q')!.focus();
      await sendKeys({ type: '快递' });
      await sendKeys({ press: 'Enter' });
      const found = await use(client, Jobs).list({ q: '快递', limit: 10 });
      await waitUntil(() => el.state === 'ready' && $$(el, 'ul.jobs > li').map((li) => li.dataset['jobId']).join() === found.data.map((j) => j.id).join());
      await tabTo(el, (a) => a.classList.contains('item-link'), 'the first job');
      await sendKeys({ press: 'Enter' });
      // The detail comes in its own chunk; focus moves to its heading once it is there.
      await waitUntil(() => el.view === 'detail' && active(el)?.id === 'job-detail-title', 'focus did not move to the detail heading');
      await tabTo(el, (a) => a.textContent!.includes('投递简历'), 'the apply button');
      await sendKeys({ press: 'Enter' });
      // The form comes in its own chunk; focus moves to its heading once it is there.
      await waitUntil(() => el.view === 'apply' && active(el)?.id === 'job-apply-title', 'focus did not move to the form heading');
      await tabTo(el, (a) => a.id === 'job-message', 'the message');
      await sendKeys({ type: '下午两点后方便面试' });
      await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'the send button');
      expect(active(el)!.getAttribute('aria-describedby')).to.equal('job-apply-blocked');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)?.id).to.equal('job-consent');
      expect($(el, '#job-consent-error')!.textContent).to.contain('请勾选');
      await sendKeys({ press: 'Space' });
      await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'the send button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.view === 'applied', 'not sent');
      await el.updateComplete;
      expect(text(el)).to.contain('投递成功');
      expect(text(el)).to.contain('状态：已投递');
      await expect(el).to.be.accessible();
      expect(await applicationsOf(client)).to.have.length(1);

      // Withdraw it too: still nothing for the host but the widget being ready.
      [...$$(el, '[part~="tabs"] button')].find((b) => b.textContent!.includes('我的投递'))!.click();
      await waitUntil(() => $(el, '[data-withdraw]'));
      $<HTMLButtonElement>(el, '[data-withdraw]')!.click();
      await el.updateComplete;
      [...$$<HTMLButtonElement>(el, '[part~="confirm"] button')].find((b) => b.textContent!.includes('确认撤回'))!.click();
      await waitUntil(() => text(el).includes('已撤回'));
      // union-view-changed says only whether back() can step back (a detail or the form is open), nothing of an application
      expect(heard.filter((n) => n !== 'union-ready' && n !== 'union-view-changed'), 'events about applications').to.deep.equal([]);
    } finally {
      for (const n of names) window.removeEventListener(n, listen);
    }
  });

  it('asks before a message with an ID or mobile number goes to the employer, with "修改留言" as the default', async () => {
    const { net, el } = await consentedForm();
    // Written as people write them: a spaced mobile in full-width digits and a dashed ID number.
    const message = `我的电话 １３９ ８７６５ ４３２１，身份证 ${ID.slice(0, 6)}-${ID.slice(6, 14)}-${ID.slice(14)}`;
    setInput(el, '#job-message', message);
    await el.updateComplete;
    send(el);
    await waitUntil(() => $(el, '[data-sensitive-ask]'), 'sent without asking');
    await el.updateComplete;
    const ask = $(el, '[data-sensitive-ask]')!;
    expect(ask.textContent).to.contain('身份证号码和手机号码');
    expect(active(el), 'the default is to edit').to.equal(ask.querySelector('[data-edit]'));
    expect(ask.querySelector('[data-edit]')!.classList.contains('primary')).to.equal(true);
    expect($(el, '[role="alert"]')!.textContent).to.contain('个人号码');
    expect(net.posts, 'nothing sent yet').to.have.length(0);
    await expect(el).to.be.accessible();

    // Enter takes the default: back to the message, nothing sent.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('job-message');
    expect($(el, '[data-sensitive-ask]')).to.not.exist;
    expect(net.posts).to.have.length(0);

    // Without the numbers it goes straight out.
    setInput(el, '#job-message', '可以随时到岗');
    await el.updateComplete;
    send(el);
    await waitUntil(() => el.view === 'applied');
    expect(net.posts.map((p) => p.body.message)).to.deep.equal(['可以随时到岗']);
  });

  it('sends a message with a number only when the worker says so, and asks again once it changes', async () => {
    const { net, el } = await consentedForm();
    setInput(el, '#job-message', '请打 139-8765-4321 联系我');
    await el.updateComplete;
    send(el);
    await waitUntil(() => $(el, '[data-sensitive-ask]'));
    expect($(el, '[data-sensitive-ask]')!.textContent).to.contain('手机号码');
    expect($(el, '[data-sensitive-ask]')!.textContent).to.not.contain('身份证');
    // Editing the message asks again.
    setInput(el, '#job-message', '请打 13987654321 联系我');
    await el.updateComplete;
    expect($(el, '[data-sensitive-ask]'), 'the question goes with the old text').to.not.exist;
    send(el);
    await waitUntil(() => $(el, '[data-sensitive-ask]'));
    $<HTMLButtonElement>(el, '[data-send-anyway]')!.click();
    await waitUntil(() => el.view === 'applied', 'not sent');
    expect(net.posts.map((p) => p.body.message)).to.deep.equal(['请打 13987654321 联系我']);
  });

  it('counts characters as people do (an emoji is one) and allows exactly what the union API takes', async () => {
    const { net, el } = await consentedForm();
    const family = '👨‍👩‍👧';
    setInput(el, '#job-message', `谢谢${family}👍🏽🇨🇳`);
    await el.updateComplete;
    expect($(el, '#job-message-count')!.textContent).to.equal('5/500 字');

    // 501 characters: said at the field, not cut, not sent.
    setInput(el, '#job-message', family.repeat(501));
    await el.updateComplete;
    expect($(el, '#job-message-count')!.textContent).to.contain('501/500');
    expect($<HTMLTextAreaElement>(el, '#job-message')!.value, 'nothing cut silently').to.equal(family.repeat(501));
    expect($(el, '#job-message-error')!.textContent).to.equal('最多 500 字，已超出 1 字');
    send(el);
    await el.updateComplete;
    expect(net.posts).to.have.length(0);
    await expect(el).to.be.accessible();

    // 500 of them (4,000 UTF-16 units): the union API takes it, as the counter promised.
    setInput(el, '#job-message', family.repeat(500));
    await el.updateComplete;
    expect($(el, '#job-message-count')!.textContent).to.contain('500/500');
    send(el);
    await waitUntil(() => el.view === 'applied' || $(el, '[data-apply-error]'), 'no answer');
    expect($(el, '[data-apply-error]')?.textContent ?? '', 'the API refused it').to.equal('');
    expect(net.posts.map((p) => p.body.message)).to.deep.equal([family.repeat(500)]);
  });

  it('keeps the message when sending fails, and the retry sends exactly one application', async () => {
    const net = losesFirstAnswer(/\/applications$/);
    const client = await jobsClient({ fetch: net.fetch });
    const el = await mount(client);
    const errors: CustomEvent[] = [];
    el.addEventListener('union-error', (e) => errors.push(e as CustomEvent));
    const jobId = await openJobForm(el);
    setInput(el, '#job-message', '下午两点后方便面试');
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    send(el);
    await waitUntil(() => $(el, '[data-apply-error]'), 'no error shown');
    await el.updateComplete;
    expect($(el, '[data-apply-error]')!.textContent).to.contain('网络连接失败');
    expect(active(el)).to.equal($(el, '[data-apply-error]'));
    expect($<HTMLTextAreaElement>(el, '#job-message')!.value, 'message kept').to.equal('下午两点后方便面试');
    expect(errors.map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[data-apply-error] button[part~="retry"]')!.click();
    await waitUntil(() => el.view === 'applied', 'retry did not succeed');
    expect(net.keys).to.have.length(2);
    expect(net.keys[1], 'the retry reuses the idempotency key').to.equal(net.keys[0]);
    const apps = await applicationsOf(client);
    expect(apps.map((a) => a.jobPostingId), 'exactly one application').to.deep.equal([jobId]);
  });

  it('explains already_applied (sent from another page meanwhile) and job_posting_expired', async () => {
    const params = session();
    const client = await jobsClient({ session: params });
    const el = await mount(client);
    const jobId = await openJobForm(el);
    // Meanwhile the worker applied from another page.
    await use(await jobsClient({ session: params }), Jobs).apply(jobId, { consents: [{ purpose: 'job_application_sharing', noticeVersion: '2026-11' }] });
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    send(el);
    await waitUntil(() => $(el, '[data-apply-error]'));
    expect($(el, '[data-apply-error]')!.textContent).to.contain('您已投递过此岗位');
    expect($(el, '[data-apply-error] button[part~="retry"]'), 'no pointless retry').to.not.exist;
    await expect(el).to.be.accessible();

    expect(await el.openJob('job_expired_1')).to.equal(true);
    $<HTMLButtonElement>(el, '[part~="detail"] button.primary')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    send(el);
    await waitUntil(() => $(el, '[data-apply-error]')?.textContent?.includes('截止'), 'no expiry explained');
    await expect(el).to.be.accessible();
  });

  it('lists my applications with job titles and withdraws one after a confirmation', async () => {
    const client = await jobsClient();
    const page = await use(client, Jobs).list({ limit: 2 });
    for (const job of page.data) await use(client, Jobs).apply(job.id, { consents: [{ purpose: 'job_application_sharing', noticeVersion: '2026-11' }] });
    const el = await mount(client);
    [...$$(el, '[part~="tabs"] button')].find((b) => b.textContent!.includes('我的投递'))!.click();
    // "我的投递" comes in its own chunk; focus moves to its heading once it is there.
    await waitUntil(() => $$(el, 'ul.applications > li').length === 2 && active(el)?.id === 'job-mine-title', 'applications not shown with focus on their heading');
    for (const job of page.data) expect(text(el)).to.contain(job.title);
    expect(text(el)).to.contain('状态：已投递');
    expect(text(el), 'Chinese punctuation').to.not.match(/[\u4e00-\u9fff]\s*[():]|[():]\s*[\u4e00-\u9fff]/);
    await expect(el).to.be.accessible();
    const item = $$(el, 'ul.applications > li')[0]!;
    const applicationId = item.dataset['applicationId']!;
    item.querySelector<HTMLButtonElement>('[data-withdraw]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)?.textContent).to.contain('确认撤回投递');
    [...item.querySelectorAll('button')].find((b) => b.textContent!.includes('暂不撤回'))!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal(item.querySelector('[data-withdraw]'));
    item.querySelector<HTMLButtonElement>('[data-withdraw]')!.click();
    await el.updateComplete;
    [...item.querySelectorAll('button')].find((b) => b.textContent!.includes('确认撤回'))!.click();
    await waitUntil(() => item.textContent!.includes('已撤回'));
    expect(item.querySelector('[data-withdraw]')).to.not.exist;
    expect($(el, '[role="status"]')!.textContent).to.contain('已撤回投递');
    const apps = await applicationsOf(client);
    expect(apps.find((a) => a.id === applicationId)!.status).to.equal('withdrawn');
  });

  it('tells success from failure by colour as well as words', async () => {
    const el = await mount(await jobsClient());
    await openJobForm(el);
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    send(el);
    await waitUntil(() => el.view === 'applied');
    await el.updateComplete;
    const success = getComputedStyle($(el, '[part~="applied"]')!).borderLeftColor;
    expect(await el.openJob('job_expired_1')).to.equal(true);
    $<HTMLButtonElement>(el, '[part~="detail"] button.primary')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    send(el);
    await waitUntil(() => $(el, '[data-apply-error]'));
    const failure = getComputedStyle($(el, '[data-apply-error]')!).borderLeftColor;
    expect(success).to.not.equal(failure);
  });

  it('speaks English through the whole flow', async () => {
    const el = await mount(await jobsClient(), 'en');
    await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('lang') === 'en' && el.localeReady && text(el).includes('Find jobs'));
    expect(text(el)).to.match(/¥[\d,]+–¥[\d,]+ a month/);
    await openJobForm(el);
    // The form's words come with its part: English once their table is here too.
    await waitUntil(() => el.localeReady && text(el).includes('I agree that my application is sent to this employer'), 'the form is not in English');
    $<HTMLInputElement>(el, '#job-consent')!.click();
    setInput(el, '#job-message', 'Call me on 139 8765 4321');
    await el.updateComplete;
    send(el);
    await waitUntil(() => $(el, '[data-sensitive-ask]'));
    expect($(el, '[data-sensitive-ask]')!.textContent).to.contain('a mobile number');
    $<HTMLButtonElement>(el, '[data-send-anyway]')!.click();
    await waitUntil(() => el.view === 'applied');
    await el.updateComplete;
    expect(text(el)).to.contain('Application sent');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px and keeps 44 px targets in the apply view, also in care mode', async () => {
    const el = (await mountWidget(TAG, await jobsClient())) as UnionJobListings;
    await settled(el);
    el.mode = 'care';
    await openJobForm(el);
    await el.updateComplete;
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });
});
