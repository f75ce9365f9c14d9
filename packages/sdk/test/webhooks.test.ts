import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import {
  BodyTooLargeError,
  UnionClient,
  WebhookPayloadError,
  WebhookSignatureError,
  constructEvent,
  createWidgetSession,
  isKnownEvent,
  readRawBody,
  signPayload,
  verifySignature,
  type WebhookSignatureErrorReason,
} from '@unionkit/sdk/server';

const SECRET = 'whsec_test_demo_delivery';
const NOW = 1_793_600_000; // 2026-11-02, unix seconds
const body = JSON.stringify({
  id: 'evt_01J9ZB',
  type: 'member.status_changed',
  createdAt: '2026-11-02T10:20:00+08:00',
  data: { workerRef: 'rider-123', status: 'active', since: '2026-11-02' },
});

/** The signature computed here by hand, independently of signPayload. */
function hmac(secret: string, t: number, raw: string) {
  return createHmac('sha256', secret).update(`${t}.${raw}`).digest('hex');
}

/** Verification is asynchronous (Web Crypto): the promise rejects with a reason. */
function rejectsWith(reason: WebhookSignatureErrorReason, fn: () => Promise<unknown>) {
  return assert.rejects(fn, (err: unknown) => {
    assert.ok(err instanceof WebhookSignatureError, String(err));
    assert.equal(err.reason, reason);
    return true;
  });
}

test('signPayload makes the documented header', async () => {
  const header = await signPayload(SECRET, body, NOW);
  assert.equal(header, `t=${NOW},v1=${hmac(SECRET, NOW, body)}`);
  assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
  assert.equal(await signPayload(SECRET, new TextEncoder().encode(body), NOW), header, 'bytes and string sign alike');
});

test('good: a fresh, correctly signed delivery gives the typed event', async () => {
  const event = await constructEvent(body, await signPayload(SECRET, body, NOW), SECRET, { now: NOW + 10 });
  assert.equal(event.type, 'member.status_changed');
  if (isKnownEvent(event) && event.type === 'member.status_changed') assert.equal(event.data.status, 'active');
  const fromBytes = await constructEvent(Buffer.from(body), await signPayload(SECRET, body, NOW), SECRET, { now: new Date((NOW - 10) * 1000) });
  assert.deepEqual(fromBytes, event);
  assert.equal(await verifySignature(body, await signPayload(SECRET, body, NOW), SECRET, { now: NOW }), NOW);
});

test('a coverage event parses too', async () => {
  const coverage = JSON.stringify({
    id: 'evt_02',
    type: 'coverage.status_changed',
    createdAt: '2026-11-02T10:20:00+08:00',
    data: { workerRef: 'rider-123', enrolmentId: 'enr_1', planId: 'plan_2026', status: 'active', coverageStart: '2026-11-03', coverageEnd: '2026-12-31' },
  });
  const event = await constructEvent(coverage, await signPayload(SECRET, coverage, NOW), SECRET, { now: NOW });
  assert.equal(event.type, 'coverage.status_changed');
});

test('tampered body', async () => {
  const header = await signPayload(SECRET, body, NOW);
  await rejectsWith('no_matching_signature', () => constructEvent(body.replace('active', 'left'), header, SECRET, { now: NOW }));
  await rejectsWith('no_matching_signature', () => constructEvent(JSON.stringify(JSON.parse(body), null, 2), header, SECRET, { now: NOW }));
});

test('stale timestamp, and a future one beyond tolerance', async () => {
  const header = await signPayload(SECRET, body, NOW);
  await rejectsWith('timestamp_out_of_tolerance', () => constructEvent(body, header, SECRET, { now: NOW + 301 }));
  await rejectsWith('timestamp_out_of_tolerance', () => constructEvent(body, header, SECRET, { now: NOW - 301 }));
  await assert.doesNotReject(() => constructEvent(body, header, SECRET, { now: NOW + 300 }));
  await assert.doesNotReject(() => constructEvent(body, header, SECRET, { now: NOW + 3000, toleranceSec: 3600 }));
  await rejectsWith('timestamp_out_of_tolerance', async () => constructEvent(body, await signPayload(SECRET, body, 1_000_000_000), SECRET));
});

test('a header replayed on another body', async () => {
  const header = await signPayload(SECRET, body, NOW);
  const other = body.replace('rider-123', 'rider-999');
  await rejectsWith('no_matching_signature', () => constructEvent(other, header, SECRET, { now: NOW }));
  // Nor can the timestamp be moved forward under the old signature.
  const moved = header.replace(`t=${NOW}`, `t=${NOW + 600}`);
  await rejectsWith('no_matching_signature', () => constructEvent(body, moved, SECRET, { now: NOW + 600 }));
});

test('several v1 entries: any one matching is enough', async () => {
  const good = hmac(SECRET, NOW, body);
  const old = hmac('whsec_previous_secret', NOW, body);
  await assert.doesNotReject(() => constructEvent(body, `t=${NOW},v1=${old},v1=${good}`, SECRET, { now: NOW }));
  await assert.doesNotReject(() => constructEvent(body, `t=${NOW}, v1=${good.toUpperCase()}, v0=legacy, v1=zz`, SECRET, { now: NOW }));
  await rejectsWith('no_matching_signature', () => constructEvent(body, `t=${NOW},v1=${old},v1=${'0'.repeat(64)}`, SECRET, { now: NOW }));
  // Node hands a repeated header over as an array.
  await assert.doesNotReject(() => constructEvent(body, [`t=${NOW}`, `v1=${good}`], SECRET, { now: NOW }));
});

