/** Cursor pagination: `limit` 1–100 (default 20) and an opaque base64url `cursor`. */
import { fieldError, validationFailed } from '../domain/problem.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export interface Page {
  limit: number;
  offset: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Cursors already made, by offset (the same offset is always the same cursor); at most 1,024 kept. */
const cursors = new Map<number, string>();

export function encodeCursor(offset: number): string {
  let cursor = cursors.get(offset);
  if (cursor === undefined) {
    cursor = toBase64Url(JSON.stringify({ v: 1, o: offset }));
    if (cursors.size < 1024) cursors.set(offset, cursor);
  }
  return cursor;
}

export function decodeCursor(cursor: string): number | null {
  const text = fromBase64Url(cursor);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { v?: unknown; o?: unknown };
    return value.v === 1 && Number.isSafeInteger(value.o) && (value.o as number) >= 0 ? (value.o as number) : null;
  } catch {
    return null;
  }
}

/** `limit` and `cursor` (already validated by the query schema) → a page; a foreign cursor is 422. */
export function toPage(raw: { limit?: number | undefined; cursor?: string | undefined }): Page {
  const limit = raw.limit ?? DEFAULT_LIMIT;
  if (raw.cursor === undefined) return { limit, offset: 0 };
  const offset = decodeCursor(raw.cursor);
  if (offset === null) {
    throw validationFailed([
      fieldError('cursor', 'invalid_value', '游标无效，请使用上一页返回的 nextCursor。 Not a valid cursor; use the nextCursor of the previous page.'),
    ]);
  }
  return { limit, offset };
}

export function paginate<T>(items: readonly T[], page: Page): { data: T[]; nextCursor: string | null } {
  const data = items.slice(page.offset, page.offset + page.limit);
  const next = page.offset + page.limit;
  return { data, nextCursor: next < items.length ? encodeCursor(next) : null };
}
