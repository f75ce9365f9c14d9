// Who the logged-in rider is, in the demo. A real platform knows its rider from its own login; the
// demo keeps a `workerRef` in an HttpOnly cookie, so each browser is its own rider and "start over"
// (POST /api/demo/new-rider) makes a new one: a new workerRef, so a new widget session and nothing
// carried over from the old rider's union business.
import { randomBytes } from 'node:crypto';

export const RIDER_COOKIE = 'unionkit_demo_rider';
/** The rider of a request that carries no cookie (a script calling the back end directly). */
export const DEFAULT_WORKER_REF = 'rider-demo-001';
/** What the demo's rider cookie may hold: one of its own workerRefs, nothing else. */
const WORKER_REF = /^rider-[a-z0-9-]{3,40}$/;

/** A workerRef no one has used: `rider-` and 12 random hex digits. */
export function newWorkerRef() {
  return `rider-${randomBytes(6).toString('hex')}`;
}

/** The workerRef in the request's cookie, if it is a well-formed one. */
export function workerRefFromCookie(req) {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === RIDER_COOKIE) {
      const ref = value.join('=');
      return WORKER_REF.test(ref) ? ref : undefined;
    }
  }
  return undefined;
}

/** The rider of this request (what the partner back end's `currentRider` answers). */
export function currentRider(req) {
  return { workerRef: workerRefFromCookie(req) ?? DEFAULT_WORKER_REF, activeOrdersLast7Days: 42 };
}

/** `Set-Cookie` for `workerRef`: HttpOnly (no script reads it), same-site only, the whole app. */
export function riderCookie(workerRef) {
  return `${RIDER_COOKIE}=${workerRef}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000`;
}
