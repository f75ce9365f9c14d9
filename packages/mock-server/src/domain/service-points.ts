/**
 * The service map: rest stations, driver homes, canteens… Search by distance (haversine on WGS-84),
 * type, amenities (all must match), district and opening time (Asia/Shanghai, +08:00).
 */
import type { Amenity, DistrictCode, GeoPoint, Locale, ServicePoint, ServicePointType } from '@unionkit/contract';
import { BoundedMap } from '../store/bounded.js';
import { derived, type PerList } from '../store/derived.js';
import type { Store } from '../store/store.js';
import type { SeedServicePoint } from '../store/types.js';
import { formatDate, shanghaiParts } from '../time.js';
import { localize, served } from './localize.js';
import { notFound } from './problem.js';

export const DEFAULT_RADIUS_M = 5000;
const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE_LAT = (EARTH_RADIUS_M * Math.PI) / 180;

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

/** A point's weekly hours in minutes since midnight, read once from its `HH:MM` strings. */
interface ParsedHours {
  /** Per ISO weekday (index 1–7): `[opens, closes]` pairs, flattened. */
  byDay: number[][];
}

/** Parsed hours per seed record; a reset's fresh records are parsed again on first use. */
const parsedHours = new WeakMap<SeedServicePoint, ParsedHours>();

function hoursOf(point: SeedServicePoint): ParsedHours {
  let parsed = parsedHours.get(point);
  if (!parsed) {
    const byDay: number[][] = Array.from({ length: 8 }, () => []);
    for (const entry of point.openingHours.weekly) {
      for (const iv of entry.intervals) byDay[entry.day]?.push(minutes(iv.opens), minutes(iv.closes));
    }
    parsed = { byDay };
    parsedHours.set(point, parsed);
  }
  return parsed;
}

/** `at` read once for many points: its Shanghai date, weekday and minute of the day. */
interface Instant {
  date: string;
  weekday: number;
  yesterday: number;
  minute: number;
}

function instantOf(at: Date): Instant {
  const p = shanghaiParts(at);
  return { date: formatDate(at), weekday: p.weekday, yesterday: p.weekday === 1 ? 7 : p.weekday - 1, minute: p.hour * 60 + p.minute };
}

function openAt(point: SeedServicePoint, at: Instant): boolean {
  if (point.status !== 'operating') return false;
  const hours = point.openingHours;
  if (hours.closures.some((c) => c.from <= at.date && at.date <= c.to)) return false;
  if (hours.open24Hours) return true;
  const { byDay } = hoursOf(point);
  const today = byDay[at.weekday] ?? [];
  for (let i = 0; i < today.length; i += 2) {
    const opens = today[i]!;
    const closes = today[i + 1]!;
    if (closes > opens ? at.minute >= opens && at.minute < closes : at.minute >= opens) return true;
  }
  const yesterday = byDay[at.yesterday] ?? [];
  for (let i = 0; i < yesterday.length; i += 2) {
    const opens = yesterday[i]!;
    const closes = yesterday[i + 1]!;
    // An interval past midnight, e.g. 22:00–02:00, still open early today.
    if (closes <= opens && closes > 0 && at.minute < closes) return true;
  }
  return false;
}

/** Whether the point is open at `at`, by its weekly hours, 24-hour flag, closures and status. */
export function isOpenAt(point: SeedServicePoint, at: Date): boolean {
  return openAt(point, instantOf(at));
}

/** The stored points by latitude, sorted once per list of records (seed records never change). */
const byLatitude: PerList<readonly SeedServicePoint[], SeedServicePoint[]> = new WeakMap();

/** The points whose latitude is within `span` degrees of `lat`, south to north. */
function latitudeBand(points: readonly SeedServicePoint[], lat: number, span: number): SeedServicePoint[] {
  const sorted = derived(byLatitude, points, () => [...points].sort((a, b) => a.location.lat - b.location.lat));
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.location.lat < lat - span) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end]!.location.lat <= lat + span) end++;
  return sorted.slice(lo, end);
}

/** A point found by a search: the stored record, with its distance when searched near a place. */
export interface ServicePointHit {
  point: SeedServicePoint;
  distanceM?: number;
}

/**
 * Recent searches per list of stored points. A search's hits depend only on the query and the
 * records, which never change (a reset makes a new list), so a repeated query (a map page polled, a
 * load test) is answered from here; whether a point is open now is worked out per request when served.
 */
