/**
 * Exact routing. The API lives at `<base>/…` (`/v1/…`) and nowhere else: the base is matched
 * case-sensitively, and a path with an empty, `.` or `..` segment, an encoded `/`, `\` or dot segment,
 * a backslash or a trailing slash is no operation's path (404), so a proxy rule on `/v1/sandbox/*`
 * cannot be walked around with `//v1/…`, `/V1/…`, `/x/../v1/…` or `%2F`.
 */
import type { ProblemError } from '../domain/problem.js';
import type { Answer, Method } from './pipeline.js';

/** Every method the API knows; anything else is 405 wherever it is sent. */
export const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'] as const;
const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export interface Route {
  method: Method;
  /** msw syntax below the base: `/events/:id`. */
  path: string;
  /** Matches the path below the base (`/events/evt_1`). */
  pattern: RegExp;
  /** Answers a request already matched to this route (exact path, its method or HEAD for GET). */
  answer?: (request: Request, params: Record<string, string>, pathname: string) => Promise<Answer>;
  /** A body limit of the route's own (a multipart upload), instead of the sandbox's `maxBodyBytes`. */
  bodyLimit?: { bytes: number; tooLarge: () => ProblemError };
}

/** A route found for a request, with its path parameters decoded. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Routes grouped by segment count and first segment (`2 events`), in registration order. */
type RouteIndex = Map<string, { route: Route; segments: string[] }[]>;

const indexes = new WeakMap<readonly Route[], { size: number; index: RouteIndex }>();

const indexKey = (segments: readonly string[]): string => `${segments.length} ${segments[0] ?? ''}`;

function indexOf(routes: readonly Route[]): RouteIndex {
  const cached = indexes.get(routes);
  if (cached && cached.size === routes.length) return cached.index;
  const index: RouteIndex = new Map();
  for (const route of routes) {
    const segments = route.path.split('/').slice(1);
    const key = indexKey(segments);
    let bucket = index.get(key);
    if (!bucket) index.set(key, (bucket = []));
    bucket.push({ route, segments });
  }
  indexes.set(routes, { size: routes.length, index });
  return index;
}

/**
 * The first route (in registration order, as msw would try them) for `method` at `below`, a
 * canonical path below the base; GET routes take HEAD too. One map lookup by segment count and first
 * segment, then the few routes there. Parameters are decoded like msw's (`decodeURIComponent`: a
 * malformed escape throws `URIError`).
 */
export function matchRoute(routes: readonly Route[], method: string, below: string): RouteMatch | null {
  const parts = below.split('/').slice(1);
  const bucket = indexOf(routes).get(indexKey(parts));
  if (!bucket) return null;
  for (const { route, segments } of bucket) {
    if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const seg = segments[i]!;
      if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(parts[i]!);
      else ok = seg === parts[i];
    }
    if (ok) return { route, params };
  }
  return null;
}

/** The path prefix of the API in a base URL: `*\/v1` → `/v1`, `http://localhost:4010/v1` → `/v1`. */
export function basePathOf(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (trimmed.startsWith('*')) return trimmed.slice(1);
  try {
    return new URL(trimmed).pathname.replace(/\/+$/, '');
  } catch {
    return trimmed;
  }
}

/** True when `pathname` (still percent-encoded) has only plain segments and no trailing slash. */
export function isCanonicalPath(pathname: string): boolean {
  if (!pathname.startsWith('/') || pathname.includes('//') || pathname.includes('\\')) return false;
  if (pathname.length > 1 && pathname.endsWith('/')) return false;
  if (/%(2f|5c)/i.test(pathname)) return false;
  for (const segment of pathname.split('/')) {
    const decoded = segment.replace(/%2e/gi, '.');
    if (decoded === '.' || decoded === '..') return false;
  }
  return true;
}

/** What follows the base in `pathname` (`/v1/events` → `/events`, `/v1` → ``), or null when it is not under it. */
export function belowBase(basePath: string, pathname: string): string | null {
  if (pathname === basePath) return '';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}

/** `/events/:id` → a pattern for `/events/<one segment>`, nothing more. */
export function routePattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/** The methods of the routes matching `below`, HEAD beside GET, OPTIONS last; empty when none matches. */
export function allowedMethods(routes: readonly Route[], below: string): string[] {
  const methods = new Set<string>();
  for (const { route: r } of indexOf(routes).get(indexKey(below.split('/').slice(1))) ?? []) {
    if (!r.pattern.test(below)) continue;
    methods.add(r.method);
    if (r.method === 'GET') methods.add('HEAD');
  }
  if (methods.size === 0) return [];
  methods.add('OPTIONS');
  return ORDER.filter((m) => methods.has(m));
}
