import { expect } from '@open-wc/testing';
import { Jobs, type ClientOptions } from '@unionkit/sdk';
import { use } from '../internal/api.js';
import { runCommonWidgetSuite } from '../internal/testing/common-suite.js';
import { $, $$, active, setInput, setSelect, text, waitFor, waitUntil } from '../internal/testing/dom.js';
import { jobsClient, mount, openFilters, openJobForm, send, session, submitSearch, TAG } from '../internal/testing/job-listings.js';
import { flakyFetch } from '../internal/testing/session.js';
import type { UnionJobListings } from './job-listings.js';

const CONSENTS = [{ purpose: 'job_application_sharing' as const, noticeVersion: '2026-11' }];

runCommonWidgetSuite('union-job-listings', {
  tag: TAG,
  session: { components: ['jobs'], locale: 'zh-CN' },
  exercise: async (el, s) => {
    const w = el as UnionJobListings;
    await openJobForm(w);
    setInput(w, '#job-message', `${s.name} ${s.mobile} ${s.idNumber}`);
    $<HTMLInputElement>(w, '#job-consent')!.click();
    await w.updateComplete;
    send(w);
    // The widget asks first (the message holds numbers); the worker sends anyway: still nothing leaks.
    await waitUntil(() => $(w, '[data-sensitive-ask]'), 'the widget did not ask');
    $<HTMLButtonElement>(w, '[data-send-anyway]')!.click();
    await waitUntil(() => w.view === 'applied', 'not sent');
  },
});

