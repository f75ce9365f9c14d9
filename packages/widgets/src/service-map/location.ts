/**
 * Where the worker is, from the device — asked only when the worker presses a button, never stored.
 * For the list it is rounded to about 100 m before it is sent (`DeviceLocation`); the map's "定位到我"
 * keeps it on the device (`askPosition` alone).
 */
import type { GeoPoint } from '@unionkit/sdk/types';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { ServiceMapStrings } from './strings.js';

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

/** "使用我的位置" for the list: the device's position, rounded, in memory only, and what to say about it. */
export class DeviceLocation {
  /** The device's position, rounded, once the worker asked and the device told. */
  position: GeoPoint | undefined;
  locating = false;
  /** What happened, shown under the button. */
  note = '';
  readonly #host: WidgetHost;
  readonly #strings: () => ServiceMapStrings;

  constructor(host: WidgetHost, strings: () => ServiceMapStrings) {
    this.#host = host;
    this.#strings = strings;
  }

  /** Asks the device; resolves `true` when a new position is there to search from. */
  async locate(): Promise<boolean> {
    this.#set(true, '');
    const answer = await askPosition({ enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
    const s = this.#strings();
    if (answer.problem) {
      this.#set(false, answer.problem === 'denied' ? s.locationDenied : s.locationUnavailable);
      this.#host.announce(this.note);
      return false;
    }
    this.position = roundPosition(answer.position);
    this.#set(false, s.locationUsed);
    return true;
  }

  #set(locating: boolean, note: string): void {
    this.locating = locating;
    this.note = note;
    this.#host.requestUpdate();
  }
}
