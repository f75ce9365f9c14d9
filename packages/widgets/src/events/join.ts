/**
 * `union-event-join-requested`: a worker who is not a union member wants a members-only event. The host
 * shows `<union-membership-join>` (or navigates to its join page); the widget itself opens nothing.
 * Which event it was stays in the widget.
 */
export const UNION_EVENT_JOIN_REQUESTED = 'union-event-join-requested';
export interface UnionEventJoinRequestedDetail {
  /** Why joining is needed. */
  reason: 'not_a_member';
}
export type UnionEventJoinRequestedEvent = CustomEvent<UnionEventJoinRequestedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-event-join-requested': UnionEventJoinRequestedEvent;
  }
}
