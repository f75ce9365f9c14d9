/**
 * Whether the page framing the hosted page may have its messages: the origin it claims (`origin=`)
 * must be one its partner registered (the API says which, for this very token), and — where the
 * browser tells (`location.ancestorOrigins`) — every page above must be registered, the nearest being
 * exactly the one claimed. An attacker's page cannot pass: it is not registered, and claiming a
 * registered origin only sends the messages to that origin, which it is not.
 *
 * An app's own pages may have an origin a `postMessage` target cannot name: an app scheme
 * (`capacitor://localhost`, `ionic://localhost`; opaque by the URL standard) or `null` (a `file://` or
 * sandboxed page). Such a parent is trusted only where the browser confirms it is the parent (the nearest
 * ancestor equals the claim), and `null` only when registered as `null` — no pattern stands for it. The
 * messages then go to `*`, which reaches that parent alone: the frame's parent cannot change while the
 * frame lives (a parent that navigates takes the frame with it).
 */
import { originMatches } from '@unionkit/contract';

export type ParentVerdict = 'ok' | 'no-origin' | 'not-registered' | 'not-the-parent' | 'unconfirmed';

/** An origin a `postMessage` target can name: `http(s)://host[:port]`. Anything else is opaque to it. */
export function isTupleOrigin(origin: string): boolean {
  return /^https?:\/\//.test(origin);
}

export function checkParent(o: { claimed: string | null; allowedOrigins: readonly string[]; ancestorOrigins?: readonly string[] | undefined }): ParentVerdict {
  const { claimed, allowedOrigins, ancestorOrigins } = o;
  if (!claimed) return 'no-origin';
  const registered = (origin: string) => allowedOrigins.some((pattern) => originMatches(origin, pattern));
  if (!registered(claimed)) return 'not-registered';
  if (ancestorOrigins && ancestorOrigins.length > 0) {
    if (ancestorOrigins[0] !== claimed) return 'not-the-parent';
    if (!ancestorOrigins.every(registered)) return 'not-registered';
  } else if (!isTupleOrigin(claimed)) {
    return 'unconfirmed';
  }
  return 'ok';
}

/** Where messages to a parent `checkParent` accepted are posted: its origin, or `*` for an opaque one. */
export function postTarget(parentOrigin: string): string {
  return isTupleOrigin(parentOrigin) ? parentOrigin : '*';
}
