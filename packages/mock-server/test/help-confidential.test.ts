/**
 * Confidential help requests (legal consultation, legal aid, mediation, complaints) are out of the
 * platform's reach at the API, not only in the page: the platform mints the worker's client token, so
 * with it nothing confidential can be filed, listed, read, messaged or withdrawn, nor told apart from
 * an id that does not exist. Only a union token — the client token plus the SMS code sent to the
 * worker's own mobile, which the platform never sees — opens them.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { SK, snapshot, startHarness, type Harness } from './support/harness.js';
import { at, book, decide, file, helpSession, legalBody, pointOf, TUESDAY, unionSession, WORKER_MOBILE } from './support/help.js';

const complaint = legalBody({ type: 'complaint', topic: 'account_deactivation', counterparty: 'platform', description: '平台无故封禁我的账号。' });
const suggestion = { type: 'suggestion', topic: 'other', description: '建议增设一处爱心接力站。', consents: complaint['consents'] };
const API_ORIGIN_HEADERS = (h: Harness) => ({ Origin: new URL(h.base).origin });

/** Everything the client token can see of the worker's help desk, as the platform would read it. */
async function platformView(h: Harness, wst: string): Promise<string> {
  const requests = await h.call('GET', '/help-requests?limit=100', { token: wst });
  const appointments = await h.call('GET', '/appointments?limit=100', { token: wst });
  const consents = await h.call('GET', '/consents', { token: wst });
  assert.deepEqual([requests.status, appointments.status, consents.status], [200, 200, 200]);
  return JSON.stringify([requests.body, appointments.body, consents.body]);
}

test('with the platform-minted client token a confidential request cannot be filed, and nothing is kept', async (t) => {
  const h = await startHarness(t);
  const wst = await helpSession(h);
  for (const type of ['legal_consultation', 'legal_aid', 'mediation', 'complaint']) {
    const before = snapshot(h);
    const res = await h.call('POST', '/help-requests', { token: wst, body: { ...complaint, type } });
    assert.deepEqual([res.status, res.body.code], [403, 'union_session_required'], res.text);
    assert.equal(snapshot(h), before, 'a refused request changes nothing');
  }
  // The rest of the help desk still works with the client token.
  assert.equal((await file(h, wst, suggestion)).type, 'suggestion');
});

test('the worker files, lists, reads, messages and withdraws a complaint with the union token', async (t) => {
  const h = await startHarness(t);
  const wst = await helpSession(h);
  const ust = await unionSession(h, wst);
  assert.match(ust, /^ust_[0-9A-Za-z]+$/);
  const filed = await file(h, ust, complaint);
  assert.equal(filed.type, 'complaint');
  const list = await h.call('GET', '/help-requests', { token: ust });
  assert.deepEqual(list.body.data.map((r: { id: string }) => r.id), [filed.id]);
  assert.equal((await h.call('GET', `/help-requests/${filed.id}`, { token: ust })).body.description, '平台无故封禁我的账号。');
  const messaged = await h.call('POST', `/help-requests/${filed.id}/messages`, { token: ust, body: { body: '补充：封号前没有任何通知。' } });
  assert.equal(messaged.status, 201, messaged.text);
  const answered = await decide(h, ust, filed.id, 'accept', '已受理，社工会联系您。');
  assert.equal(answered.status, 'accepted');
  const withdrawn = await h.call('POST', `/help-requests/${filed.id}/withdraw`, { token: ust });
  assert.deepEqual([withdrawn.status, withdrawn.body.status], [200, 'withdrawn'], withdrawn.text);
});

test('the platform cannot detect a confidential request: its lists are unchanged and its id answers like a missing one', async (t) => {
  const h = await startHarness(t);
  const wst = await helpSession(h);
  await file(h, wst, suggestion);
  const point = pointOf(h, 'legal_aid');
  const ust = await unionSession(h, wst);
  const before = await platformView(h, wst);
  const appointment = await book(h, ust, point.id, at(TUESDAY, point.opens));
  const filed = await file(h, ust, { ...complaint, contactPreference: 'in_person', appointmentId: appointment.id });
  assert.equal(await platformView(h, wst), before, 'the lists the platform reads are identical to those without the complaint');

  const missing = 'help_0000000000000000';
  const shape = (r: { status: number; body: { code: string; title: string; detail: string } }) => [r.status, r.body.code, r.body.title, r.body.detail];
  const reads: [string, string, unknown?][] = [
    ['GET', ''],
    ['POST', '/messages', { body: '你好' }],
    ['POST', '/withdraw'],
  ];
  for (const [method, suffix, body] of reads) {
    const beforeCall = snapshot(h);
    const real = await h.call(method, `/help-requests/${filed.id}${suffix}`, { token: wst, ...(body ? { body } : {}) });
    const none = await h.call(method, `/help-requests/${missing}${suffix}`, { token: wst, ...(body ? { body } : {}) });
    assert.deepEqual(shape(real), shape(none), `${method} ${suffix}: indistinguishable from a missing id`);
    assert.equal(real.status, 404);
    assert.equal(snapshot(h), beforeCall, 'nothing changed');
  }
  const decision = await h.call('POST', `/sandbox/help-requests/${filed.id}/decision`, { token: wst, body: { decision: 'accept' } });
  assert.equal(decision.status, 404, 'the client token cannot reach it through the sandbox either');
  // Nor the appointment it uses, nor its consent.
  const appt = await h.call('GET', '/appointments', { token: wst });
  assert.ok(!appt.text.includes(appointment.id));
  const cancel = await h.call('POST', `/appointments/${appointment.id}/cancel`, { token: wst });
  assert.equal(cancel.status, 404, cancel.text);
  const again = await h.call('POST', '/appointments', { token: wst, body: { servicePointId: point.id, startsAt: at(TUESDAY, point.opens) } });
  assert.ok(!again.text.includes(appointment.id), 'a second booking does not name the hidden appointment');
  // The worker's union session still sees all of it.
  assert.equal((await h.call('GET', `/appointments`, { token: ust })).body.data[0].id, appointment.id);
});

