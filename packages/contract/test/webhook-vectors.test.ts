// The contract's Web Crypto verifier and signer against the published test vectors, so what partners
// check their own code against (docs/server/webhook-signature-vectors.json) is what we do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WEBHOOK_TOLERANCE_SEC, signWebhook, verifyWebhookSignature } from '@unionkit/contract';
import { SIGNATURE_VECTORS, expected } from './support/webhook-vectors.js';

const { vectors } = SIGNATURE_VECTORS;

test('the vectors cover every refusal reason, valid deliveries and the default tolerance', () => {
  assert.equal(SIGNATURE_VECTORS.defaultToleranceSec, WEBHOOK_TOLERANCE_SEC);
  const answers = new Set(vectors.map(expected));
  assert.deepEqual([...answers].sort(), ['valid', ...SIGNATURE_VECTORS.reasons].sort());
});

for (const v of vectors) {
  test(`verify: ${v.name} → ${expected(v)}`, async () => {
    const options = v.toleranceSec === undefined ? { now: v.now } : { now: v.now, toleranceSec: v.toleranceSec };
    const result = await verifyWebhookSignature(v.body, v.header, v.secret, options);
    assert.equal(result.valid ? 'valid' : result.reason, expected(v));
  });
}

test('the signer writes exactly the canonical valid headers', async () => {
  const canonical = vectors.filter((v) => v.valid && /^t=\d+,v1=[0-9a-f]{64}$/.test(v.header));
  assert.ok(canonical.length >= 3);
  for (const v of canonical) {
    const t = Number(/^t=(\d+)/.exec(v.header)![1]);
    assert.equal(await signWebhook(v.secret, v.body, t), v.header, v.name);
  }
});
