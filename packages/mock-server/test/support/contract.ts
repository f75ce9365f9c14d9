/**
 * Contract checks for tests: every response the sandbox gives is validated against
 * `openapi/unionkit.yaml` with a real JSON-schema validator (Ajv, draft 2020-12 as OpenAPI 3.1 uses).
 * The operation is found by method and path template; the status must be declared for it (else the
 * check fails), the content type must be one it declares, the body must match the declared schema
 * and every declared header must be present when required and match its schema when present.
 *
 * `checkResponse(request, response)` is the one-call form (used by the SDK's walkthrough too).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ERROR_STATUSES } from '@unionkit/contract';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const DOCUMENT_ID = 'unionkit.yaml';
const documentUrl = new URL('../../../../openapi/unionkit.yaml', import.meta.url);

interface MediaType {
  schema?: unknown;
}
interface HeaderObject {
  $ref?: string;
  required?: boolean;
  schema?: unknown;
}
interface ResponseObject {
  $ref?: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, MediaType>;
}
interface OperationObject {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
  parameters?: unknown[];
}
type PathItem = Record<string, unknown> & { servers?: { url: string }[] };
interface Document {
  servers?: { url: string }[];
  paths: Record<string, PathItem>;
  webhooks?: Record<string, { post?: OperationObject & { requestBody?: { content?: Record<string, MediaType> } } }>;
  components: Record<string, Record<string, unknown>>;
}

export const contract = parse(readFileSync(fileURLToPath(documentUrl), 'utf8')) as Document;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...contract, $id: DOCUMENT_ID });

const compiled = new Map<string, ValidateFunction>();

/** A validator for a schema object (its `$ref`s resolve into the document). */
function validatorFor(schema: unknown, cacheKey: string): ValidateFunction {
  // Keyed by the schema itself: the many responses that share one (`Problem`…) compile once.
  const key = JSON.stringify(schema) ?? cacheKey;
  let v = compiled.get(key);
  if (!v) {
    const rewritten = rebase(schema);
    v = ajv.compile(typeof rewritten === 'object' && rewritten !== null ? rewritten : {});
    compiled.set(key, v);
  }
  return v;
}

/** `#/…` refs → `unionkit.yaml#/…`, so inline schemas resolve into the document. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOCUMENT_ID}${v}` : rebase(v);
    }
    return out;
  }
  return node;
}

/** Follows `$ref`s (`#/…`) to the node they name. */
export function resolve<T>(node: T): T {
  let n = node as unknown as { $ref?: string };
  const seen = new Set<string>();
  while (n && typeof n === 'object' && typeof n.$ref === 'string' && n.$ref.startsWith('#/')) {
    if (seen.has(n.$ref)) throw new Error(`ref cycle at ${n.$ref}`);
    seen.add(n.$ref);
    n = n.$ref
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], contract) as { $ref?: string };
    if (n === undefined) throw new Error(`unresolvable ref`);
  }
  return n as unknown as T;
}

function formatErrors(v: ValidateFunction): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`).join('; ');
}

/** Validates `value` against `#/components/schemas/<name>`; returns the problems (empty when valid). */
export function schemaErrors(name: string, value: unknown): string[] {
  if (!contract.components['schemas']?.[name]) return [`no schema ${name} in the contract`];
  const v = validatorFor({ $ref: `#/components/schemas/${name}` }, `schema:${name}`);
  return v(value) ? [] : [`${name}: ${formatErrors(v)}`];
}

/** Validates `value` against any schema node of the document (its `$ref`s resolve into the document). */
export function valueErrors(schema: unknown, value: unknown): string[] {
  const v = validatorFor(schema, 'value');
  return v(value) ? [] : [formatErrors(v)];
}

export function assertSchema(name: string, value: unknown): void {
  const errors = schemaErrors(name, value);
  if (errors.length > 0) throw new Error(`contract: ${errors.join('\n')}\nvalue: ${JSON.stringify(value).slice(0, 2000)}`);
}

const apiBase = new URL(contract.servers?.[0]?.url ?? 'http://localhost/v1').pathname.replace(/\/$/, '');

interface OperationMatch {
  template: string;
  method: string;
  operation: OperationObject;
}

