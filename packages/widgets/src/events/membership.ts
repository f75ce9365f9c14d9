import type { MembershipApplicationStatus, MembershipStatus } from '@unionkit/sdk/types';

/**
 * Membership status. Every event here is sent only while the worker shares their status with the
 * platform (consent `share_status_with_platform`, read from `GET /consents`); otherwise the host hears
 * nothing of it.
 */

/** `union-membership-application-submitted`: the worker submitted a membership application. */
export const UNION_MEMBERSHIP_APPLICATION_SUBMITTED = 'union-membership-application-submitted';
export interface UnionMembershipApplicationSubmittedDetail {
  applicationId: string;
  /** The application's status; a status the API added after this build passes through as it came. */
  status: MembershipApplicationStatus | (string & {});
}
export type UnionMembershipApplicationSubmittedEvent = CustomEvent<UnionMembershipApplicationSubmittedDetail>;

/** `union-membership-application-withdrawn`: the worker withdrew an open application. */
export const UNION_MEMBERSHIP_APPLICATION_WITHDRAWN = 'union-membership-application-withdrawn';
export interface UnionMembershipApplicationWithdrawnDetail {
  applicationId: string;
  /** The application's status; a status the API added after this build passes through as it came. */
  status: MembershipApplicationStatus | (string & {});
}
export type UnionMembershipApplicationWithdrawnEvent = CustomEvent<UnionMembershipApplicationWithdrawnDetail>;

/**
 * `union-membership-status`: what the widget found about the worker's membership. `none` means not a
 * member and no open application; `application` carries the open application's status.
 */
export const UNION_MEMBERSHIP_STATUS = 'union-membership-status';
export interface UnionMembershipStatusDetail {
  /** A membership status the API added after this build passes through as it came. */
  status: MembershipStatus | 'none' | 'application_open' | (string & {});
  applicationId?: string;
  applicationStatus?: MembershipApplicationStatus | (string & {});
}
export type UnionMembershipStatusEvent = CustomEvent<UnionMembershipStatusDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-membership-application-submitted': UnionMembershipApplicationSubmittedEvent;
    'union-membership-application-withdrawn': UnionMembershipApplicationWithdrawnEvent;
    'union-membership-status': UnionMembershipStatusEvent;
  }
}
