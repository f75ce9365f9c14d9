/**
 * The service map: rest stations, driver homes, canteens… Search by distance (haversine on WGS-84),
 * type, amenities (all must match), district and opening time (Asia/Shanghai, +08:00).
 */
import type { Amenity, DistrictCode, GeoPoint, Locale, ServicePoint, ServicePointType } from '@unionkit/sdk/types';
import type { Store } from '../store/store.js';
import type { SeedServicePoint } from '../store/types.js';
import { formatDate, shanghaiParts } from '../time.js';
import { localize } from './localize.js';
import { notFound } from './problem.js';

export const DEFAULT_RADIUS_M = 5000;
const EARTH_RADIUS_M = 6_371_008.8;

export interface ServicePointQuery {
  near?: GeoPoint;
  radiusM?: number;
  types?: ServicePointType[];
  amenities?: Amenity[];
  district?: DistrictCode;
  openAt?: Date;
}

/** Great-circle distance in metres. */
export function haversineM(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Whether the point is open at `at`, by its weekly hours, 24-hour flag, closures and status. */
export function isOpenAt(point: SeedServicePoint, at: Date): boolean {
  if (point.status !== 'operating') return false;
  const hours = point.openingHours;
  const today = formatDate(at);
  if (hours.closures.some((c) => c.from <= today && today <= c.to)) return false;
  if (hours.open24Hours) return true;
  const p = shanghaiParts(at);
  const now = p.hour * 60 + p.minute;
  const yesterday = p.weekday === 1 ? 7 : p.weekday - 1;
  for (const entry of hours.weekly) {
    for (const iv of entry.intervals) {
      const opens = minutes(iv.opens);
      const closes = minutes(iv.closes);
      if (entry.day === p.weekday) {
        if (closes > opens ? now >= opens && now < closes : now >= opens) return true;
      } else if (entry.day === yesterday && closes <= opens && closes > 0) {
        // An interval past midnight, e.g. 22:00–02:00, still open early today.
        if (now < closes) return true;
      }
    }
  }
  return false;
}

export function listServicePoints(store: Store, q: ServicePointQuery, locale: Locale): ServicePoint[] {
  const at = q.openAt ?? store.now();
  const radius = q.near ? (q.radiusM ?? DEFAULT_RADIUS_M) : undefined;
  const out: ServicePoint[] = [];
  for (const sp of store.servicePoints) {
    if (q.district !== undefined && sp.district !== q.district) continue;
    if (q.types !== undefined && q.types.length > 0 && !q.types.includes(sp.type)) continue;
    if (q.amenities !== undefined && !q.amenities.every((a) => sp.amenities.includes(a))) continue;
    const openNow = isOpenAt(sp, at);
    if (q.openAt !== undefined && !openNow) continue;
    let distanceM: number | undefined;
    if (q.near && radius !== undefined) {
      const d = haversineM(q.near, sp.location);
      if (d > radius) continue;
      distanceM = Math.round(d);
    }
    out.push({ ...localize(sp, locale), openNow, ...(distanceM !== undefined ? { distanceM } : {}) });
  }
  if (q.near) out.sort((a, b) => a.distanceM! - b.distanceM! || a.id.localeCompare(b.id));
  return out;
}

export function getServicePoint(store: Store, id: string, locale: Locale): ServicePoint {
  const sp = store.servicePoints.find((p) => p.id === id);
  if (!sp) throw notFound('服务站点', 'service point');
  return { ...localize(sp, locale), openNow: isOpenAt(sp, store.now()) };
}
