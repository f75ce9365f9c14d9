/**
 * Requests for one operation, as fast-check arbitraries: a symbolic plan (which credential, which
 * id, which body, which hostile twist) that `materialise` turns into bytes against the current
 * world. The plan also says whether the contract (or the documented behaviour it points to) makes
 * the request invalid, so that the fuzzer can check an invalid request never succeeds.
 */
import fc from 'fast-check';
import type { FuzzOperation } from './fuzz-contract.js';
import { OPERATIONS } from './fuzz-operations.js';
import { hostileShortString, mutationsArb, POLLUTION_KEYS, rawBodyArb, schemaArb, type Mutation } from './fuzz-schema.js';
import { ID_KINDS, type IdKind } from './fuzz-world.js';
import { MULTIPART_FORMS, multipartArb, type MultipartPick } from './fuzz-multipart.js';

export type Who = 'sk' | 'A' | 'B' | 'C' | 'D' | 'E' | 'none';
export type Credential =
  | { kind: 'actor'; who: Who }
  | { kind: 'origin'; who: 'sk' | 'A'; origin: string }
  | { kind: 'raw'; value: string }
  | { kind: 'variant'; who: 'sk' | 'A'; variant: 'upper' | 'truncated' | 'suffixed' | 'lower-scheme' | 'spaces' }
  | { kind: 'duplicate'; first: Who; second: string };

export type PathPick = { kind: 'id'; idKind: IdKind; index: number } | { kind: 'value'; value: string; raw: boolean };
export type QueryPick = { kind: 'params'; params: [string, string][] } | { kind: 'raw'; text: string };
export type BodySource = { kind: 'schema'; value: unknown } | { kind: 'known'; index: number } | { kind: 'example'; index: number };
/**
 * A JSON body may be twisted after serialising: its first number written another way (`1e400`,
 * `-0`), or a byte that is not UTF-8 put into one of its string values (the `badByte`-th, cyclically).
 */
export type BodyPick =
  | { kind: 'none' }
  | { kind: 'json'; source: BodySource; mutations: Mutation[]; number?: string; badByte?: number }
  | { kind: 'raw'; text: string }
  | MultipartPick;

const NUMBER_SPELLINGS = ['1e400', '-1e400', '-0', '1.0', '0.1e1', '1E2', '12345678901234567890', '0.0000001', '-0.0', '00'];

export interface Plan {
  credential: Credential;
  path: Record<string, PathPick>;
  query: QueryPick;
  idempotencyKey: string | null;
  duplicateIdempotencyKey: boolean;
  contentType: string | null;
  body: BodyPick;
  extraHeaders: [string, string][];
  /** Values of the operation's other declared header parameters (`Accept-Language`…). */
  headerParams: Record<string, string | null>;
}

/** Header parameters the fuzzer sets by other means, or never (scenarios trigger 5xx on purpose). */
const OWN_HEADERS = new Set(['idempotency-key', 'unionkit-sandbox-scenario']);

