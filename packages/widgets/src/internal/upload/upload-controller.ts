/**
 * `UploadController`: the files a worker picks for a form (a claim's evidence, a help request's, a
 * certificate scan), each through its states — `preparing` (compressed on the device, its EXIF
 * location gone: `./prepare.ts`), `uploading` with a percentage, `done` with the API's file id, or
 * `failed` with a message and, where trying again can help, a retry that sends the same prepared
 * bytes under the same idempotency key (so a retry after a lost answer is one file, not two, and the
 * worker never picks the photo again). Removing a file drops it from the list (an upload still on
 * its way is aborted).
 *
 * It lives on the element, so the list survives every re-render, step change and LazyPart load; the
 * form reads `fileIds` when it sends, and `busy` to wait. Limits are checked before anything is sent:
 * at most `maxFiles`, and the type and size a file must have (the API's own, from the contract). The
 * controller itself is small: preparing and sending (`./work.ts`) load the first time a file is
 * picked, so holding one up front costs a page little.
 *
 * ```ts
 * readonly evidence = new UploadController(this.controllerHost, { purpose: 'claim_evidence' });
 * // render: filePickerView(this.evidence, { id: 'evidence', label: '证明材料' })
 * // send:   { evidenceFileIds: this.evidence.fileIds }
 * ```
 */
import { newIdempotencyKey } from '@unionkit/sdk';
import type { FileContentType, FilePurpose } from '@unionkit/contract';
import type { ReactiveController } from 'lit';
import type { WidgetHost } from '../controllers/host.js';
import { isAbort, toErrorInfo, type UnionErrorInfo } from '../errors.js';
import { pickStrings } from '../localize/local.js';
import type { PrepareErrorCode, PreparedFile } from './prepare.js';
import { uploadStrings, type UploadStrings } from './strings.js';

type Work = typeof import('./work.js');

/** A `PrepareError` (`./prepare.ts`), told by its name: the class itself is in the on-demand chunk. */
function prepareErrorCode(err: unknown): PrepareErrorCode | undefined {
  return err instanceof Error && err.name === 'PrepareError' ? (err as Error & { code: PrepareErrorCode }).code : undefined;
}

export type UploadState = 'preparing' | 'uploading' | 'done' | 'failed';

/** One picked file, as the list shows it. */
export interface UploadItem {
  /** A key for the list (not the API's id). */
  readonly key: string;
  /** The name it was picked with. */
  readonly name: string;
  readonly state: UploadState;
  /** 0–100 while uploading; 100 once done. */
  readonly percent: number;
  /** A small data URL of a photo. */
  readonly thumbnail: string | undefined;
  readonly contentType: FileContentType | undefined;
  /** The API's file id, once done. */
  readonly fileId: string | undefined;
  /** Why it failed (its `retryable` says whether `retry(key)` can help). */
  readonly error: UnionErrorInfo | undefined;
}

export interface UploadControllerOptions {
  purpose: FilePurpose;
  /** Most files the list holds (default 6). */
  maxFiles?: number;
  /** Prepares a picked file (default `prepareImage`); for tests and special cases. */
  prepare?: (file: File) => Promise<PreparedFile>;
}

interface Entry {
  key: string;
  /** As picked, kept until it is prepared (a failed load of the upload code is retried from it). */
  file: File;
  name: string;
  state: UploadState;
  percent: number;
  prepared: PreparedFile | undefined;
  fileId: string | undefined;
  error: UnionErrorInfo | undefined;
  /** One key per picked file, kept across retries. */
  idempotencyKey: string;
  abort: AbortController | undefined;
}

let counter = 0;

export class UploadController implements ReactiveController {
  readonly purpose: FilePurpose;
  readonly maxFiles: number;
  readonly #host: WidgetHost;
  readonly #prepare: ((file: File) => Promise<PreparedFile>) | undefined;
  #work: Promise<Work> | undefined;
  #entries: Entry[] = [];

  constructor(host: WidgetHost, options: UploadControllerOptions) {
    this.#host = host;
    this.purpose = options.purpose;
    this.maxFiles = options.maxFiles ?? 6;
    this.#prepare = options.prepare;
    host.addController(this);
  }

  /** Nothing to do: the list and its uploads carry on while the element is moved in the page. */
  hostConnected(): void {}