test('a union token of another mobile (the platform proving its own number) reaches none of the worker’s', async (t) => {
  const h = await startHarness(t);
  const wst = await helpSession(h);
  const filed = await file(h, await unionSession(h, wst), complaint);
  const other = await unionSession(h, wst, '13700137000');
  assert.deepEqual((await h.call('GET', '/help-requests', { token: other })).body.data, []);
  assert.equal((await h.call('GET', `/help-requests/${filed.id}`, { token: other })).status, 404);
});

test('the exchange refuses a wrong code, a foreign or expired client token, and a second use; nothing is opened', async (t) => {
  const h = await startHarness(t);
  const wst = await helpSession(h);
  const stranger = await helpSession(h);
  const sent = await h.call('POST', '/union-sessions', { token: wst, body: { mobile: WORKER_MOBILE } });
  assert.equal(sent.status, 201, sent.text);
  assert.equal(sent.body.mobileMasked, '139****9000');
  const confirm = (token: string, code: string) => h.call('POST', `/union-sessions/${sent.body.id}/confirm`, { token, body: { code } });

  const before = snapshot(h);
  const wrong = await confirm(wst, '123456');
  assert.deepEqual([wrong.status, wrong.body.code, wrong.body.errors[0].path], [422, 'sms_code_invalid', 'code'], wrong.text);
  const foreign = await confirm(stranger, '000000');
  assert.deepEqual([foreign.status, foreign.body.code], [404, 'not_found'], foreign.text);
  const bad = await h.call('POST', '/union-sessions', { token: wst, body: { mobile: '12345' } });
  assert.equal(bad.status, 422, bad.text);
  const { unionSessions, helpRequests } = h.server.sandbox.store;
  assert.equal(unionSessions.size, 0, 'no union token was issued');
  assert.equal(helpRequests.size, 0);
  assert.notEqual(snapshot(h), before, 'the wrong code counts toward the five allowed');

  const ok = await confirm(wst, '000000');
  assert.equal(ok.status, 201, ok.text);
  const reused = await confirm(wst, '000000');
  assert.equal(reused.status, 404, 'a verification is exchanged once');

  const later = await h.call('POST', '/union-sessions', { token: wst, body: { mobile: WORKER_MOBILE } });
  h.server.sandbox.store.sessionByToken(wst)!.expiresAt = new Date(0);
  const expired = await h.call('POST', `/union-sessions/${later.body.id}/confirm`, { token: wst, body: { code: '000000' } });
  assert.deepEqual([expired.status, expired.body.code], [401, 'token_expired'], expired.text);
});

test('five wrong codes close the verification', async (t) => {
  const h = await startHarness(t);
  const wst = await helpSession(h);
  const sent = await h.call('POST', '/union-sessions', { token: wst, body: { mobile: WORKER_MOBILE } });
  for (let i = 0; i < 5; i++) {
    assert.equal((await h.call('POST', `/union-sessions/${sent.body.id}/confirm`, { token: wst, body: { code: '111111' } })).status, 422);
  }
  const locked = await h.call('POST', `/union-sessions/${sent.body.id}/confirm`, { token: wst, body: { code: '000000' } });
  assert.deepEqual([locked.status, locked.body.code], [429, 'sms_attempts_exceeded'], locked.text);
});

test('the union token opens only the help desk, never from a partner’s origin, and not once it has expired', async (t) => {
  const h = await startHarness(t);
  const wst = await helpSession(h);
  const ust = await unionSession(h, wst);
  for (const [method, path] of [
    ['GET', '/membership'],
    ['GET', '/events'],
    ['GET', '/insurance-plans'],
    ['GET', '/widget-sessions/current'],
  ] as const) {
    const res = await h.call(method, path, { token: ust });
    assert.deepEqual([res.status, res.body.code], [403, 'forbidden_scope'], `${path}: ${res.text}`);
  }
  const opened = await h.call('POST', '/union-sessions', { token: ust, body: { mobile: WORKER_MOBILE } });
  assert.equal(opened.status, 403, 'a union token does not open another');
  const asPartner = await h.call('GET', '/help-requests', { token: ust, headers: { Origin: 'https://rider.example.com' } });
  assert.deepEqual([asPartner.status, asPartner.body.code], [403, 'origin_not_allowed'], asPartner.text);
  const fromUnionPage = await h.call('GET', '/help-requests', { token: ust, headers: API_ORIGIN_HEADERS(h) });
  assert.equal(fromUnionPage.status, 200, fromUnionPage.text);
  const secret = await h.call('GET', '/help-requests', { token: SK });
  assert.equal(secret.status, 403, 'the partner’s secret key never lists help requests');
  const moved = await h.call('POST', '/sandbox/clock/advance', { token: SK, body: { days: 1 } });
  assert.equal(moved.status, 200, moved.text);
  const late = await h.call('GET', '/help-requests', { token: ust });
  assert.deepEqual([late.status, late.body.code], [401, 'token_expired'], late.text);
});
