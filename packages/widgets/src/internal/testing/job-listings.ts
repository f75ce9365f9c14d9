/**
 * What the `<union-job-listings>` test files share: mounting on a fresh worker's session (zh-CN), searching
 * and reaching a job's application form as the worker would (reading and driving the shadow DOM is `./dom.ts`).
 */
import { expect } from '@open-wc/testing';
import { Jobs, type ClientOptions, type UnionClient } from '@unionkit/sdk';
import '../../define/job-listings.js';
import type { UnionJobListings } from '../../job-listings/job-listings.js';
import { use } from '../api.js';
import { mountWidget, settled } from './common-suite.js';
import { $, $$, waitFor, waitUntil } from './dom.js';
import { createTestClient } from './session.js';

export const TAG = 'union-job-listings';
export const session = () => ({ workerRef: `jobs-${crypto.randomUUID()}`, components: ['jobs' as const] });

/** A client on a fresh worker's session, asking for Chinese text like the widget does. */
export const jobsClient = (options: Partial<ClientOptions> & { session?: ReturnType<typeof session> } = {}) =>
  createTestClient({ session: session(), locale: 'zh-CN', ...options });

export async function mount(client: UnionClient, locale?: string): Promise<UnionJobListings> {
  const el = (await mountWidget(TAG, client, (w) => {
    if (locale) w.locale = locale;
  })) as UnionJobListings;
  await settled(el);
  return el;
}

export async function submitSearch(el: UnionJobListings): Promise<void> {
  $<HTMLButtonElement>(el, 'form.search button[type="submit"]')!.click();
  await waitUntil(() => el.state === 'loading' || el.state === 'ready' || el.state === 'empty', 'the search did not start', { timeout: 8000 });
  await settled(el);
}

/** Opens the filters' disclosure (if closed). */
export async function openFilters(el: UnionJobListings): Promise<void> {
  const toggle = $<HTMLButtonElement>(el, 'button[aria-controls="job-filters"]')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
}

/** Opens the job at `index` of the list and goes to its application form; returns its id. */
export async function openJobForm(el: UnionJobListings, index = 0): Promise<string> {
  const item = $$(el, 'ul.jobs > li')[index]!;
  const jobId = item.dataset['jobId']!;
  item.querySelector<HTMLButtonElement>('.item-link')!.click();
  await el.updateComplete;
  expect(el.view).to.equal('detail');
  // The detail is a part loaded on demand too.
  (await waitFor(el, '[part~="detail"] button.primary')).click();
  await el.updateComplete;
  expect(el.view).to.equal('apply');
  // The form is a part loaded on demand (usually here already, fetched ahead of need).
  await waitFor(el, '[part~="apply-form"]');
  return jobId;
}

/** Presses the form's send button. */
export function send(el: UnionJobListings): void {
  $<HTMLButtonElement>(el, '[part~="apply-form"] button[type="submit"]')!.click();
}

export async function applicationsOf(client: UnionClient): Promise<{ id: string; jobPostingId: string; status: string; message?: string | null }[]> {
  const page = await use(client, Jobs).listApplications({ limit: 100 });
  return page.data;
}
