/**
 * Every DOM event a UnionKit widget dispatches. All are `CustomEvent`s that bubble and are composed
 * (they cross shadow roots). The host page belongs to the platform, so each event is something the
 * platform learns; what may go out is decided here, once, and enforced by `UnionElement.emit()`:
 *
 * - `host` events tell nothing about the worker's union business and always go out: a widget is
 *   ready, an error (code only), and requests the host must act on (navigate, pay, show the join flow).
 * - `status` events carry membership and coverage status (ids and statuses only) and go out only while
 *   the worker shares their status with the platform: a `share_status_with_platform` consent, read
 *   from `GET /consents`, granted and not withdrawn.
 *
 * Nothing about a job application, an event registration, a help request or which service point was
 * looked at is ever an event, with consent or without. Never a name, ID number, mobile or health data.
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
  UnionPaymentRequiredDetail,
} from './insurance.js';
import type { UnionJoinRequestedDetail } from './join.js';
import type { UnionNavigateDetail } from './service-map.js';
import type { UnionViewChangedDetail } from '../internal/controllers/view-history.js';
import type { UnionOpenUrlDetail as OpenUrlDetail } from '../internal/controllers/open-url.js';

export * from './error.js';
export * from './ready.js';
export * from './membership.js';
export * from './insurance.js';
export * from './join.js';
export * from './service-map.js';

/** Event name → `detail` type. `UnionElement.emit()` only accepts these. */
export interface UnionEventMap {
  'union-error': UnionErrorDetail;
  'union-ready': UnionReadyDetail;
  'union-navigate': UnionNavigateDetail;
  'union-payment-required': UnionPaymentRequiredDetail;
  'union-join-requested': UnionJoinRequestedDetail;
  'union-membership-status': UnionMembershipStatusDetail;
  'union-membership-application-submitted': UnionMembershipApplicationSubmittedDetail;
  'union-membership-application-withdrawn': UnionMembershipApplicationWithdrawnDetail;
  'union-insurance-enrolled': UnionInsuranceEnrolledDetail;
  'union-insurance-cancelled': UnionInsuranceCancelledDetail;
  'union-view-changed': UnionViewChangedDetail;
  'union-open-url': UnionOpenUrlDetail;
}

export type UnionEventName = keyof UnionEventMap;

/** `host`: always sent; `status`: sent only with the worker's `share_status_with_platform` consent. */
export type UnionEventKind = 'host' | 'status';

/** What each event may reveal (see the module comment). A name missing here is a compile error. */
export const UNION_EVENT_KINDS = {
  'union-error': 'host',
  'union-ready': 'host',
  'union-navigate': 'host',
  'union-payment-required': 'host',
  'union-join-requested': 'host',
  'union-membership-status': 'status',
  'union-membership-application-submitted': 'status',
  'union-membership-application-withdrawn': 'status',
  'union-insurance-enrolled': 'status',
  'union-insurance-cancelled': 'status',
  'union-view-changed': 'host',
  'union-open-url': 'host',
} as const satisfies Record<UnionEventName, UnionEventKind>;

/** Events sent only while the worker shares their status with the platform. */
export type UnionStatusEventName = {
  [K in UnionEventName]: (typeof UNION_EVENT_KINDS)[K] extends 'status' ? K : never;
}[UnionEventName];
/** Events that tell the host nothing of the worker's union business. */
export type UnionHostEventName = Exclude<UnionEventName, UnionStatusEventName>;

/** Every event name, at run time (tests and hosts listen to all of them). */
export const UNION_EVENT_NAMES = Object.keys(UNION_EVENT_KINDS) as UnionEventName[];

/**
 * Navigation events, dispatched by every widget for a host that drives it (an app's back button, links
 * opened natively): `union-view-changed` says only whether `back()` can step back; `union-open-url`
 * (cancelable) a hotline, calendar file or route the worker tapped. The hosted page sends them over its
 * bridge as messages of their own (`view-changed`, `open-url`).
 */
export const NAVIGATION_EVENT_NAMES: readonly UnionEventName[] = ['union-view-changed', 'union-open-url'];
export type { UnionViewChangedDetail } from '../internal/controllers/view-history.js';
export type { CalendarEntry, MapDestination } from '../internal/controllers/open-url.js';
/**
 * `union-open-url` (cancelable): `{ kind: 'tel', url, number }`; `{ kind: 'calendar', url, filename }`
 * with the `.ics` text and the event's fields (`CalendarEntry`: the `blob:` URL cannot be fetched by
 * native code); `{ kind: 'map', url, app }` with the point in each map app's system (`MapDestination`).
 */
export type UnionOpenUrlDetail = OpenUrlDetail;
