/**
 * Turns an operation (path, credential, body schema, query reader, and a thin handler) into an msw
 * handler that runs the whole pipeline, in this order: Request-Id → authentication (credential kind,
 * origin, component scope) → rate limit → sandbox scenario → idempotency → query and body validation →
 * the domain → headers (Request-Id, RateLimit-*, CORS).
 */
import { http, type HttpHandler } from 'msw';
import type { Component, Locale } from '@unionkit/sdk/types';
import type { Actor, PartnerActor, WorkerActor } from '../domain/actor.js';
import { resolveLocale } from '../domain/locale.js';
import { ProblemError } from '../domain/problem.js';
import type { IdGenerator } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { IdempotencyRecord, StoredResponse } from '../store/types.js';
import { authenticate, type CredentialKind } from './auth.js';
import { parseJsonBody } from './body.js';
import { anyPartnerAllowsOrigin, corsHeaders } from './cors.js';
import { beginIdempotent, finishIdempotent, fingerprint, readIdempotencyKey } from './idempotency.js';
import { rejectQuery, type QuerySpec } from './query.js';
import { idleRateHeaders, takeRateLimit, type RateLimitOptions } from './rate-limit.js';
import { problem, type ApiResult } from './result.js';
import { applyFailureScenario, parseScenario, SCENARIO_HEADER, wait } from './scenarios.js';
import { validate, type Parser } from './validation.js';

export type Method = 'GET' | 'POST' | 'DELETE';

/** What every handler of one sandbox shares. */
export interface Runtime {
  store: Store;
  /** msw URL prefix of `/v1`: `*\/v1` (any origin) or e.g. `http://localhost:4010/v1`. */
  baseUrl: string;
  rateLimit: RateLimitOptions;
  timeoutScenarioMs: number;
  requestIds: IdGenerator;
  /** Every route, for 405 answers. */
  routes: { method: Method; path: string; pattern: RegExp }[];
}

export interface OperationContext<B, Q> {
  request: Request;
  requestId: string;
  params: Record<string, string>;
  body: B;
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
  /** Creates: honour `Idempotency-Key`. */
  idempotent?: boolean;
  body?: { schema: Parser<B>; optional?: boolean };
  /** The generated `zXxxPath` schema: path parameters are validated (422) before anything is looked up. */
  pathParams?: Parser<unknown>;
  /** The query (limit/cursor and filters); without it any query parameter is rejected. */
  query?: QuerySpec<Q>;
  handle(ctx: OperationContext<B, Q>): ApiResult | Promise<ApiResult>;
}

export function routePattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** Everything after `/v1` of a request path, or null when the path is not under `/v1`. */
export function pathBelowV1(pathname: string): string | null {
  const i = pathname.indexOf('/v1');
  if (i < 0) return null;
  const rest = pathname.slice(i + 3);
  return rest === '' || rest.startsWith('/') ? rest : null;
}

