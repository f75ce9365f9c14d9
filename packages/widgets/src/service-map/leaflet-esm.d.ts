// Leaflet's ES module build has the same API as the `leaflet` typings describe (its `main` is a UMD
// script that would set `window.L`; the widget imports the ES module build instead, see leaflet-loader.ts).
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
