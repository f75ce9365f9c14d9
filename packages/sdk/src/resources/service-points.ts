import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { zServicePoint, zServicePointList, zSlotList } from '@unionkit/contract/schemas';
import type { Amenity, GeoPoint, ServicePoint, ServicePointType, Slot } from '@unionkit/contract';
import type { OneOrMany, QueryOf } from './shared.js';

/**
 * The contract's `radiusM`, `district`, `limit`, `cursor`, with friendlier forms of the others:
 * `near` as a WGS-84 `GeoPoint` or `"lat,lng"` (results then carry `distanceM`), `types` and
 * `amenities` as one value or several, `openAt` as RFC 3339 or a `Date`.
 */
export type ServicePointListParams = Omit<QueryOf<'listServicePoints'>, 'near' | 'types' | 'amenities' | 'openAt'> & {
  near?: GeoPoint | string;
  types?: OneOrMany<ServicePointType>;
  amenities?: OneOrMany<Amenity>;
  openAt?: string | Date;
};

/** Service points: rest stations, driver homes, canteens, legal aid, … */
export class ServicePoints extends APIResource {
  /** `GET /service-points`. */
  list(params: ServicePointListParams = {}, options?: RequestOptions): PagePromise<ServicePoint> {
    const { near, ...rest } = params;
    const query = { ...rest, near: typeof near === 'object' ? `${near.lat},${near.lng}` : near };
    return this._client.list({ path: path`/service-points`, query, response: zServicePointList }, options);
  }

  /** `GET /service-points/{id}`. */
  retrieve(id: string, options?: RequestOptions): Promise<ServicePoint> {
    return this._client.request({ method: 'GET', path: path`/service-points/${id}`, response: zServicePoint }, options);
  }

  /**
   * `GET /service-points/{id}/slots?date=`: a legal-aid station's, mediation room's or health-check
   * point's 30-minute slots on one Shanghai date (`YYYY-MM-DD`), earliest first; empty on a weekend.
   */
  async slots(id: string, params: { date: string }, options?: RequestOptions): Promise<Slot[]> {
    const list = await this._client.request(
      { method: 'GET', path: path`/service-points/${id}/slots`, query: { date: params.date }, response: zSlotList },
      options,
    );
    return list.data;
  }
}
