/** Events, calendar files and registrations. */
import type { HttpHandler } from 'msw';
import {
  zCancelEventRegistrationPath,
  zCreateEventRegistrationPath,
  zEventRegistrationCreate,
  zGetEventCalendarPath,
  zGetEventPath,
  zListEventRegistrationsQuery,
  zListEventsQuery,
} from '@unionkit/contract/schemas';
import {
  cancelRegistration,
  eventCalendar,
  eventJson,
  findEvent,
  listEvents,
  listRegistrations,
  register,
  toEvent,
  toRegistration,
} from '../domain/events.js';
import { fieldError, validationFailed } from '../domain/problem.js';
import { paginate, toPage } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json, jsonPage, text } from '../http/result.js';
import { parseDateTime } from '../time.js';

export function eventHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listEvents',
      method: 'GET',
      path: '/events',
      credential: 'wst',
      components: ['events'],
      query: query(zListEventsQuery, (q) => {
        const from = q.from !== undefined ? (parseDateTime(q.from) ?? undefined) : undefined;
        const to = q.to !== undefined ? (parseDateTime(q.to) ?? undefined) : undefined;
        const page = toPage(q);
        if (from && to && to.getTime() < from.getTime()) {
          throw validationFailed([fieldError('to', 'invalid_value', 'to 不能早于 from。 to must not be before from.')]);
        }
        return { page, filters: { category: q.category ? [q.category] : undefined, from, to, district: q.district } };
      }),
      handle: (ctx) => {
        const page = paginate(listEvents(ctx.store, ctx.query.filters), ctx.query.page);
        return jsonPage(200, page.data.map((ev) => eventJson(ctx.store, ev, ctx.locale)), page.nextCursor);
      },
    }),
    operation(rt, {
      operationId: 'getEvent',
      method: 'GET',
      path: '/events/:id',
      credential: 'wst',
      components: ['events'],
      pathParams: zGetEventPath,
      handle: (ctx) => json(200, toEvent(ctx.store, findEvent(ctx.store, ctx.params['id'] ?? ''), ctx.locale)),
    }),
    operation(rt, {
      operationId: 'getEventCalendar',
      method: 'GET',
      path: '/events/:id/calendar.ics',
      credential: 'wst',
      components: ['events'],
      pathParams: zGetEventCalendarPath,
      handle: (ctx) => {
        const ev = findEvent(ctx.store, ctx.params['id'] ?? '');
        return {
          ...text(200, eventCalendar(ev, ctx.store.now(), ctx.locale), 'text/calendar; charset=utf-8'),
          headers: { 'Content-Disposition': `attachment; filename="${ev.id}.ics"` },
        };
      },
    }),
    operation(rt, {
      operationId: 'createEventRegistration',
      method: 'POST',
      path: '/events/:id/registrations',
      credential: 'wst',
      components: ['events'],
      idempotent: true,
      pathParams: zCreateEventRegistrationPath,
      body: { schema: zEventRegistrationCreate, optional: true },
      handle: (ctx) => json(201, toRegistration(ctx.store, register(ctx.store, ctx.worker(), ctx.params['id'] ?? '', ctx.body ?? {}))),
    }),
    operation(rt, {
      operationId: 'listEventRegistrations',
      method: 'GET',
      path: '/event-registrations',
      credential: 'wst',
      components: ['events'],
      query: query(zListEventRegistrationsQuery, toPage),
      handle: (ctx) => {
        const page = paginate(listRegistrations(ctx.store, ctx.worker()), ctx.query);
        return json(200, { data: page.data.map((r) => toRegistration(ctx.store, r)), nextCursor: page.nextCursor });
      },
    }),
    operation(rt, {
      operationId: 'cancelEventRegistration',
      method: 'POST',
      path: '/event-registrations/:id/cancel',
      credential: 'wst',
      components: ['events'],
      pathParams: zCancelEventRegistrationPath,
      handle: (ctx) => json(200, toRegistration(ctx.store, cancelRegistration(ctx.store, ctx.worker(), ctx.params['id'] ?? ''))),
    }),
  ];
}
