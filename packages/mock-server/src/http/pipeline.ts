/**
 * Turns an operation (path, credential, body schema, query reader, and a thin handler) into an msw
 * handler that runs the whole pipeline, in this order: exact route (else the request falls through
 * to the 404/405 fallback) → Request-Id → failed-authentication limit of the client address →
 * authentication (credential kind, origin, component scope) → rate limit (per partner or worker) →
 * sandbox scenario → body (at most `maxBodyBytes`), path, query and body validation → idempotency
 * (POST and DELETE) → the domain → headers (Request-Id, RateLimit-*, CORS, nosniff). A GET operation
 * answers HEAD too, without the body.
 */
import { http, type HttpHandler } from 'msw';
import type { Component, Locale } from '@unionkit/contract';
import type { Actor, PartnerActor, WorkerActor } from '../domain/actor.js';
import { resolveLocale } from '../domain/locale.js';
import { ProblemError } from '../domain/problem.js';
import type { IdempotencyRecord } from '../store/idempotency-records.js';
import type { IdGenerator } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { StoredResponse } from '../store/types.js';
import { authenticate, type Authenticated, type CredentialKind } from './auth.js';
import { parseJsonBody, readBodyText } from './body.js';
import { clientAddress } from './client-address.js';
import { anyPartnerAllowsOrigin, corsHeaders } from './cors.js';
import { beginIdempotent, finishIdempotent, fingerprint, readIdempotencyKey } from './idempotency.js';
import type { Logger } from './log.js';
import { rejectQuery, type QuerySpec } from './query.js';
import { abortSignalOf } from './request-signal.js';
import { checkAuthFailures, idleRateHeaders, recordAuthFailure, takeRateLimit, type RateLimitOptions } from './rate-limit.js';
import { problem, type ApiResult } from './result.js';
import { belowBase, isCanonicalPath, routePattern, type Route } from './routing.js';
import { applyFailureScenario, parseScenario, SCENARIO_HEADER, wait } from './scenarios.js';
import { readForm, type FormSpec } from './multipart.js';
import { validate, type Parser } from './validation.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What every handler of one sandbox shares. */
export interface Runtime {
  store: Store;
  /** msw URL prefix of `/v1`: `*\/v1` (any origin) or e.g. `http://localhost:4010/v1`. */
  baseUrl: string;
  /** Its path, matched exactly: `/v1`. */
  basePath: string;
  rateLimit: RateLimitOptions;
  /** Largest request body read, in bytes (413 past it). */
  maxBodyBytes: number;
  timeoutScenarioMs: number;
  requestIds: IdGenerator;
  log: Logger;
  /** Every route, for 405 answers. */
  routes: Route[];
}

export interface OperationContext<B, Q> {
  request: Request;
  requestId: string;
  params: Record<string, string>;
  body: B;
  /** The JSON body as sent, before the schema validated (and possibly normalised) it. */
  json: unknown;
  query: Q;
  actor: Actor;
  store: Store;
  /** The language of server text: `Accept-Language` → the session's locale → zh-CN (`../domain/locale.ts`). */
  locale: Locale;
  /** The worker of a client token (throws for a secret key). */
  worker(): WorkerActor;
  /** The partner of a secret key (throws for a client token). */
  partner(): PartnerActor;
}

export interface OperationSpec<B, Q> {
  operationId: string;
  method: Method;
  /** Below `/v1`, msw syntax: `/events/:id`. */
  path: string;
  credential: CredentialKind;
  /** Client-token scope: one of these components; omitted = any. */
  components?: readonly Component[];
  /** A union token (`ust_…`) opens it too (`../domain/union-sessions.ts`). */
  unionToken?: boolean;
  /** POST and DELETE honour `Idempotency-Key` (creates and actions alike); `false` opts out. */
  idempotent?: boolean;
  /** The operation resets the store: its own idempotency record is put back afterwards. */
  keepKeyAcrossReset?: boolean;
  body?: { schema: Parser<B>; optional?: boolean };
  /** A `multipart/form-data` body instead of JSON (`./multipart.ts`), with its own size limit. */
  form?: FormSpec<B>;
  /** The generated `zXxxPath` schema: path parameters are validated (422) before anything is looked up. */
  pathParams?: Parser<unknown>;
  /** The query (limit/cursor and filters); without it any query parameter is rejected. */
  query?: QuerySpec<Q>;
  handle(ctx: OperationContext<B, Q>): ApiResult | Promise<ApiResult>;
}

/**
 * A response as the sandbox builds it, before it becomes a fetch `Response` (for msw) or is written
 * to a socket as it is (the node server). Header names are lower-case, as `Headers` gives them.
 */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer> | null;
}

