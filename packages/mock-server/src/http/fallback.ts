/** CORS preflight for every `/v1` path, and 404 / 405 problems for requests no operation matched. */
import { http, type HttpHandler } from 'msw';
import { ProblemError } from '../domain/problem.js';
import { anyPartnerAllowsOrigin, preflightHeaders } from './cors.js';
import { early, finalise, pathBelowV1, type Runtime } from './pipeline.js';
import { idleRateHeaders } from './rate-limit.js';

export function preflightHandler(rt: Runtime): HttpHandler[] {
  const resolver = ({ request }: { request: Request }) => {
    const origin = request.headers.get('origin');
    if (origin !== null && !anyPartnerAllowsOrigin(rt.store.partners.values(), origin)) {
      return early(
        rt,
        request,
        new ProblemError(403, 'origin_not_allowed', `来源 ${origin} 未被任何合作方登记。 The origin ${origin} is not registered by any partner.`),
      );
    }
    const requestId = rt.requestIds.next('req', 20);
    const extra = origin !== null ? preflightHeaders(origin) : { Allow: 'GET, POST, DELETE, OPTIONS' };
    return finalise(rt, request, requestId, { status: 204, body: null, contentType: null }, { ...idleRateHeaders(rt.rateLimit), ...extra });
  };
  return [http.options(`${rt.baseUrl}`, resolver), http.options(`${rt.baseUrl}/*`, resolver)];
}

export function fallbackHandlers(rt: Runtime): HttpHandler[] {
  const resolver = ({ request }: { request: Request }) => {
    const below = pathBelowV1(new URL(request.url).pathname) ?? '';
    const methods = [...new Set(rt.routes.filter((r) => r.pattern.test(below)).map((r) => r.method))];
    if (methods.length > 0) {
      return early(
        rt,
        request,
        new ProblemError(405, 'method_not_allowed', `${request.method} 不适用于此路径；可用：${methods.join(', ')}。 ${request.method} is not allowed here; use ${methods.join(', ')}.`, {
          headers: { Allow: [...methods, 'OPTIONS'].join(', ') },
        }),
      );
    }
    return early(rt, request, new ProblemError(404, 'not_found', `没有 ${below || '/'} 这个接口。 There is no operation at /v1${below}.`));
  };
  return [http.all(`${rt.baseUrl}`, resolver), http.all(`${rt.baseUrl}/*`, resolver)];
}
