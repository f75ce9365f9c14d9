import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { Jobs, type ClientOptions, type UnionClient } from '@unionkit/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../define/job-listings.js';
import { use } from '../internal/api.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, runCommonWidgetSuite, settled } from '../internal/testing/common-suite.js';
import { SENTINELS, watchSentinels } from '../internal/testing/sentinels.js';
import { createTestClient } from '../internal/testing/session.js';
import type { UnionJobListings } from './job-listings.js';

const TAG = 'union-job-listings';
const session = () => ({ workerRef: `jobs-${crypto.randomUUID()}`, components: ['jobs' as const] });

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (el: Element) => root(el).querySelector('[part~="base"]')!.textContent!.replace(/\s+/g, ' ');
const active = (el: Element) => root(el).activeElement as HTMLElement | null;

/** Presses Tab until the focused element in the widget matches, as a keyboard user would. */
async function tabTo(el: Element, matches: (e: HTMLElement) => boolean, what: string, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const a = active(el);
    if (a && matches(a)) return a;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

async function mount(client: UnionClient, locale?: string): Promise<UnionJobListings> {
  const el = (await mountWidget(TAG, client, (w) => {
    if (locale) w.locale = locale;
  })) as UnionJobListings;
  await settled(el);
  return el;
}

/**
 * A second widget in one test. (`mountWidget` twice in one test breaks the fixture clean-up: it reuses
 * one container and `fixtureCleanup` then removes it twice.) Remove it with `.parentElement.remove()`.
 */
async function mountSecond(client: UnionClient): Promise<UnionJobListings> {
  const box = document.createElement('div');
  box.style.width = '320px';
  const el = document.createElement(TAG);
  el.client = client;
  box.append(el);
  document.body.append(box);
  await settled(el);
  return el;
}

function setInput(el: Element, selector: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function setSelect(el: Element, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function submitSearch(el: UnionJobListings): Promise<void> {
  $<HTMLButtonElement>(el, 'form.search button[type="submit"]')!.click();
  await waitUntil(() => el.state === 'loading' || el.state === 'ready' || el.state === 'empty');
  await settled(el);
}

/** Opens the first job of the list and goes to its application form. */
async function openFirstJobForm(el: UnionJobListings): Promise<string> {
  const first = $(el, 'ul.jobs > li')!;
  const jobId = first.dataset['jobId']!;
  first.querySelector<HTMLButtonElement>('.item-link')!.click();
  await el.updateComplete;
  expect(el.view).to.equal('detail');
  $<HTMLButtonElement>(el, '[part~="detail"] button.primary')!.click();
  await el.updateComplete;
  expect(el.view).to.equal('apply');
  return jobId;
}

async function applicationsOf(client: UnionClient): Promise<{ id: string; jobPostingId: string; status: string }[]> {
  const page = await use(client, Jobs).listApplications({ limit: 100 });
  return page.data;
}

runCommonWidgetSuite('union-job-listings', {
  tag: TAG,
  session: { components: ['jobs'] },
  exercise: async (el, s) => {
    const w = el as UnionJobListings;
    await openFirstJobForm(w);
    setInput(w, '#job-message', `${s.name} ${s.mobile} ${s.idNumber}`);
    $<HTMLInputElement>(w, '#job-consent')!.click();
    await w.updateComplete;
    const applied = oneEvent(w, 'union-job-applied');
    $<HTMLButtonElement>(w, '[part~="apply-form"] button[type="submit"]')!.click();
    await applied;
    await w.updateComplete;
    expect(w.view).to.equal('applied');
  },
});

describe('union-job-listings', function () {
  this.timeout(30000);

  it('searches, filters and loads more by cursor, moving focus to the first new job', async () => {
    const client = await createTestClient({ session: session() });
    const el = await mount(client);
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();

    // Unfiltered: the first page, with a "load more".
    const firstPage = $$(el, 'ul.jobs > li');
    expect(firstPage.length).to.equal(10);
    expect(text(el)).to.contain('已显示 10 个岗位');
    expect(text(el)).to.contain('会聘上海');
    expect(text(el)).to.match(/¥[\d,]+–¥[\d,]+\/月/);
    const more = $<HTMLButtonElement>(el, 'button[part~="load-more"]')!;
    expect(more.textContent).to.contain('加载更多');
    more.click();
    await waitUntil(() => $$(el, 'ul.jobs > li').length === 20, 'second page did not arrive');
    await el.updateComplete;
    const eleventh = $$(el, 'ul.jobs > li')[10]!;
    expect(active(el), 'focus on the first new job').to.equal(eleventh.querySelector('.item-link'));
    const ids = $$(el, 'ul.jobs > li').map((li) => li.dataset['jobId']);
    expect(new Set(ids).size, 'no job twice').to.equal(20);
    await expect(el).to.be.accessible();

    // Filters: courier, full-time, in 浦东新区, at least ¥7,000 a month.
    $<HTMLDetailsElement>(el, 'details.filters')!.open = true;
    setSelect(el, '#job-occupation', 'courier');
    setSelect(el, '#job-employment', 'full_time');
    setSelect(el, '#job-district', '310115');
    setInput(el, '#job-salary', '7000');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await submitSearch(el);
    const expected = await use(client, Jobs).list({
      occupation: 'courier',
      employmentType: 'full_time',
      district: '310115',
      salaryMin: 700000,
      limit: 100,
    });
    const shown = $$(el, 'ul.jobs > li');
    if (expected.data.length === 0) {
      expect(el.state).to.equal('empty');
    } else {
      expect(shown.map((li) => li.dataset['jobId'])).to.deep.equal(expected.data.slice(0, 10).map((j) => j.id));
      for (const li of shown) {
        expect(li.textContent).to.contain('浦东新区');
        expect(li.textContent).to.contain('全职');
      }
      for (const j of expected.data) expect(j.salaryMaxFen).to.be.at.least(700000);
    }

    // A keyword that matches nothing: the empty state, said politely.
    setInput(el, '#job-q', '不存在的岗位关键词xyz');
    await submitSearch(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('没有找到符合条件的岗位');
    await expect(el).to.be.accessible();

    // An impossible salary is explained at the field, nothing is sent.
    setInput(el, '#job-salary', '-5');
    $<HTMLButtonElement>(el, 'form.search button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#job-salary-error')!.textContent).to.contain('不小于 0');
    expect($(el, '#job-salary')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a job in detail: description, requirements, benefits, dates', async () => {
    const client = await createTestClient({ session: session() });
    const el = await mount(client);
    const li = $(el, 'ul.jobs > li')!;
    const job = await use(client, Jobs).retrieve(li.dataset['jobId']!);
    li.querySelector<HTMLButtonElement>('.item-link')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const detail = $(el, '[part~="detail"]')!;
    expect(active(el)).to.equal(detail.querySelector('h3'));
    expect(detail.textContent).to.contain(job.title);
    expect(detail.textContent).to.contain(job.description);
    for (const r of job.requirements) expect(detail.textContent).to.contain(r);
    for (const b of job.benefits) expect(detail.textContent).to.contain(b);
    expect(detail.textContent).to.contain('发布');
    expect(detail.textContent).to.contain('截止');
    await expect(el).to.be.accessible();
    // Back returns focus to the job it came from.
    [...detail.querySelectorAll('button')].find((b) => b.textContent!.includes('返回岗位列表'))!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(active(el)).to.equal($(el, `[data-job-id="${job.id}"] .item-link`));
  });

  it('applies with the keyboard alone; the message never reaches events, console, storage or URLs', async () => {
    const MESSAGE = '哨兵留言：本人电话13987654321，姓名哨兵求职者';
    const watch = watchSentinels({ ...SENTINELS, message: MESSAGE } as unknown as typeof SENTINELS);
    try {
      const client = await createTestClient({ session: session() });
      const el = await mount(client);
      const events: CustomEvent[] = [];
      el.addEventListener('union-job-applied', (e) => events.push(e));

      // Search by keyword with the keyboard.
      $<HTMLInputElement>(el, '#job-q')!.focus();
      await sendKeys({ type: '快递' });
      await sendKeys({ press: 'Enter' });
      const found = await use(client, Jobs).list({ q: '快递', limit: 10 });
      await waitUntil(
        () => el.state === 'ready' && $$(el, 'ul.jobs > li').map((li) => li.dataset['jobId']).join() === found.data.map((j) => j.id).join(),
        'the search did not show the 快递 jobs',
      );
      // To the first job, open it.
      await tabTo(el, (a) => a.classList.contains('item-link'), 'the first job');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.view === 'detail');
      await el.updateComplete;
      expect(active(el)?.localName).to.equal('h3');
      await tabTo(el, (a) => a.textContent!.includes('投递简历'), 'the apply button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.view === 'apply');
      await el.updateComplete;
      expect(active(el)?.id).to.equal('job-apply-title');
      await expect(el).to.be.accessible();

      // The message, with a counter.
      await tabTo(el, (a) => a.id === 'job-message', 'the message');
      await sendKeys({ type: MESSAGE });
      await el.updateComplete;
      expect($(el, '#job-message-count')!.textContent).to.contain(`${[...MESSAGE].length}/500`);

      // Sending without the consent explains why it cannot proceed and leads to the checkbox.
      await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'the send button');
      expect(active(el)!.getAttribute('aria-describedby')).to.equal('job-apply-blocked');
      expect($(el, '#job-apply-blocked')!.textContent).to.contain('单独同意');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.view).to.equal('apply');
      expect(active(el)?.id).to.equal('job-consent');
      expect($(el, '#job-consent-error')!.textContent).to.contain('请勾选');
      expect($(el, '[role="alert"]')!.textContent).to.contain('单独同意');
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();

      // Consent with Space, then send with Enter.
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#job-consent')!.checked).to.equal(true);
      await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'the send button');
      const applied = oneEvent(el, 'union-job-applied');
      await sendKeys({ press: 'Enter' });
      const event = await applied;
      await waitUntil(() => el.view === 'applied');
      await el.updateComplete;

      expect(event.bubbles && event.composed).to.equal(true);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['applicationId', 'jobPostingId', 'status']);
      expect(event.detail.status).to.equal('submitted');
      expect(text(el)).to.contain('投递成功');
      expect(active(el)?.localName).to.equal('h3');
      await expect(el).to.be.accessible();

      const apps = await applicationsOf(client);
      expect(apps).to.have.length(1);
      expect(apps[0]).to.include({ id: event.detail.applicationId, jobPostingId: event.detail.jobPostingId, status: 'submitted' });

      watch.assertClean(el);
      expect(watch.records.filter((r) => r.where.startsWith('event')).map((r) => r.text).join(' ')).to.not.contain('哨兵');
    } finally {
      watch.restore();
    }
  });

  it('keeps the message when sending fails, and the retry sends exactly one application', async () => {
    let loseNext = true;
    const posts: { url: string; key: string | null }[] = [];
    // The first application reaches the union API but its answer is lost on the way back (weak network).
    const fetchImpl: NonNullable<ClientOptions['fetch']> = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.method === 'POST' && request.url.includes('/applications')) {
        posts.push({ url: request.url, key: request.headers.get('idempotency-key') });
        if (loseNext) {
          loseNext = false;
          await fetch(request.clone());
          throw new TypeError('Failed to fetch');
        }
      }
      return fetch(request);
    };
    const client = await createTestClient({ session: session(), fetch: fetchImpl });
    const el = await mount(client);
    const errors: CustomEvent[] = [];
    const applied: CustomEvent[] = [];
    el.addEventListener('union-error', (e) => errors.push(e));
    el.addEventListener('union-job-applied', (e) => applied.push(e));

    const jobId = await openFirstJobForm(el);
    setInput(el, '#job-message', '下午两点后方便面试');
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="apply-form"] button[type="submit"]')!.click();
    await waitUntil(() => $(el, '[data-apply-error]'), 'no error shown');
    await el.updateComplete;

    expect(el.view).to.equal('apply');
    expect($(el, '[data-apply-error]')!.textContent).to.contain('网络连接失败');
    expect(active(el)).to.equal($(el, '[data-apply-error]'));
    expect($<HTMLTextAreaElement>(el, '#job-message')!.value, 'message kept').to.equal('下午两点后方便面试');
    expect($<HTMLInputElement>(el, '#job-consent')!.checked, 'consent kept').to.equal(true);
    expect(errors.map((e) => e.detail)).to.deep.equal([{ code: 'network_error', retryable: true }]);
    expect(applied).to.have.length(0);
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();

    const retry = $<HTMLButtonElement>(el, '[data-apply-error] button[part~="retry"]')!;
    expect(retry.textContent).to.contain('重试');
    retry.click();
    await waitUntil(() => el.view === 'applied', 'retry did not succeed');

    expect(posts).to.have.length(2);
    expect(posts[1]!.key, 'the retry reuses the idempotency key').to.equal(posts[0]!.key);
    expect(applied).to.have.length(1);
    const apps = await applicationsOf(client);
    expect(apps, 'exactly one application').to.have.length(1);
    expect(apps[0]).to.include({ jobPostingId: jobId, id: applied[0]!.detail.applicationId });
  });

  it('explains already_applied and job_posting_expired', async () => {
    const params = session();
    const client = await createTestClient({ session: params });
    const el = await mount(client);
    const jobId = await openFirstJobForm(el);
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    const sent = oneEvent(el, 'union-job-applied');
    $<HTMLButtonElement>(el, '[part~="apply-form"] button[type="submit"]')!.click();
    await sent;

    // Another page (a fresh widget) that does not know yet.
    const again = await mountSecond(await createTestClient({ session: params }));
    try {
    expect(await again.openJob(jobId)).to.equal(true);
    $<HTMLButtonElement>(again, '[part~="detail"] button.primary')!.click();
    await again.updateComplete;
    $<HTMLInputElement>(again, '#job-consent')!.click();
    await again.updateComplete;
    $<HTMLButtonElement>(again, '[part~="apply-form"] button[type="submit"]')!.click();
    await waitUntil(() => $(again, '[data-apply-error]'));
    expect($(again, '[data-apply-error]')!.textContent).to.contain('您已投递过此岗位');
    expect($(again, '[data-apply-error] button[part~="retry"]'), 'no pointless retry').to.not.exist;
    await expect(again).to.be.accessible();
    expect(await applicationsOf(client)).to.have.length(1);

    // An expired posting (reachable by a host's deep link).
    expect(await again.openJob('job_expired_1')).to.equal(true);
    $<HTMLButtonElement>(again, '[part~="detail"] button.primary')!.click();
    await again.updateComplete;
    $<HTMLInputElement>(again, '#job-consent')!.click();
    await again.updateComplete;
    $<HTMLButtonElement>(again, '[part~="apply-form"] button[type="submit"]')!.click();
    await waitUntil(() => $(again, '[data-apply-error]'), 'no error: ' + again.view + text(again), { timeout: 4000 });
    expect($(again, '[data-apply-error]')!.textContent).to.contain('此岗位已截止招聘');
    await expect(again).to.be.accessible();
    } finally {
      again.parentElement!.remove();
    }
  });

  it('lists my applications with job titles and withdraws one after a confirmation', async () => {
    const client = await createTestClient({ session: session() });
    const page = await use(client, Jobs).list({ limit: 2 });
    for (const job of page.data) {
      await use(client, Jobs).apply(job.id, { consents: [{ purpose: 'job_application_sharing', noticeVersion: '2026-11' }] });
    }
    const el = await mount(client);
    [...$$(el, '[part~="tabs"] button')].find((b) => b.textContent!.includes('我的投递'))!.click();
    await waitUntil(() => $$(el, 'ul.applications > li').length === 2, 'applications not shown');
    await el.updateComplete;
    expect(active(el)?.id).to.equal('job-mine-title');
    for (const job of page.data) expect(text(el)).to.contain(job.title);
    expect(text(el)).to.contain('已投递');
    await expect(el).to.be.accessible();

    const item = $$(el, 'ul.applications > li')[0]!;
    const applicationId = item.dataset['applicationId']!;
    item.querySelector<HTMLButtonElement>('[data-withdraw]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)?.textContent).to.contain('确认撤回投递');
    await expect(el).to.be.accessible();

    // "Keep it" changes nothing and returns focus.
    [...item.querySelectorAll('button')].find((b) => b.textContent!.includes('暂不撤回'))!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)).to.equal(item.querySelector('[data-withdraw]'));

    item.querySelector<HTMLButtonElement>('[data-withdraw]')!.click();
    await el.updateComplete;
    const withdrawn = oneEvent(el, 'union-job-application-withdrawn');
    [...item.querySelectorAll('button')].find((b) => b.textContent!.includes('确认撤回'))!.click();
    const event = await withdrawn;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({
      applicationId,
      jobPostingId: event.detail.jobPostingId,
      status: 'withdrawn',
    });
    expect(item.textContent).to.contain('已撤回');
    expect(item.querySelector('[data-withdraw]')).to.not.exist;
    expect($(el, '[role="status"]')!.textContent).to.contain('已撤回投递');
    await expect(el).to.be.accessible();
    const apps = await applicationsOf(client);
    expect(apps.find((a) => a.id === applicationId)!.status).to.equal('withdrawn');
    expect(apps.filter((a) => a.status === 'submitted')).to.have.length(1);
  });

  it('asks the consent afresh for another employer, and keeps the form for the same job', async () => {
    const el = await mount(await createTestClient({ session: session() }));
    await openFirstJobForm(el);
    setInput(el, '#job-message', '周末可以面试');
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    // Back to the detail and into the same form: kept.
    $$<HTMLButtonElement>(el, '[part~="apply-form"] button').find((b) => b.textContent!.includes('上一步'))!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="detail"] button.primary')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#job-message')!.value).to.equal('周末可以面试');
    expect($<HTMLInputElement>(el, '#job-consent')!.checked).to.equal(true);
    // Another job: nothing carried over.
    $$<HTMLButtonElement>(el, '[part~="apply-form"] button').find((b) => b.textContent!.includes('上一步'))!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '[part~="detail"] button').find((b) => b.textContent!.includes('返回岗位列表'))!.click();
    await el.updateComplete;
    $$(el, 'ul.jobs > li')[1]!.querySelector<HTMLButtonElement>('.item-link')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="detail"] button.primary')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#job-message')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#job-consent')!.checked).to.equal(false);
  });

  it('shows "my applications" empty for a new worker', async () => {
    const el = await mount(await createTestClient({ session: session() }));
    [...$$(el, '[part~="tabs"] button')].find((b) => b.textContent!.includes('我的投递'))!.click();
    await waitUntil(() => text(el).includes('您还没有投递过岗位'));
    await expect(el).to.be.accessible();
  });

  it('speaks English through the whole flow', async () => {
    const client = await createTestClient({ session: session() });
    const el = await mount(client, 'en');
    await waitUntil(() => $(el, '[part~="base"]')!.getAttribute('lang') === 'en');
    expect(text(el)).to.contain('Find jobs');
    expect(text(el)).to.contain('Load more');
    expect(text(el)).to.match(/¥[\d,]+–¥[\d,]+ a month/);
    await expect(el).to.be.accessible();
    await openFirstJobForm(el);
    await el.updateComplete;
    expect(text(el)).to.contain('Separate consent');
    expect(text(el)).to.contain('I agree that my application is sent to this employer');
    $<HTMLButtonElement>(el, '[part~="apply-form"] button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#job-consent-error')!.textContent).to.contain('Tick the consent');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    const applied = oneEvent(el, 'union-job-applied');
    $<HTMLButtonElement>(el, '[part~="apply-form"] button[type="submit"]')!.click();
    await applied;
    await el.updateComplete;
    expect(text(el)).to.contain('Application sent');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px and keeps 44 px targets in the detail and apply views, also in care mode', async () => {
    const el = await mount(await createTestClient({ session: session() }));
    el.mode = 'care';
    await openFirstJobForm(el);
    await el.updateComplete;
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
  });
});
