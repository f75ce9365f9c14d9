/**
 * `DraftStore`: a half-filled form that survives a reload of the page, in `sessionStorage` (this tab
 * only, gone when it closes), for a limited time — and never the fields that identify the worker:
 * those named `never` are left out of what is written, whatever the form passes in. What comes back
 * is untrusted (another version of the widget, a hand-edited storage): the form checks each value
 * before it uses it. Storage that is off or full just means the draft does not survive.
 */

export interface DraftStoreOptions<T> {
  /** The fields that are never written (name, ID number, mobile…). */
  never: readonly (keyof T)[];
  /** How long a draft is worth restoring. */
  ttlMs: number;
  /** The format's version: a draft of another version is dropped. */
  version?: number;
  /** Where (default `sessionStorage`). */
  storage?: () => Storage;
}

/** What was stored, before the form checks it: anything may be missing or of the wrong type. */
export type StoredDraft<T> = { readonly [K in keyof T]?: unknown };

export class DraftStore<T extends object> {
  readonly key: string;
  readonly #never: ReadonlySet<PropertyKey>;
  readonly #ttlMs: number;
  readonly #version: number;
  readonly #storage: () => Storage;

  constructor(key: string, options: DraftStoreOptions<T>) {
    this.key = key;
    this.#never = new Set(options.never);
    this.#ttlMs = options.ttlMs;
    this.#version = options.version ?? 1;
    this.#storage = options.storage ?? (() => sessionStorage);
  }

  /** Keeps `values` (all but the `never` fields) until the next save, `clear()` or the end of the tab. */
  save(values: T): void {
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) if (!this.#never.has(k)) kept[k] = v;
    try {
      this.#storage().setItem(this.key, JSON.stringify({ ...kept, v: this.#version, savedAt: Date.now() }));
    } catch {
      // Storage off or full: the draft just does not survive a reload.
    }
  }

  /** The draft kept, if there is one of this version and not too old (an old or unreadable one is dropped). */
  load(): StoredDraft<T> | undefined {
    let stored: Record<string, unknown> | undefined;
    try {
      const raw = this.#storage().getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : undefined;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
    } catch {
      stored = undefined;
    }
    const savedAt = stored?.['savedAt'];
    if (!stored || stored['v'] !== this.#version || typeof savedAt !== 'number' || Date.now() - savedAt > this.#ttlMs) {
      this.clear();
      return undefined;
    }
    const draft: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(stored)) if (k !== 'v' && k !== 'savedAt' && !this.#never.has(k)) draft[k] = v;
    return draft as StoredDraft<T>;
  }

  clear(): void {
    try {
      this.#storage().removeItem(this.key);
    } catch {
      // nothing to clear
    }
  }
}
