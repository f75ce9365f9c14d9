/**
 * References a worker can read out on the phone (`QZ-7K3M-2Q`): a prefix and 4 + 2 characters of an
 * alphabet without the look-alikes 0/O and 1/I. Drawn from a PRNG of their own seeded from the
 * store's seed (so a seed replays them and record ids stay as they were), never repeated within a
 * store (32⁶ ≈ 10⁹ values; a clash draws again).
 */
import type { Store } from '../store/store.js';
import { mulberry32 } from '../store/ids.js';

/** 32 characters: digits 2–9 and the capitals without I and O. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

interface Issued {
  ids: unknown;
  random: () => number;
  seen: Set<string>;
}
const issued = new WeakMap<Store, Issued>();

function issuedOf(store: Store): Issued {
  // A reset replaces `store.ids`: references start over with the records they named.
  let entry = issued.get(store);
  if (!entry || entry.ids !== store.ids) {
    entry = { ids: store.ids, random: mulberry32(store.seed ^ 0x2ef3), seen: new Set() };
    issued.set(store, entry);
  }
  return entry;
}

/** A fresh reference: `prefix-XXXX-XX`. */
export function newReference(store: Store, prefix: 'QZ' | 'RH'): string {
  const { random, seen } = issuedOf(store);
  for (let attempt = 0; attempt < 16; attempt++) {
    // Six 5-bit characters take 30 of the draw's 32 bits.
    let bits = Math.floor(random() * 0x100000000);
    let chars = '';
    for (let i = 0; i < 6; i++) {
      chars += REFERENCE_ALPHABET[bits & 31];
      bits >>>= 5;
    }
    const reference = `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
    if (!seen.has(reference)) {
      seen.add(reference);
      return reference;
    }
  }
  throw new Error('No free reference after 16 draws.');
}
