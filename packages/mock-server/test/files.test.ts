// File uploads: the type read from the content, the 10 MiB limit, every bad part refused with nothing
// kept, idempotent retries with a new boundary, and files that only their uploader can see or use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { MAX_FILE_BYTES } from '@unionkit/contract';
import { createSandbox } from '@unionkit/mock-server';
import { requireOwnedFiles } from '../src/domain/files.js';
import type { WorkerActor } from '../src/domain/actor.js';
import { TEST_KEYS } from '../src/constants.js';
import { SK, snapshot, startHarness, TEST_NOW, type Harness } from './support/harness.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
/** A JPEG whose APP1 EXIF block holds a GPS IFD: the API takes it as it is (the widgets strip it). */
const JPEG_WITH_GPS = bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x16], 'Exif', [0, 0], 'MM', [0, 0x2a, 0, 0, 0, 8, 0, 1, 0x88, 0x25, 0, 4], [0xff, 0xd9]);
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR');
const WEBP = bytes('RIFF', [0x1a, 0, 0, 0], 'WEBPVP8 ', [0, 0, 0, 0]);
const PDF = bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

function form(parts: Record<string, string | Blob | [Blob, string]>): FormData {
  const f = new FormData();
  for (const [key, value] of Object.entries(parts)) {
    if (Array.isArray(value)) f.append(key, value[0], value[1]);
    else f.append(key, value);
  }
  return f;
}

const upload = (h: Harness, token: string, f: FormData, headers: Record<string, string> = {}) => h.call('POST', '/files', { token, raw: f, headers });

test('the type comes from the content: each accepted kind is stored by its own bytes, whatever its name and declared type', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['insurance'] });
  const cases: [Uint8Array<ArrayBuffer>, string, string, string][] = [
    [JPEG, 'image/jpeg', 'receipt.png', 'image/png'],
    [PNG, 'image/png', 'scan.pdf', 'application/pdf'],
    [WEBP, 'image/webp', 'photo', 'application/octet-stream'],
    [PDF, 'application/pdf', '诊断证明.jpg', 'image/jpeg'],
    [JPEG_WITH_GPS, 'image/jpeg', 'gps.jpg', 'image/jpeg'],
  ];
  for (const [content, expected, name, declared] of cases) {
    const res = await upload(h, token, form({ purpose: 'claim_evidence', file: [new Blob([content], { type: declared }), name] }));
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.contentType, expected, name);
    assert.equal(res.body.size, content.byteLength);
    assert.equal(res.body.purpose, 'claim_evidence');
    assert.equal(res.body.name, name);
    assert.equal(res.body.createdAt, '2026-11-30T10:00:00+08:00');
    assert.match(res.body.id, /^file_[0-9a-f]{16}$/);
    const read = await h.call('GET', `/files/${res.body.id}`, { token });
    assert.deepEqual(read.body, res.body);
  }
  assert.equal(h.server.sandbox.store.files.size, cases.length);
});

