/**
 * Files (evidence and certificate scans): the type read from the content, the size limit, and the
 * owner check every resource that references files goes through. A file belongs to the worker who
 * uploaded it: for anyone else — another worker of the same partner, or another partner's — its id
 * is 404 wherever it is used, exactly like an id that never existed. The sandbox keeps the metadata
 * only; the bytes are read, checked and dropped. The API never alters a file: the widgets remove a
 * photo's EXIF (its location included) on the device, and a JPEG still carrying it is accepted.
 */
import { FILE_PURPOSE_VALUES, FILE_SIGNATURE_BYTES, MAX_FILE_BYTES, sniffFileType, type FilePurpose } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { FileRecord } from '../store/files.js';
import type { WorkerActor } from './actor.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';

export { MAX_FILE_BYTES };

export function fileTooLarge(): ProblemError {
  return new ProblemError(
    413,
    'file_too_large',
    `文件不能超过 10 MiB（${MAX_FILE_BYTES} 字节）。 A file must not exceed 10 MiB (${MAX_FILE_BYTES} bytes).`,
  );
}

export function unsupportedFileType(): ProblemError {
  return new ProblemError(
    422,
    'unsupported_file_type',
    '只接受 JPEG、PNG、WebP 照片或 PDF 文件（按文件内容判断）。 Only JPEG, PNG or WebP photos and PDF files are accepted (judged by their content).',
    { errors: [fieldError('file', 'invalid_value', '文件内容不是 JPEG、PNG、WebP 或 PDF。 The content is not JPEG, PNG, WebP or PDF.')] },
  );
}

export function isFilePurpose(value: unknown): value is FilePurpose {
  return typeof value === 'string' && (FILE_PURPOSE_VALUES as readonly string[]).includes(value);
}

/** A part's filename as kept: control characters and path separators dropped, at most 255 characters. */
export function cleanFileName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const clean = [...name.replace(/[\u0000-\u001f\u007f/\\]/g, '').trim()].slice(-255).join('');
  return clean === '' ? undefined : clean;
}

export interface NewFile {
  purpose: FilePurpose;
  bytes: Uint8Array;
  name?: string;
}

/** Checks and records an upload for `worker` (its bytes are not kept). */
export function createFile(store: Store, worker: WorkerActor, input: NewFile): FileRecord {
  if (input.bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge();
  if (input.bytes.byteLength === 0) throw validationFailed([fieldError('file', 'too_small', '文件是空的。 The file is empty.')]);
  const contentType = sniffFileType(input.bytes.subarray(0, FILE_SIGNATURE_BYTES));
  if (contentType === null) throw unsupportedFileType();
  const name = cleanFileName(input.name);
  const record: FileRecord = {
    id: store.ids.next('file', 16),
    workerKey: worker.workerKey,
    partnerId: worker.partner.id,
    purpose: input.purpose,
    contentType,
    size: input.bytes.byteLength,
    createdAt: store.now(),
    ...(name !== undefined ? { name } : {}),
  };
  store.files.set(record.id, record);
  return record;
}

/** The worker's own file, else 404 (unknown, or anyone else's: never reveal which). */
export function getOwnedFile(store: Store, worker: WorkerActor, id: string): FileRecord {
  const file = store.files.get(id);
  if (!file || file.workerKey !== worker.workerKey || file.partnerId !== worker.partner.id) throw notFound('文件', 'file');
  return file;
}

/**
 * The files `ids` names, each the worker's own and of one of `purposes`: what claims, claim
 * documents, help requests and their messages call before they keep file ids. An id that is not the
 * worker's own is 404 `not_found` (as an unknown one); the worker's own file of another purpose, or
 * the same id twice, is 422 `validation_failed` at `<path>.<index>`. Changes nothing.
 */
export function requireOwnedFiles(
  store: Store,
  worker: WorkerActor,
  ids: readonly string[],
  purposes: FilePurpose | readonly FilePurpose[],
  path = 'evidenceFileIds',
): FileRecord[] {
  const allowed: readonly FilePurpose[] = typeof purposes === 'string' ? [purposes] : purposes;
  const files = ids.map((id) => getOwnedFile(store, worker, id));
  const errors = files.flatMap((file, i) => {
    if (ids.indexOf(file.id) !== i) return [fieldError(`${path}.${i}`, 'invalid_value', '同一文件只能附一次。 The same file is attached twice.')];
    if (!allowed.includes(file.purpose)) {
      return [
        fieldError(
          `${path}.${i}`,
          'invalid_value',
          `该文件的用途（${file.purpose}）不适用于此处，应为：${allowed.join('、')}。 This file's purpose (${file.purpose}) does not fit here; expected ${allowed.join(', ')}.`,
        ),
      ];
    }
    return [];
  });
  if (errors.length > 0) throw validationFailed(errors);
  return files;
}