  /** The words of the picker in the widget's language (the en table loads once, then re-renders). */
  get strings(): UploadStrings {
    return pickStrings(uploadStrings, this.#host.t.locale, () => this.#host.requestUpdate());
  }

  get items(): readonly UploadItem[] {
    return this.#entries.map((e) => ({
      key: e.key,
      name: e.name,
      state: e.state,
      percent: e.percent,
      thumbnail: e.prepared?.thumbnail,
      contentType: e.prepared?.contentType,
      fileId: e.fileId,
      error: e.error,
    }));
  }

  /** The ids of the uploaded files, in the order they were picked. */
  get fileIds(): string[] {
    return this.#entries.flatMap((e) => (e.state === 'done' && e.fileId ? [e.fileId] : []));
  }

  /** Whether a file is still being prepared or sent. */
  get busy(): boolean {
    return this.#entries.some((e) => e.state === 'preparing' || e.state === 'uploading');
  }

  /** Whether any file failed (the form may want every file sent first). */
  get hasFailures(): boolean {
    return this.#entries.some((e) => e.state === 'failed');
  }

  /** How many more files fit. */
  get room(): number {
    return Math.max(0, this.maxFiles - this.#entries.length);
  }

  /**
   * Adds picked files and uploads each (they settle independently). Past `maxFiles` none is added and
   * the reason is announced; resolves once every added file is done or failed.
   */
  async add(files: Iterable<File>): Promise<void> {
    const picked = [...files];
    if (picked.length === 0) return;
    if (picked.length > this.room) {
      this.#host.announceError(this.strings.tooMany(this.maxFiles));
      return;
    }
    const entries = picked.map((file) => {
      const entry: Entry = {
        key: `upload-${++counter}`,
        file,
        name: file.name || 'photo',
        state: 'preparing',
        percent: 0,
        prepared: undefined,
        fileId: undefined,
        error: undefined,
        idempotencyKey: newIdempotencyKey(),
        abort: undefined,
      };
      this.#entries = [...this.#entries, entry];
      return { entry, file };
    });
    this.#host.announce(entries.map(({ entry }) => this.strings.announceAdded(entry.name)).join(' '));
    this.#host.requestUpdate();
    await Promise.all(entries.map(({ entry }) => this.#prepareAndSend(entry)));
  }

  /** Sends a failed file again: the same prepared bytes, the same idempotency key. */
  async retry(key: string): Promise<void> {
    const entry = this.#entries.find((e) => e.key === key);
    if (!entry || entry.state !== 'failed' || !entry.error?.retryable) return;
    if (entry.prepared) await this.#send(entry);
    else await this.#prepareAndSend(entry);
  }

  /** Drops a file from the list (aborting its upload if it is on its way). */
  remove(key: string): void {
    const entry = this.#entries.find((e) => e.key === key);
    if (!entry) return;
    entry.abort?.abort();
    this.#entries = this.#entries.filter((e) => e !== entry);
    this.#host.announce(this.strings.announceRemoved(entry.name));
    this.#host.requestUpdate();
  }

  /** Empties the list (after the form was sent). */
  clear(): void {
    for (const e of this.#entries) e.abort?.abort();
    this.#entries = [];
    this.#host.requestUpdate();
  }

  #live(entry: Entry): boolean {
    return this.#entries.includes(entry);
  }

  /** The upload code, loaded once; a failed load is asked again next time. */
  #loadWork(): Promise<Work> {
    const work = (this.#work ??= import('./work.js'));
    work.catch(() => {
      if (this.#work === work) this.#work = undefined;
    });
    return work;
  }

  async #prepareAndSend(entry: Entry): Promise<void> {
    entry.state = 'preparing';
    entry.error = undefined;
    this.#host.requestUpdate();
    let prepare: (file: File) => Promise<PreparedFile>;
    try {
      prepare = this.#prepare ?? (await this.#loadWork()).prepareImage;
    } catch {
      // The upload code did not arrive (a dropped connection): trying again can help.
      if (this.#live(entry)) this.#fail(entry, { code: 'network_error', retryable: true, message: this.#host.t.errors.network_error, fieldErrors: [] });
      return;
    }
    try {
      entry.prepared = await prepare(entry.file);
    } catch (err) {
      if (!this.#live(entry)) return;
      const code = prepareErrorCode(err) ?? 'unsupported_file_type';
      this.#fail(entry, { code, retryable: false, message: this.#host.t.errors[code], fieldErrors: [] });
      return;
    }
    if (this.#live(entry)) await this.#send(entry);
  }

  async #send(entry: Entry): Promise<void> {
    const client = this.#host.client;
    if (!client) {
      this.#fail(entry, this.#host.reportNotConfigured());
      return;
    }
    const prepared = entry.prepared!;
    const abort = new AbortController();
    entry.abort = abort;
    entry.state = 'uploading';
    entry.percent = 0;
    entry.error = undefined;
    this.#host.requestUpdate();
    try {
      const { uploadFile } = await this.#loadWork();
      const file = await uploadFile(
        client,
        { file: prepared.blob, purpose: this.purpose, name: prepared.name },
        {
          idempotencyKey: entry.idempotencyKey,
          signal: abort.signal,
          onProgress: ({ loaded, total }) => {
            const percent = total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
            if (percent === entry.percent) return;
            entry.percent = percent;
            this.#host.requestUpdate();
          },
        },
      );
      if (!this.#live(entry)) return;
      entry.state = 'done';
      entry.percent = 100;
      entry.fileId = file.id;
      entry.abort = undefined;
      this.#host.announce(this.strings.announceDone(entry.name));
      this.#host.requestUpdate();
    } catch (err) {
      entry.abort = undefined;
      if (!this.#live(entry) || isAbort(err)) return;
      this.#fail(entry, this.#host.reportError(err) ?? toErrorInfo(err, this.#host.t));
    }
  }

  #fail(entry: Entry, error: UnionErrorInfo): void {
    entry.state = 'failed';
    entry.error = error;
    this.#host.announceError(this.strings.announceFailed(entry.name, error.message));
    this.#host.requestUpdate();
  }
}
