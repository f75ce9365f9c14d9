/**
 * fast-check arbitraries from the contract's JSON schemas: values a schema accepts (mostly), hostile
 * values (wrong types, huge and odd strings, prototype-pollution keys) and mutations of a valid value.
 * Whether a generated value is valid is decided afterwards with the contract's own validator, never
 * assumed from the generator.
 */
import fc from 'fast-check';
import { resolve, type JsonSchema } from './fuzz-contract.js';

const MAX_ITEMS = 5;
const MAX_TEXT = 40;

/** The keys an attacker tries for prototype pollution, and names that shadow Object.prototype. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

/** `{"__proto__":{"polluted":…},"constructor":{"prototype":{"polluted":…}}}` as own keys, the way JSON.parse makes them. */
export const POLLUTER_JSON = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';

const dateTime = fc
  .tuple(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }), fc.constantFrom('+08:00', 'Z', '+00:00', '-05:00'))
  .map(([ms, offset]) => {
    const shift = offset === '+08:00' ? 8 : offset === '-05:00' ? -5 : 0;
    const d = new Date(ms + shift * 3_600_000);
    return `${d.toISOString().slice(0, 19)}${offset}`;
  });

const uri = fc.oneof(
  fc.constantFrom('http://127.0.0.1:9/webhooks', 'http://localhost:8080/hooks/unionkit', 'https://partner.example/unionkit'),
  fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.stringMatching(/^[a-z0-9/_-]{0,20}$/)).map(([port, path]) => `http://127.0.0.1:${port}/${path}`),
);

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? MAX_TEXT, MAX_TEXT));
  if (s.format === 'date-time') return dateTime;
  if (s.format === 'date') return dateTime.map((t) => t.slice(0, 10));
  if (s.format === 'uri') return uri;
  if (s.pattern) {
    return fc.stringMatching(new RegExp(s.pattern)).filter((v) => [...v].length >= minLength && [...v].length <= (s.maxLength ?? Infinity));
  }
  return fc.oneof(
    fc.string({ minLength, maxLength, unit: 'grapheme-ascii' }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.string({ minLength, maxLength, unit: 'binary' }),
  );
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : -1_000_000);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : 1_000_000);
  return integer
    ? fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max))
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArb(s: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, v] of Object.entries(props)) model[k] = schemaArb(v, depth + 1);
  return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Values of a schema (intended to be valid; check with the contract's validator). */
export function schemaArb(node: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(node);
  if (depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.allOf) {
    const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const part of s.allOf.map((p) => resolve(p))) {
      Object.assign(merged.properties!, part.properties ?? {});
      merged.required!.push(...(part.required ?? []));
    }
    return objectArb(merged, depth);
  }
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => schemaArb(a, depth + 1)));
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : ['string'];
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'string':
          return stringArb(s);
        case 'integer':
          return numberArb(s, true);
        case 'number':
          return numberArb(s, false);
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array': {
          const items = s.items ? schemaArb(s.items, depth + 1) : fc.anything();
          const minLength = s.minItems ?? 0;
          const maxLength = Math.max(minLength, Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS));
          return s.uniqueItems
            ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
            : fc.array(items, { minLength, maxLength });
        }
        default:
          return objectArb(s, depth);
      }
    }),
  );
}

/** A long string: up to 20 000 characters of one kind (three of them stay well below the 1 MiB body limit). */
export const hugeString = fc
  .tuple(fc.constantFrom('a', '字', '🙂', '\u0000', ' ', '\\'), fc.integer({ min: 300, max: 20_000 }))
  .map(([c, n]) => c.repeat(n));

