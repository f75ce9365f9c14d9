// In Chromium: the contract's webhook signer and verifier run on the browser's Web Crypto (as in an
// edge runtime, with no Node built-ins) and agree with the answer Node's createHmac gave.
import { expect } from '@open-wc/testing';
import { signWebhook, verifyWebhookSignature } from '@unionkit/contract';
import { VECTOR } from './support/webhook-vector.js';

const { secret, timestamp: t, body } = VECTOR;

describe('webhook signatures in the browser', () => {
  it('signs as Node does and verifies its own signature', async () => {
    const header = await signWebhook(secret, body, t);
    expect(header).to.equal(VECTOR.header);
    expect(await verifyWebhookSignature(body, header, secret, { now: t + 1 })).to.deep.equal({ valid: true, timestamp: t });
    expect(await verifyWebhookSignature(new TextEncoder().encode(body), header, secret, { now: t })).to.deep.equal({ valid: true, timestamp: t });
  });

  it('refuses a tampered body and a stale timestamp', async () => {
    const header = await signWebhook(secret, body, t);
    const tampered = await verifyWebhookSignature(`${body} `, header, secret, { now: t });
    expect(tampered.valid ? 'valid' : tampered.reason).to.equal('no_matching_signature');
    const stale = await verifyWebhookSignature(body, header, secret, { now: t + 301 });
    expect(stale.valid ? 'valid' : stale.reason).to.equal('timestamp_out_of_tolerance');
  });
});