const templates = Object.keys(contract.paths).map((template) => ({
  template,
  base: (contract.paths[template]!.servers?.[0]?.url ? new URL(contract.paths[template]!.servers![0]!.url).pathname : apiBase).replace(/\/$/, ''),
  regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The contract operation for a method and an actual request path (`/v1/events/evt_1`), if any. */
export function findOperation(method: string, pathname: string): OperationMatch | undefined {
  const m = method.toLowerCase();
  for (const t of templates) {
    if (!pathname.startsWith(t.base)) continue;
    const rest = pathname.slice(t.base.length) || '/';
    if (!t.regex.test(rest)) continue;
    const op = contract.paths[t.template]![m] as OperationObject | undefined;
    if (op) return { template: t.template, method: m, operation: op };
  }
  return undefined;
}

export interface CapturedResponse {
  method: string;
  /** The request's path, e.g. `/v1/events/evt_open` (query ignored). */
  path: string;
  status: number;
  headers: Headers;
  /** Raw body text ('' for none). */
  body: string;
}

function headerValue(raw: string, schema: unknown): unknown {
  const s = resolve(schema as { type?: unknown; $ref?: string }) as { type?: unknown };
  if (s?.type === 'integer' || s?.type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (s?.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/** A problem's `code` answered with a status the contract does not list for it (`x-unionkit-errors`). */
function problemStatusErrors(where: string, status: number, value: unknown): string[] {
  const code = (value as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code in ERROR_STATUSES)) return [];
  const statuses: readonly number[] = ERROR_STATUSES[code as keyof typeof ERROR_STATUSES];
  return statuses.includes(status) ? [] : [`${where}: code ${code} is answered with ${statuses.join(' or ')}, not ${status}`];
}

/** Every way `r` breaks the contract (empty when it conforms). */
export function responseErrors(r: CapturedResponse): string[] {
  const where = `${r.method} ${r.path} → ${r.status}`;
  const match = findOperation(r.method, r.path);
  if (!match) return [`${where}: no such operation in the contract`];
  const responses = match.operation.responses ?? {};
  const declared = responses[String(r.status)] ?? responses[`${String(r.status)[0]}XX`] ?? responses['default'];
  if (!declared) return [`${where}: status ${r.status} is not declared for ${match.operation.operationId}`];
  const response = resolve(declared);
  const errors: string[] = [];

  for (const [name, h] of Object.entries(response.headers ?? {})) {
    const header = resolve(h);
    const raw = r.headers.get(name);
    if (raw === null) {
      if (header.required) errors.push(`${where}: missing required header ${name}`);
      continue;
    }
    if (header.schema) {
      const v = validatorFor(header.schema, `header:${match.operation.operationId}:${r.status}:${name}`);
      if (!v(headerValue(raw, header.schema))) errors.push(`${where}: header ${name}=${raw}: ${formatErrors(v)}`);
    }
  }

  const contentType = r.headers.get('content-type');
  const media = contentType?.split(';')[0]!.trim().toLowerCase();
  if (!response.content) {
    if (r.body !== '') errors.push(`${where}: no body is declared but got ${r.body.length} bytes`);
    return errors;
  }
  const mediaType = media ? response.content[media] : undefined;
  if (!mediaType) {
    errors.push(`${where}: content type ${contentType ?? '(none)'} is not one of ${Object.keys(response.content).join(', ')}`);
    return errors;
  }
  let value: unknown = r.body;
  if (media === 'application/json' || media!.endsWith('+json')) {
    try {
      value = JSON.parse(r.body);
    } catch {
      errors.push(`${where}: body is not JSON`);
      return errors;
    }
  }
  if (media === 'application/problem+json') errors.push(...problemStatusErrors(where, r.status, value));
  if (mediaType.schema) {
    const v = validatorFor(mediaType.schema, `body:${match.operation.operationId}:${r.status}:${media}`);
    if (!v(value)) errors.push(`${where}: body: ${formatErrors(v)}; body=${r.body.slice(0, 1500)}`);
  }
  return errors;
}

/** Throws when the response does not conform. Reads a clone of the response. */
export async function checkResponse(request: Request, response: Response): Promise<void> {
  const body = await response.clone().text();
  const errors = responseErrors({
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    headers: response.headers,
    body,
  });
  if (errors.length > 0) throw new Error(`contract violation:\n${errors.join('\n')}`);
}

/**
 * For responses the contract cannot declare (unknown routes, 405, CORS preflights): the body must
 * still be a `Problem` served as `application/problem+json` with a `Request-Id` equal to its
 * `requestId`.
 */
export function problemErrors(r: CapturedResponse): string[] {
  const where = `${r.method} ${r.path} → ${r.status}`;
  const errors: string[] = [];
  if (r.headers.get('content-type')?.split(';')[0] !== 'application/problem+json') errors.push(`${where}: not application/problem+json`);
  let value: unknown;
  try {
    value = JSON.parse(r.body);
  } catch {
    return [...errors, `${where}: body is not JSON`];
  }
  errors.push(...schemaErrors('Problem', value).map((e) => `${where}: ${e}`));
  errors.push(...problemStatusErrors(where, r.status, value));
  const requestId = r.headers.get('request-id');
  if (!requestId || (value as { requestId?: unknown }).requestId !== requestId) errors.push(`${where}: Request-Id header and requestId differ`);
  return errors;
}

/** A webhook delivery's body and signature header against the contract's `webhooks`. */
export function webhookErrors(type: string, body: string, signature: string | null): string[] {
  const op = contract.webhooks?.[type]?.post;
  if (!op) return [`no webhook ${type} in the contract`];
  const errors: string[] = [];
  const schema = op.requestBody?.content?.['application/json']?.schema;
  const v = validatorFor(schema, `webhook:${type}`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [`webhook ${type}: body is not JSON`];
  }
  if (!v(value)) errors.push(`webhook ${type}: ${formatErrors(v)}`);
  const sigParam = (op.parameters ?? []).map((p) => resolve(p as { name?: string; schema?: unknown })).find((p) => p.name === 'UnionKit-Signature');
  if (sigParam?.schema) {
    const sv = validatorFor(sigParam.schema, `webhook-signature:${type}`);
    if (signature === null || !sv(signature)) errors.push(`webhook ${type}: bad UnionKit-Signature ${signature}`);
  }
  return errors;
}
