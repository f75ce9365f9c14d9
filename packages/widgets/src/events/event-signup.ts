import type { RegistrationStatus } from '@unionkit/sdk/types';

/** `union-event-registered`: the worker signed up for an event (confirmed or waitlisted). */
export const UNION_EVENT_REGISTERED = 'union-event-registered';
export interface UnionEventRegisteredDetail {
  registrationId: string;
  eventId: string;
  status: RegistrationStatus;
}
export type UnionEventRegisteredEvent = CustomEvent<UnionEventRegisteredDetail>;

/** `union-event-registration-cancelled`: the worker cancelled a registration. */
export const UNION_EVENT_REGISTRATION_CANCELLED = 'union-event-registration-cancelled';
export interface UnionEventRegistrationCancelledDetail {
  registrationId: string;
  eventId: string;
  status: RegistrationStatus;
}
export type UnionEventRegistrationCancelledEvent = CustomEvent<UnionEventRegistrationCancelledDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-event-registered': UnionEventRegisteredEvent;
    'union-event-registration-cancelled': UnionEventRegistrationCancelledEvent;
  }
}
