/**
 * What the <union-service-map> test files share: a rider's position, a session for the map alone, and
 * the points listed (reading and driving the shadow DOM is `./dom.ts`).
 */
import type { GeoPoint } from '@unionkit/sdk/types';
import { $$ } from './dom.js';

/** Near 徐汇 (Xujiahui), WGS-84. */
export const XUHUI: GeoPoint = { lat: 31.188, lng: 121.437 };
export const session = () => ({ workerRef: `map-${crypto.randomUUID()}`, components: ['service_map' as const] });

/** The ids of the points listed, in order. */
export const shownIds = (el: Element) => $$(el, 'ul.points > li').map((li) => li.dataset['pointId']!);

/** Stubs the device's geolocation for one test: it answers `answer()` at `at`, a moment later, like a device. */
export function stubGeolocation(answer: () => 'ok' | 'denied', at: GeoPoint) {
  const geo = navigator.geolocation;
  const original = geo.getCurrentPosition;
  let calls = 0;
  geo.getCurrentPosition = (success: PositionCallback, error?: PositionErrorCallback | null) => {
    calls++;
    setTimeout(() => {
      if (answer() === 'denied') {
        error?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
      } else {
        success({ coords: { latitude: at.lat, longitude: at.lng, accuracy: 5 }, timestamp: Date.now() } as GeolocationPosition);
      }
    }, 10);
  };
  return { calls: () => calls, restore: () => (geo.getCurrentPosition = original) };
}
