/** Who is calling: a partner's server (secret key) or one worker through a widget session. */
import type { Partner, Session } from '../store/types.js';

export interface PartnerActor {
  kind: 'sk';
  partner: Partner;
}

export interface WorkerActor {
  kind: 'wst';
  partner: Partner;
  session: Session;
  workerKey: string;
  workerRef: string;
  /** Present for a union token (`ust_…`): the mobile whose SMS code opened it. */
  union?: { mobile: string };
}

export type Actor = PartnerActor | WorkerActor;

/**
 * Whether `actor` may act on a record of the worker `workerKey` (sandbox decisions and payments): a
 * secret key for any worker of its partner, a client token for its own worker only.
 */
export function actorReaches(actor: Actor, worker: { key: string; partnerId: string } | undefined): boolean {
  if (!worker) return false;
  return actor.kind === 'sk' ? worker.partnerId === actor.partner.id : worker.key === actor.workerKey;
}

/** Current privacy-notice version (the contract's); every consent must name it. */
export { NOTICE_VERSION } from '@unionkit/contract';
