/** Help requests (我要求助), appointments and their slots. None of it is ever told to the platform. */
import type { HttpHandler } from 'msw';
import {
  zAppointmentCreate,
  zCancelAppointmentPath,
  zCreateHelpRequestMessagePath,
  zGetHelpRequestPath,
  zHelpRequestCreate,
  zHelpRequestMessageCreate,
  zListAppointmentsQuery,
  zListHelpRequestsQuery,
  zListServicePointSlotsPath,
  zListServicePointSlotsQuery,
  zWithdrawHelpRequestPath,
} from '@unionkit/contract/schemas';
import type { Component } from '@unionkit/contract';
import { bookAppointment, cancelAppointment, listAppointments, listSlots, toAppointment } from '../domain/appointments.js';
import {
  addWorkerMessage,
  createHelpRequest,
  getHelpRequest,
  listHelpRequests,
  toHelpRequest,
  withdrawHelpRequest,
} from '../domain/help-requests.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json } from '../http/result.js';

/** The help desk books appointments; so does the service map's detail view. */
const BOOKING: readonly Component[] = ['help', 'service_map'];

export function helpRequestHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listServicePointSlots',
      method: 'GET',
      path: '/service-points/:id/slots',
      credential: 'wst',
      unionToken: true,
      components: BOOKING,
      pathParams: zListServicePointSlotsPath,
      query: query(zListServicePointSlotsQuery, (q) => q),
      handle: (ctx) => json(200, { data: listSlots(ctx.store, ctx.params['id'] ?? '', ctx.query.date) }),
    }),
    operation(rt, {
      operationId: 'createAppointment',
      method: 'POST',
      path: '/appointments',
      credential: 'wst',
      unionToken: true,
      components: BOOKING,
      body: { schema: zAppointmentCreate },
      handle: (ctx) => json(201, toAppointment(bookAppointment(ctx.store, ctx.worker(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'listAppointments',
      method: 'GET',
      path: '/appointments',
      credential: 'wst',
      unionToken: true,
      components: BOOKING,
      query: query(zListAppointmentsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listAppointments(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map(toAppointment), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'cancelAppointment',
      method: 'POST',
      path: '/appointments/:id/cancel',
      credential: 'wst',
      unionToken: true,
      components: BOOKING,
      pathParams: zCancelAppointmentPath,
      handle: (ctx) => json(200, toAppointment(cancelAppointment(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'createHelpRequest',
      method: 'POST',
      path: '/help-requests',
      credential: 'wst',
      unionToken: true,
      components: ['help'],
      body: { schema: zHelpRequestCreate },
      handle: (ctx) => json(201, toHelpRequest(createHelpRequest(ctx.store, ctx.worker(), ctx.body))),
    }),
    operation(rt, {
      operationId: 'listHelpRequests',
      method: 'GET',
      path: '/help-requests',
      credential: 'wst',
      unionToken: true,
      components: ['help'],
      query: query(zListHelpRequestsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listHelpRequests(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map(toHelpRequest), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'getHelpRequest',
      method: 'GET',
      path: '/help-requests/:id',
      credential: 'wst',
      unionToken: true,
      components: ['help'],
      pathParams: zGetHelpRequestPath,
      handle: (ctx) => json(200, toHelpRequest(getHelpRequest(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
    operation(rt, {
      operationId: 'createHelpRequestMessage',
      method: 'POST',
      path: '/help-requests/:id/messages',
      credential: 'wst',
      unionToken: true,
      components: ['help'],
      pathParams: zCreateHelpRequestMessagePath,
      body: { schema: zHelpRequestMessageCreate },
      handle: (ctx) => json(201, toHelpRequest(addWorkerMessage(ctx.store, ctx.worker(), ctx.params['id'] ?? '', ctx.body))),
    }),
    operation(rt, {
      operationId: 'withdrawHelpRequest',
      method: 'POST',
      path: '/help-requests/:id/withdraw',
      credential: 'wst',
      unionToken: true,
      components: ['help'],
      pathParams: zWithdrawHelpRequestPath,
      handle: (ctx) => json(200, toHelpRequest(withdrawHelpRequest(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
  ];
}