describe('union-job-listings', function () {
  this.timeout(30000);

  it('searches, filters and loads more by cursor, moving focus to the first new job', async () => {
    const client = await jobsClient();
    const el = await mount(client);
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();

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
    expect(active(el), 'focus on the first new job').to.equal($$(el, 'ul.jobs > li')[10]!.querySelector('.item-link'));
    expect(new Set($$(el, 'ul.jobs > li').map((li) => li.dataset['jobId'])).size, 'no job twice').to.equal(20);

    // Filters: food delivery, full-time, in 浦东新区, at least ¥7,000 a month (the seed has such a job).
    await openFilters(el);
    setSelect(el, '#job-occupation', 'food_delivery_rider');
    setSelect(el, '#job-employment', 'full_time');
    setSelect(el, '#job-district', '310115');
    setInput(el, '#job-salary', '7000');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await submitSearch(el);
    const expected = await use(client, Jobs).list({ occupation: 'food_delivery_rider', employmentType: 'full_time', district: '310115', salaryMin: 700000, limit: 100 });
    expect(expected.data.length, 'the seed has a job the filters find').to.be.greaterThan(0);
    expect(el.state).to.equal('ready');
    expect($$(el, 'ul.jobs > li').map((li) => li.dataset['jobId'])).to.deep.equal(expected.data.slice(0, 10).map((j) => j.id));
    for (const li of $$(el, 'ul.jobs > li')) expect(li.textContent).to.contain('浦东新区');

    // A keyword that matches nothing: the empty state, said politely.
    setInput(el, '#job-q', '不存在的岗位关键词xyz');
    await submitSearch(el);
    expect(el.state).to.equal('empty');
    expect(text(el)).to.contain('没有找到符合条件的岗位');

    // An impossible salary is explained at the field, nothing is sent.
    setInput(el, '#job-salary', '-5');
    $<HTMLButtonElement>(el, 'form.search button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#job-salary-error')!.textContent).to.contain('不小于 0');
    expect($(el, '#job-salary')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('takes the minimum pay as people type it: "8,000" and full-width digits', async () => {
    const urls: string[] = [];
    const fetchImpl: NonNullable<ClientOptions['fetch']> = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const client = await jobsClient({ fetch: fetchImpl });
    const el = await mount(client);
    const expected = (await use(client, Jobs).list({ salaryMin: 800000, limit: 10 })).data.map((j) => j.id);
    await openFilters(el);
    for (const typed of ['8,000', '８０００', '８，０００', ' 8000 ']) {
      urls.length = 0;
      setInput(el, '#job-salary', typed);
      await submitSearch(el);
      expect($(el, '#job-salary-error')!.textContent, typed).to.equal('');
      const sent = urls.map((u) => new URL(u)).filter((u) => u.pathname.endsWith('/job-postings'));
      expect(sent.map((u) => u.searchParams.get('salaryMin')), typed).to.deep.equal(['800000']);
      expect($$(el, 'ul.jobs > li').map((li) => li.dataset['jobId']), typed).to.deep.equal(expected);
    }
  });

  it('shows the filters as a disclosure that looks like it opens and says how many are set', async () => {
    const el = await mount(await jobsClient());
    const toggle = $<HTMLButtonElement>(el, 'button[aria-controls="job-filters"]')!;
    const icon = toggle.querySelector<HTMLElement>('.disclosure-icon')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#job-filters')!.hidden).to.equal(true);
    expect(icon.getBoundingClientRect().width, 'a visible indicator').to.be.greaterThan(4);
    const closed = getComputedStyle(icon).transform;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#job-filters')!.hidden).to.equal(false);
    expect(getComputedStyle(icon).transform, 'the indicator turns').to.not.equal(closed);
    setSelect(el, '#job-district', '310104');
    setInput(el, '#job-salary', '6000');
    await el.updateComplete;
    expect(toggle.textContent!.replace(/\s+/g, '')).to.equal('筛选条件（已选2项）');
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent).to.contain('已选 2 项');
    await expect(el).to.be.accessible();
  });

  it('keeps the jobs it had when a search fails on a poor signal, with the error and a retry', async () => {
    const net = flakyFetch();
    net.failing = false;
    const client = await jobsClient({ fetch: net.fetch });
    const el = await mount(client);
    const before = $$(el, 'ul.jobs > li').map((li) => li.dataset['jobId']);
    net.failing = true;
    setInput(el, '#job-q', '快递');
    $<HTMLButtonElement>(el, 'form.search button[type="submit"]')!.click();
    await waitUntil(() => el.state === 'error', 'the failure was not noticed');
    await el.updateComplete;
    expect($$(el, 'ul.jobs > li').map((li) => li.dataset['jobId']), 'the list is still there').to.deep.equal(before);
    expect($(el, '[data-search-error]')!.textContent).to.contain('仍是上次的岗位');
    expect($<HTMLInputElement>(el, '#job-q')!.value).to.equal('快递');
    await expect(el).to.be.accessible();
    net.failing = false;
    $<HTMLButtonElement>(el, '[data-search-error] button[part~="retry"]')!.click();
    await waitUntil(() => el.state === 'ready' || el.state === 'empty');
    await el.updateComplete;
    const found = await use(client, Jobs).list({ q: '快递', limit: 10 });
    expect($$(el, 'ul.jobs > li').map((li) => li.dataset['jobId'])).to.deep.equal(found.data.map((j) => j.id));
  });

  it('knows after a reload what the worker applied for: 已投递 and the status, no 投递简历', async () => {
    const params = session();
    const client = await jobsClient({ session: params });
    const first = (await use(client, Jobs).list({ limit: 1 })).data[0]!;
    await use(client, Jobs).apply(first.id, { consents: CONSENTS });
    // A new page on the same worker's session.
    const el = await mount(await jobsClient({ session: params }));
    const item = $(el, `li[data-job-id="${first.id}"]`)!;
    expect(item.textContent).to.contain('已投递');
    expect(item.textContent).to.contain('状态：已投递');
    item.querySelector<HTMLButtonElement>('.item-link')!.click();
    // The detail comes in its own chunk: wait for it rather than read it at once.
    const detail = await waitFor(el, '[part~="detail"]');
    expect([...detail.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.not.include('投递简历');
    expect($(el, '[data-applied-note]')!.textContent).to.match(/您已于 .+ 投递此岗位，当前状态：已投递。/);
    expect(detail.querySelector('button.primary')!.textContent).to.contain('查看我的投递');
    await expect(el).to.be.accessible();
  });

  it('shows a job in detail: description, requirements, benefits, dates', async () => {
    const client = await jobsClient();
    const el = await mount(client);
    const li = $(el, 'ul.jobs > li')!;
    const job = await use(client, Jobs).retrieve(li.dataset['jobId']!);
    li.querySelector<HTMLButtonElement>('.item-link')!.click();
    // The detail comes in its own chunk; focus moves to its heading once it is there.
    await waitUntil(() => active(el)?.id === 'job-detail-title', 'focus did not move to the detail heading');
    const detail = $(el, '[part~="detail"]')!;
    expect(detail.textContent).to.contain(job.title);
    expect(detail.textContent).to.contain(job.description);
    for (const r of job.requirements) expect(detail.textContent).to.contain(r);
    for (const b of job.benefits) expect(detail.textContent).to.contain(b);
    expect(detail.querySelector('button.primary')!.textContent).to.contain('投递简历');
    await expect(el).to.be.accessible();
    [...detail.querySelectorAll('button')].find((b) => b.textContent!.includes('返回岗位列表'))!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(active(el)).to.equal($(el, `[data-job-id="${job.id}"] .item-link`));
  });

  it('shows "my applications" empty for a new worker', async () => {
    const el = await mount(await jobsClient());
    [...$$(el, '[part~="tabs"] button')].find((b) => b.textContent!.includes('我的投递'))!.click();
    await waitUntil(() => text(el).includes('您还没有投递过岗位'));
    await expect(el).to.be.accessible();
  });

  it('asks the consent afresh for another employer, and keeps the form for the same job', async () => {
    const el = await mount(await jobsClient());
    await openJobForm(el);
    setInput(el, '#job-message', '周末可以面试');
    $<HTMLInputElement>(el, '#job-consent')!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '[part~="apply-form"] button').find((b) => b.textContent!.includes('上一步'))!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="detail"] button.primary')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#job-message')!.value).to.equal('周末可以面试');
    expect($<HTMLInputElement>(el, '#job-consent')!.checked).to.equal(true);
    $$<HTMLButtonElement>(el, '[part~="apply-form"] button').find((b) => b.textContent!.includes('上一步'))!.click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '[part~="detail"] button').find((b) => b.textContent!.includes('返回岗位列表'))!.click();
    await el.updateComplete;
    await openJobForm(el, 1);
    expect($<HTMLTextAreaElement>(el, '#job-message')!.value).to.equal('');
    expect($<HTMLInputElement>(el, '#job-consent')!.checked).to.equal(false);
  });
});
