/**
 * Where the worker is, from the device — asked only when the worker presses a button, never stored.
 * For the list it is rounded to about 100 m before it is sent (`DeviceLocation`); the map's "定位到我"
 * keeps it on the device (`askPosition` alone, from `internal/location.ts`).
 */
import type { GeoPoint } from '@unionkit/sdk/types';
import type { WidgetHost } from '../internal/controllers/host.js';
import { askPosition, roundPosition } from '../internal/location.js';
import type { ServiceMapStrings } from './strings.js';

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
