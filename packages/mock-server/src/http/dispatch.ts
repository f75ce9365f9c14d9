/**
 * The sandbox's routes answered without msw's matching, for the node server: msw tries every handler
 * in turn, compiling its path pattern and parsing the request's cookies each time; here one map lookup
 * by segment count and first segment finds the route (`./routing.ts`). The answer is the same as
 * through `sandbox.handlers`: preflight for OPTIONS, the operation, else the 404 / 405 fallback.
 * Only for the default any-origin base URL (`*\/v1`): a base URL with an origin is left to msw, which
 * compares the origin too.
 */
import { fallbackResolver, preflightResolver } from './fallback.js';
import type { Answer, Runtime } from './pipeline.js';
import { belowBase, isCanonicalPath, matchRoute } from './routing.js';

/** Whether `dispatch` answers for this sandbox (its base URL takes any origin). */
export function canDispatch(rt: Runtime): boolean {
  return rt.baseUrl.startsWith('*');
}

/**
 * The sandbox's answer to `request` (`toResponse()` makes it the `Response` msw would give), or
 * undefined when the path is not under the base. Throws `URIError` for a malformed percent-escape in
 * the path, as msw's matching does.
 */
export async function dispatch(rt: Runtime, request: Request): Promise<Answer | undefined> {
  const pathname = new URL(request.url).pathname;
  const below = belowBase(rt.basePath, pathname);
  if (below === null) return undefined;
  decodeURIComponent(pathname);
  if (request.method === 'OPTIONS') {
    const preflight = preflightResolver(rt, request, pathname);
    if (preflight) return preflight;
  } else if (isCanonicalPath(pathname)) {
    const found = matchRoute(rt.routes, request.method, below);
    if (found?.route.answer) return found.route.answer(request, found.params, pathname);
  }
  return fallbackResolver(rt, request, pathname);
}