export const ALLOWED_ORIGINS = ['http://localhost:3000', 'http://127.0.0.1:8080'];
export const FOREIGN_ORIGINS = ['https://evil.example', 'null', 'http://localhost.evil.example', 'http://localhost:3000.evil.example', 'http://127.0.0.1.evil.example:80'];
const GARBAGE_AUTHORIZATION = [
  '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Token sk_test_demo_delivery', 'Bearer sk_test_wrong', 'Bearer wst_0000',
  'Bearer sk_', 'Bearer wst_', 'Bearer sk_test_demo_delivery extra', `Bearer ${'x'.repeat(4000)}`, 'Bearer sk_test_demo_delivery\u00ff',
  'Bearer wst_\u00e9\u00e8', 'Bearer ../../sk_test_demo_delivery', 'Bearer sk_test_demo_delivery,Bearer wst_1', 'Bearer null', 'Bearer undefined',
];
const CONTENT_TYPES = [
  'application/json; charset=utf-8', 'Application/JSON', 'application/merge-patch+json', 'text/plain', 'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x', '', 'application/jsonx', 'json', '*/*', 'text/json', 'application/json, text/plain',
];
const EXTRA_HEADERS: [string, string][] = [
  ['Accept', 'text/html'], ['Accept', 'application/xml'], ['Accept-Language', 'en'], ['Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.1'],
  ['Content-Encoding', 'gzip'], ['X-Forwarded-For', '203.0.113.9'], ['Forwarded', 'for=203.0.113.9'], ['Cookie', 'session=abc'],
  ['X-HTTP-Method-Override', 'DELETE'], ['Accept-Encoding', 'gzip, br'], ['If-None-Match', '*'], ['Range', 'bytes=0-1'],
  ['Content-Type', 'text/plain'], ['Host', 'evil.example'], ['Host', 'exa mple'], ['Host', '[::1'], ['Host', ''], ['Host', 'localhost:99999'], ['UnionKit-Sandbox-Scenario-X', 'timeout'],
];
const IDEMPOTENCY_KEYS = ['fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3'];
const HOSTILE_IDEMPOTENCY_KEYS = ['', ' ', '   ', 'x'.repeat(256), 'x'.repeat(255), '\u00e9', '\u00ff\u00fe', 'a\tb', '\t'];
const RAW_QUERIES = ['?', '?&&', '?=x', '?limit', '?%', '?%ZZ=1', '?a[b]=1', '?limit=1&limit=2', '?__proto__=x', '?__proto__=a&__proto__=b', '?constructor=x', '?toString=1', '?hasOwnProperty=1', '?;', '?limit=%00', '?cursor=', '?limit=+5', '?limit=1e1', '?limit=0x10'];

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const HOSTILE_CURSORS = [
  b64url('{"v":1,"o":5}'), b64url('{"v":1,"o":-1}'), b64url('{"v":1,"o":1e300}'), b64url('{"v":1,"o":1.5}'), b64url('{"v":2,"o":0}'),
  b64url('{"v":1,"o":9007199254740993}'), b64url(JSON.stringify({ __proto__: null, v: 1, o: '1' })), b64url('{"__proto__":{"polluted":1},"v":1,"o":0}'),
  b64url('null'), b64url('[]'), b64url('\u0000'), 'null', '0', '-1', '!!!', '%', 'eyJ2IjoxLCJvIjoyMH0=', 'x'.repeat(513), 'x'.repeat(2000),
];

/** Percent-encodes everything but unreserved characters; lone surrogates become U+FFFD as UTF-8 does. */
export function encode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A string usable raw in a request target: printable ASCII without space, `?` or `#`. */
export const rawSafe = (text: string) => /^[\x21-\x7e]*$/.test(text) && !/[?#]/.test(text);

function credentialArb(op: FuzzOperation, benign: boolean): fc.Arbitrary<Credential> {
  const natural: Who[] = [...(op.security.includes('secretKey') ? (['sk'] as const) : []), ...(op.security.includes('clientToken') ? (['A', 'A', 'B', 'D'] as const) : [])];
  const who = fc.constantFrom<Who>('sk', 'A', 'B', 'C', 'D', 'E', 'none');
  const naturalArb = fc.constantFrom<Who>(...(natural.length ? natural : (['none'] as Who[]))).map((w) => ({ kind: 'actor' as const, who: w }));
  if (benign) return naturalArb;
  return fc.oneof(
    { weight: 12, arbitrary: naturalArb },
    { weight: 3, arbitrary: who.map((w) => ({ kind: 'actor' as const, who: w })) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('origin' as const), who: fc.constantFrom('sk' as const, 'A' as const), origin: fc.constantFrom(...ALLOWED_ORIGINS, ...FOREIGN_ORIGINS) }) },
    { weight: 2, arbitrary: fc.constantFrom(...GARBAGE_AUTHORIZATION).map((value) => ({ kind: 'raw' as const, value })) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('variant' as const),
        who: fc.constantFrom('sk' as const, 'A' as const),
        variant: fc.constantFrom('upper' as const, 'truncated' as const, 'suffixed' as const, 'lower-scheme' as const, 'spaces' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), first: who, second: fc.constantFrom(...GARBAGE_AUTHORIZATION) }) },
  );
}

