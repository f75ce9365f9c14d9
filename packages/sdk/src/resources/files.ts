import { FILE_SIGNATURE_BYTES, fieldError, MAX_FILE_BYTES, sniffFileType, type FieldError } from '@unionkit/contract';
import { zFilePurpose, zUploadedFile } from '@unionkit/contract/schemas';
import type { FilePurpose, UploadedFile } from '@unionkit/contract';
import * as z from 'zod/mini';
import { path, type RequestOptions } from '../core/client.js';
import { RequestValidationError } from '../core/errors.js';
import { APIResource } from '../core/resource.js';
import type { UploadProgress } from '../core/upload.js';

export type { UploadProgress } from '../core/upload.js';

/** What `files.upload()` sends. */
export interface FileUploadParams {
  /** The file: JPEG, PNG, WebP or PDF by its content, 1 byte to 10 MiB (`MAX_FILE_BYTES`). */
  file: Blob;
  purpose: FilePurpose;
  /** The filename the API keeps as `name`; a `File`'s own name when omitted. */
  name?: string;
}

export interface UploadOptions extends RequestOptions {
  /**
   * Called as the body goes out, with bytes sent of the total. In browsers (XMLHttpRequest) as often
   * as the browser reports; elsewhere once, when the upload is done. Always ends with `loaded === total`.
   */
  onProgress?: (progress: UploadProgress) => void;
}

/** Problems with the parts, found before anything is sent: the API's own checks, the same field errors. */
async function checkUpload(params: FileUploadParams): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (!z.safeParse(zFilePurpose, params.purpose).success) errors.push(fieldError('purpose', 'invalid_value'));
  const file = params.file as unknown;
  if (!(file instanceof Blob)) return [...errors, fieldError('file', 'invalid_type', '应为文件（Blob）。 Must be a file (a Blob).')];
  if (file.size === 0) errors.push(fieldError('file', 'too_small', '文件是空的。 The file is empty.'));
  else if (file.size > MAX_FILE_BYTES) {
    errors.push(fieldError('file', 'too_big', `文件不能超过 10 MiB（${MAX_FILE_BYTES} 字节）。 A file must not exceed 10 MiB (${MAX_FILE_BYTES} bytes).`));
  } else if (sniffFileType(new Uint8Array(await file.slice(0, FILE_SIGNATURE_BYTES).arrayBuffer())) === null) {
    errors.push(fieldError('file', 'invalid_value', '文件内容不是 JPEG、PNG、WebP 或 PDF。 The content is not JPEG, PNG, WebP or PDF.'));
  }
  return errors;
}

/** Evidence and certificate scans, visible to the worker who uploaded them (and the union) only. */
export class Files extends APIResource {
  /**
   * `POST /files` (multipart): checks the purpose, the size and the type by content before sending
   * (a `RequestValidationError` with the API's field errors, nothing sent), then uploads with the
   * client's retries under one idempotency key — pass `idempotencyKey` to keep it across calls, so a
   * retried upload after a lost answer is the same file, not a second one.
   */
  async upload(params: FileUploadParams, options: UploadOptions = {}): Promise<UploadedFile> {
    const errors = await checkUpload(params);
    if (errors.length > 0) throw new RequestValidationError(errors);
    const { onProgress, ...requestOptions } = options;
    const sent: { last?: UploadProgress } = {};
    const report = onProgress && ((p: UploadProgress) => onProgress((sent.last = p)));
    const form = new FormData();
    form.append('purpose', params.purpose);
    const name = params.name ?? (typeof File === 'function' && params.file instanceof File ? params.file.name : 'upload');
    form.append('file', params.file, name);
    const uploaded = await this._client.request(
      { method: 'POST', path: path`/files`, form, response: zUploadedFile, ...(report ? { onUploadProgress: report } : {}) },
      // A photo on a weak network takes longer than a JSON call: at least two minutes an attempt.
      { ...requestOptions, timeoutMs: requestOptions.timeoutMs ?? (this._client.timeoutMs === 0 ? 0 : Math.max(this._client.timeoutMs, 120_000)) },
    );
    // The end, where the platform reported no progress (or not the last bytes): the whole body sent.
    const total = sent.last?.total ?? params.file.size;
    if (report && (sent.last?.loaded ?? -1) < total) report({ loaded: total, total });
    return uploaded;
  }

  /** `GET /files/{id}`: the metadata of one of this worker's files (anyone else's is `NotFoundError`). */
  retrieve(id: string, options?: RequestOptions): Promise<UploadedFile> {
    return this._client.request({ method: 'GET', path: path`/files/${id}`, response: zUploadedFile }, options);
  }
}
