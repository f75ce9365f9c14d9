/**
 * The fuzzer's properties, checked on one exchange: no 5xx; every error an RFC 9457 problem whose
 * `status`, `type` and `requestId` match the response, never repeating the credential it was sent;
 * `nosniff` on every response; every response as the contract declares it;
 * a request the contract makes invalid never succeeds; a body or query the contract accepts is not
 * refused for its shape; a refused request (and any GET) changes nothing; no prototype is polluted.
 */
import { findOperation, problemErrors, responseErrors } from './contract.js';
import type { FuzzOperation } from './fuzz-contract.js';
import type { WireResponse } from './fuzz-client.js';
import type { Materialised } from './fuzz-materialise.js';

/** Field-error codes that say a value has the wrong shape (as opposed to a rule beyond the schema). */
const SHAPE_CODES = new Set(['required', 'invalid_type', 'unknown_field', 'too_big', 'too_small']);

export interface Exchange {
  op: FuzzOperation;
  req: Materialised;
  res: WireResponse;
  /** The sandbox's state before and after (a digest of every list a worker or partner can read). */
  before: string;
  after: string;
}

/** Names on Object.prototype and Array.prototype, to notice pollution. */
export function prototypeDigest(): string {
  const probe = {} as Record<string, unknown>;
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype), probe['polluted'] ?? null]);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function exchangeErrors({ op, req, res, before, after }: Exchange): string[] {
  const errors: string[] = [];
  const pathname = new URL(req.target, 'http://x').pathname;
  const captured = { method: req.method, path: pathname, status: res.status, headers: res.headers, body: res.text };
  const requestId = res.headers.get('request-id');
  if (res.status >= 500) errors.push(`answered ${res.status}`);
  if (!/^req_[A-Za-z0-9]+$/.test(requestId ?? '')) errors.push(`no Request-Id (got ${requestId})`);
  if (res.headers.get('x-content-type-options') !== 'nosniff') errors.push('no X-Content-Type-Options: nosniff');
  if (res.status >= 400) {
    for (const [name, value] of req.headers) {
      const credential = name.toLowerCase() === 'authorization' ? /\S{8,}$/.exec(value.trim())?.[0] : undefined;
      if (credential && res.text.includes(credential)) errors.push('the error repeats the credential it was sent');
    }
  }

  const problem = parse(res.text) as { status?: unknown; type?: unknown; code?: unknown; errors?: { path: string; code: string }[] } | undefined;
  if (res.status >= 400) {
    errors.push(...problemErrors(captured));
    if (problem?.status !== res.status) errors.push(`problem status ${String(problem?.status)} ≠ HTTP ${res.status}`);
    if (problem?.type !== `urn:unionkit:problem:${String(problem?.code)}`) errors.push(`problem type ${String(problem?.type)} does not name its code ${String(problem?.code)}`);
  }
  if (findOperation(req.method, pathname)) errors.push(...responseErrors(captured));
  else if (res.status < 400) errors.push(`${res.status} at ${pathname}, where the contract has no ${req.method} operation`);

  if (req.invalid && res.status < 400) errors.push(`accepted an invalid request (${req.invalid}) with ${res.status}`);
  if (res.status === 422 && problem?.code === 'validation_failed') {
    const paramNames = new Set(op.parameters.map((p) => p.name));
    const queryNames = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    const shape = (problem.errors ?? []).filter((e) => SHAPE_CODES.has(e.code));
    const body = req.validBody ? shape.filter((e) => !paramNames.has(e.path)) : [];
    // `required` on a query parameter is a documented pairing (radiusM with near), not its shape.
    const query = req.validQuery ? shape.filter((e) => queryNames.has(e.path) && e.code !== 'required') : [];
    if (body.length) errors.push(`refused a body the contract accepts: ${JSON.stringify(body)}`);
    if (query.length) errors.push(`refused a query the contract accepts: ${JSON.stringify(query)}`);
  }
  if ((res.status >= 400 || req.method === 'GET') && before !== after) errors.push(`a ${req.method} answered ${res.status} changed the sandbox's state`);
  return errors;
}

/** A keyed request sent again after it succeeded: the first answer again, marked replayed, and nothing changes. */
export function replayErrors(first: WireResponse, again: Exchange): string[] {
  const errors = exchangeErrors(again);
  if (again.res.status !== first.status) errors.push(`the same keyed request answered ${first.status}, then ${again.res.status}`);
  else if (again.res.text !== first.text) errors.push('the same keyed request answered a different body the second time');
  if (again.res.headers.get('idempotent-replayed') !== 'true') errors.push('a replay without Idempotent-Replayed: true');
  if (again.before !== again.after) errors.push('a replay changed the sandbox\'s state');
  return errors;
}

const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}… (${text.length} characters)` : text);

/** The failing exchange, for the test's message (credentials shown: they are the sandbox's test ones). */
export function describeExchange({ req, res }: Pick<Exchange, 'req' | 'res'>, errors: string[]): string {
  return [
    ...errors.map((e) => `✗ ${cut(e, 600)}`),
    `request: ${req.method} ${cut(req.target, 300)}`,
    ...req.headers.map(([n, v]) => `  ${n}: ${cut(JSON.stringify(v), 200)}`),
    req.body === undefined ? '  (no body)' : Buffer.isBuffer(req.body) ? `  body (bytes): ${cut(req.body.toString('hex'), 600)}` : `  body: ${cut(JSON.stringify(req.body), 600)}`,
    `  contract verdict: ${req.invalid ?? 'may succeed'}`,
    `response: ${res.status} ${res.headers.get('content-type') ?? ''}`,
    `  ${cut(res.text, 800)}`,
  ].join('\n');
}
