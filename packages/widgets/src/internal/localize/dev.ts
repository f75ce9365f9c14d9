/**
 * Development warnings: said once each, and only on a page served from localhost, where a platform's
 * engineer builds the integration — never to the workers who use it.
 */
const warned = new Set<string>();

/** Whether this is development: a page served from localhost (a production page never is). */
export function isDevelopment(): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname);
}

/** Says once, in development (a page served from localhost), what a platform should fix. */
export function devWarn(message: string): void {
  if (warned.has(message) || !isDevelopment()) return;
  warned.add(message);
  console.warn(`UnionKit: ${message}`);
}
