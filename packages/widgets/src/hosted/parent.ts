/**
 * Whether the page framing the hosted page may have its messages: the origin it claims (`origin=`)
 * must be one its partner registered (the API says which, for this very token), and — where the
 * browser tells (`location.ancestorOrigins`) — every page above must be registered, the nearest being
 * exactly the one claimed. An attacker's page cannot pass: it is not registered, and claiming a
 * registered origin only sends the messages to that origin, which it is not.
 */
import { originMatches } from '@unionkit/contract';

export type ParentVerdict = 'ok' | 'no-origin' | 'not-registered' | 'not-the-parent';

export function checkParent(o: { claimed: string | null; allowedOrigins: readonly string[]; ancestorOrigins?: readonly string[] | undefined }): ParentVerdict {
  const { claimed, allowedOrigins, ancestorOrigins } = o;
  if (!claimed) return 'no-origin';
  const registered = (origin: string) => allowedOrigins.some((pattern) => originMatches(origin, pattern));
  if (!registered(claimed)) return 'not-registered';
  if (ancestorOrigins && ancestorOrigins.length > 0) {
    if (ancestorOrigins[0] !== claimed) return 'not-the-parent';
    if (!ancestorOrigins.every(registered)) return 'not-registered';
  }
  return 'ok';
}
