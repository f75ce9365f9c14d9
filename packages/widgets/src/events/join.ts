/**
 * `union-join-requested`: a worker who is not a union member asked for something only members get (a
 * members-only plan in <union-insurance-enrol>, a members-only event in <union-event-signup>). The host
 * shows `<union-membership-join>` (or navigates to its join page); the widget itself opens nothing.
 * Which plan or event it was stays in the widget (a plan can hint at health, an event at a dispute);
 * the event's target says which widget asked.
 */
export const UNION_JOIN_REQUESTED = 'union-join-requested';
export interface UnionJoinRequestedDetail {
  /** Why joining is needed. */
  reason: 'not_a_member';
}
export type UnionJoinRequestedEvent = CustomEvent<UnionJoinRequestedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-join-requested': UnionJoinRequestedEvent;
  }
}
