/** File uploads (multipart) and their metadata, for the worker who uploaded them only. */
import type { HttpHandler } from 'msw';
import type { FilePurpose, UploadedFile } from '@unionkit/contract';
import { zGetFilePath } from '@unionkit/contract/schemas';
import { createFile, fileTooLarge, getOwnedFile, isFilePurpose, MAX_FILE_BYTES } from '../domain/files.js';
import { fieldError, validationFailed } from '../domain/problem.js';
import { sha256Hex } from '../http/multipart.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { json } from '../http/result.js';
import type { FieldError } from '@unionkit/contract';
import type { FileRecord } from '../store/files.js';
import { formatDateTime } from '../time.js';

/** What a multipart body may hold beside the file: its boundary, headers and the purpose part. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const PARTS = new Set(['file', 'purpose']);

interface Upload {
  purpose: FilePurpose;
  bytes: Uint8Array<ArrayBuffer>;
  name?: string;
}

/** The parts, checked as strictly as a JSON body: both there, once each, of the right kind, nothing else. */
async function parseUpload(form: FormData): Promise<Upload> {
  const errors: FieldError[] = [];
  for (const key of new Set(form.keys())) {
    if (!PARTS.has(key)) errors.push(fieldError(key, 'unknown_field'));
    else if (form.getAll(key).length > 1) errors.push(fieldError(key, 'invalid_value', '该部分只能有一个。 Only one such part is allowed.'));
  }
  const file = form.get('file');
  const purpose = form.get('purpose');
  if (file === null) errors.push(fieldError('file', 'required'));
  else if (typeof file === 'string') errors.push(fieldError('file', 'invalid_type', '应为文件部分（带 filename）。 Must be a file part (with a filename).'));
  if (purpose === null) errors.push(fieldError('purpose', 'required'));
  else if (!isFilePurpose(purpose)) {
    errors.push(fieldError('purpose', 'invalid_value', '用途应为 claim_evidence、legal_evidence 或 certificate。 Purpose must be claim_evidence, legal_evidence or certificate.'));
  }
  if (errors.length > 0) throw validationFailed(errors);
  const blob = file as File;
  if (blob.size > MAX_FILE_BYTES) throw fileTooLarge();
  const name = blob.name && blob.name !== 'blob' ? blob.name : undefined;
  return { purpose: purpose as FilePurpose, bytes: new Uint8Array(await blob.arrayBuffer()), ...(name ? { name } : {}) };
}

export function uploadedFile(f: FileRecord): UploadedFile {
  return {
    id: f.id,
    purpose: f.purpose,
    contentType: f.contentType,
    size: f.size,
    createdAt: formatDateTime(f.createdAt),
    ...(f.name !== undefined ? { name: f.name } : {}),
  };
}

export function fileHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation<Upload>(rt, {
      operationId: 'createFile',
      method: 'POST',
      path: '/files',
      credential: 'wst',
      unionToken: true,
      components: ['insurance', 'help'],
      idempotent: true,
      form: {
        maxBytes: MAX_FILE_BYTES + FORM_OVERHEAD_BYTES,
        tooLarge: fileTooLarge,
        parse: parseUpload,
        fingerprint: async (u) => JSON.stringify({ purpose: u.purpose, name: u.name ?? null, sha256: await sha256Hex(u.bytes) }),
      },
      handle: (ctx) => json(201, uploadedFile(createFile(ctx.store, ctx.worker(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'getFile',
      method: 'GET',
      path: '/files/:id',
      credential: 'wst',
      unionToken: true,
      components: ['insurance', 'help'],
      pathParams: zGetFilePath,
      handle: (ctx) => json(200, uploadedFile(getOwnedFile(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
  ];
}
