/**
 * What the <union-membership-join> test files share: its values, walking the flow to the review, and
 * making applications through the API (reading and driving the shadow DOM is `./dom.ts`).
 */
import { expect } from '@open-wc/testing';
import type { ClientOptions, UnionClient } from '@unionkit/sdk';
import type { MembershipApplication } from '@unionkit/sdk/types';
import { residentIdCheckChar } from '@unionkit/sdk/validators';
import '../../define/membership-join.js';
import type { UnionElement } from '../base.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget } from './common-suite.js';
import { choose, click, clickText, fill, headingOf, root, waitFor, waitUntil } from './dom.js';
import { createTestClient, type SessionParams } from './session.js';
import type { UnionMembershipJoin } from '../../membership-join/membership-join.js';

export const TAG = 'union-membership-join';
export const VALID_ID = '310104199203150418';
export const WRONG_CHECK_DIGIT = '310104199203150419';
export const NAME = '王小明';
export const MOBILE = '13800138000';

export async function atStep(el: UnionElement, n: number): Promise<void> {
  await waitUntil(() => headingOf(el).startsWith(`第 ${n} 步，共 5 步`) || headingOf(el).startsWith(`Step ${n} of 5`), `step ${n}`, {
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

/** A `fetch` that sends the first application as `change` makes it (a header or body altered on the way). */
export function changesFirstApplication(change: (request: Request) => Request | Promise<Request>): NonNullable<ClientOptions['fetch']> {
  let pending = true;
  return async (input: Request, init?: RequestInit): Promise<Response> => {
    if (pending && input.method === 'POST' && new URL(input.url).pathname.endsWith('/membership-applications')) {
      pending = false;
      return globalThis.fetch(await change(input), init);
    }
    return globalThis.fetch(input, init);
  };
}

/** The first application sent with its JSON body changed by `edit`. */
export const editsFirstApplication = (edit: (body: Record<string, unknown>) => void) =>
  changesFirstApplication(async (request) => {
    const body = (await request.clone().json()) as Record<string, unknown>;
    edit(body);
    return new Request(request, { body: JSON.stringify(body) });
  });

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

/**
 * `SENTINELS.idNumber` is valid; the exercise first types it with a wrong check digit, sees it
 * refused, then types it right. This returns the number with its correct check digit.
 */
export function validSentinelId(id: string): string {
  return id.slice(0, 17) + residentIdCheckChar(id.slice(0, 17));
}
