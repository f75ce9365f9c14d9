// The event list serialises each stored event once per locale and counts places and the waitlist per
// request (src/domain/events.ts, eventJson): the text must be what serialising the whole served event
// gives, and a registration must show in the very next list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './support/harness.js';
import { eventJson, toEvent } from '../src/domain/events.js';
import { utf8 } from '../src/http/result.js';

type Listed = { id: string; placesLeft: number; waitlistCount: number };

test('an event in a list is byte for byte the whole served event, for every seeded event in both locales', async (t) => {
  const h = await startHarness(t);
  const { store } = h.server.sandbox;
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const ev of store.events) {
      // Twice: the second answer comes from the stored text.
      for (let i = 0; i < 2; i++) {
        const text = new TextDecoder().decode(utf8(eventJson(store, ev, locale)));
        assert.equal(text, JSON.stringify(toEvent(store, ev, locale)), `${ev.id} in ${locale}`);
      }
    }
  }
  const token = await h.session({ components: ['events'] });
  const res = await h.call<{ data: Listed[] }>('GET', '/events?limit=3', { token, headers: { 'accept-language': 'en' } });
  assert.equal(res.status, 200);
  assert.equal(res.body.data.length, 3);
});

test('a registration or a cancellation shows in the next list: places left and the waitlist are never stale', async (t) => {
  const h = await startHarness(t);
  const listed = async (token: string, id: string): Promise<Listed> => {
    const res = await h.call<{ data: Listed[] }>('GET', '/events?limit=100', { token });
    const ev = res.body.data.find((e) => e.id === id);
    assert.ok(ev, `${id} is listed`);
    return ev;
  };
  const a = await h.session({ components: ['events'] });
  const b = await h.session({ components: ['events'] });
  const open = await listed(a, 'evt_open');
  const waiting = await listed(a, 'evt_full_waitlist');

  const confirmed = await h.call('POST', '/events/evt_open/registrations', { token: a, body: {} });
  assert.equal(confirmed.status, 201, confirmed.text);
  assert.equal((await listed(b, 'evt_open')).placesLeft, open.placesLeft - 1);

  const queued = await h.call('POST', '/events/evt_full_waitlist/registrations', { token: b, body: {} });
  assert.equal(queued.body.status, 'waitlisted');
  assert.equal((await listed(a, 'evt_full_waitlist')).waitlistCount, waiting.waitlistCount + 1);

  await h.call('POST', `/event-registrations/${confirmed.body.id}/cancel`, { token: a });
  assert.equal((await listed(b, 'evt_open')).placesLeft, open.placesLeft);
});

test('pieces join into the UTF-8 of their text, whatever the strings hold', () => {
  const stored = new TextEncoder().encode('{"title":"骑手之家"');
  const pieces = [stored, ',"note":"路口 é 😀"', ',"n":1}'];
  const text = '{"title":"骑手之家","note":"路口 é 😀","n":1}';
  assert.deepEqual(utf8(pieces), new TextEncoder().encode(text));
  assert.equal(new TextDecoder().decode(utf8(pieces)), text);
  assert.equal(utf8([]).byteLength, 0);
});
