// The SDK's webhook check against the published test vectors (docs/server/webhook-signature-vectors.json),
// the same file the Java and Go snippets are checked against: every language agrees on every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WebhookSignatureError, verifySignature } from '@unionkit/sdk/server';
import { SIGNATURE_VECTORS, expected } from '../../contract/test/support/webhook-vectors.js';

for (const v of SIGNATURE_VECTORS.vectors) {
  test(`verifySignature: ${v.name} → ${expected(v)}`, async () => {
    const options = v.toleranceSec === undefined ? { now: v.now } : { now: v.now, toleranceSec: v.toleranceSec };
    const answer = await verifySignature(Buffer.from(v.body, 'utf8'), v.header, v.secret, options).then(
      (timestamp) => {
        assert.equal(`t=${timestamp}`, v.header.split(',')[0]!.trim(), 'resolves to the signed timestamp');
        return 'valid';
      },
      (error: unknown) => {
        assert.ok(error instanceof WebhookSignatureError, String(error));
        return error.reason;
      },
    );
    assert.equal(answer, expected(v));
  });
}