test('every bad upload is a clear problem and keeps nothing', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['help'] });
  const jpeg = (): [Blob, string] => [new Blob([JPEG], { type: 'image/jpeg' }), 'a.jpg'];
  const before = snapshot(h);
  const cases: { what: string; send: () => ReturnType<typeof upload>; status: number; code: string; path?: string; field?: string }[] = [
    {
      what: 'text named .jpg and declared image/jpeg',
      send: () => upload(h, token, form({ purpose: 'legal_evidence', file: [new Blob(['hello, not a photo'], { type: 'image/jpeg' }), 'x.jpg'] })),
      status: 422,
      code: 'unsupported_file_type',
      path: 'file',
      field: 'invalid_value',
    },
    {
      what: 'a GIF',
      send: () => upload(h, token, form({ purpose: 'legal_evidence', file: [new Blob([bytes('GIF89a', [1, 0, 1, 0])]), 'x.gif'] })),
      status: 422,
      code: 'unsupported_file_type',
    },
    {
      what: 'RIFF that is not WebP (a WAV)',
      send: () => upload(h, token, form({ purpose: 'legal_evidence', file: [new Blob([bytes('RIFF', [4, 0, 0, 0], 'WAVEfmt ')]), 'x.webp'] })),
      status: 422,
      code: 'unsupported_file_type',
    },
    { what: 'no file part', send: () => upload(h, token, form({ purpose: 'legal_evidence' })), status: 422, code: 'validation_failed', path: 'file', field: 'required' },
    { what: 'no purpose part', send: () => upload(h, token, form({ file: jpeg() })), status: 422, code: 'validation_failed', path: 'purpose', field: 'required' },
    {
      what: 'an unknown purpose',
      send: () => upload(h, token, form({ purpose: 'selfie', file: jpeg() })),
      status: 422,
      code: 'validation_failed',
      path: 'purpose',
      field: 'invalid_value',
    },
    {
      what: 'the file sent as a text field',
      send: () => upload(h, token, form({ purpose: 'legal_evidence', file: '\u00ff\u00d8\u00ff' })),
      status: 422,
      code: 'validation_failed',
      path: 'file',
      field: 'invalid_type',
    },
    {
      what: 'a part the contract does not declare',
      send: () => upload(h, token, form({ purpose: 'legal_evidence', file: jpeg(), note: 'x' })),
      status: 422,
      code: 'validation_failed',
      path: 'note',
      field: 'unknown_field',
    },
    {
      what: 'two files',
      send: () => {
        const f = form({ purpose: 'legal_evidence', file: jpeg() });
        f.append('file', ...jpeg());
        return upload(h, token, f);
      },
      status: 422,
      code: 'validation_failed',
      path: 'file',
      field: 'invalid_value',
    },
    { what: 'an empty file', send: () => upload(h, token, form({ purpose: 'legal_evidence', file: [new Blob([]), 'e.jpg'] })), status: 422, code: 'validation_failed', path: 'file', field: 'too_small' },
    {
      what: 'JSON instead of multipart',
      send: () => h.call('POST', '/files', { token, body: { purpose: 'legal_evidence', file: 'AAAA' } }),
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      what: 'multipart without a readable body',
      send: () => h.call('POST', '/files', { token, raw: 'not multipart at all', contentType: 'multipart/form-data; boundary=zzz' }),
      status: 422,
      code: 'validation_failed',
    },
  ];
  for (const c of cases) {
    const res = await c.send();
    assert.equal(res.status, c.status, `${c.what}: ${res.text}`);
    assert.equal(res.body.code, c.code, c.what);
    assert.match(res.body.detail, /[\u4e00-\u9fff]/, `${c.what}: a Chinese detail`);
    if (c.path) {
      const error = (res.body.errors as { path: string; code: string }[]).find((e) => e.path === c.path);
      assert.equal(error?.code, c.field, `${c.what}: ${res.text}`);
    }
  }
  assert.equal(snapshot(h), before, 'nothing stored');
});

test('10 MiB is the limit: exactly 10 MiB is stored, one byte more is 413 file_too_large and nothing is kept', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['insurance'] });
  const big = new Uint8Array(MAX_FILE_BYTES + 1);
  big.set(JPEG.subarray(0, 4));
  const before = snapshot(h);
  const over = await upload(h, token, form({ purpose: 'claim_evidence', file: [new Blob([big]), 'big.jpg'] }));
  assert.equal(over.status, 413, over.text);
  assert.equal(over.body.code, 'file_too_large');
  assert.equal(snapshot(h), before);
  // A body far past the limit is refused from its declared length, before it is read.
  const huge = await upload(h, token, form({ purpose: 'claim_evidence', file: [new Blob([big, big]), 'huge.jpg'] }));
  assert.equal(huge.status, 413);
  assert.equal(huge.body.code, 'file_too_large');
  assert.equal(snapshot(h), before);
  const exact = await upload(h, token, form({ purpose: 'claim_evidence', file: [new Blob([big.subarray(0, MAX_FILE_BYTES)]), 'exact.jpg'] }));
  assert.equal(exact.status, 201, exact.text);
  assert.equal(exact.body.size, MAX_FILE_BYTES);
  // JSON bodies keep their own 1 MiB limit.
  const json = await h.call('POST', '/consents/cns_x/withdraw', { token, raw: 'x'.repeat(2 * 1024 * 1024) });
  assert.equal(json.body.code, 'payload_too_large');
});

