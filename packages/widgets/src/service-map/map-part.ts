/**
 * The part of `<union-service-map>` behind "地图", loaded on demand (ahead of need once the list is
 * shown): the map view's controller (map-view.ts), its template and its words (map-strings.ts). The
 * map library itself comes later still, when the map opens (leaflet-loader.ts). The entry imports
 * this only through `import()`; the controller is made here the first time and then held by the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalStrings } from '../internal/localize/local.js';
import type { Translation } from '../internal/localize/translation.js';
import { busyButton } from '../internal/views/busy-button.js';
import { mapStrings, type MapStrings } from './map-strings.js';
import { MapView, type MapViewOptions } from './map-view.js';
import type { ServiceMapStrings } from './strings.js';

type Strings = <T>(table: LocalStrings<T>) => T;

export type MapPartOptions = Omit<MapViewOptions, 'strings'> & { strings: () => ServiceMapStrings; local: Strings };

export function createMap(host: ConstructorParameters<typeof MapView>[0], options: MapPartOptions): MapView {
  const { local, strings, ...rest } = options;
  return new MapView(host, { ...rest, strings: () => ({ ...strings(), ...local(mapStrings) }) });
}

export interface MapRenderContext {
  s: ServiceMapStrings;
  t: Translation;
  local: Strings;
  map: MapView;
  tileAttribution: string | undefined;
  retry: () => void;
}

export function renderMap(c: MapRenderContext): TemplateResult {
  const { s, map } = c;
  const ms: MapStrings = c.local(mapStrings);
  if (map.status === 'error') {
    return html`<div class="map-wrap">
      <div class="state state-error" part="error-state">
        <p class="message">${ms.mapFailed}</p>
        <button type="button" part="button retry" class="primary" @click=${c.retry}>${c.t.common.retry}</button>
      </div>
    </div>`;
  }
  const base =
    map.base === 'tiles'
      ? (c.tileAttribution ?? '')
      : `${map.base === 'offline' ? ms.offlineBasemap : ms.tilesFailed}${ms.outlineCredit}`;
  return html`<div class="map-wrap">
    ${map.status === 'loading' ? html`<p class="muted" aria-busy="true">${s.mapLoading}</p>` : nothing}
    <div class="map-tools">
      ${busyButton({
        part: 'button locate-me',
        label: ms.locateMe,
        busyLabel: s.locating,
        busy: map.locating,
        disabled: map.locating,
        onClick: map.locate,
      })}
      ${map.locateNote ? html`<p class="locate-note" data-locate-note>${map.locateNote}</p>` : nothing}
    </div>
    <div class="map" part="map" role="region" aria-label=${ms.mapLabel}></div>
    <p class="muted map-note">${base} ${ms.mapListNote}${ms.spreadNote}</p>
  </div>`;
}

export type { MapView };
