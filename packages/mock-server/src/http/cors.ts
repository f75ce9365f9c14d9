/**
 * CORS for widget pages. An allowed origin (one a partner registered; the sandbox's partner:
 * `http://localhost:*`, `http://127.0.0.1:*`) gets `Access-Control-Allow-Origin: <origin>`; any other
 * origin gets no CORS headers, and its preflight 403 `origin_not_allowed`. Patterns match by the
 * contract's `originMatches` (`http://localhost:*`: any port), as the union's hosted page matches them.
 */
import { originMatches } from '@unionkit/contract';
import type { Partner } from '../store/types.js';

export const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, UnionKit-Sandbox-Scenario';
export const EXPOSED_HEADERS =
  'Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Idempotent-Replayed';
export const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';

export function partnerAllowsOrigin(partner: Partner, origin: string): boolean {
  return partner.allowedOrigins.some((p) => originMatches(origin, p));
}

export function anyPartnerAllowsOrigin(partners: Iterable<Partner>, origin: string): boolean {
  for (const p of partners) if (partnerAllowsOrigin(p, origin)) return true;
  return false;
}

/** Headers for a response to a request from `origin`, if allowed. */
export function corsHeaders(origin: string | null, allowed: boolean): Record<string, string> {
  if (!origin || !allowed) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

export function preflightHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}
