/**
 * Widget sessions: a partner mints a 15-minute client token for one worker and some components. The
 * token comes from a CSPRNG; expired sessions are dropped as new ones are minted, and past
 * `limits.sessions` the oldest live one is revoked.
 */
import type { WidgetSessionCreate } from '@unionkit/contract';
import { normaliseMobile } from '@unionkit/contract';
import { secureToken } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { Session } from '../store/types.js';
import type { PartnerActor } from './actor.js';
import { fieldError, validationFailed } from './problem.js';

export const SESSION_TTL_MS = 15 * 60 * 1000;

export function createSession(store: Store, actor: PartnerActor, input: WidgetSessionCreate): Session {
  const duplicates = input.components.filter((c, i) => input.components.indexOf(c) !== i);
  if (duplicates.length > 0) {
    throw validationFailed([
      fieldError('components', 'invalid_value', '组件不能重复。 Components must not repeat.'),
    ]);
  }
  const worker = store.ensureWorker(actor.partner.id, input.workerRef);
  const now = store.now();
  const session: Session = {
    id: store.ids.next('ws'),
    token: secureToken('wst', 32),
    partnerId: actor.partner.id,
    workerRef: input.workerRef,
    workerKey: worker.key,
    components: [...input.components],
    locale: input.locale ?? 'zh-CN',
    verifiedMobile: input.verifiedMobile ? normaliseMobile(input.verifiedMobile) : null,
    attestation: input.attestation ? { activeOrdersLast7Days: input.attestation.activeOrdersLast7Days } : null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  };
  dropStaleSessions(store, now);
  store.sessions.set(session.id, session);
  store.tokens.set(session.token, session.id);
  return session;
}

/**
 * An expired session is kept this long, so that its token answers 401 `token_expired` (the widgets
 * then fetch a new one) rather than `unauthenticated`.
 */
export const EXPIRED_SESSION_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Drops sessions expired for longer than the retention, from the oldest (sessions are kept in minting
 * order and all live 15 minutes, so those come first), then the oldest ones while at the cap. O(1)
 * amortised.
 */
function dropStaleSessions(store: Store, now: Date): void {
  for (const oldest of store.sessions.values()) {
    const stale = oldest.expiresAt.getTime() + EXPIRED_SESSION_RETENTION_MS <= now.getTime();
    if (!stale && store.sessions.size < store.limits.sessions) break;
    store.sessions.delete(oldest.id);
    store.tokens.delete(oldest.token);
  }
}
