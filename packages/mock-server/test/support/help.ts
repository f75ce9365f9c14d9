/** What the help-request and appointment tests share: sessions with the help desk, points, bodies. */
import assert from 'node:assert/strict';
import type { ServicePointType } from '@unionkit/contract';
import { ALL_COMPONENTS, NOTICE, type Harness } from './harness.js';

export const HELP_CONSENTS = [{ purpose: 'help_request_processing', noticeVersion: NOTICE }];

/** Tuesday 1 December 2026 (TEST_NOW is Monday 30 November, 10:00). */
export const TUESDAY = '2026-12-01';
export const SATURDAY = '2026-12-05';

/** A session with every component, the help desk included. */
export function helpSession(h: Harness, workerRef?: string): Promise<string> {
  return h.session({ ...(workerRef ? { workerRef } : {}), components: ALL_COMPONENTS });
}

/** The first seeded point of `type` open every weekday with no closure in December, and its first interval. */
export function pointOf(h: Harness, type: ServicePointType, skip = 0): { id: string; opens: string; closes: string } {
  const found = h.server.sandbox.store.servicePoints.filter(
    (p) =>
      p.type === type &&
      p.status === 'operating' &&
      !p.openingHours.open24Hours &&
      p.openingHours.closures.length === 0 &&
      [1, 2, 3, 4, 5].every((d) => p.openingHours.weekly.some((w) => w.day === d && w.intervals.length > 0)),
  )[skip];
  assert.ok(found, `a seeded ${type} point`);
  const first = found.openingHours.weekly.find((w) => w.day === 2)!.intervals[0]!;
  return { id: found.id, opens: first.opens, closes: first.closes };
}

/** `2026-12-01T09:00:00+08:00` from a date and `HH:MM`. */
export const at = (date: string, hhmm: string): string => `${date}T${hhmm}:00+08:00`;

export async function book(h: Harness, token: string, servicePointId: string, startsAt: string): Promise<any> {
  const res = await h.call('POST', '/appointments', { token, body: { servicePointId, startsAt } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

export const legalBody = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'legal_consultation',
  topic: 'wage_arrears',
  counterparty: 'agency',
  description: '配送站点拖欠 11 月工资 3,200 元。',
  contactPreference: 'phone_call',
  consents: HELP_CONSENTS,
  ...o,
});

export const wishBody = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'micro_wish',
  category: 'child_education',
  wish: '给女儿买一个护眼台灯。',
  valueFen: 19900,
  consents: HELP_CONSENTS,
  ...o,
});

export const subsidyBody = (fileId: string, certificate: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'skill_subsidy',
  certificate: { name: '中式烹调师', level: 'level_4', number: 'S000031000000254001', issuedOn: '2026-11-30', ...certificate },
  evidenceFileIds: [fileId],
  consents: HELP_CONSENTS,
});

export async function file(h: Harness, token: string, body: Record<string, unknown>): Promise<any> {
  const res = await h.call('POST', '/help-requests', { token, body });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

export async function decide(h: Harness, token: string, id: string, decision: string, message?: string): Promise<any> {
  const res = await h.call('POST', `/sandbox/help-requests/${id}/decision`, { token, body: { decision, ...(message ? { message } : {}) } });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

/** The worker's mobile in these tests (the platform never receives its SMS code). */
export const WORKER_MOBILE = '13900139000';

/**
 * A union token for the client token's worker, as the union's hosted page gets one: a code sent to
 * `mobile`, then the sandbox code `000000` exchanged for `ust_…`.
 */
export async function unionSession(h: Harness, clientToken: string, mobile = WORKER_MOBILE): Promise<string> {
  const sent = await h.call('POST', '/union-sessions', { token: clientToken, body: { mobile } });
  assert.equal(sent.status, 201, sent.text);
  const confirmed = await h.call('POST', `/union-sessions/${sent.body.id}/confirm`, { token: clientToken, body: { code: '000000' } });
  assert.equal(confirmed.status, 201, confirmed.text);
  return confirmed.body.token as string;
}
