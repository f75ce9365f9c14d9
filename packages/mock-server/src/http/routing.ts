/**
 * Exact routing. The API lives at `<base>/…` (`/v1/…`) and nowhere else: the base is matched
 * case-sensitively, and a path with an empty, `.` or `..` segment, an encoded `/`, `\` or dot segment,
 * a backslash or a trailing slash is no operation's path (404), so a proxy rule on `/v1/sandbox/*`
 * cannot be walked around with `//v1/…`, `/V1/…`, `/x/../v1/…` or `%2F`.
 */
import type { Method } from './pipeline.js';

/** Every method the API knows; anything else is 405 wherever it is sent. */
export const API_METHODS = ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'] as const;
const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export interface Route {
  method: Method;
  /** msw syntax below the base: `/events/:id`. */
  path: string;
  /** Matches the path below the base (`/events/evt_1`). */
  pattern: RegExp;
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
  for (const r of routes) {
    if (!r.pattern.test(below)) continue;
    methods.add(r.method);
    if (r.method === 'GET') methods.add('HEAD');
  }
  if (methods.size === 0) return [];
  methods.add('OPTIONS');
  return ORDER.filter((m) => methods.has(m));
}
