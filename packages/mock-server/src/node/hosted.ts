/**
 * The union's hosted page on the sandbox's own origin (PRODUCT.md "Hosted mode"): `GET|HEAD /hosted/…`
 * serves the files of the widgets' hosted build (`packages/widgets/dist/hosted/`: `hosted.html`, its
 * script and chunks), so in development the page a partner frames is on another origin than the
 * partner's, as the union's is in production.
 *
 * Only files directly in that folder with a known type are served (no listing, no sub-folders, no
 * dot files). The HTML carries a Content-Security-Policy: scripts and API calls from this origin only
 * (and WeChat's JS-SDK for the mini-program bridge), no inline script, Trusted Types for Lit and that
 * SDK's URL, and `frame-ancestors` limited to the origins the partners
 * registered — a page on any other origin cannot frame it.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Partner } from '../store/types.js';

export const HOSTED_PREFIX = '/hosted/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The hosted page's policy; `ancestors` are the partners' registered origin patterns. */
export function hostedPolicy(ancestors: readonly string[]): string {
  return [
    "default-src 'none'",
    // WeChat's JS-SDK, which the page loads only when asked for the mini-program bridge (widgets' hosted/wechat-sdk.ts).
    "script-src 'self' https://res.wx.qq.com",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors.length > 0 ? ancestors.join(' ') : "'none'"}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html unionkit-wechat',
  ].join('; ');
}

/** Origin patterns that can be a CSP source expression (`https://a.example`, `http://localhost:*`, `capacitor://localhost`). */
const SOURCE = /^[a-z][a-z0-9+.-]*:\/\/(?:\*\.)?[A-Za-z0-9.-]+(?::(?:\d{1,5}|\*))?$/;

export function frameAncestors(partners: Iterable<Partner>): string[] {
  const out = new Set<string>();
  for (const p of partners) for (const o of p.allowedOrigins) if (SOURCE.test(o)) out.add(o);
  return [...out];
}

export interface HostedFile {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/**
 * The answer for `path` (canonical, starting with `/hosted/`) from `dir`, or null when it names no file
 * to serve (the caller answers 404).
 */
export async function hostedFile(dir: string, path: string, partners: Iterable<Partner>): Promise<HostedFile | null> {
  const name = path.slice(HOSTED_PREFIX.length);
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(name)) return null;
  const type = TYPES[name.slice(name.lastIndexOf('.'))];
  if (!type) return null;
  const root = resolve(dir);
  const file = resolve(join(root, name));
  if (!file.startsWith(root + sep)) return null;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return null;
  }
  const headers: Record<string, string> = {
    'content-type': type,
    'content-length': String(body.length),
    'referrer-policy': 'no-referrer',
    // The page and its entry are named without a hash: always revalidated; chunks are content-hashed.
    'cache-control': /\.[0-9A-Za-z_-]{8}\.js$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  // The page itself is framed by partners; its script and chunks are for it alone.
  if (name.endsWith('.html')) headers['content-security-policy'] = hostedPolicy(frameAncestors(partners));
  else headers['cross-origin-resource-policy'] = 'same-origin';
  return { status: 200, headers, body };
}
