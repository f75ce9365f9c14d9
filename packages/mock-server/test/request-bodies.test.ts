// JSON bodies over the node server, which hands the pipeline the bytes it read (decoded once, with
// decoders shared by every request) rather than streaming them again out of the Request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOTICE, startHarness } from './support/harness.js';

const apply = (message: string) => ({ message, consents: [{ purpose: 'job_application_sharing', noticeVersion: NOTICE }] });

test('text beyond ASCII arrives as sent, request after request', async (t) => {
  const h = await startHarness(t);
  const messages = ['您好，我想应聘。', '骑手🚴‍♀️ ünïcødé', '（周末可以）：是'.repeat(60)];
  for (const message of messages) {
    const token = await h.session({ workerRef: `w-${messages.indexOf(message)}` });
    const res = await h.call<{ id: string }>('POST', '/job-postings/job_0001/applications', { token, body: apply(message) });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(h.server.sandbox.store.jobApplications.get(res.body.id)?.message, message);
  }
});

test('a body that is not UTF-8 does not spoil the next one', async (t) => {
  const h = await startHarness(t);
  const text = JSON.stringify(apply('您好'));
  const at = text.indexOf('您');
  const bad = new Uint8Array([...new TextEncoder().encode(text.slice(0, at)), 0xe6, 0x82, ...new TextEncoder().encode(text.slice(at))]);
  for (let i = 0; i < 3; i++) {
    const token = await h.session({ workerRef: `w-${i}` });
    const refused = await h.call('POST', '/job-postings/job_0001/applications', { token, raw: bad, contentType: 'application/json' });
    assert.equal(refused.status, 400);
    assert.equal((refused.body as { code: string }).code, 'invalid_json');
    const ok = await h.call<{ id: string }>('POST', '/job-postings/job_0001/applications', { token, body: apply(`您好 ${i}`) });
    assert.equal(ok.status, 201);
    assert.equal(h.server.sandbox.store.jobApplications.get(ok.body.id)?.message, `您好 ${i}`);
  }
});
