// client.files.upload(): refuses what the API would before sending, uploads as multipart with the
// client's retries under one idempotency key, reports progress to the end, and returns the typed record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockServer } from '@unionkit/mock-server/node';
import { MAX_FILE_BYTES } from '@unionkit/contract';
import { NotFoundError, RequestValidationError, ServerError, UnionClient, type UploadProgress } from '@unionkit/sdk';
import { connectionRefused, json, scriptedFetch } from './support/http.js';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
const BASE = 'http://localhost:4010/v1';

async function sandboxClients(t: import('node:test').TestContext) {
  const sandbox = await startMockServer({ port: 0 });
  t.after(() => sandbox.close());
  const baseUrl = `${sandbox.url}/v1`;
  const partner = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery' });
  const worker = async (workerRef: string) =>
    new UnionClient({ baseUrl, token: (await partner.widgetSessions.create({ workerRef, components: ['insurance', 'help'] })).clientToken, retryDelay: () => 0 });
  return { sandbox, worker };
}

test('upload: a typed record, progress that ends at the whole file, and only its uploader can read it', async (t) => {
  const { worker } = await sandboxClients(t);
  const me = await worker('sdk-files-a');
  const progress: UploadProgress[] = [];
  const file = await me.files.upload(
    { file: new File([JPEG], '门诊发票.jpg', { type: 'image/png' }), purpose: 'claim_evidence' },
    { onProgress: (p) => progress.push(p) },
  );
  assert.equal(file.contentType, 'image/jpeg', 'the type comes from the content');
  assert.equal(file.size, JPEG.byteLength);
  assert.equal(file.purpose, 'claim_evidence');
  assert.equal(file.name, '门诊发票.jpg');
  assert.deepEqual(progress.at(-1), { loaded: JPEG.byteLength, total: JPEG.byteLength });
  assert.deepEqual(await me.files.retrieve(file.id), file);
  const other = await worker('sdk-files-b');
  await assert.rejects(other.files.retrieve(file.id), NotFoundError);
});

test('upload refuses, before sending, what the API would refuse: wrong content, empty, over 10 MiB, unknown purpose', async () => {
  const { fetch, seen } = scriptedFetch([json({})]);
  const client = new UnionClient({ baseUrl: BASE, token: 'wst_test', fetch });
  const cases: [string, Parameters<UnionClient['files']['upload']>[0], string, string][] = [
    ['text named .jpg', { file: new File(['not a photo'], 'a.jpg', { type: 'image/jpeg' }), purpose: 'claim_evidence' }, 'file', 'invalid_value'],
    ['empty', { file: new Blob([]), purpose: 'claim_evidence' }, 'file', 'too_small'],
    ['one byte over 10 MiB', { file: new Blob([JPEG, new Uint8Array(MAX_FILE_BYTES)]), purpose: 'claim_evidence' }, 'file', 'too_big'],
    ['unknown purpose', { file: new Blob([PDF]), purpose: 'selfie' as 'certificate' }, 'purpose', 'invalid_value'],
  ];
  for (const [what, params, path, code] of cases) {
    const error = await client.files.upload(params).catch((e: unknown) => e);
    assert.ok(error instanceof RequestValidationError, what);
    assert.deepEqual(
      error.errors.map((e) => [e.path, e.code]),
      [[path, code]],
      what,
    );
  }
  assert.equal(seen.length, 0, 'nothing was sent');
});

test('a lost answer is retried as multipart under the same idempotency key', async () => {
  const record = { id: 'file_1', purpose: 'certificate', contentType: 'application/pdf', size: PDF.byteLength, createdAt: '2026-11-30T10:00:00+08:00' };
  const { fetch, seen } = scriptedFetch([connectionRefused, json(record, 201)]);
  const client = new UnionClient({ baseUrl: BASE, token: 'wst_test', fetch, retryDelay: () => 0 });
  const file = await client.files.upload({ file: new Blob([PDF]), purpose: 'certificate', name: 'cert.pdf' });
  assert.equal(file.id, 'file_1');
  assert.equal(seen.length, 2);
  const [first, second] = seen;
  assert.equal(first!.headers.get('idempotency-key'), second!.headers.get('idempotency-key'));
  assert.ok(first!.headers.get('idempotency-key'));
  for (const s of seen) {
    assert.equal(`${s.method} ${s.url.pathname}`, 'POST /v1/files');
    assert.match(s.headers.get('content-type') ?? '', /^multipart\/form-data; boundary=/);
    assert.match(s.body, /name="purpose"\r\n\r\ncertificate\r\n/);
    assert.match(s.body, /name="file"; filename="cert.pdf"/);
  }
});

test('a failed upload retried later with the same key is one file, not two', async (t) => {
  const { sandbox, worker } = await sandboxClients(t);
  const me = await worker('sdk-files-retry');
  const params = { file: new Blob([PDF]), purpose: 'certificate' as const, name: 'cert.pdf' };
  const failed = await me.files.upload(params, { idempotencyKey: 'cert-upload-1', sandboxScenario: 'server_error', maxRetries: 0 }).catch((e: unknown) => e);
  assert.ok(failed instanceof ServerError);
  assert.equal(sandbox.sandbox.store.files.size, 0);
  const first = await me.files.upload(params, { idempotencyKey: 'cert-upload-1' });
  const again = await me.files.upload(params, { idempotencyKey: 'cert-upload-1' });
  assert.equal(again.id, first.id);
  assert.equal(sandbox.sandbox.store.files.size, 1);
});
