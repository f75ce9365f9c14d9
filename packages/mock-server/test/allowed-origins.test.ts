// A partner registers the origins of its pages and native apps (PUT /partner/allowed-origins); CORS and
// the hosted page's parent check (through GET /widget-sessions/current) go by them from then on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SK, startHarness } from './support/harness.js';

const APP_ORIGINS = ['https://rider.example', 'capacitor://localhost', 'ionic://localhost', 'https://localhost', 'http://localhost:*', 'http://127.0.0.1:*'];

test('GET /partner/allowed-origins lists the sandbox partner’s origins; PUT replaces them and CORS follows', async (t) => {
  const h = await startHarness(t);
  assert.deepEqual((await h.call('GET', '/partner/allowed-origins', { token: SK })).body, { origins: ['http://localhost:*', 'http://127.0.0.1:*'] });
  const token = await h.session();
  const before = await h.call('GET', '/widget-sessions/current', { token, headers: { origin: 'capacitor://localhost' }, check: 'problem' });
  assert.equal(before.body.code, 'origin_not_allowed', 'an app origin is refused until registered');

  const put = await h.call('PUT', '/partner/allowed-origins', { token: SK, body: { origins: APP_ORIGINS } });
  assert.equal(put.status, 200, put.text);
  assert.deepEqual(put.body, { origins: APP_ORIGINS });
  assert.deepEqual((await h.call('GET', '/partner/allowed-origins', { token: SK })).body, { origins: APP_ORIGINS });

  for (const origin of ['capacitor://localhost', 'https://rider.example', 'https://localhost']) {
    const res = await h.call('GET', '/widget-sessions/current', { token, headers: { origin } });
    assert.equal(res.status, 200, origin);
    assert.equal(res.headers.get('access-control-allow-origin'), origin);
    assert.deepEqual(res.body.allowedOrigins, APP_ORIGINS, 'the hosted page learns the new origins');
  }
  // replacing drops what is no longer listed
  await h.call('PUT', '/partner/allowed-origins', { token: SK, body: { origins: ['https://rider.example'] } });
  const dropped = await h.call('GET', '/widget-sessions/current', { token, headers: { origin: 'capacitor://localhost' }, check: 'problem' });
  assert.equal(dropped.body.code, 'origin_not_allowed');
});

test('PUT /partner/allowed-origins refuses what would open more than meant, with one field error each, and keeps the old list', async (t) => {
  const h = await startHarness(t);
  const bad = [
    '*',
    'https://*.rider.example',
    'https://rider.example/app',
    'https://rider.example/',
    'http://rider.example',
    'https://Rider.example',
    'https://rider.example:443',
    'https://rider.example:*',
    'file:///android_asset',
    'null',
    'rider.example',
    'https://rider.example',
  ];
  const res = await h.call('PUT', '/partner/allowed-origins', { token: SK, body: { origins: [...bad, 'https://rider.example'] } });
  assert.equal(res.status, 422, res.text);
  assert.equal(res.body.code, 'validation_failed');
  const paths = res.body.errors.map((e: { path: string }) => e.path);
  assert.deepEqual(paths, [...bad.slice(0, -1).map((_, i) => `origins.${i}`), `origins.${bad.length}`], 'every refused origin and the repeated one');
  assert.match(res.body.errors[9].message, /allowNullOrigin/);
  assert.deepEqual((await h.call('GET', '/partner/allowed-origins', { token: SK })).body.origins, ['http://localhost:*', 'http://127.0.0.1:*'], 'nothing changed');
  // a client token may not register anything
  const token = await h.session();
  const wst = await h.call('PUT', '/partner/allowed-origins', { token, body: { origins: ['https://rider.example'] }, check: 'problem' });
  assert.equal(wst.status, 403);
});

test('null is registered only with allowNullOrigin: true, and then CORS answers Origin: null', async (t) => {
  const h = await startHarness(t);
  const put = await h.call('PUT', '/partner/allowed-origins', { token: SK, body: { origins: ['null', 'http://localhost:*'], allowNullOrigin: true } });
  assert.equal(put.status, 200, put.text);
  const token = await h.session();
  const res = await h.call('GET', '/widget-sessions/current', { token, headers: { origin: 'null' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), 'null');
});