test('missing and malformed headers', async () => {
  await rejectsWith('missing_header', () => constructEvent(body, undefined, SECRET));
  await rejectsWith('missing_header', () => constructEvent(body, '', SECRET));
  await rejectsWith('malformed_header', () => constructEvent(body, 'garbage', SECRET));
  await rejectsWith('malformed_header', () => constructEvent(body, `v1=${hmac(SECRET, NOW, body)}`, SECRET));
  await rejectsWith('malformed_header', () => constructEvent(body, `t=${NOW}`, SECRET));
  await rejectsWith('malformed_header', () => constructEvent(body, `t=soon,v1=${hmac(SECRET, NOW, body)}`, SECRET));
  await rejectsWith('malformed_header', () => constructEvent(body, `t=${NOW},t=${NOW},v1=${hmac(SECRET, NOW, body)}`, SECRET));
});

test('a parsed body is refused with a clear reason', async () => {
  const header = await signPayload(SECRET, body, NOW);
  await rejectsWith('parsed_body', () => constructEvent(JSON.parse(body) as never, header, SECRET, { now: NOW }));
  await rejectsWith('parsed_body', () => verifySignature(undefined as never, header, SECRET, { now: NOW }));
});

test('a bad secret is refused', async () => {
  const header = await signPayload(SECRET, body, NOW);
  await rejectsWith('invalid_secret', () => constructEvent(body, header, '', { now: NOW }));
  await rejectsWith('invalid_secret', () => constructEvent(body, header, 'whsec_', { now: NOW }));
  await rejectsWith('invalid_secret', () => constructEvent(body, header, 'sk_test_demo_delivery', { now: NOW }));
  await rejectsWith('invalid_secret', () => signPayload('', body, NOW));
  await rejectsWith('no_matching_signature', () => constructEvent(body, header, 'whsec_someone_else', { now: NOW }));
});

test('a signed body that is not a known event is a WebhookPayloadError', async () => {
  const junk = '{"id":"evt_3","type":"member.exploded"}';
  await assert.rejects(async () => constructEvent(junk, await signPayload(SECRET, junk, NOW), SECRET, { now: NOW }), WebhookPayloadError);
  const notJson = 'not json';
  await assert.rejects(async () => constructEvent(notJson, await signPayload(SECRET, notJson, NOW), SECRET, { now: NOW }), WebhookPayloadError);
});

test('readRawBody reads a real request; past the limit it refuses', async () => {
  const received: (Buffer | Error)[] = [];
  const server = createServer(async (req, res) => {
    try {
      received.push(await readRawBody(req, { limit: 1024 }));
      res.writeHead(204).end();
    } catch (err) {
      received.push(err as Error);
      res.writeHead(413).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  try {
    const header = await signPayload(SECRET, body, NOW);
    const res = await fetch(url, { method: 'POST', body, headers: { 'UnionKit-Signature': header } });
    assert.equal(res.status, 204);
    const raw = received[0] as Buffer;
    assert.equal(raw.toString('utf8'), body);
    assert.equal((await constructEvent(raw, header, SECRET, { now: NOW })).id, 'evt_01J9ZB');

    const big = await fetch(url, { method: 'POST', body: 'x'.repeat(4096) }).catch((e: unknown) => e);
    void big;
    assert.ok(received[1] instanceof BodyTooLargeError);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  assert.equal((await readRawBody(Readable.from([Buffer.from('ab'), 'c', new Uint8Array([100])]))).toString(), 'abcd');
});

test('createWidgetSession mints with the secret key', async () => {
  const seen: Request[] = [];
  const fetch = async (req: Request) => {
    seen.push(req);
    return new Response(
      JSON.stringify({ id: 'ws_1', clientToken: 'wst_abc', expiresAt: '2026-11-02T10:35:00+08:00', components: ['membership'] }),
      { status: 201, headers: { 'Content-Type': 'application/json', 'Request-Id': 'req_1' } },
    );
  };
  const session = await createWidgetSession(
    { baseUrl: 'http://localhost:4010/v1', token: 'sk_test_demo_delivery', fetch },
    { workerRef: 'rider-123', components: ['membership'], verifiedMobile: '13800138000' },
  );
  assert.equal(session.clientToken, 'wst_abc');
  assert.equal(seen[0]!.headers.get('authorization'), 'Bearer sk_test_demo_delivery');
  assert.ok(seen[0]!.headers.get('idempotency-key'));

  const client = new UnionClient({ baseUrl: 'http://localhost:4010/v1', token: 'sk_test_demo_delivery', fetch });
  assert.equal((await createWidgetSession(client, { workerRef: 'rider-124', components: ['jobs'] })).id, 'ws_1');
  await assert.rejects(
    createWidgetSession({ baseUrl: 'http://localhost:4010/v1', token: 'wst_abc', fetch }, { workerRef: 'r', components: ['jobs'] }),
    /secret key/,
  );
});