test('a retried upload with the same key (a new multipart boundary) is answered as the first; another file under that key is 409', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['insurance'] });
  const headers = { 'Idempotency-Key': 'upload-1' };
  const first = await upload(h, token, form({ purpose: 'claim_evidence', file: [new Blob([JPEG]), 'a.jpg'] }), headers);
  assert.equal(first.status, 201);
  const again = await upload(h, token, form({ purpose: 'claim_evidence', file: [new Blob([JPEG]), 'a.jpg'] }), headers);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.equal(again.body.id, first.body.id);
  assert.equal(h.server.sandbox.store.files.size, 1);
  const other = await upload(h, token, form({ purpose: 'claim_evidence', file: [new Blob([PNG]), 'a.jpg'] }), headers);
  assert.equal(other.status, 409);
  assert.equal(other.body.code, 'idempotency_key_reused');
  assert.equal(h.server.sandbox.store.files.size, 1);
});

test('a file is its uploader\'s alone: another worker, or the same worker ref at another partner, gets 404 everywhere', async (t) => {
  const h = await startHarness(t);
  const mine = await h.session({ workerRef: 'rider-a', components: ['insurance', 'help'] });
  const theirs = await h.session({ workerRef: 'rider-b', components: ['insurance', 'help'] });
  const up = await upload(h, mine, form({ purpose: 'certificate', file: [new Blob([PDF]), 'cert.pdf'] }));
  assert.equal(up.status, 201);
  const id = up.body.id as string;
  assert.equal((await h.call('GET', `/files/${id}`, { token: mine })).status, 200);
  const foreign = await h.call('GET', `/files/${id}`, { token: theirs });
  assert.equal(foreign.status, 404);
  assert.equal(foreign.body.code, 'not_found');
  const unknown = await h.call('GET', '/files/file_0000000000000000', { token: mine });
  assert.deepEqual({ ...foreign.body, requestId: '' }, { ...unknown.body, requestId: '' }, 'another worker\'s file looks exactly like one that never existed');
  assert.equal((await h.call('GET', `/files/${id}`, { token: SK })).status, 403, 'not even the partner\'s server reads it');

  const store = h.server.sandbox.store;
  const actor = (partnerId: string, workerRef: string) => {
    const session = [...store.sessions.values()].find((s) => s.workerRef === workerRef)!;
    return { kind: 'wst', partner: { ...store.partners.get(session.partnerId)!, id: partnerId }, session, workerKey: `${partnerId}/${workerRef}`, workerRef } as WorkerActor;
  };
  const owner = actor(TEST_KEYS.partnerId, 'rider-a');
  assert.equal(requireOwnedFiles(store, owner, [id], 'certificate')[0]!.id, id);
  assert.throws(() => requireOwnedFiles(store, actor(TEST_KEYS.partnerId, 'rider-b'), [id], 'certificate'), { code: 'not_found', status: 404 });
  assert.throws(() => requireOwnedFiles(store, actor('other-platform', 'rider-a'), [id], 'certificate'), { code: 'not_found', status: 404 });
  assert.throws(() => requireOwnedFiles(store, owner, [id], 'claim_evidence', 'evidenceFileIds'), (e: { code: string; errors: { path: string }[] }) => {
    assert.equal(e.code, 'validation_failed');
    assert.equal(e.errors[0]!.path, 'evidenceFileIds.0');
    return true;
  });
  assert.throws(() => requireOwnedFiles(store, owner, [id, id], ['certificate']), { code: 'validation_failed' });

  const events = await h.session({ components: ['events'] });
  const scoped = await upload(h, events, form({ purpose: 'certificate', file: [new Blob([PDF]), 'cert.pdf'] }));
  assert.equal(scoped.status, 403, 'a session for events alone cannot upload');
});

test('the msw handlers take the same multipart upload as the node server', async () => {
  const sandbox = createSandbox({ baseUrl: 'http://sandbox.test/v1', now: TEST_NOW });
  try {
    const minted = await getResponse(
      sandbox.handlers,
      new Request('http://sandbox.test/v1/widget-sessions', {
        method: 'POST',
        headers: { Authorization: `Bearer ${SK}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ workerRef: 'msw-files', components: ['help'] }),
      }),
    );
    const { clientToken } = (await minted!.json()) as { clientToken: string };
    const res = await getResponse(
      sandbox.handlers,
      new Request('http://sandbox.test/v1/files', {
        method: 'POST',
        headers: { Authorization: `Bearer ${clientToken}` },
        body: form({ purpose: 'legal_evidence', file: [new Blob([WEBP]), 'w.webp'] }),
      }),
    );
    assert.equal(res?.status, 201);
    assert.equal(((await res!.json()) as { contentType: string }).contentType, 'image/webp');
  } finally {
    sandbox.dispose();
  }
});