function pathArb(op: FuzzOperation, benign: boolean): fc.Arbitrary<Record<string, PathPick>> {
  const model: Record<string, fc.Arbitrary<PathPick>> = {};
  for (const p of op.parameters.filter((p) => p.in === 'path')) {
    const idKind = OPERATIONS[op.operationId]?.ids?.[p.name];
    if (!idKind) throw new Error(`no generator for the path parameter ${p.name} of ${op.operationId}: name its kind of id in fuzz-operations.ts`);
    const ownKind = fc.nat().map((index) => ({ kind: 'id' as const, idKind, index }));
    if (benign) {
      model[p.name] = ownKind;
      continue;
    }
    model[p.name] = fc.oneof(
      { weight: 8, arbitrary: ownKind },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('id' as const), idKind: fc.constantFrom(...ID_KINDS), index: fc.nat() }) },
      { weight: 1, arbitrary: schemaArb(p.schema).map((v) => ({ kind: 'value' as const, value: String(v), raw: false })) },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('value' as const),
          value: fc.oneof(hostileShortString, fc.constantFrom('.', '..', '%2e%2e', '..%2F..%2Fsandbox%2Freset', 'a/b', '%2F', '%ZZ', 'x'.repeat(65), 'x'.repeat(3000), 'evt_open;x', 'evt_open%00')),
          raw: fc.boolean(),
        }),
      },
    );
  }
  return fc.record(model);
}

/** A query value as text: arrays comma-joined (`style: form, explode: false`). */
export const queryText = (v: unknown) => (Array.isArray(v) ? v.map(String).join(',') : String(v));

function queryArb(op: FuzzOperation, benign: boolean): fc.Arbitrary<QueryPick> {
  const params = op.parameters.filter((p) => p.in === 'query');
  // A cursor is opaque: only the server makes valid ones, so a valid query has none.
  const valid = fc
    .tuple(...params.filter((p) => p.name !== 'cursor').map((p) => fc.option(schemaArb(p.schema).map((v) => [p.name, queryText(v)] as [string, string]), { freq: 2 })))
    .map((pairs) => pairs.filter((x): x is [string, string] => x !== null));
  if (benign) return valid.map((p) => ({ kind: 'params' as const, params: p }));
  const names = [...params.map((p) => p.name), ...POLLUTION_KEYS, 'unknown', 'page', 'offset', 'cursor', 'limit'];
  const hostilePair = fc.oneof(
    fc.tuple(fc.constantFrom(...names), fc.oneof(hostileShortString, fc.constantFrom('0', '-1', '101', '1.5', 'NaN', '1e2', 'true', ''))),
    fc.tuple(fc.constant('cursor'), fc.constantFrom(...HOSTILE_CURSORS)),
  );
  return fc.oneof(
    { weight: 6, arbitrary: valid.map((p) => ({ kind: 'params' as const, params: p })) },
    { weight: 3, arbitrary: fc.tuple(valid, fc.array(hostilePair, { minLength: 1, maxLength: 2 })).map(([v, h]) => ({ kind: 'params' as const, params: [...v, ...h] })) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES).map((text) => ({ kind: 'raw' as const, text })) },
  );
}