/** The answer with its headers: Request-Id, no-store, `extra`, CORS, the result's own, nosniff. */
export function finaliseAnswer(
  rt: Runtime,
  request: Request,
  requestId: string,
  result: ApiResult,
  extra: Record<string, string> = {},
): Answer {
  const origin = request.headers.get('origin');
  const allowed = origin !== null && anyPartnerAllowsOrigin(rt.store.partners.values(), origin);
  const headers: Record<string, string> = {};
  const set = (entries: Record<string, string>) => {
    for (const k in entries) headers[k.toLowerCase()] = entries[k]!;
  };
  headers['request-id'] = requestId;
  headers['cache-control'] = 'no-store';
  set(extra);
  set(corsHeaders(origin, allowed));
  if (result.contentType) headers['content-type'] = result.contentType;
  if (result.headers) set(result.headers);
  headers['x-content-type-options'] = 'nosniff';
  return { status: result.status, headers, body: result.body };
}

export function toResponse(answer: Answer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

export function finalise(
  rt: Runtime,
  request: Request,
  requestId: string,
  result: ApiResult,
  extra: Record<string, string> = {},
): Response {
  return toResponse(finaliseAnswer(rt, request, requestId, result, extra));
}

const storedText = new TextDecoder();

function toStored(result: ApiResult): StoredResponse {
  return {
    status: result.status,
    headers: { ...(result.headers ?? {}), ...(result.contentType ? { 'Content-Type': result.contentType } : {}) },
    body: typeof result.body === 'string' || result.body === null ? result.body : storedText.decode(result.body),
  };
}

function fromStored(stored: StoredResponse): ApiResult {
  const { 'Content-Type': contentType, ...headers } = stored.headers;
  return { status: stored.status, body: stored.body, contentType: contentType ?? null, headers };
}

function unexpected(rt: Runtime, operationId: string, error: unknown): ProblemError {
  rt.log.error(`unexpected error in ${operationId}`, error);
  return new ProblemError(500, 'server_error', '沙箱内部错误。 Unexpected sandbox error.');
}

/** Authenticates, unless the client address has failed too often; counts its failures. */
function authenticateRequest<B, Q>(rt: Runtime, request: Request, spec: OperationSpec<B, Q>): Authenticated {
  const address = clientAddress(request);
  checkAuthFailures(rt.store, address, rt.rateLimit);
  try {
    return authenticate(rt.store, request, { credential: spec.credential, components: spec.components, unionToken: spec.unionToken });
  } catch (e) {
    if (e instanceof ProblemError && e.code === 'unauthenticated') recordAuthFailure(rt.store, address, rt.rateLimit);
    throw e;
  }
}

export function operation<B = undefined, Q = undefined>(rt: Runtime, spec: OperationSpec<B, Q>): HttpHandler {
  const pattern = routePattern(spec.path);
  const answer = async (request: Request, params: Record<string, string | readonly string[] | undefined>, pathname: string): Promise<Answer> => {
    const full = await respond(rt, spec, request, params, pathname);
    return request.method === 'HEAD' ? { ...full, body: null } : full;
  };
  rt.routes.push({
    method: spec.method,
    path: spec.path,
    pattern,
    answer,
    ...(spec.form ? { bodyLimit: { bytes: spec.form.maxBytes, tooLarge: spec.form.tooLarge } } : {}),
  });
  const url = `${rt.baseUrl}${spec.path}`;
  // GET operations take HEAD too; the method is checked below, so http.all costs nothing more.
  const register = spec.method === 'GET' ? http.all : spec.method === 'POST' ? http.post : spec.method === 'PUT' ? http.put : http.delete;
  return register(url, async ({ request, params }) => {
    if (request.method !== spec.method && !(spec.method === 'GET' && request.method === 'HEAD')) return undefined;
    const pathname = new URL(request.url).pathname;
    const below = belowBase(rt.basePath, pathname);
    // msw matches case-insensitively and decodes `%2F`: anything but the exact path falls through.
    if (below === null || !isCanonicalPath(pathname) || !pattern.test(below)) return undefined;
    return toResponse(await answer(request, params, pathname));
  });
}

async function respond<B, Q>(
  rt: Runtime,
  spec: OperationSpec<B, Q>,
  request: Request,
  params: Record<string, string | readonly string[] | undefined>,
  pathname: string,
): Promise<Answer> {
  const store = rt.store;
  const requestId = rt.requestIds.next('req', 20);
  let rateHeaders = idleRateHeaders(rt.rateLimit);
  let replayed = false;
  let result: ApiResult | undefined;
  try {
    const auth = authenticateRequest(rt, request, spec);
    rateHeaders = takeRateLimit(store, auth.bucket, rt.rateLimit).headers;
    const scenario = parseScenario(request.headers.get(SCENARIO_HEADER));
    // The client-gone signal is made only for a scenario that may hold the request.
    if (scenario) await applyFailureScenario(scenario, abortSignalOf(request), rt.timeoutScenarioMs);

    // Everything that refuses a request before it is processed comes first: nothing is kept for it.
    const key = spec.method !== 'GET' && spec.idempotent !== false ? readIdempotencyKey(request) : null;
    const raw = (spec.method === 'POST' || spec.method === 'PUT') && !spec.form ? await readBodyText(request, rt.maxBodyBytes, spec.body !== undefined) : '';
    const input = parseInput(spec, request, params, raw);
    if (spec.form) input.body = await readForm(request, spec.form);

    let idem: IdempotencyRecord | null = null;
    if (key !== null) {
      const printed = spec.form ? await spec.form.fingerprint(input.body) : raw;
      const begun = beginIdempotent(store, auth.subject, key, await fingerprint(spec.method, pathname, printed));
      if (begun.kind === 'replay') {
        replayed = true;
        result = fromStored(begun.response);
      } else {
        idem = begun.record;
      }
    }
    if (!result) {
      let answer: ApiResult;
      try {
        if (scenario?.kind === 'slow') await wait(scenario.ms, abortSignalOf(request));
        answer = await handle(rt, spec, request, requestId, input, auth.actor);
        // Every successful answer says which language its text is in (problems are bilingual).
        if (answer.status < 400) {
          const locale = resolveLocale(request.headers.get('accept-language'), auth.actor.kind === 'wst' ? auth.actor.session.locale : null);
          answer = { ...answer, headers: { 'Content-Language': locale, ...answer.headers } };
        }
      } catch (e) {
        answer = problem(e instanceof ProblemError ? e : unexpected(rt, spec.operationId, e), requestId);
      }
      // A replay answers the first response whole, its Request-Id included (it equals the
      // `requestId` of a replayed problem).
      if (idem) finishIdempotent(store, idem, toStored({ ...answer, headers: { ...answer.headers, 'Request-Id': requestId } }), spec.keepKeyAcrossReset);
      result = answer;
    }
  } catch (e) {
    result = problem(e instanceof ProblemError ? e : unexpected(rt, spec.operationId, e), requestId);
  }
  return finaliseAnswer(rt, request, requestId, result, {
    ...rateHeaders,
    ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  });
}

interface Input<B, Q> {
  params: Record<string, string>;
  query: Q;
  body: B;
  json: unknown;
}

/** Path parameters, query and body, validated (4xx before anything is looked up or kept). */
function parseInput<B, Q>(
  spec: OperationSpec<B, Q>,
  request: Request,
  rawParams: Record<string, string | readonly string[] | undefined>,
  raw: string,
): Input<B, Q> {
  const params: Record<string, string> = {};
  // msw has decoded them; numeric keys are the base URL's `*` wildcards, not path parameters.
  for (const [k, v] of Object.entries(rawParams)) if (typeof v === 'string' && !/^\d+$/.test(k)) params[k] = v;

  if (spec.pathParams) validate(spec.pathParams, params);
  const searchParams = new URL(request.url).searchParams;
  let query = undefined as Q;
  if (spec.query) query = spec.query.parse(searchParams);
  else rejectQuery(searchParams);

  let body = undefined as B;
  let json: unknown = undefined;
  if (spec.body) {
    json = parseJsonBody(raw, request.headers.get('content-type'), spec.body.optional ?? false);
    body = validate(spec.body.schema, json);
  }
  return { params, query, body, json };
}

function handle<B, Q>(
  rt: Runtime,
  spec: OperationSpec<B, Q>,
  request: Request,
  requestId: string,
  { params, query, body, json }: Input<B, Q>,
  actor: Actor,
): ApiResult | Promise<ApiResult> {
  return spec.handle({
    request,
    requestId,
    params,
    body,
    json,
    query,
    actor,
    store: rt.store,
    locale: resolveLocale(request.headers.get('accept-language'), actor.kind === 'wst' ? actor.session.locale : null),
    worker() {
      if (actor.kind !== 'wst') throw new ProblemError(403, 'forbidden_scope', '需要组件会话令牌。 A client token is needed.');
      return actor;
    },
    partner() {
      if (actor.kind !== 'sk') throw new ProblemError(403, 'forbidden_scope', '需要合作方密钥。 The partner secret key is needed.');
      return actor;
    },
  });
}

/** Ends the pipeline before authentication: a problem with Request-Id, idle RateLimit-* and CORS. */
export function earlyAnswer(rt: Runtime, request: Request, error: ProblemError): Answer {
  const requestId = rt.requestIds.next('req', 20);
  return finaliseAnswer(rt, request, requestId, problem(error, requestId), idleRateHeaders(rt.rateLimit));
}

export function early(rt: Runtime, request: Request, error: ProblemError): Response {
  return toResponse(earlyAnswer(rt, request, error));
}
