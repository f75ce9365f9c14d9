/**
 * Ids. Record ids are deterministic (a seeded PRNG, mulberry32, feeding prefixed hexadecimal ids), so
 * a seed replays the same data; what grants access comes from `secureToken()` instead.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface IdGenerator {
  /** `prefix_` and `length` hexadecimal characters, e.g. `ma_3f9a0c1e2b4d`. */
  next(prefix: string, length?: number): string;
  /** A decimal sequence number per name, from 1. */
  sequence(name: string): number;
}

export function createIds(seed: number): IdGenerator {
  const random = mulberry32(seed ^ 0x5eed1d5);
  const counters = new Map<string, number>();
  return {
    next(prefix, length = 16) {
      let hex = '';
      while (hex.length < length) hex += Math.floor(random() * 0x100000000).toString(16).padStart(8, '0');
      return `${prefix}_${hex.slice(0, length)}`;
    },
    sequence(name) {
      const n = (counters.get(name) ?? 0) + 1;
      counters.set(name, n);
      return n;
    },
  };
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * `prefix_` and `length` base-62 characters from a CSPRNG (`crypto.getRandomValues`, in Node and in
 * browsers alike): for everything that grants access — client tokens, webhook secrets. Never seeded,
 * so no run of the sandbox can predict another's. 32 characters carry 190 bits.
 */
export function secureToken(prefix: string, length = 32): string {
  let out = '';
  while (out.length < length) {
    const b = randomByte();
    // 248 = 4 × 62: rejecting the top 8 values keeps every character equally likely
    if (b < 248) out += ALPHABET[b % 62];
  }
  return `${prefix}_${out}`;
}

/**
 * CSPRNG bytes drawn 4 KiB at a time, each used once: one `getRandomValues` call serves about a
 * hundred tokens instead of one (it was ~4 % of the sandbox's CPU per minted session).
 */
const pool = new Uint8Array(4096);
let next = pool.length;

function randomByte(): number {
  if (next === pool.length) {
    crypto.getRandomValues(pool);
    next = 0;
  }
  return pool[next++]!;
}
