/**
 * The idempotency records: for each subject + key, a digest of the first request (never its body) and,
 * once it completed, its response. Capped by count and by bytes (oldest evicted first); expired records
 * are dropped from the front as new ones come (all live the same 24 hours, so the oldest expire first).
 */
import type { StoredResponse } from './types.js';

export interface IdempotencyRecord {
  /** `subject` + NUL + key. */
  key: string;
  /** SHA-256 (hex) of the method, path and canonical body. */
  fingerprint: string;
  state: 'in_progress' | 'done';
  response: StoredResponse | null;
  expiresAt: Date;
  /** Approximate memory the record holds, in bytes (two per character of its strings). */
  bytes: number;
}

const OVERHEAD = 200;

function sizeOf(record: Pick<IdempotencyRecord, 'key' | 'fingerprint' | 'response'>): number {
  let chars = record.key.length + record.fingerprint.length;
  if (record.response) {
    chars += record.response.body?.length ?? 0;
    for (const [name, value] of Object.entries(record.response.headers)) chars += name.length + value.length;
  }
  return OVERHEAD + 2 * chars;
}

export class IdempotencyRecords {
  private readonly records = new Map<string, IdempotencyRecord>();
  private total = 0;

  constructor(
    readonly maxRecords: number,
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.records.size;
  }

  /** Approximate bytes held by every record together. */
  get bytes(): number {
    return this.total;
  }

  values(): IterableIterator<IdempotencyRecord> {
    return this.records.values();
  }

  /** The live record of `key`, if any. */
  get(key: string, now: Date): IdempotencyRecord | undefined {
    const t = now.getTime();
    for (const oldest of this.records.values()) {
      if (oldest.expiresAt.getTime() > t) break;
      this.remove(oldest);
    }
    const record = this.records.get(key);
    if (record && record.expiresAt.getTime() <= t) {
      this.remove(record);
      return undefined;
    }
    return record;
  }

  /** A new in-progress record (the caller checked that `key` is free). */
  begin(key: string, fingerprint: string, expiresAt: Date): IdempotencyRecord {
    const record: IdempotencyRecord = { key, fingerprint, state: 'in_progress', response: null, expiresAt, bytes: 0 };
    record.bytes = sizeOf(record);
    this.records.set(key, record);
    this.total += record.bytes;
    this.evict();
    return record;
  }

  /** Stores the response of a record still held; false when it was evicted or reset meanwhile. */
  complete(record: IdempotencyRecord, response: StoredResponse): boolean {
    if (this.records.get(record.key) !== record) return false;
    record.state = 'done';
    record.response = response;
    const bytes = sizeOf(record);
    this.total += bytes - record.bytes;
    record.bytes = bytes;
    this.evict();
    return true;
  }

  /** Puts back, completed, a record that a reset dropped (the reset's own key). */
  restore(record: IdempotencyRecord, response: StoredResponse): void {
    if (this.records.has(record.key)) return;
    record.state = 'done';
    record.response = response;
    record.bytes = sizeOf(record);
    this.records.set(record.key, record);
    this.total += record.bytes;
    this.evict();
  }

  remove(record: IdempotencyRecord): void {
    if (this.records.get(record.key) !== record) return;
    this.records.delete(record.key);
    this.total -= record.bytes;
  }

  private evict(): void {
    while (this.records.size > this.maxRecords || this.total > this.maxBytes) {
      const oldest = this.records.values().next().value as IdempotencyRecord | undefined;
      if (!oldest) break;
      this.remove(oldest);
    }
  }
}
