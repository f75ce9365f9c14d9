/**
 * What is derived from one stored list (its points sorted by latitude, its events soonest first, its
 * recent searches), kept by list and made again when the list's length changes. Seed records never
 * change, a reset makes new lists, and the store only adds to a list, so its length tells a changed
 * list apart.
 */
export type PerList<L extends readonly object[], T> = WeakMap<L, { length: number; value: T }>;

export function derived<L extends readonly object[], T>(cache: PerList<L, T>, list: L, make: () => T): T {
  let entry = cache.get(list);
  if (!entry || entry.length !== list.length) cache.set(list, (entry = { length: list.length, value: make() }));
  return entry.value;
}
