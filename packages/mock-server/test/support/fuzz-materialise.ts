/**
 * A plan → the bytes of a request against the current world, and the contract's verdict on it:
 * `invalid` names the first reason the contract (or the documented behaviour it points to) makes
 * the request fail; `null` means it may succeed.
 */
import { findOperation } from './contract.js';
import { schemaProblems, type FuzzOperation, type Parameter } from './fuzz-contract.js';
import { OPERATIONS } from './fuzz-operations.js';
import { MULTIPART_FORMS, multipartBody } from './fuzz-multipart.js';
import { mutate } from './fuzz-schema.js';
import type { World } from './fuzz-world.js';
import { ALLOWED_ORIGINS, encode, queryText, rawSafe, type BodyPick, type Credential, type Plan, type Who } from './fuzz-requests.js';
import { SK } from './harness.js';
import type { WireRequest } from './fuzz-client.js';

export interface Materialised extends WireRequest {
  /** Why the contract makes this request fail, or null when it may succeed. */
  invalid: string | null;
  /** The body is JSON the contract's schema accepts, sent as application/json. */
  validBody: boolean;
  /** It carries one well-formed Idempotency-Key the operation declares: sent again, it must replay. */
  keyed: boolean;
  /** Its query is one the contract accepts. */
  validQuery: boolean;
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

function token(w: World, who: Exclude<Who, 'none'>): string {
  return who === 'sk' ? SK : w.tokens[who];
}

function actorInvalid(op: FuzzOperation, who: Who): string | null {
  if (op.security.length === 0) return null;
  if (who === 'none') return 'no credential';
  if (who === 'sk' && !op.security.includes('secretKey')) return 'a secret key where the operation takes a client token';
  if (who !== 'sk' && !op.security.includes('clientToken')) return 'a client token where the operation takes the secret key';
  if (who === 'E') return 'an expired client token';
  return null;
}

function credential(op: FuzzOperation, w: World, c: Credential): { lines: [string, string][]; invalid: string | null } {
  const needs = op.security.length > 0;
  switch (c.kind) {
    case 'actor':
      return { lines: c.who === 'none' ? [] : [['Authorization', `Bearer ${token(w, c.who)}`]], invalid: actorInvalid(op, c.who) };
    case 'origin': {
      const lines: [string, string][] = [['Authorization', `Bearer ${token(w, c.who)}`], ['Origin', c.origin]];
      if (!needs) return { lines, invalid: null };
      if (c.who === 'sk') return { lines, invalid: 'a secret key sent with an Origin header' };
      return { lines, invalid: ALLOWED_ORIGINS.includes(c.origin) ? actorInvalid(op, 'A') : `a client token from the foreign origin ${c.origin}` };
    }
    case 'raw':
      return { lines: [['Authorization', c.value]], invalid: needs ? 'a malformed or unknown credential' : null };
    case 'variant': {
      const t = token(w, c.who);
      const value =
        c.variant === 'upper' ? `Bearer ${t.toUpperCase()}` :
        c.variant === 'truncated' ? `Bearer ${t.slice(0, -1)}` :
        c.variant === 'suffixed' ? `Bearer ${t}x` :
        c.variant === 'lower-scheme' ? `bearer ${t}` : `Bearer   ${t}  `;
      const altered = c.variant === 'upper' || c.variant === 'truncated' || c.variant === 'suffixed';
      return { lines: [['Authorization', value]], invalid: needs && altered ? 'an altered credential' : actorInvalid(op, c.who) };
    }
    case 'duplicate': {
      const first: [string, string][] = c.first === 'none' ? [] : [['Authorization', `Bearer ${token(w, c.first)}`]];
      return { lines: [...first, ['Authorization', c.second]], invalid: c.first === 'none' && needs ? 'only a malformed credential' : null };
    }
  }
}

/** The worker whose client token the request carries (as the server will read it), if any. */
function actingWorker(c: Credential): Exclude<Who, 'sk' | 'none'> | null {
  const who = c.kind === 'actor' || c.kind === 'variant' ? c.who : c.kind === 'origin' ? c.who : c.kind === 'duplicate' ? c.first : 'none';
  return who === 'sk' || who === 'none' ? null : who;
}

function pathOf(op: FuzzOperation, w: World, plan: Plan): { path: string; invalid: string | null } {
  let invalid: string | null = null;
  const worker = actingWorker(plan.credential);
  const path = op.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const pick = plan.path[name]!;
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name)!;
    let segment: string;
    if (pick.kind === 'id') {
      const pool = w.ids[pick.idKind];
      const id = pool.length ? pool[pick.index % pool.length]! : `none_${pick.idKind}`;
      const owner = w.owners.get(id);
      if (worker && owner && owner !== worker) invalid ??= `worker ${worker} names worker ${owner}'s ${pick.idKind} ${id}`;
      segment = encode(id);
    } else segment = pick.raw && rawSafe(pick.value) ? pick.value : encode(pick.value);
    let decoded: string | null = null;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      invalid ??= `path parameter ${name} is not valid percent-encoding`;
    }
    if (decoded !== null && schemaProblems(param.schema, decoded).length > 0) invalid ??= `path parameter ${name} fails its schema`;
    return segment;
  });
  return { path: `${op.base}${path}`, invalid };
}

