/**
 * The device's position, asked only when the worker presses a button and never stored, and the
 * rounding to about 100 m applied before any of it leaves the device for a `near` search. The service
 * map and the help desk's booking share it.
 */
import type { GeoPoint } from '@unionkit/sdk/types';

/** A position rounded to 0.001° (about 100 m): what leaves the device for a `near` search. */
export function roundPosition(p: GeoPoint): GeoPoint {
  return { lat: Math.round(p.lat * 1000) / 1000, lng: Math.round(p.lng * 1000) / 1000 };
}

export function isPosition(p: unknown): p is GeoPoint {
  const g = p as GeoPoint | undefined;
  return !!g && Number.isFinite(g.lat) && Number.isFinite(g.lng) && Math.abs(g.lat) <= 90 && Math.abs(g.lng) <= 180;
}

export type PositionAnswer = { position: GeoPoint; problem?: undefined } | { problem: 'unavailable' | 'denied' };

/** Asks the device once for its position. */
export function askPosition(options: PositionOptions): Promise<PositionAnswer> {
  const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geo) return Promise.resolve({ problem: 'unavailable' });
  return new Promise((resolve) =>
    geo.getCurrentPosition(
      (pos) => {
        const position = { lat: pos.coords.latitude, lng: pos.coords.longitude };
        resolve(isPosition(position) ? { position } : { problem: 'unavailable' });
      },
      (err) => resolve({ problem: err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      options,
    ),
  );
}
