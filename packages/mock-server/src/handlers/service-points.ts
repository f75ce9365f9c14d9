/** The service map. */
import type { HttpHandler } from 'msw';
import type { FieldError, GeoPoint, Locale } from '@unionkit/contract';
import { zGetServicePointPath, zListServicePointsQuery } from '@unionkit/contract/schemas';
import { fieldError, validationFailed } from '../domain/problem.js';
import { getServicePoint, searchServicePoints, servicePointJson, type ServicePointHit } from '../domain/service-points.js';
import { paginate, toPage, type Page } from '../http/pagination.js';
import { operation, type Runtime } from '../http/pipeline.js';
import { query } from '../http/query.js';
import { json, jsonPage, type ApiResult } from '../http/result.js';
import { BoundedMap } from '../store/bounded.js';
import { parseDateTime } from '../time.js';

/**
 * Pages built lately, as bytes. A page is its points' stored text (which the kept hits, the page's
 * place in them and the locale decide) and each point's openNow and distance (its item's tail), so the
 * same hits, page, locale and tails are the same bytes: a polled map page is not copied together
 * again while no point opens or closes. At most 32 pages are kept.
 */
const pages = new BoundedMap<string, ApiResult>(32);
const hitsIds = new WeakMap<readonly ServicePointHit[], number>();
let nextHitsId = 0;

function builtPage(hits: readonly ServicePointHit[], at: Page, locale: Locale, items: [Uint8Array, string][], nextCursor: string | null): ApiResult {
  let id = hitsIds.get(hits);
  if (id === undefined) hitsIds.set(hits, (id = nextHitsId++));
  const key = `${id} ${at.offset} ${at.limit} ${locale} ${items.map((item) => item[1]).join('')}`;
  let result = pages.get(key);
  if (!result) pages.set(key, (result = jsonPage(200, items, nextCursor)));
  return result;
}

export function servicePointHandlers(rt: Runtime): HttpHandler[] {
  return [
    operation(rt, {
      operationId: 'listServicePoints',
      method: 'GET',
      path: '/service-points',
      credential: 'wst',
      // The hosted help desk, with the union token, finds the nearest station to book.
      unionToken: true,
      // The help desk lists the nearest legal-aid stations and mediation rooms to book a time at.
      components: ['service_map', 'help'],
      query: query(zListServicePointsQuery, (q) => {
        const errors: FieldError[] = [];
        let near: GeoPoint | undefined;
        if (q.near !== undefined) {
          const [lat, lng] = q.near.split(',').map(Number) as [number, number];
          if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            errors.push(fieldError('near', 'invalid_value', '纬度须在 ±90、经度须在 ±180 之内。 Latitude must be within ±90 and longitude within ±180.'));
          } else near = { lat, lng };
        }
        if (q.radiusM !== undefined && q.near === undefined) {
          errors.push(fieldError('near', 'required', 'radiusM 须与 near 一起使用。 radiusM needs near.'));
        }
        const page = toPage(q);
        if (errors.length > 0) throw validationFailed(errors);
        return {
          page,
          filters: {
            near,
            radiusM: q.radiusM,
            types: q.types,
            amenities: q.amenities,
            district: q.district,
            openAt: q.openAt !== undefined ? (parseDateTime(q.openAt) ?? undefined) : undefined,
          },
        };
      }),
      handle: (ctx) => {
        const { filters } = ctx.query;
        const hits = searchServicePoints(ctx.store, filters);
        const page = paginate(hits, ctx.query.page);
        const items = page.data.map(servicePointJson(filters.openAt ?? ctx.store.now(), ctx.locale));
        return builtPage(hits, ctx.query.page, ctx.locale, items, page.nextCursor);
      },
    }),
    operation(rt, {
      operationId: 'getServicePoint',
      method: 'GET',
      path: '/service-points/:id',
      credential: 'wst',
      components: ['service_map'],
      pathParams: zGetServicePointPath,
      handle: (ctx) => json(200, getServicePoint(ctx.store, ctx.params['id'] ?? '', ctx.locale)),
    }),
  ];
}