/** A query the contract's verdict cannot be trusted on (a number JSON and JS cannot hold exactly). */
const UNSURE = Symbol('unsure');

/** What the contract says of a query string. */
function queryInvalid(op: FuzzOperation, search: string): string | null | typeof UNSURE {
  const declared = new Map<string, Parameter>(op.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  for (const key of new Set(params.keys())) {
    const p = declared.get(key);
    if (!p) return op.base === '' ? null : `unknown query parameter ${JSON.stringify(key)}`;
    const values = params.getAll(key);
    const type = p.schema.type ?? (p.schema.enum ? 'string' : undefined);
    if (values.length > 1 && type !== 'array') continue; // repeated scalars: the contract does not say
    let value: unknown = values[0]!;
    if (type === 'array') value = values.flatMap((v) => v.split(','));
    else if ((type === 'integer' || type === 'number') && NUMBER.test(values[0]!)) {
      value = Number(values[0]);
      if (oddNumbers(value) !== null) return UNSURE;
    }
    else if (type === 'boolean' && (values[0] === 'true' || values[0] === 'false')) value = values[0] === 'true';
    if (schemaProblems(p.schema, value).length > 0) return `query parameter ${key}=${JSON.stringify(values[0]!.slice(0, 40))} fails its schema`;
  }
  return null;
}

/** A query naming a parameter twice: the contract does not say what that means. */
function repeatsAParameter(search: string): boolean {
  const keys = [...new URLSearchParams(search).keys()];
  return new Set(keys).size !== keys.length;
}

const isJsonMedia = (type: string | null) => type !== null && /^application\/json$/i.test(type.split(';')[0]!.trim());
const isJsonish = (type: string | null) => type !== null && /^application\/([a-z0-9.+-]+\+)?json$/i.test(type.split(';')[0]!.trim());

/**
 * Numbers JSON cannot carry faithfully: `infinite` (`1e400` parses to Infinity, which the validator
 * would call an integer) or `imprecise` (an integer past 2^53, beyond what RFC 8259 §6 says
 * implementations agree on). Iterative: a hostile body may nest 100 000 deep.
 */
function oddNumbers(root: unknown): 'infinite' | 'imprecise' | null {
  const stack = [root];
  let found: 'imprecise' | null = null;
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return 'infinite';
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) found = 'imprecise';
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) stack.push(v);
    }
  }
  return found;
}

/** `text` with its first number literal spelled `spelling` (`{"a":1}` → `{"a":1e400}`); unchanged without one. */
function respell(text: string, spelling: string): string {
  return text.replace(/(?<=[:[,])-?\d+(\.\d+)?([eE][+-]?\d+)?(?=[,}\]])/, spelling);
}

