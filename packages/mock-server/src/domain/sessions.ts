/** Widget sessions: a partner mints a 15-minute client token for one worker and some components. */
import type { WidgetSessionCreate } from '@unionkit/sdk/types';
import { normaliseMobile } from '@unionkit/sdk/validators';
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
    token: store.ids.next('wst', 32),
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
  store.sessions.set(session.id, session);
  store.tokens.set(session.token, session.id);
  return session;
}
