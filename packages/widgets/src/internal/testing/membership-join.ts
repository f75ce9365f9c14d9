/**
 * What the <union-membership-join> test files share: reading the shadow DOM, typing and clicking as a
 * worker would, walking the flow to the review, and making applications through the API.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UnionClient } from '@unionkit/sdk';
import type { MembershipApplication } from '@unionkit/sdk/types';
import { residentIdCheckChar } from '@unionkit/sdk/validators';
import '../../define/membership-join.js';
import type { UnionElement } from '../base.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget } from './common-suite.js';
import { createTestClient, type SessionParams } from './session.js';
import type { UnionMembershipJoin } from '../../membership-join/membership-join.js';

export const TAG = 'union-membership-join';
export const VALID_ID = '310104199203150418';
export const WRONG_CHECK_DIGIT = '310104199203150419';
export const NAME = '王小明';
export const MOBILE = '13800138000';

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function $(el: Element, selector: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(selector);
}

export function text(el: Element): string {
  return root(el).querySelector('[part~="body"]')!.textContent!.replace(/\s+/g, ' ');
}

export function heading(el: Element): string {
  return ($(el, '[data-step-heading]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitFor(el: Element, selector: string, message = `waiting for ${selector}`): Promise<HTMLElement> {
  await waitUntil(() => $(el, selector), message, { timeout: 8000 });
  return $(el, selector)!;
}

export async function waitText(el: Element, needle: string | RegExp): Promise<void> {
  await waitUntil(
    () => (typeof needle === 'string' ? text(el).includes(needle) : needle.test(text(el))),
    `waiting for text ${needle}`,
    { timeout: 8000 },
  );
}

/** Types into an input as a program would (for the flows that are not about the keyboard). */
export async function fill(el: UnionElement, selector: string, value: string, blur = true): Promise<void> {
  const input = $(el, selector) as HTMLInputElement;
  expect(input, selector).to.exist;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  if (blur) {
    input.blur();
    await el.updateComplete;
  }
}

export async function choose(el: UnionElement, selector: string, value: string): Promise<void> {
  const select = $(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: UnionElement, selector: string): Promise<void> {
  const b = await waitFor(el, selector);
  b.click();
  await el.updateComplete;
}

export async function clickText(el: UnionElement, label: string | RegExp): Promise<void> {
  await waitUntil(() => findButton(el, label), `waiting for button ${label}`, { timeout: 8000 });
  findButton(el, label)!.click();
  await el.updateComplete;
}

export function findButton(el: Element, label: string | RegExp): HTMLButtonElement | undefined {
  return [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return (typeof label === 'string' ? t === label : label.test(t)) && !b.disabled;
  });
}

export async function atStep(el: UnionElement, n: number): Promise<void> {
  await waitUntil(() => heading(el).startsWith(`第 ${n} 步，共 5 步`) || heading(el).startsWith(`Step ${n} of 5`), `step ${n}`, {
    timeout: 8000,
  });
  await el.updateComplete;
}

/** Steps 1–4 with programmatic input; leaves the widget on the review step. */
export async function fillToReview(
  el: UnionElement,
  who: { name: string; idNumber: string; mobile: string } = { name: NAME, idNumber: VALID_ID, mobile: MOBILE },
  started = false,
  share = false,
): Promise<void> {
  if (!started) {
    await clickText(el, /开始申请入会|Start my application/);
    await atStep(el, 2);
  }
  await fill(el, '#fullName', who.name);
  await fill(el, '#residentId', who.idNumber);
  await fill(el, '#mobile', who.mobile);
  await click(el, '#sendCode');
  await waitFor(el, '#smsCode');
  await fill(el, '#smsCode', '000000', false);
  await click(el, '#confirmCode');
  await waitFor(el, '#mobileVerified');
  await choose(el, '#occupation', 'food_delivery_rider');
  await choose(el, '#workDistrict', '310104');
  await click(el, '#next');
  await atStep(el, 3);
  await waitUntil(() => root(el).querySelector('input[name="organisation"]:checked'), 'suggested organisation preselected', {
    timeout: 8000,
  });
  await click(el, '#next');
  await atStep(el, 4);
  for (const id of ['#membership_processing', '#sensitive_id_number', '#charter']) await click(el, id);
  if (share) await click(el, '#share_status_with_platform');
  await click(el, '#next');
  await atStep(el, 5);
}

export async function mount(client: UnionClient | undefined, locale?: string): Promise<UnionMembershipJoin> {
  const el = (await mountWidget(TAG, client, (e) => {
    if (locale) e.locale = locale;
  })) as UnionMembershipJoin;
  return el;
}

export function record<T>(name: string): { events: CustomEvent<T>[]; stop: () => void } {
  const events: CustomEvent<T>[] = [];
  const on = (e: Event) => events.push(e as CustomEvent<T>);
  window.addEventListener(name, on);
  return { events, stop: () => window.removeEventListener(name, on) };
}

/** A client whose session can apply without SMS (the platform vouched for the mobile). */
export async function clientWithVerifiedMobile(extra: SessionParams = {}): Promise<UnionClient> {
  return createTestClient({ session: { components: ['membership'], verifiedMobile: MOBILE, workerRef: crypto.randomUUID(), ...extra } });
}

export async function applyThroughApi(client: UnionClient, share = false): Promise<MembershipApplication> {
  const orgs = await client.organisations.list({ district: '310104', acceptsMembers: true });
  return client.membership.apply({
    fullName: NAME,
    residentIdNumber: VALID_ID,
    mobile: MOBILE,
    occupation: 'courier',
    workDistrict: '310104',
    organisationId: orgs.data.find((o) => o.suggested)!.id,
    charterAccepted: true,
    consents: [
      { purpose: 'membership_processing', noticeVersion: '2026-11' },
      { purpose: 'sensitive_id_number', noticeVersion: '2026-11' },
      ...(share ? [{ purpose: 'share_status_with_platform' as const, noticeVersion: '2026-11' }] : []),
    ],
  });
}

/** 320 px without horizontal scroll, 44 px targets, and axe: in whatever state the widget is in. */
export async function assertUsable(el: UnionElement): Promise<void> {
  await el.updateComplete;
  assertNoHorizontalOverflow(el);
  assertTouchTargets(el);
  await expect(el).to.be.accessible();
}

/** Presses Tab until the focused element in the widget matches, proving it is reachable by keyboard. */
export async function tabTo(el: Element, match: (active: HTMLElement) => boolean, what: string, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const active = root(el).activeElement as HTMLElement | null;
    if (active && match(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${what} with Tab`);
}

export const byId = (id: string) => (a: HTMLElement) => a.id === id;

/**
 * `SENTINELS.idNumber` is valid; the exercise first types it with a wrong check digit, sees it
 * refused, then types it right. This returns the number with its correct check digit.
 */
export function validSentinelId(id: string): string {
  return id.slice(0, 17) + residentIdCheckChar(id.slice(0, 17));
}