/** `text` as UTF-8 with a 0xFF byte (never valid UTF-8) inside its `nth` string value (cyclically); null without one. */
function withBadByte(text: string, nth: number): Buffer | null {
  const starts = [...text.matchAll(/:"/g)].map((m) => m.index + 2);
  if (starts.length === 0) return null;
  const bytes = Buffer.from(text, 'utf8');
  const cut = Buffer.byteLength(text.slice(0, starts[nth % starts.length]), 'utf8');
  return Buffer.concat([bytes.subarray(0, cut), Buffer.from([0xff]), bytes.subarray(cut)]);
}

function bodyOf(
  op: FuzzOperation,
  w: World,
  pick: BodyPick,
  contentType: string | null,
): { text: string | Buffer | undefined; invalid: string | null; valid: boolean; contentType?: string | null } {
  const forms = MULTIPART_FORMS[op.operationId]?.();
  if (forms) {
    // A multipart operation: the plan's `application/json` stands for the operation's own media type.
    if (pick.kind !== 'multipart') return { text: pick.kind === 'raw' ? pick.text : undefined, invalid: 'no multipart body', valid: false };
    const body = multipartBody(forms[pick.index % forms.length]!, pick.twist);
    if (contentType !== 'application/json') return { text: body.bytes, invalid: `a body sent as ${contentType ?? 'no content type'}`, valid: false };
    return { text: body.bytes, invalid: body.invalid, valid: body.invalid === null, contentType: body.contentType };
  }
  if (pick.kind === 'multipart') return { text: undefined, invalid: op.body?.required ? 'the required body is missing' : null, valid: false };
  if (pick.kind === 'none') return { text: undefined, invalid: op.body?.required ? 'the required body is missing' : null, valid: false };
  let text: string | undefined;
  let value: unknown;
  let parsed = true;
  if (pick.kind === 'raw') {
    text = pick.text;
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      parsed = false;
    }
    // A byte-order mark before JSON is one a parser may ignore (RFC 8259 §8.1): no verdict either way.
    if (!parsed && text.startsWith('\ufeff')) return { text, invalid: null, valid: false };
  } else {
    const s = pick.source;
    const known = OPERATIONS[op.operationId]?.bodies?.(w) ?? [];
    const examples = op.body?.examples ?? [];
    const base = s.kind === 'schema' ? s.value : s.kind === 'known' ? known[s.index % Math.max(1, known.length)] : examples[s.index % Math.max(1, examples.length)];
    value = mutate(base, pick.mutations);
    text = value === undefined ? undefined : JSON.stringify(value);
    if (text !== undefined && pick.number !== undefined) {
      text = respell(text, pick.number);
      try {
        value = JSON.parse(text) as unknown;
      } catch {
        parsed = false; // `00`: not JSON
      }
    }
    const bytes = text !== undefined && pick.badByte !== undefined ? withBadByte(text, pick.badByte) : null;
    if (bytes) {
      if (!op.body || !isJsonish(contentType)) return { text: bytes, invalid: op.body ? `a body sent as ${contentType ?? 'no content type'}` : null, valid: false };
      return { text: bytes, invalid: 'the body is not UTF-8', valid: false };
    }
  }
  if (!op.body) return { text, invalid: null, valid: false };
  if (text === undefined || text.trim() === '') return { text, invalid: op.body.required ? 'the required body is empty' : null, valid: false };
  if (!isJsonish(contentType)) return { text, invalid: `a body sent as ${contentType ?? 'no content type'}`, valid: false };
  if (!parsed) return { text, invalid: 'the body is not JSON', valid: false };
  const odd = oddNumbers(value);
  if (odd === 'infinite') return { text, invalid: 'a number too large for JSON', valid: false };
  if (odd === 'imprecise') return { text, invalid: null, valid: false };
  const problems = schemaProblems(op.body.schema, value);
  return { text, invalid: problems.length ? `the body fails its schema: ${problems[0]!.slice(0, 200)}` : null, valid: problems.length === 0 && isJsonMedia(contentType) };
}

/** The request a plan stands for, in the world as it is now. */
export function materialise(op: FuzzOperation, plan: Plan, w: World): Materialised {
  const auth = credential(op, w, plan.credential);
  const { path, invalid: pathInvalid } = pathOf(op, w, plan);
  const search = plan.query.kind === 'raw' ? plan.query.text : plan.query.params.length ? `?${plan.query.params.map(([k, v]) => `${encode(k)}=${encode(queryText(v))}`).join('&')}` : '';
  const target = `${path}${search}`;
  const body = bodyOf(op, w, plan.body, plan.contentType);

  const headers: [string, string][] = [...auth.lines];
  let keyInvalid: string | null = null;
  let keyed = false;
  if (plan.idempotencyKey !== null) {
    headers.push(['Idempotency-Key', plan.idempotencyKey]);
    if (plan.duplicateIdempotencyKey) headers.push(['Idempotency-Key', 'fuzz-key-duplicate']);
    const declared = op.parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
    if (declared && !plan.duplicateIdempotencyKey) {
      if (schemaProblems(declared.schema, plan.idempotencyKey.trim()).length > 0) keyInvalid = 'a malformed Idempotency-Key';
      else keyed = plan.idempotencyKey.trim() !== '';
    }
  }
  const contentType = body.contentType !== undefined ? body.contentType : plan.contentType;
  if (body.text !== undefined && contentType !== null) headers.push(['Content-Type', contentType]);
  for (const [name, value] of Object.entries(plan.headerParams)) if (value !== null) headers.push([name, value]);
  headers.push(...plan.extraHeaders);
  // What a client can put on the wire: no CR, LF or NUL, nothing past Latin-1.
  for (const line of headers) line[1] = line[1].replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

  const queryOutcome = queryInvalid(op, search);
  const queryVerdict = queryOutcome === UNSURE ? null : queryOutcome;
  const pathname = new URL(target, 'http://x').pathname;
  const landed = findOperation(op.method, pathname)?.operation.operationId;
  const rerouted = landed !== op.operationId;
  const invalid = rerouted
    ? landed === undefined && pathname !== '/healthz'
      ? 'no operation at this path'
      : null
    : (auth.invalid ?? pathInvalid ?? queryVerdict ?? keyInvalid ?? body.invalid);
  return { method: op.method, target, headers, body: body.text, invalid, validBody: !rerouted && body.valid && queryOutcome === null, keyed: keyed && !rerouted, validQuery: !rerouted && queryOutcome === null && !repeatsAParameter(search) };
}
