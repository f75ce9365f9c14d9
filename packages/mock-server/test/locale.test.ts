// Server text in the requested locale: Accept-Language → the session's locale → zh-CN, one rule,
// with Content-Language; never half translated (no Chinese left in English text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestedLocale, resolveLocale } from '../src/domain/locale.js';
import { SK, startHarness } from './support/harness.js';

const HAN = /\p{Script=Han}/u;

/** Every string in `value`, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

function assertNoChinese(value: unknown, what: string): void {
  const left = strings(value).filter(([, s]) => HAN.test(s));
  assert.deepEqual(left.slice(0, 5), [], `${what}: Chinese left in English text`);
}

test('the fallback rule: requested language, else the session locale, else zh-CN', () => {
  assert.equal(requestedLocale('en-US,en;q=0.9'), 'en');
  assert.equal(requestedLocale('zh-Hans-CN'), 'zh-CN');
  assert.equal(requestedLocale('fr-FR, en;q=0.5, zh;q=0.8'), 'zh-CN', 'by q-value');
  assert.equal(requestedLocale('en;q=0, zh'), 'zh-CN', 'q=0 means not this one');
  assert.equal(requestedLocale('fr, *'), null);
  assert.equal(resolveLocale('fr', 'en'), 'en');
  assert.equal(resolveLocale(null, null), 'zh-CN');
  assert.equal(resolveLocale('en', 'zh-CN'), 'en');
});

test('plans, events, jobs, service points and organisations are wholly English in en, wholly Chinese by default', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const en = { 'Accept-Language': 'en' };
  for (const path of ['/insurance-plans', '/events?limit=100', '/job-postings?limit=100', '/service-points?limit=100', '/union-organisations?district=310104&limit=100']) {
    const english = await h.call('GET', path, { token, headers: en });
    assert.equal(english.status, 200, english.text);
    assert.equal(english.headers.get('content-language'), 'en', path);
    assert.ok(english.body.data.length > 0, path);
    assertNoChinese(english.body.data, path);
    const chinese = await h.call('GET', path, { token });
    assert.equal(chinese.headers.get('content-language'), 'zh-CN', path);
  }
  const plans = await h.call('GET', '/insurance-plans', { token, headers: en });
  const accident = plans.body.data.find((p: { id: string }) => p.id === 'plan_accident_2026');
  assert.match(accident.name, /^Accident/);
  assert.match(accident.description, /union pays the whole premium/);
  assert.deepEqual(accident.benefits.map((b: { label: string }) => b.label), ['Accident medical expenses', 'Death and disability']);
  const zh = await h.call('GET', '/insurance-plans', { token });
  const zhAccident = zh.body.data.find((p: { id: string }) => p.id === 'plan_accident_2026');
  assert.ok(HAN.test(zhAccident.name) && HAN.test(zhAccident.description) && HAN.test(zhAccident.benefits[0].label));

  const point = await h.call('GET', '/service-points/sp_310104_001', { token, headers: en });
  assertNoChinese(point.body, 'service point');
  const event = await h.call('GET', '/events/evt_open', { token, headers: en });
  assertNoChinese(event.body, 'event');
  const ics = await h.call('GET', '/events/evt_open/calendar.ics', { token, headers: en });
  assert.doesNotMatch(ics.text.split('\r\n').filter((l) => /^(SUMMARY|DESCRIPTION|LOCATION)/.test(l)).join(''), HAN);
});

test('without Accept-Language the session\'s locale decides; a language we do not serve falls back the same way', async (t) => {
  const h = await startHarness(t);
  const minted = await h.call('POST', '/widget-sessions', { token: SK, body: { workerRef: 'en-rider', components: ['insurance', 'events'], locale: 'en' } });
  const token = minted.body.clientToken as string;
  const plans = await h.call('GET', '/insurance-plans', { token });
  assert.equal(plans.headers.get('content-language'), 'en');
  assertNoChinese(plans.body.data, 'plans by session locale');
  const french = await h.call('GET', '/events?limit=5', { token, headers: { 'Accept-Language': 'fr-FR' } });
  assert.equal(french.headers.get('content-language'), 'en');
  const chinese = await h.call('GET', '/events?limit=5', { token, headers: { 'Accept-Language': 'zh-CN' } });
  assert.equal(chinese.headers.get('content-language'), 'zh-CN');
  assert.ok(HAN.test(chinese.body.data[0].title));
});

test('job search finds a posting by its English words too', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const res = await h.call('GET', '/job-postings?q=courier&limit=5', { token, headers: { 'Accept-Language': 'en' } });
  assert.ok(res.body.data.length > 0);
  for (const j of res.body.data) assert.match(`${j.title} ${j.employer} ${j.description}`, /courier/i);
});
