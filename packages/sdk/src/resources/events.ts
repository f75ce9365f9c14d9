import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import {
  zEvent,
  zEventList,
  zEventRegistration,
  zEventRegistrationCreate,
  zEventRegistrationList,
} from '@unionkit/contract/schemas';
import type { Event, EventRegistration, EventRegistrationCreate } from '@unionkit/contract';
import type { ListParams, QueryOf } from './shared.js';

/** `category`, `from`, `to` (RFC 3339, or a `Date`), `district`, `limit`, `cursor`. */
export type EventListParams = Omit<QueryOf<'listEvents'>, 'from' | 'to'> & {
  from?: string | Date;
  to?: string | Date;
};

/** Union events: legal sessions, culture, sport, health, matchmaking, family, skills. */
export class Events extends APIResource {
  /** `GET /events`. */
  list(params: EventListParams = {}, options?: RequestOptions): PagePromise<Event> {
    return this._client.list({ path: path`/events`, query: { ...params }, response: zEventList }, options);
  }

  /** `GET /events/{id}`. */
  retrieve(id: string, options?: RequestOptions): Promise<Event> {
    return this._client.request({ method: 'GET', path: path`/events/${id}`, response: zEvent }, options);
  }

  /** `GET /events/{id}/calendar.ics`: the event as iCalendar text, for "add to calendar". */
  calendar(id: string, options?: RequestOptions): Promise<string> {
    return this._client.requestText(
      { method: 'GET', path: path`/events/${id}/calendar.ics`, accept: 'text/calendar', expect: /^BEGIN:VCALENDAR\r?\n/ },
      options,
    );
  }

  /**
   * `POST /events/{id}/registrations`: `confirmed`, or `waitlisted` with a position. A family event
   * (one with `maxCompanions`) takes `{ companions: [{ relation, birthYear }] }` (no names); places
   * count the whole party (`people`), and a party too large for the places left waits as one.
   */
  register(eventId: string, body: EventRegistrationCreate = {}, options?: RequestOptions): Promise<EventRegistration> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/events/${eventId}/registrations`,
        body,
        bodySchema: zEventRegistrationCreate,
        response: zEventRegistration,
      },
      options,
    );
  }

  /** `GET /event-registrations`: this worker's registrations. */
  listRegistrations(params: ListParams = {}, options?: RequestOptions): PagePromise<EventRegistration> {
    return this._client.list(
      { path: path`/event-registrations`, query: { ...params }, response: zEventRegistrationList },
      options,
    );
  }

  /** `POST /event-registrations/{id}/cancel`: frees the party's places and promotes, in order, the waiting parties that fit. */
  cancelRegistration(id: string, options?: RequestOptions): Promise<EventRegistration> {
    return this._client.request(
      { method: 'POST', path: path`/event-registrations/${id}/cancel`, response: zEventRegistration },
      options,
    );
  }
}