/** Strings that have broken parsers, validators and renderers before (short enough for a URL). */
export const hostileShortString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '', ' ', '\t\n', 'NaN', 'Infinity', '-Infinity', '-1', '-0', '0', '1e309', '0x1F', 'null', 'undefined', 'true',
    ...POLLUTION_KEYS, '../../../etc/passwd', '..%2F..%2Fsandbox%2Freset', '%00', '%', '\u0000', '\u001b[31m', '\u202e', '\u200b', '\ufeff',
    '\ud800', '\udfff', '🧑‍🚀', '👍🏽', '<img src=x onerror=alert(1)>', "' OR 1=1 --", '${7*7}', '{{7*7}}', 'ａｂｃ１２３', '１３８００１３８０００',
    '8,000', '2026-02-30T00:00:00+08:00', '9999-12-31T23:59:59+08:00', 'wst_', 'sk_', 'evt_open\u0000', 'EVT_OPEN', ' evt_open ',
  ),
  fc.string({ maxLength: 64, unit: 'binary' }),
  fc.string({ maxLength: 64, unit: 'grapheme' }),
  fc.constantFrom('x'.repeat(65), 'x'.repeat(513), '字'.repeat(200)),
);

/** Hostile strings, huge ones included (for bodies). */
export const hostileString: fc.Arbitrary<string> = fc.oneof({ weight: 5, arbitrary: hostileShortString }, { weight: 1, arbitrary: hugeString });

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 1.5, -1.5, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 53) - 1, Number.MAX_SAFE_INTEGER, 1e-7, 101, 50001),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value an attacker might put where a field goes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[[[[]]]]], { '': '' }) },
  { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse(POLLUTER_JSON) as unknown) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'extra', '', 'id', 'status', 'workerKey'), fc.string({ maxLength: 12 })),
    value: hostileValue,
  }),
);

/** Containers of a JSON tree with the path to each, root first. */
function containers(root: unknown): { parent: Record<string, unknown> | unknown[] | null; key: string | number | null; node: unknown }[] {
  const out: { parent: Record<string, unknown> | unknown[] | null; key: string | number | null; node: unknown }[] = [{ parent: null, key: null, node: root }];
  for (let i = 0; i < out.length && out.length < 200; i++) {
    const { node } = out[i]!;
    if (Array.isArray(node)) node.forEach((v, k) => out.push({ parent: node, key: k, node: v }));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push({ parent: node as Record<string, unknown>, key: k, node: v });
  }
  return out;
}

function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const copy = (v: unknown): unknown => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown));

/** `value` with the mutations applied (a copy; own `__proto__` keys survive, as JSON.parse makes them). */
export function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  let root = copy(value);
  for (const mutation of mutations) {
    // A copy of the value: fast-check hands out shared constants (`[]`), which must not end up inside themselves.
    const m = 'value' in mutation ? { ...mutation, value: copy(mutation.value) } : mutation;
    const nodes = containers(root);
    const target = nodes[m.at % nodes.length]!;
    if (m.op === 'replace') {
      if (target.parent === null) root = m.value;
      else setOwn(target.parent, target.key!, m.value);
    } else if (m.op === 'delete') {
      if (target.parent === null) root = undefined;
      else if (Array.isArray(target.parent)) target.parent.splice(target.key as number, 1);
      else delete target.parent[target.key as string];
    } else {
      const holder = target.node && typeof target.node === 'object' ? target.node : target.parent;
      if (holder && !Array.isArray(holder)) setOwn(holder as Record<string, unknown>, m.key, m.value);
      else if (Array.isArray(holder)) holder.push(m.value);
    }
  }
  return root;
}

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

/** Request bodies that are not JSON, or JSON of the wrong shape, as raw text. */
export const rawBodyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '', ' ', '{', '}', '{"a":', 'null', 'true', '1', '"x"', '[]', '[{}]', "{'a':1}", '{"a":1,}', '\ufeff{}', 'NaN', '{"a":NaN}',
    '{"a":1e999}', 'undefined', '<xml/>', 'a=1&b=2', '{}x', '{"a":1,"a":2}', POLLUTER_JSON, '\u0000', '{"\ud800":1}', '{"a":"\\ud800"}',
  ),
  fc.integer({ min: 1, max: 100_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 50_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.integer({ min: 1, max: 200_000 }).map((n) => ' '.repeat(n) + '{}'),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
