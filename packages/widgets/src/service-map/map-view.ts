/**
 * The service map's map view, as a reactive controller of `<union-service-map>` (made by its on-demand
 * part, map-part.ts, the first time the worker opens the map): what the widget
 * renders about the map (loading, failed, what lies under the markers, "locate me") and the hand-off
 * to the map engine, which is imported with Leaflet only when the worker opens the map (map-engine.ts).
 *
 * "Locate me" asks the device for its position only when pressed, and uses it on the device only: the
 * map centres on it and marks it; it is never sent, stored or put into a link.
 */
import type { GeoPoint, ServicePoint } from '@unionkit/sdk/types';
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMapEngine } from './leaflet-loader.js';
import { askPosition } from '../internal/location.js';
import type { MapEngine } from './map-engine.js';
import type { MapStrings } from './map-strings.js';
import type { ServiceMapStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

export type MapStatus = 'off' | 'loading' | 'ready' | 'error';
/** What lies under the markers: the host's tiles, the offline outlines (no tile URL), or the outlines because tiles failed. */
export type MapBase = 'tiles' | 'offline' | 'fallback';

export interface MapViewOptions {
  /** The widget's words and the map's own (map-strings.ts). */
  strings: () => ServiceMapStrings & MapStrings;
  /** The widget's locale, for the neutral label of a station type this build does not know. */
  locale: () => string;
  tileUrl: () => string | undefined;
  /** The element Leaflet draws in, once rendered. */
  container: () => HTMLElement | null;
  /** Opens a station's detail (a marker was tapped or pressed). */
  select: (point: ServicePoint) => void;
  announce: (message: string) => void;
  announceError: (message: string) => void;
  /** The map could not be loaded. */
  failed: () => void;
}

type Host = ReactiveControllerHost & { shadowRoot: ShadowRoot | null };

export class MapView implements ReactiveController {
  status: MapStatus = 'off';
  base: MapBase = 'tiles';
  /** What "locate me" last said (shown beside it). */
  locateNote = '';
  locating = false;

  readonly #host: Host;
  readonly #options: MapViewOptions;
  #engine: MapEngine | undefined;
  #drawnItems: readonly ServicePoint[] | undefined;
  #cssAdopted = false;

  constructor(host: Host, options: MapViewOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Opens the map (Leaflet is imported now, the first time). */
  async open(items: readonly ServicePoint[], origin: GeoPoint | undefined): Promise<void> {
    if (this.status === 'ready' || this.status === 'loading') return;
    const s = this.#options.strings();
    this.#set({ status: 'loading' });
    this.#options.announce(s.mapLoading);
    let engine: Awaited<ReturnType<typeof loadMapEngine>>;
    try {
      engine = await loadMapEngine();
    } catch {
      this.#set({ status: 'error' });
      this.#options.announceError(s.mapFailed);
      this.#options.failed();
      return;
    }
    if (!this.#loading()) return;
    this.#adoptCss(engine.mapStyles);
    await this.#host.updateComplete;
    const container = this.#options.container();
    if (!container || !this.#loading()) return;
    const tileUrl = this.#options.tileUrl();
    this.base = 'tiles';
    this.#engine = new engine.MapEngine(container, {
      tileUrl,
      zoomIn: s.zoomIn,
      zoomOut: s.zoomOut,
      markerLabel: (p) => this.#options.strings().mapMarker(p.name, enumLabel(this.#options.locale(), this.#options.strings().enums.servicePointType, p.type)),
      select: this.#options.select,
      basemap: (why) => this.#set({ base: why }),
    });
    this.#drawnItems = undefined;
    this.draw(items, origin);
    this.#set({ status: 'ready' });
    this.#options.announce(s.mapView);
  }

  /** Still opening (the worker did not switch back to the list meanwhile). */
  #loading(): boolean {
    return this.status === 'loading';
  }

  close(): void {
    this.#engine?.remove();
    this.#engine = undefined;
    this.#drawnItems = undefined;
    if (this.status !== 'off') this.#set({ status: 'off', locateNote: '' });
  }

  /** Draws the stations (and the origin the list is sorted from) unless these are the ones on the map. */
  draw(items: readonly ServicePoint[], origin: GeoPoint | undefined): void {
    if (!this.#engine || this.#drawnItems === items) return;
    this.#drawnItems = items;
    this.#engine.draw(items, origin);
  }

  /** "Locate me": the device's position, on the device only. */
  locate = async (): Promise<void> => {
    const s = this.#options.strings();
    this.#set({ locating: true, locateNote: '' });
    const answer = await askPosition({ enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    this.#set({ locating: false });
    if (answer.problem) return this.#note(answer.problem === 'denied' ? s.locateDenied : s.locateUnavailable);
    if (!this.#engine) return;
    this.#engine.showHere(answer.position);
    this.#note(s.locatedHere);
  };

  #note(message: string): void {
    this.#set({ locateNote: message });
    this.#options.announce(message);
  }

  #set(state: Partial<Pick<MapView, 'status' | 'base' | 'locateNote' | 'locating'>>): void {
    Object.assign(this, state);
    this.#host.requestUpdate();
  }

  #adoptCss(styles: CSSResult): void {
    const root = this.#host.shadowRoot;
    if (!root || this.#cssAdopted) return;
    this.#cssAdopted = true;
    const sheet = styles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else {
      // Browsers without constructable stylesheets: the same fallback Lit itself uses.
      const style = document.createElement('style');
      const nonce = (globalThis as { litNonce?: string }).litNonce;
      if (nonce) style.setAttribute('nonce', nonce);
      style.textContent = styles.cssText;
      root.append(style);
    }
  }
}
