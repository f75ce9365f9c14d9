/**
 * Loads the map engine (map-engine.ts with Leaflet, its CSS and the marker layout) the first time a map
 * view opens, never before: the dynamic import is what the bundle splits into its own on-demand chunk,
 * so a worker who only uses the list never downloads it.
 *
 * The engine imports Leaflet's ES module build (`leaflet/dist/leaflet-src.esm.js`) rather than the
 * package's `main`, which is a UMD script: that one would also set a global `window.L` on the host's
 * page, and gives an ES import nothing to take. The offline basemap (basemap.ts with the district
 * outlines) is another chunk, which the engine imports only when a map has no tiles to show.
 */
export type MapEngineModule = typeof import('./map-engine.js');

/** What has happened so far (for tests and diagnostics): whether a map asked for Leaflet, and whether it arrived. */
export const leafletStatus = { requested: false, loaded: false };

let loading: Promise<MapEngineModule> | undefined;

/** The map engine with Leaflet, imported once. A failed import may be tried again. */
export function loadMapEngine(): Promise<MapEngineModule> {
  leafletStatus.requested = true;
  loading ??= import('./map-engine.js').then(
    (m) => {
      leafletStatus.loaded = true;
      return m;
    },
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}
