/**
 * Every DOM event a UnionKit widget dispatches. All are `CustomEvent`s that bubble and are composed
 * (they cross shadow roots), and their `detail` holds ids and statuses only: never a name, resident ID
 * number, mobile number, health or job-application content.
 */
import type { UnionErrorDetail } from './error.js';
import type { UnionReadyDetail } from './ready.js';
import type {
  UnionMembershipApplicationSubmittedDetail,
  UnionMembershipApplicationWithdrawnDetail,
  UnionMembershipStatusDetail,
} from './membership.js';
import type {
  UnionInsuranceCancelledDetail,
  UnionInsuranceEnrolledDetail,
  UnionInsuranceJoinRequestedDetail,
} from './insurance.js';
import type { UnionEventRegisteredDetail, UnionEventRegistrationCancelledDetail } from './event-signup.js';
import type { UnionJobApplicationWithdrawnDetail, UnionJobAppliedDetail } from './jobs.js';
import type { UnionNavigateDetail, UnionServicePointSelectedDetail } from './service-map.js';

export * from './error.js';
export * from './ready.js';
export * from './membership.js';
export * from './insurance.js';
export * from './event-signup.js';
export * from './jobs.js';
export * from './service-map.js';

/** Event name → `detail` type. `UnionElement.emit()` only accepts these. */
export interface UnionEventMap {
  'union-error': UnionErrorDetail;
  'union-ready': UnionReadyDetail;
  'union-membership-application-submitted': UnionMembershipApplicationSubmittedDetail;
  'union-membership-application-withdrawn': UnionMembershipApplicationWithdrawnDetail;
  'union-membership-status': UnionMembershipStatusDetail;
  'union-insurance-enrolled': UnionInsuranceEnrolledDetail;
  'union-insurance-cancelled': UnionInsuranceCancelledDetail;
  'union-insurance-join-requested': UnionInsuranceJoinRequestedDetail;
  'union-event-registered': UnionEventRegisteredDetail;
  'union-event-registration-cancelled': UnionEventRegistrationCancelledDetail;
  'union-job-applied': UnionJobAppliedDetail;
  'union-job-application-withdrawn': UnionJobApplicationWithdrawnDetail;
  'union-service-point-selected': UnionServicePointSelectedDetail;
  'union-navigate': UnionNavigateDetail;
}

export type UnionEventName = keyof UnionEventMap;

/** Every event name, at run time (tests listen to all of them). Keep in step with `UnionEventMap`. */
export const UNION_EVENT_NAMES = [
  'union-error',
  'union-ready',
  'union-membership-application-submitted',
  'union-membership-application-withdrawn',
  'union-membership-status',
  'union-insurance-enrolled',
  'union-insurance-cancelled',
  'union-insurance-join-requested',
  'union-event-registered',
  'union-event-registration-cancelled',
  'union-job-applied',
  'union-job-application-withdrawn',
  'union-service-point-selected',
  'union-navigate',
] as const satisfies readonly UnionEventName[];

// A compile error here means UNION_EVENT_NAMES misses a name of UnionEventMap.
type _AllNamesListed = Exclude<UnionEventName, (typeof UNION_EVENT_NAMES)[number]> extends never ? true : never;
const _allNamesListed: _AllNamesListed = true;
void _allNamesListed;
