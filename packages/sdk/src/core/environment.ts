/**
 * Where the SDK runs. A secret key (`sk_…`) must stay on a server: in a page or a web worker any
 * visitor could read it. Browser-like means any of `window`, `document`, `self`, `WorkerGlobalScope`
 * or `importScripts` (a page, a dedicated/shared/service worker, a simulated DOM). Server runtimes
 * that define some of these themselves (Deno, Bun, Cloudflare Workers, Vercel's Edge Runtime) are
 * servers.
 */
const BROWSER_GLOBALS = ['window', 'document', 'self', 'WorkerGlobalScope', 'importScripts'] as const;

export function isBrowserLike(scope: object = globalThis): boolean {
  const g = scope as Record<string, unknown> & { navigator?: { userAgent?: unknown } };
  if (g['Deno'] !== undefined || g['Bun'] !== undefined) return false;
  if (typeof g['EdgeRuntime'] === 'string') return false;
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return false;
  return BROWSER_GLOBALS.some((name) => g[name] !== undefined);
}