const recentSearches: PerList<readonly SeedServicePoint[], BoundedMap<string, readonly ServicePointHit[]>> = new WeakMap();
const RECENT_SEARCHES = 64;

/**
 * The points matching `q`, nearest first when searched `near` (then by id), else in seed order: the
 * stored records (never change them, nor the hits); serve only the page returned, with `servicePointJson`.
 */
export function searchServicePoints(store: Store, q: ServicePointQuery): readonly ServicePointHit[] {
  const points = store.servicePoints;
  const recent = derived(recentSearches, points, () => new BoundedMap<string, readonly ServicePointHit[]>(RECENT_SEARCHES));
  const key = JSON.stringify([q.near?.lat, q.near?.lng, q.radiusM, q.types, q.amenities, q.district, q.openAt?.getTime()]);
  let hits = recent.get(key);
  if (!hits) recent.set(key, (hits = findServicePoints(points, q)));
  return hits;
}

function findServicePoints(points: readonly SeedServicePoint[], q: ServicePointQuery): ServicePointHit[] {
  const open = q.openAt !== undefined ? instantOf(q.openAt) : undefined;
  const radius = q.near ? (q.radiusM ?? DEFAULT_RADIUS_M) : undefined;
  const types = q.types !== undefined && q.types.length > 0 ? q.types : undefined;
  const out: ServicePointHit[] = [];
  // A great-circle distance is at least the latitude difference along a meridian: near a place, only
  // the points within the radius north or south (by a metre's margin) need a look, found in the
  // points sorted by latitude; the order they are found in does not matter (hits are sorted below).
  const candidates = q.near && radius !== undefined ? latitudeBand(points, q.near.lat, (radius + 1) / METRES_PER_DEGREE_LAT) : points;
  for (const sp of candidates) {
    if (q.district !== undefined && sp.district !== q.district) continue;
    if (types !== undefined && !(types as readonly string[]).includes(sp.type)) continue;
    if (q.amenities !== undefined && !q.amenities.every((a) => sp.amenities.includes(a))) continue;
    let distanceM: number | undefined;
    if (q.near && radius !== undefined) {
      const d = haversineM(q.near, sp.location);
      if (d > radius) continue;
      distanceM = Math.round(d);
    }
    if (open !== undefined && !openAt(sp, open)) continue;
    out.push(distanceM !== undefined ? { point: sp, distanceM } : { point: sp });
  }
  if (q.near) out.sort((a, b) => a.distanceM! - b.distanceM! || a.point.id.localeCompare(b.point.id));
  return out;
}

/**
 * The JSON of a stored point in each locale, without its closing brace, as UTF-8 bytes: seed records
 * never change (a reset makes new ones), so each is serialised and encoded once; a page adds only
 * what varies per request.
 */
const servedJson = new WeakMap<SeedServicePoint, Partial<Record<Locale, Uint8Array>>>();
const encoder = new TextEncoder();

function staticJson(point: SeedServicePoint, locale: Locale): Uint8Array {
  let byLocale = servedJson.get(point);
  if (!byLocale) servedJson.set(point, (byLocale = {}));
  return (byLocale[locale] ??= encoder.encode(JSON.stringify(served(point, locale, [], {})).slice(0, -1)));
}

/**
 * Serves hits in `locale` as JSON pieces (`utf8()` of them is the text), each with whether it is open
 * at `at` (read once for the whole page) and its distance: the same fields, in the same order, as
 * `served(point, locale, [], { openNow, distanceM })`.
 */
export function servicePointJson(at: Date, locale: Locale): (hit: ServicePointHit) => [Uint8Array, string] {
  const instant = instantOf(at);
  return (hit) => {
    const openNow = openAt(hit.point, instant);
    const distance = hit.distanceM !== undefined ? `,"distanceM":${hit.distanceM}` : '';
    return [staticJson(hit.point, locale), `,"openNow":${openNow}${distance}}`];
  };
}

export function getServicePoint(store: Store, id: string, locale: Locale): ServicePoint {
  const sp = store.servicePoints.find((p) => p.id === id);
  if (!sp) throw notFound('服务站点', 'service point');
  return { ...localize(sp, locale), openNow: isOpenAt(sp, store.now()) };
}
