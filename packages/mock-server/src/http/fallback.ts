/**
 * CORS preflight for every operation path under the base, and 404 / 405 problems for requests under
 * the base that no operation took. Paths that are not under the base exactly (`/x/v1/…`, `/V1/…`)
 * are not the API: these handlers leave them alone (msw passes them on; the node server answers 404).
 */
import { http, type HttpHandler } from 'msw';
import { ProblemError } from '../domain/problem.js';
import { anyPartnerAllowsOrigin, preflightHeaders } from './cors.js';
import { earlyAnswer, finaliseAnswer, toResponse, type Answer, type Runtime } from './pipeline.js';
import { idleRateHeaders } from './rate-limit.js';
import { allowedMethods, belowBase, isCanonicalPath } from './routing.js';

/** The preflight answer for `request` (OPTIONS) at `pathname`, or undefined when it is not an API path. */
export function preflightResolver(rt: Runtime, request: Request, pathname: string): Answer | undefined {
  const below = belowBase(rt.basePath, pathname);
  if (below === null || !isCanonicalPath(pathname)) return undefined;
  const origin = request.headers.get('origin');
  if (origin !== null && !anyPartnerAllowsOrigin(rt.store.partners.values(), origin)) {
    return earlyAnswer(
      rt,
      request,
      new ProblemError(403, 'origin_not_allowed', `来源 ${origin} 未被任何合作方登记。 The origin ${origin} is not registered by any partner.`),
    );
  }
  const requestId = rt.requestIds.next('req', 20);
  const extra = origin !== null ? preflightHeaders(origin) : { Allow: 'GET, HEAD, POST, PUT, DELETE, OPTIONS' };
  return finaliseAnswer(rt, request, requestId, { status: 204, body: null, contentType: null }, { ...idleRateHeaders(rt.rateLimit), ...extra });
}

export function preflightHandler(rt: Runtime): HttpHandler[] {
  const resolver = ({ request }: { request: Request }) => {
    const answer = preflightResolver(rt, request, new URL(request.url).pathname);
    return answer && toResponse(answer);
  };
  return [http.options(`${rt.baseUrl}`, resolver), http.options(`${rt.baseUrl}/*`, resolver)];
}

/** The 405 problem for `method` at `below` (a path below the base), or null when no route is there. */
export function methodNotAllowed(rt: Runtime, method: string, below: string): ProblemError | null {
  const methods = allowedMethods(rt.routes, below);
  if (methods.length === 0) return null;
  const usable = methods.filter((m) => m !== 'OPTIONS').join(', ');
  return new ProblemError(405, 'method_not_allowed', `${method} 不适用于此路径；可用：${usable}。 ${method} is not allowed here; use ${usable}.`, {
    headers: { Allow: methods.join(', ') },
  });
}

/** The 404 or 405 problem for a request under the base that no operation took; undefined when not under it. */
export function fallbackResolver(rt: Runtime, request: Request, pathname: string): Answer | undefined {
  const below = belowBase(rt.basePath, pathname);
  if (below === null) return undefined;
  const notAllowed = isCanonicalPath(pathname) ? methodNotAllowed(rt, request.method, below) : null;
  return earlyAnswer(rt, request, notAllowed ?? new ProblemError(404, 'not_found', `没有 ${pathname} 这个接口。 There is no operation at ${pathname}.`));
}

export function fallbackHandlers(rt: Runtime): HttpHandler[] {
  const resolver = ({ request }: { request: Request }) => {
    const answer = fallbackResolver(rt, request, new URL(request.url).pathname);
    return answer && toResponse(answer);
  };
  return [http.all(`${rt.baseUrl}`, resolver), http.all(`${rt.baseUrl}/*`, resolver)];
}
