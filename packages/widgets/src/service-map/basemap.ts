/**
 * The offline basemap: Shanghai's 16 district outlines (data/shanghai-outlines.ts, extracted by
 * scripts/extract-shanghai-outlines.mjs) drawn as vector shapes under the markers, so that the map
 * still shows where things are when the host gives no tile URL or the tiles do not load (a poor
 * signal). Loaded on demand with the map, in its own chunk; nothing here runs for the list.
 *
 * The outlines go into a pane below Leaflet's tile pane: tiles that do load cover them, tiles that
 * fail leave them visible. They take no pointer or keyboard input.
 */
import type * as Leaflet from 'leaflet';
import { SHANGHAI_OUTLINES } from './data/shanghai-outlines.js';

/** Name of the pane the outlines are drawn in (z-index below the tiles' 200). */
export const BASEMAP_PANE = 'union-basemap';

/** One encoded ring (integers in 1e-4°, first point absolute, then deltas) → [lat, lng] pairs. */
export function decodeRing(encoded: readonly number[]): [number, number][] {
  const points: [number, number][] = [];
  let lng = 0;
  let lat = 0;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    lng += encoded[i]!;
    lat += encoded[i + 1]!;
    points.push([lat / 1e4, lng / 1e4]);
  }
  return points;
}

/** Adds the district outlines to `map` (once) and returns the layer. */
export function drawBasemap(L: typeof Leaflet, map: Leaflet.Map): Leaflet.LayerGroup {
  if (!map.getPane(BASEMAP_PANE)) {
    const pane = map.createPane(BASEMAP_PANE);
    pane.style.zIndex = '150';
    pane.style.pointerEvents = 'none';
  }
  const renderer = L.svg({ pane: BASEMAP_PANE });
  const group = L.layerGroup();
  for (const [code, rings] of SHANGHAI_OUTLINES) {
    L.polygon(rings.map(decodeRing), {
      pane: BASEMAP_PANE,
      renderer,
      interactive: false,
      className: `sp-district sp-district-${code}`,
      weight: 1.5,
    }).addTo(group);
  }
  return group.addTo(map);
}
