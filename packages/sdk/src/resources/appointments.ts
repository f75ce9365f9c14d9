import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { zAppointment, zAppointmentCreate, zAppointmentList } from '@unionkit/contract/schemas';
import type { Appointment, AppointmentCreate } from '@unionkit/contract';
import type { ListParams } from './shared.js';

/**
 * Appointments at legal-aid stations, mediation rooms and health-check points; the free slots come
 * from `client.servicePoints.slots(id, { date })`.
 */
export class Appointments extends APIResource {
  /** `POST /appointments`: `{ servicePointId, startsAt }`, a slot's start. */
  create(body: AppointmentCreate, options?: RequestOptions): Promise<Appointment> {
    return this._client.request(
      { method: 'POST', path: path`/appointments`, body, bodySchema: zAppointmentCreate, response: zAppointment },
      options,
    );
  }

  /** `GET /appointments`: this worker's appointments, newest first. */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<Appointment> {
    return this._client.list({ path: path`/appointments`, query: { ...params }, response: zAppointmentList }, options);
  }

  /** `POST /appointments/{id}/cancel`: until two hours before it starts (`cancellableUntil`). */
  cancel(id: string, options?: RequestOptions): Promise<Appointment> {
    return this._client.request({ method: 'POST', path: path`/appointments/${id}/cancel`, response: zAppointment }, options);
  }
}