export function finalise(
  rt: Runtime,
  request: Request,
  requestId: string,
  result: ApiResult,
  extra: Record<string, string> = {},
): Response {
  const origin = request.headers.get('origin');
  const allowed = origin !== null && anyPartnerAllowsOrigin(rt.store.partners.values(), origin);
  const headers = new Headers();
  headers.set('Request-Id', requestId);
  headers.set('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  for (const [k, v] of Object.entries(corsHeaders(origin, allowed))) headers.set(k, v);
  if (result.contentType) headers.set('Content-Type', result.contentType);
  for (const [k, v] of Object.entries(result.headers ?? {})) headers.set(k, v);
  return new Response(result.body, { status: result.status, headers });
}

function toStored(result: ApiResult): StoredResponse {
  return {
    status: result.status,
    headers: { ...(result.headers ?? {}), ...(result.contentType ? { 'Content-Type': result.contentType } : {}) },
    body: result.body,
  };
}

function fromStored(stored: StoredResponse): ApiResult {
  const { 'Content-Type': contentType, ...headers } = stored.headers;
  return { status: stored.status, body: stored.body, contentType: contentType ?? null, headers };
}

function unexpected(error: unknown): ProblemError {
  console.error('[unionkit-mock] unexpected error', error);
  return new ProblemError(500, 'server_error', '沙箱内部错误。 Unexpected sandbox error.');
}

export function operation<B = undefined, Q = undefined>(rt: Runtime, spec: OperationSpec<B, Q>): HttpHandler {
  rt.routes.push({ method: spec.method, path: spec.path, pattern: routePattern(spec.path) });
  const url = `${rt.baseUrl}${spec.path}`;
  const method = spec.method === 'GET' ? http.get : spec.method === 'POST' ? http.post : http.delete;

  return method(url, async ({ request, params }) => {
    const store = rt.store;
    const requestId = rt.requestIds.next('req', 20);
    let rateHeaders = idleRateHeaders(rt.rateLimit);
    let replayed = false;
    let result: ApiResult;
    try {
      const auth = authenticate(store, request, { credential: spec.credential, components: spec.components });
      rateHeaders = takeRateLimit(store, auth.bucket, rt.rateLimit).headers;
      const scenario = parseScenario(request.headers.get(SCENARIO_HEADER));
      await applyFailureScenario(scenario, request.signal, rt.timeoutScenarioMs);

      const raw = spec.method === 'POST' ? await request.text() : '';
      const pathname = new URL(request.url).pathname;
      let idem: IdempotencyRecord | null = null;
      let replay: ApiResult | null = null;
      if (spec.idempotent) {
        const key = readIdempotencyKey(request);
        if (key !== null) {
          const begun = beginIdempotent(store, auth.subject, key, fingerprint(spec.method, pathname, raw));
          if (begun.kind === 'replay') replay = fromStored(begun.response);
          else idem = begun.record;
        }
      }
      if (replay) {
        replayed = true;
        result = replay;
      } else {
        try {
          if (scenario?.kind === 'slow') await wait(scenario.ms, request.signal);
          result = await run(rt, spec, request, requestId, params, raw, auth.actor);
          // Every successful answer says which language its text is in (problems are bilingual).
          if (result.status < 400) {
            const locale = resolveLocale(request.headers.get('accept-language'), auth.actor.kind === 'wst' ? auth.actor.session.locale : null);
            result = { ...result, headers: { 'Content-Language': locale, ...result.headers } };
          }
        } catch (e) {
          result = problem(e instanceof ProblemError ? e : unexpected(e), requestId);
        }
        // A replay answers the first response whole, its Request-Id included (it equals the
        // `requestId` of a replayed problem).
        if (idem) finishIdempotent(store, idem, toStored({ ...result, headers: { ...result.headers, 'Request-Id': requestId } }));
      }
    } catch (e) {
      result = problem(e instanceof ProblemError ? e : unexpected(e), requestId);
    }
    return finalise(rt, request, requestId, result, {
      ...rateHeaders,
      ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    });
  });
}

async function run<B, Q>(
  rt: Runtime,
  spec: OperationSpec<B, Q>,
  request: Request,
  requestId: string,
  rawParams: Record<string, string | readonly string[] | undefined>,
  raw: string,
  actor: Actor,
): Promise<ApiResult> {
  const params: Record<string, string> = {};
  // msw has decoded them; numeric keys are the base URL's `*` wildcards, not path parameters.
  for (const [k, v] of Object.entries(rawParams)) if (typeof v === 'string' && !/^\d+$/.test(k)) params[k] = v;

  if (spec.pathParams) validate(spec.pathParams, params);
  const searchParams = new URL(request.url).searchParams;
  let query = undefined as Q;
  if (spec.query) query = spec.query.parse(searchParams);
  else rejectQuery(searchParams);

  let body = undefined as B;
  if (spec.body) {
    const value = parseJsonBody(raw, request.headers.get('content-type'), spec.body.optional ?? false);
    body = validate(spec.body.schema, value);
  }
  return spec.handle({
    request,
    requestId,
    params,
    body,
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
export function early(rt: Runtime, request: Request, error: ProblemError): Response {
  const requestId = rt.requestIds.next('req', 20);
  return finalise(rt, request, requestId, problem(error, requestId), idleRateHeaders(rt.rateLimit));
}
