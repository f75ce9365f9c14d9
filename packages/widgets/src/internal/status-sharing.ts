/**
 * Whether the worker lets the platform learn their membership and coverage status: the latest
 * `share_status_with_platform` consent in `GET /consents` exists and is not withdrawn (the rule the API
 * applies to webhooks and `GET /workers/{workerRef}/status`).
 *
 * Read when a status event is about to go out, once per client, and read again after the worker acted
 * (`statusSharingChanged`: a join submit, an enrolment with the consent, a consent withdrawn). Any
 * failure counts as "not shared": an event the worker may not have agreed to is never sent on a guess.
 */
import { Consents, type UnionCore } from '@unionkit/sdk';
import { use } from './api.js';

const PURPOSE = 'share_status_with_platform';
const cache = new WeakMap<UnionCore, Promise<boolean>>();

/** Whether status events may go out for the worker of `client` (cached per client). */
export function sharesStatus(client: UnionCore): Promise<boolean> {
  let shared = cache.get(client);
  if (!shared) {
    const read = (async () => {
      let latest: { grantedAt: string; withdrawnAt?: string | null | undefined } | undefined;
      for await (const c of use(client, Consents).list({ limit: 100 })) {
        if (c.purpose === PURPOSE && (!latest || Date.parse(c.grantedAt) >= Date.parse(latest.grantedAt))) latest = c;
      }
      return !!latest && !latest.withdrawnAt;
    })();
    shared = read.catch(() => {
      // Not known: not shared this time, and asked again next time.
      if (cache.get(client) === shared) cache.delete(client);
      return false;
    });
    cache.set(client, shared);
  }
  return shared;
}

/** Forgets what is known for `client`: the worker may have granted or withdrawn the consent. */
export function statusSharingChanged(client: UnionCore): void {
  cache.delete(client);
}
