// The contract's webhook signer and verifier on Node's Web Crypto: the documented header, a round trip,
// and every reason a delivery is refused. (webhooks.browser.test.ts runs the same round trip in Chromium.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { SIGNATURE_HEADER, WebhookInputError, signWebhook, verifyWebhookSignature } from '@unionkit/contract';
import { VECTOR } from './support/webhook-vector.js';

const { secret, timestamp: t, body } = VECTOR;

test('the Web Crypto signer gives the documented header, as Node\'s createHmac computes it', async () => {
  assert.equal(SIGNATURE_HEADER, 'UnionKit-Signature');
  const header = await signWebhook(secret, body, t);
  assert.equal(header, VECTOR.header);
  assert.equal(header, `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`);
  assert.equal(await signWebhook(secret, new TextEncoder().encode(body), t), header, 'bytes and text sign alike');
});

test('sign → verify round trip, as text and as bytes', async () => {
  const header = await signWebhook(secret, body, t);
  assert.deepEqual(await verifyWebhookSignature(body, header, secret, { now: t + 10 }), { valid: true, timestamp: t });
  assert.deepEqual(await verifyWebhookSignature(Buffer.from(body), header, secret, { now: new Date(t * 1000) }), { valid: true, timestamp: t });
  const now = await signWebhook(secret, body);
  assert.equal((await verifyWebhookSignature(body, now, secret)).valid, true, 'the default timestamp is now');
});

test('what is refused, and why', async () => {
  const header = await signWebhook(secret, body, t);
  const reason = async (...args: Parameters<typeof verifyWebhookSignature>) => {
    const result = await verifyWebhookSignature(...args);
    return result.valid ? 'valid' : result.reason;
  };
  assert.equal(await reason(body.replace('active', 'left'), header, secret, { now: t }), 'no_matching_signature');
  assert.equal(await reason(body, header, 'whsec_someone_else', { now: t }), 'no_matching_signature');
  assert.equal(await reason(body, header.replace(`t=${t}`, `t=${t + 600}`), secret, { now: t + 600 }), 'no_matching_signature');
  assert.equal(await reason(body, header, secret, { now: t + 301 }), 'timestamp_out_of_tolerance');
  assert.equal(await reason(body, header, secret, { now: t - 301 }), 'timestamp_out_of_tolerance');
  assert.equal(await reason(body, header, secret, { now: t + 300 }), 'valid');
  assert.equal(await reason(body, header, secret, { now: t + 3000, toleranceSec: 3600 }), 'valid');
  assert.equal(await reason(body, undefined, secret), 'missing_header');
  assert.equal(await reason(body, `t=${t}`, secret), 'malformed_header');
  assert.equal(await reason(JSON.parse(body) as never, header, secret), 'parsed_body');
  assert.equal(await reason(body, header, 'sk_test_demo_delivery'), 'invalid_secret');
  const old = createHmac('sha256', 'whsec_previous').update(`${t}.${body}`).digest('hex');
  assert.equal(await reason(body, `t=${t},v1=${old},${header.split(',')[1]}`, secret, { now: t }), 'valid', 'any one v1 entry may match');
});

test('the signer refuses a secret that is not a whsec_ one, with a reason', async () => {
  await assert.rejects(signWebhook('sk_test_demo_delivery', body, t), (e: unknown) => e instanceof WebhookInputError && e.reason === 'invalid_secret');
  await assert.rejects(signWebhook(secret, { body } as never, t), (e: unknown) => e instanceof WebhookInputError && e.reason === 'parsed_body');
});
