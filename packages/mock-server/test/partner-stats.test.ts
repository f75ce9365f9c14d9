// The partner's impact report: aggregate counts by district and month, every count under 10
// suppressed, no totals to subtract from, no person in it, for the secret key only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { becomeMember, SK, startHarness } from './support/harness.js';
import { decide, file, legalBody, unionSession, wishBody } from './support/help.js';

const DAY = 86_400_000;
const METRICS = ['membersJoined', 'enrolments', 'helpGiven'] as const;

test('stats: the 12 months before this one, by district; counts under 10 are null and suppressed; no totals', async (t) => {
  const h = await startHarness(t);
  const res = await h.call('GET', '/partner/stats', { token: SK });
  assert.equal(res.status, 200, res.text);
  const body = res.body;
  assert.deepEqual(Object.keys(body).sort(), ['data', 'from', 'generatedAt', 'helpCounted', 'minimumCount', 'to'], 'no totals anywhere');
  assert.deepEqual([body.from, body.to, body.minimumCount, body.helpCounted], ['2025-11', '2026-10', 10, 'non_confidential']);
  assert.equal(body.data.length, 12 * 16);
  let shown = 0;
  let suppressed = 0;
  for (const row of body.data) {
    assert.deepEqual(Object.keys(row).sort(), ['district', 'enrolments', 'helpGiven', 'membersJoined', 'month']);
    for (const metric of METRICS) {
      const cell = row[metric];
      if (cell.suppressed) {
        assert.equal(cell.count, null, `${row.month} ${row.district} ${metric}`);
        suppressed++;
      } else {
        assert.ok(Number.isInteger(cell.count) && cell.count >= 10, `${row.month} ${row.district} ${metric}: ${cell.count}`);
        shown++;
      }
    }
  }
  assert.ok(shown > 50 && suppressed > 50, `the seed shows some cells (${shown}) and suppresses others (${suppressed})`);
  // no month, district or metric carries a sum of the others
  assert.equal(new Set(body.data.map((r: any) => `${r.month}|${r.district}`)).size, body.data.length, 'one row per month and district, no total rows');
  assert.equal((await h.call('GET', '/partner/stats', { token: SK })).text.replace(/"generatedAt":"[^"]+"/, ''), res.text.replace(/"generatedAt":"[^"]+"/, ''), 'the same report twice');
});

test('stats count the partner’s own riders as they join, shown only from the tenth and only once the month has ended', async (t) => {
  const h = await startHarness(t);
  const cellOf = async (month: string, district: string) => {
    const res = await h.call('GET', '/partner/stats', { token: SK });
    return res.body.data.find((r: any) => r.month === month && r.district === district);
  };
  for (let i = 0; i < 9; i++) {
    await becomeMember(h, await h.session({ workerRef: `stats-${i}` }), { mobile: `1380013801${i}` });
  }
  assert.equal(await cellOf('2026-11', '310104'), undefined, 'this month is not reported while it goes on');
  h.server.sandbox.store.clock.advance(DAY);
  const nine = await cellOf('2026-11', '310104');
  assert.deepEqual(nine.membersJoined, { count: null, suppressed: true }, '9 members: suppressed');
  const report = JSON.stringify((await h.call('GET', '/partner/stats', { token: SK })).body);
  assert.ok(!/stats-\d/.test(report), 'never a workerRef');
  // a tenth member who joined in November (the clock back in November for the application)
  h.server.sandbox.store.clock.advance(-DAY);
  await becomeMember(h, await h.session({ workerRef: 'stats-9' }), { mobile: '13800138019' });
  h.server.sandbox.store.clock.advance(DAY);
  assert.deepEqual((await cellOf('2026-11', '310104')).membersJoined, { count: 10, suppressed: false });
});

test('help given counts fulfilled micro-wishes, never a confidential request', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ workerRef: 'helped' });
  await becomeMember(h, token);
  const ust = await unionSession(h, token);
  for (let i = 0; i < 10; i++) {
    const wish = await file(h, token, wishBody({ wish: `第 ${i + 1} 个心愿。` }));
    await decide(h, SK, wish.id, 'adopt');
    await decide(h, SK, wish.id, 'fulfil');
    const complaint = await file(h, ust, legalBody({ type: 'complaint', description: `第 ${i + 1} 次投诉。` }));
    for (const decision of ['accept', 'start', 'resolve']) await decide(h, SK, complaint.id, decision);
  }
  h.server.sandbox.store.clock.advance(DAY);
  const row = (await h.call('GET', '/partner/stats', { token: SK })).body.data.find((r: any) => r.month === '2026-11' && r.district === '310104');
  assert.deepEqual(row.helpGiven, { count: 10, suppressed: false }, 'the ten wishes, not the ten complaints');
});

test('stats are for the partner’s server: a widget token is forbidden_scope', async (t) => {
  const h = await startHarness(t);
  const res = await h.call('GET', '/partner/stats', { token: await h.session() });
  assert.equal(res.status, 403);
  assert.equal(res.body.code, 'forbidden_scope');
  assert.equal((await h.call('GET', '/partner/stats?month=2026-10', { token: SK })).status, 422, 'no query parameters');
});