function bodyArb(op: FuzzOperation, benign: boolean): fc.Arbitrary<BodyPick> {
  const known = OPERATIONS[op.operationId]?.bodies;
  if (MULTIPART_FORMS[op.operationId]) {
    if (benign) return multipartArb(true);
    return fc.oneof(
      { weight: 8, arbitrary: multipartArb(false) },
      { weight: 1, arbitrary: rawBodyArb.map((text) => ({ kind: 'raw' as const, text })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    );
  }
  if (!op.body) {
    if (benign) return fc.constant({ kind: 'none' as const });
    return fc.oneof(
      { weight: 9, arbitrary: fc.constant({ kind: 'none' as const }) },
      { weight: 1, arbitrary: rawBodyArb.map((text) => ({ kind: 'raw' as const, text })) },
    );
  }
  const sources: fc.Arbitrary<BodySource>[] = [schemaArb(op.body.schema).map((value) => ({ kind: 'schema' as const, value }))];
  if (known) sources.push(fc.nat().map((index) => ({ kind: 'known' as const, index })), fc.nat().map((index) => ({ kind: 'known' as const, index })));
  if (op.body.examples.length) sources.push(fc.nat().map((index) => ({ kind: 'example' as const, index })));
  const source = fc.oneof(...sources);
  if (benign) return source.map((s) => ({ kind: 'json' as const, source: s, mutations: [] }));
  return fc.oneof(
    { weight: 4, arbitrary: source.map((s) => ({ kind: 'json' as const, source: s, mutations: [] })) },
    { weight: 4, arbitrary: fc.tuple(source, mutationsArb).map(([s, mutations]) => ({ kind: 'json' as const, source: s, mutations })) },
    { weight: 1, arbitrary: fc.tuple(source, fc.constantFrom(...NUMBER_SPELLINGS)).map(([s, number]) => ({ kind: 'json' as const, source: s, mutations: [], number })) },
    { weight: 2, arbitrary: fc.tuple(source, fc.nat()).map(([s, badByte]) => ({ kind: 'json' as const, source: s, mutations: [], badByte })) },
    { weight: 2, arbitrary: rawBodyArb.map((text) => ({ kind: 'raw' as const, text })) },
    { weight: op.body.required ? 1 : 2, arbitrary: fc.constant({ kind: 'none' as const }) },
  );
}

/**
 * Requests for `op`: a quarter well-formed (the operation's own credential, a real id of the right
 * kind, a valid query and body, nothing odd), so the domain is reached and state changes; half a
 * well-formed request with one or two things twisted, so that each twist is tried on its own; a
 * quarter with anything twisted at once.
 */
export function planArb(op: FuzzOperation): fc.Arbitrary<Plan> {
  const benign = planOf(op, true);
  const hostile = planOf(op, false);
  const twisted = fc
    .tuple(benign, hostile, fc.uniqueArray(fc.constantFrom(...Object.keys(PLAN_AXES)), { minLength: 1, maxLength: 2 }))
    .map(([base, other, axes]) => {
      const plan: Plan = { ...base };
      for (const axis of axes) for (const key of PLAN_AXES[axis]!) Object.assign(plan, { [key]: other[key] });
      return plan;
    });
  return fc.oneof({ weight: 1, arbitrary: benign }, { weight: 2, arbitrary: twisted }, { weight: 1, arbitrary: hostile });
}

/** The parts of a plan that are twisted together (a duplicate key goes with the key). */
const PLAN_AXES: Record<string, readonly (keyof Plan)[]> = {
  credential: ['credential'],
  path: ['path'],
  query: ['query'],
  idempotencyKey: ['idempotencyKey', 'duplicateIdempotencyKey'],
  contentType: ['contentType'],
  body: ['body'],
  headerParams: ['headerParams'],
  extraHeaders: ['extraHeaders'],
};

function planOf(op: FuzzOperation, benign: boolean): fc.Arbitrary<Plan> {
  const post = op.method === 'POST';
  const locales = fc.constantFrom('en', 'zh-CN', 'en-US,en;q=0.9', 'fr', '*', 'zh-Hant-TW');
  if (benign) {
    return fc.record({
      credential: credentialArb(op, true),
      path: pathArb(op, true),
      query: queryArb(op, true),
      idempotencyKey: post ? fc.option(fc.oneof(fc.constantFrom(...IDEMPOTENCY_KEYS), fc.uuid())) : fc.constant(null),
      duplicateIdempotencyKey: fc.constant(false),
      contentType: fc.constant('application/json'),
      body: bodyArb(op, true),
      headerParams: headerParamsArb(op, locales),
      extraHeaders: fc.constant<[string, string][]>([]),
    });
  }
  return fc.record({
    credential: credentialArb(op, false),
    path: pathArb(op, false),
    query: queryArb(op, false),
    idempotencyKey: post
      ? fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.constantFrom(...IDEMPOTENCY_KEYS) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_IDEMPOTENCY_KEYS) })
      : fc.constant(null),
    duplicateIdempotencyKey: post ? fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) : fc.constant(false),
    contentType: fc.oneof({ weight: 8, arbitrary: fc.constant('application/json') }, { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, { weight: 1, arbitrary: fc.constant(null) }),
    body: bodyArb(op, false),
    headerParams: headerParamsArb(op, fc.oneof(locales, hostileShortString)),
    extraHeaders: fc.oneof({ weight: 4, arbitrary: fc.constant<[string, string][]>([]) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...EXTRA_HEADERS), { maxLength: 2 }) }),
  });
}

/** Values of the operation's declared header parameters other than the key and the scenario. */
function headerParamsArb(op: FuzzOperation, extra: fc.Arbitrary<string>): fc.Arbitrary<Record<string, string | null>> {
  const declared = op.parameters.filter((p) => p.in === 'header' && !OWN_HEADERS.has(p.name.toLowerCase()));
  return fc.record(Object.fromEntries(declared.map((p) => [p.name, fc.option(fc.oneof(schemaArb(p.schema).map(String), extra))])));
}
