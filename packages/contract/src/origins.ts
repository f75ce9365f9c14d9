/**
 * Origin patterns a partner registers (`https://rider.example`, `http://localhost:*`,
 * `capacitor://localhost`): the sandbox's CORS and the union's hosted page, which checks the page that
 * frames it, match them the same way.
 */

/**
 * `http://localhost:*` matches `http://localhost` on any port (or none); any other pattern only itself.
 * `null` (what every opaque page sends) matches only the pattern `null`, registered on purpose.
 */
export function originMatches(origin: string, pattern: string): boolean {
  if (pattern === origin) return true;
  if (origin === 'null') return false;
  if (pattern.endsWith(':*')) {
    const base = pattern.slice(0, -2);
    if (origin === base) return true;
    if (origin.startsWith(`${base}:`)) return /^\d{1,5}$/.test(origin.slice(base.length + 1));
  }
  return false;
}
