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
}

export type Actor = PartnerActor | WorkerActor;

/** Current privacy-notice version (the contract's); every consent must name it. */
export { NOTICE_VERSION } from '@unionkit/contract';
