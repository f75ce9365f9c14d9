/**
 * The widgets against answers from a later contract: the sandbox's own answers, rewritten on the way
 * to the widget with a field added to every object and enum values no build knows yet (a new station
 * type and amenity, a new event category and employment type, a new membership status, a new help
 * request type and status). Each widget shows the neutral label (状态未知 for a status, 其他 for the
 * rest), never `undefined`, a blank or the raw code, and keeps working.
 */
import { expect } from '@open-wc/testing';
import type { ClientOptions, UnionClient } from '@unionkit/sdk';
import '../define/event-signup.js';
import '../define/job-listings.js';
import '../define/membership-join.js';
import '../define/service-map.js';
import { mountWidget, settled } from './testing/common-suite.js';
import { $, $$, clickText, textOf, waitFor, waitUntil } from './testing/dom.js';
import { mount as mountHelpDesk, session as helpSession } from './testing/help-desk.js';
import { XUHUI } from './testing/service-map.js';
import { createTestClient } from './testing/session.js';
import type { UnionElement } from './base.js';

const NEW = {
  servicePointType: 'night_canteen',
  amenity: 'wireless_charging',
  eventCategory: 'volunteering',
  employmentType: 'seasonal',
  membershipStatus: 'suspended',
  helpRequestType: 'workplace_safety',
  helpRequestStatus: 'referred_to_arbitration',
} as const;
const CODES = Object.values(NEW);

/** Adds `addedLater` to every object, as a later contract would. */
function addEverywhere(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(addEverywhere);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = addEverywhere(v);
    return { ...out, addedLater: { note: 'a field from a later contract', level: 2 } };
  }
  return value;
}

type Rewrite = (path: string, body: Record<string, unknown>) => unknown;

/** A `fetch` to this file's sandbox whose JSON answers come back as a later contract would send them. */
function laterContract(rewrite: Rewrite): NonNullable<ClientOptions['fetch']> {
  return async (input, init) => {
    const response = await globalThis.fetch(input, init);
    if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return response;
    const path = new URL(input.url).pathname.replace(/^\/v1/, '');
    const body = addEverywhere(rewrite(path, (await response.json()) as Record<string, unknown>));
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

const listed = (body: Record<string, unknown>, change: (item: Record<string, unknown>) => void) => {
  for (const item of body['data'] as Record<string, unknown>[]) change(item);
  return body;
};

async function mount(tag: string, client: UnionClient, setup?: (el: UnionElement) => void): Promise<UnionElement> {
  const el = await mountWidget(tag, client, setup);
  expect(await settled(el)).to.equal('ready');
  return el;
}

/** Nothing unknown shows as a code, `undefined` or `null`. */
function expectNoRawValues(el: Element): void {
  const shown = textOf(el.shadowRoot as unknown as Element);
  for (const code of CODES) expect(shown, `shows ${code}`).not.to.contain(code);
  expect(shown).not.to.match(/undefined|null|addedLater/);
}

describe('widgets with answers from a later contract', function () {
  this.timeout(30000);

  it('service map: a new station type and amenity read 其他, and the detail still opens', async () => {
    const fetch = laterContract((path, body) =>
      path.startsWith('/service-points') && Array.isArray(body['data'])
        ? listed(body, (p) => {
            p['type'] = NEW.servicePointType;
            p['amenities'] = [NEW.amenity];
          })
        : path.startsWith('/service-points/') && body['id']
          ? { ...body, type: NEW.servicePointType, amenities: [NEW.amenity] }
          : body,
    );
    const client = await createTestClient({ fetch, locale: 'zh-CN', session: { workerRef: `map-${crypto.randomUUID()}`, components: ['service_map'] } });
    const el = await mount('union-service-map', client, (w) => ((w as UnionElement & { position: unknown }).position = XUHUI));
    const first = $(el, 'ul.points > li')!;
    expect(textOf(first.querySelector('.meta'))).to.contain('其他');
    expectNoRawValues(el);
    (first.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => $$(el, '[part~="detail"] li, .detail li').some((li) => textOf(li) === '其他'), 'the amenity reads 其他');
    expectNoRawValues(el);
  });

  it('event signup and job listings: a new category and employment type read 其他', async () => {
    const fetch = laterContract((path, body) =>
      path === '/events' ? listed(body, (e) => (e['category'] = NEW.eventCategory)) : path === '/job-postings' ? listed(body, (j) => (j['employmentType'] = NEW.employmentType)) : body,
    );
    const events = await createTestClient({ fetch, locale: 'zh-CN', session: { components: ['events'] } });
    const signup = await mount('union-event-signup', events);
    const badge = $(signup, '[part~="category"]')!;
    expect(textOf(badge)).to.equal('其他');
    expectNoRawValues(signup);

    const jobs = await createTestClient({ fetch, locale: 'zh-CN', session: { components: ['jobs'] } });
    const listings = await mount('union-job-listings', jobs);
    await waitUntil(() => $$(listings, 'li[data-job-id] .meta span').some((s) => textOf(s) === '其他'), 'the employment type reads 其他');
    expectNoRawValues(listings);
  });

  it('membership: a new membership status reads 状态未知 on the card', async () => {
    const fetch = laterContract((path, body) =>
      path === '/membership' ? { status: NEW.membershipStatus, memberNumber: 'SH31010400012345', organisationId: 'org_310104_xjh_joint', since: '2025-05-01' } : body,
    );
    const client = await createTestClient({ fetch, locale: 'zh-CN', session: { components: ['membership'] } });
    const el = await mount('union-membership-join', client);
    await waitUntil(() => $(el, '[part~="card"]'), 'the member card shows');
    expect(textOf($(el, '[part~="card"]'))).to.contain('状态未知');
    expectNoRawValues(el);
  });

  it('help desk: a new request type and status read 其他 and 处理中, and a timeline with a new step still renders', async () => {
    const later = (r: Record<string, unknown>) => {
      r['type'] = NEW.helpRequestType;
      r['status'] = NEW.helpRequestStatus;
      const timeline = r['timeline'] as Record<string, unknown>[];
      r['timeline'] = [...timeline, { ...timeline.at(-1), status: NEW.helpRequestStatus }];
      return r;
    };
    const fetch = laterContract((path, body) =>
      path === '/help-requests' && Array.isArray(body['data']) ? listed(body, later) : path.startsWith('/help-requests/') && body['id'] ? later(body) : body,
    );
    const client = await createTestClient({ fetch, locale: 'zh-CN', session: helpSession() });
    await client.helpRequests.create({
      type: 'suggestion',
      topic: 'other',
      description: '希望增加夜间休息点。',
      consents: [{ purpose: 'help_request_processing', noticeVersion: '2026-11' }],
    });
    const el = await mountHelpDesk(client);
    await clickText(el, '查看我的求助');
    const item = await waitFor(el, '[part~="requests"] li[data-request-id]');
    expect(textOf(item)).to.contain('其他').and.to.contain('处理中');
    expectNoRawValues(el);
    item.querySelector<HTMLButtonElement>('.item-link')!.click();
    await waitFor(el, '[part~="timeline"]');
    const steps = $$(el, '[part~="timeline"] > li').map((li) => textOf(li.querySelector('.timeline-label')));
    expect(steps).to.have.length(2);
    expect(steps.at(-1)).to.equal('处理中');
    expect($(el, '[part~="timeline"] > li:last-child')!.getAttribute('aria-current')).to.equal('step');
    expectNoRawValues(el);
  });
});
