/**
 * Loads Leaflet the first time a map view opens, never before: the dynamic import is what the bundle
 * splits into its own `leaflet` chunk, so a worker who only uses the list never downloads it.
 *
 * The ES module build is imported (`leaflet/dist/leaflet-src.esm.js`) rather than the package's `main`,
 * which is a UMD script: that one would also set a global `window.L` on the host's page, and gives an
 * ES import nothing to take. Leaflet's CSS (leaflet-styles.ts, 1 KB) ships with the widget's own code
 * and is adopted into the shadow root only when the map opens.
 */
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

/** What has happened so far (for tests and diagnostics): whether a map asked for Leaflet, and whether it arrived. */
export const leafletStatus = { requested: false, loaded: false };

let loading: Promise<LeafletModule> | undefined;

/** Leaflet, imported once. A failed import may be tried again. */
export function loadLeaflet(): Promise<LeafletModule> {
  leafletStatus.requested = true;
  loading ??= import('leaflet/dist/leaflet-src.esm.js').then(
    (L) => {
      leafletStatus.loaded = true;
      return L as unknown as LeafletModule;
    },
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}
