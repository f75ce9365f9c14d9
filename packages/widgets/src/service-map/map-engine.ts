/**
 * What draws the service map, loaded on demand with Leaflet (see leaflet-loader.ts): the map, the
 * host's tiles or the offline basemap, one marker per station (spread apart where they would
 * overlap), the origin the list is sorted from, and the device's position for "locate me".
 *
 * - Tiles: from the host's `tile-url`. Without one, or as soon as a tile fails to load (a poor signal),
 *   the offline basemap of district outlines (basemap.ts, its own chunk) is drawn under the markers.
 * - Markers: a visible dot and, around it, a 46 px target that takes taps and keyboard focus (Tab,
 *   Enter). Targets that would overlap at the current zoom are spread apart (marker-spread.ts) with a
 *   short leg to the real place, recomputed after each zoom.
 */
import type { GeoPoint, ServicePoint } from '@unionkit/sdk/types';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { spreadPoints } from './marker-spread.js';

export { mapStyles } from './map-styles.js';

/** Centre of Shanghai (People's Square), WGS-84, for a map with nothing on it. */
const SHANGHAI: [number, number] = [31.2304, 121.4737];
/** Smallest distance between two markers' centres, in pixels: the 46 px targets plus their outline. */
const MIN_GAP = 50;

export interface MapEngineOptions {
  tileUrl: string | undefined;
  zoomIn: string;
  zoomOut: string;
  /** The accessible name of a station's marker. */
  markerLabel: (point: ServicePoint) => string;
  /** A marker was tapped or pressed. */
  select: (point: ServicePoint) => void;
  /** The offline basemap is shown: there is no tile URL, or the tiles failed. */
  basemap: (why: 'offline' | 'fallback') => void;
}

interface Drawn {
  point: ServicePoint;
  dot: L.CircleMarker;
  target: L.CircleMarker;
  leg: L.Polyline;
}

export class MapEngine {
  readonly #map: L.Map;
  readonly #layer: L.LayerGroup;
  readonly #o: MapEngineOptions;
  #drawn: Drawn[] = [];
  #here: L.CircleMarker | undefined;
  #basemap: Promise<unknown> | undefined;
  #removed = false;

  constructor(container: HTMLElement, options: MapEngineOptions) {
    this.#o = options;
    const map = L.map(container, { zoomControl: false, attributionControl: false, keyboard: true });
    L.control.zoom({ zoomInTitle: options.zoomIn, zoomOutTitle: options.zoomOut, position: 'topright' }).addTo(map);
    this.#map = map;
    this.#layer = L.layerGroup().addTo(map);
    if (options.tileUrl) {
      const tiles = L.tileLayer(options.tileUrl, { maxZoom: 19 }).addTo(map);
      tiles.once('tileerror', () => void this.#showBasemap('fallback'));
    } else {
      void this.#showBasemap('offline');
    }
    map.on('zoomend', () => this.#place());
  }

  remove(): void {
    this.#removed = true;
    this.#map.remove();
  }

  /** Draws the stations, and the origin the list is sorted from, fitting the view to them. */
  draw(items: readonly ServicePoint[], origin: GeoPoint | undefined): void {
    const map = this.#map;
    const layer = this.#layer;
    layer.clearLayers();
    const bounds: [number, number][] = items.map((p) => [p.location.lat, p.location.lng]);
    if (origin) bounds.push([origin.lat, origin.lng]);
    // The view first: Leaflet adds vector layers (and makes their elements) only once the map has one.
    // Padding of a whole marker gap: a station at the edge of the bounds, pushed outwards by the
    // spreading, still lies inside the map where it can be tapped.
    if (bounds.length > 1) map.fitBounds(L.latLngBounds(bounds), { padding: [MIN_GAP, MIN_GAP], maxZoom: 16, animate: false });
    else if (bounds.length === 1) map.setView(bounds[0]!, 15, { animate: false });
    else map.setView(SHANGHAI, 11, { animate: false });
    if (origin) {
      L.circleMarker([origin.lat, origin.lng], { radius: 7, weight: 3, interactive: false, className: 'origin-marker' }).addTo(layer);
    }
    // Legs under dots under targets, so no dot or leg ever covers a target.
    const legs = items.map(() => L.polyline([], { interactive: false, weight: 2, className: 'sp-leg' }).addTo(layer));
    const dots = items.map((p) => {
      const open = p.status === 'operating' && p.openNow !== false;
      const className = `sp-dot${open ? '' : ' closed'}`;
      return L.circleMarker([p.location.lat, p.location.lng], { radius: 9, weight: 2, interactive: false, className }).addTo(layer);
    });
    this.#drawn = items.map((point, i) => {
      const target = L.circleMarker([point.location.lat, point.location.lng], {
        radius: 23,
        weight: 3,
        className: 'sp-marker',
        bubblingMouseEvents: false,
      }).addTo(layer);
      target.on('click', () => this.#o.select(point));
      const el = target.getElement();
      if (el) {
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', this.#o.markerLabel(point));
        el.setAttribute('data-point-id', point.id);
        el.addEventListener('keydown', (e: Event) => {
          const key = (e as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            e.preventDefault();
            this.#o.select(point);
          }
        });
      }
      return { point, dot: dots[i]!, target, leg: legs[i]! };
    });
    this.#place();
  }

  /** Marks the device's position and centres the map on it. */
  showHere(here: GeoPoint): void {
    this.#here?.remove();
    this.#here = L.circleMarker([here.lat, here.lng], { radius: 8, weight: 3, interactive: false, className: 'here-marker' }).addTo(this.#map);
    this.#map.setView([here.lat, here.lng], Math.max(this.#map.getZoom(), 15), { animate: false });
    this.#place();
  }

  /** Puts each marker where it does not overlap another, with a leg back to its place when moved. */
  #place(): void {
    if (!this.#drawn.length) return;
    const map = this.#map;
    const real = this.#drawn.map((d) => map.latLngToLayerPoint([d.point.location.lat, d.point.location.lng]));
    const spread = spreadPoints(real, MIN_GAP);
    this.#drawn.forEach((d, i) => {
      const p = spread[i]!;
      const at = map.layerPointToLatLng(L.point(p.x, p.y));
      d.target.setLatLng(at);
      d.dot.setLatLng(at);
      const moved = Math.hypot(p.x - real[i]!.x, p.y - real[i]!.y) > 1;
      d.leg.setLatLngs(moved ? [[d.point.location.lat, d.point.location.lng], at] : []);
    });
  }

  async #showBasemap(why: 'offline' | 'fallback'): Promise<void> {
    this.#o.basemap(why);
    this.#basemap ??= import('./basemap.js')
      .then((m) => {
        if (!this.#removed) m.drawBasemap(L, this.#map);
      })
      .catch(() => {
        // Offline before the outlines were ever fetched: the markers stay, on a plain background.
        this.#basemap = undefined;
      });
    await this.#basemap;
  }
}
