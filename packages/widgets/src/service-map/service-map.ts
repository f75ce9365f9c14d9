import { ServicePoints, type Page } from '@unionkit/sdk';
import type { Amenity, DistrictCode, GeoPoint, ServicePoint, ServicePointType } from '@unionkit/sdk/types';
import type * as Leaflet from 'leaflet';
import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { AsyncState, UnionElement } from '../internal/base.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { checkbox, selectField } from '../internal/fields.js';
import type { Weekday } from '../internal/localize/translation.js';
import { baseStyles, fieldStyles, widgetTokens } from '../internal/styles.js';
import { loadLeaflet, type LeafletModule } from './leaflet-loader.js';
import { leafletStyles } from './leaflet-styles.js';
import { navigationLinks, type NavigationApp } from './navigation.js';
import { serviceMapStyles } from './service-map.styles.js';
import { serviceMapStrings, type ServiceMapStrings } from './strings.js';

const PAGE_SIZE = 10;
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TYPES: readonly ServicePointType[] = [
  'rest_station',
  'driver_home',
  'canteen',
  'community_dining',
  'mediation_room',
  'legal_aid',
  'health_check',
  'fitness',
];
const AMENITIES: readonly Amenity[] = [
  'air_conditioning',
  'fridge',
  'microwave',
  'hot_water',
  'phone_charging',
  'ebike_charging',
  'seating',
  'toilet',
  'wifi',
  'first_aid',
  'blood_pressure_monitor',
  'shower',
  'laundry',
  'truck_parking',
];

/** A position rounded to 0.001° (about 100 m): what leaves the device for a `near` search. */
export function roundPosition(p: GeoPoint): GeoPoint {
  return { lat: Math.round(p.lat * 1000) / 1000, lng: Math.round(p.lng * 1000) / 1000 };
}

function isPosition(p: unknown): p is GeoPoint {
  const g = p as GeoPoint | undefined;
  return !!g && Number.isFinite(g.lat) && Number.isFinite(g.lng) && Math.abs(g.lat) <= 90 && Math.abs(g.lng) <= 180;
}

type View = 'list' | 'detail';
type MapStatus = 'off' | 'loading' | 'ready' | 'error';

interface Filters {
  type: ServicePointType | '';
  amenities: Amenity[];
  openNow: boolean;
  district: DistrictCode | '';
}

interface MapHandle {
  L: LeafletModule;
  map: Leaflet.Map;
  layer: Leaflet.LayerGroup;
}

/**
 * @summary Service points near the worker — 户外职工爱心接力站, 司机之家, canteens, legal aid — as an
 * accessible list sorted by distance, with filters, an on-demand map and navigation links.
 *
 * The list (the default view) is sorted by distance from the host-given `position`, or from the device
 * when the host sets `use-device-location` and the worker presses "使用我的位置" (asked only then;
 * rounded to about 100 m before it is sent, never stored); without a position it shows the `district`
 * (or one the worker picks). Filters: type, amenities (all must be there) and "现在营业". Each point shows
 * its type, open-now state, distance and address; its detail adds opening hours per weekday, closures,
 * amenities, discounted meals, a `tel:` link and navigation links to Amap (GCJ-02), Baidu (BD-09) and
 * the phone's map app (`geo:`, WGS-84). The map view loads Leaflet only when opened, draws tiles only
 * when the host gives `tile-url`, and marks every listed point with a keyboard-focusable dot.
 *
 * @event union-service-point-selected - `{ servicePointId }`: the worker opened a point's detail.
 * @event union-navigate - `{ servicePointId, app: 'amap' | 'baidu' | 'system' }`, cancelable: the worker
 *   chose a navigation link. Call `preventDefault()` to handle navigation yourself (the link is then not followed).
 * @event union-ready - `{ state: 'ready' | 'empty' }`: the first list loaded.
 * @event union-error - `{ code, retryable }`: a request failed.
 *
 * @csspart base - The widget's wrapper.
 * @csspart header - Title and introduction.
 * @csspart heading - The widget's title.
 * @csspart views - The list / map switch.
 * @csspart locate - "使用我的位置" and what it says.
 * @csspart filters - The filter form.
 * @csspart list - The list of service points.
 * @csspart item - One service point in the list.
 * @csspart detail - A service point's detail.
 * @csspart hours - Opening hours.
 * @csspart call - The `tel:` link.
 * @csspart nav-link - Each navigation link.
 * @csspart map - The map's container (Leaflet draws inside it).
 * @csspart button - Every button; `button-primary` the main action; `retry` a retry.
 * @csspart field - A labelled field; `label`, `input`, `hint`, `error`, `choice` its pieces.
 * @csspart footer - The footer with the 12351 hotline (`hotline`).
 *
 * @cssproperty --union-service-map-color-primary - Main colour, also of the map's dots (falls back to `--union-color-primary`).
 * @cssproperty --union-service-map-color-surface - Background (falls back to `--union-color-surface`).
 * @cssproperty --union-service-map-color-text - Text colour (falls back to `--union-color-text`).
 * @cssproperty --union-service-map-color-focus - Focus ring and "your position" dot (falls back to `--union-color-focus`).
 * @cssproperty --union-service-map-radius - Corner radius (falls back to `--union-radius`).
 * @cssproperty --union-service-map-touch-target - Minimum size of controls (falls back to `--union-touch-target`, 44px).
 * @cssproperty --union-service-map-map-height - Height of the map (default 18rem).
 */
export class UnionServiceMap extends UnionElement {
  static override styles = [...baseStyles, widgetTokens('service-map'), fieldStyles, serviceMapStyles];

  static override properties = {
    ...UnionElement.properties,
    position: { attribute: false },
    district: { reflect: true },
    useDeviceLocation: { type: Boolean, attribute: 'use-device-location' },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    _view: { state: true },
    _filters: { state: true },
    _items: { state: true },
    _nextCursor: { state: true },
    _moreError: { state: true },
    _selected: { state: true },
    _locating: { state: true },
    _locationNote: { state: true },
    _hasDevicePosition: { state: true },
    _mapStatus: { state: true },
  };

  /** Where the worker is, WGS-84, given by the host app (rounded to ~100 m before it is sent). */
  declare position: GeoPoint | undefined;
  /** District (GB/T 2260 code) to show when there is no position. */
  declare district: DistrictCode | undefined;
  /** Offer "使用我的位置": the device is asked for its position only when the worker presses it. */
  declare useDeviceLocation: boolean;
  /** Tile URL template for the map view, e.g. `https://tile.example.com/{z}/{x}/{y}.png`. Without it the map shows markers only. */
  declare tileUrl: string | undefined;
  /** Attribution text the tile provider requires, shown under the map. */
  declare tileAttribution: string | undefined;

  declare private _view: View;
  declare private _filters: Filters;
  declare private _items: ServicePoint[];
  declare private _nextCursor: string | null;
  declare private _moreError: UnionErrorInfo | undefined;
  declare private _selected: ServicePoint | undefined;
  declare private _locating: boolean;
  declare private _locationNote: string;
  declare private _hasDevicePosition: boolean;
  declare private _mapStatus: MapStatus;

  /** The device's position, rounded, in memory only. */
  #device: GeoPoint | undefined;
  /** Filters of the list on screen. */
  #applied: Filters;
  #generation = 0;
  #returnTo: string | undefined;
  #map: MapHandle | undefined;
  #drawn: ServicePoint[] | undefined;
  #leafletCss = false;
  #reopenMap = false;

  /** The list (the widget's main load). */
  readonly points = new AsyncState<Page<ServicePoint>>(this, async (client, signal) => {
    const generation = ++this.#generation;
    const page = await use(client, ServicePoints).list({ ...this.#query(), limit: PAGE_SIZE }, { signal });
    if (generation === this.#generation) {
      this._items = page.data;
      this._nextCursor = page.nextCursor;
      this._moreError = undefined;
    }
    return page;
  });

  constructor() {
    super();
    this.useDeviceLocation = false;
    this._view = 'list';
    this._filters = { type: '', amenities: [], openNow: false, district: '' };
    this.#applied = this._filters;
    this._items = [];
    this._nextCursor = null;
    this._moreError = undefined;
    this._selected = undefined;
    this._locating = false;
    this._locationNote = '';
    this._hasDevicePosition = false;
    this._mapStatus = 'off';
  }

  private get s(): ServiceMapStrings {
    return this.strings(serviceMapStrings);
  }

  /** The current view: `list` or `detail`. */
  get view(): View {
    return this._view;
  }

  /** Whether the map view is shown (`off`, `loading`, `ready`, `error`). */
  get mapStatus(): MapStatus {
    return this._mapStatus;
  }

  /** Where distances are measured from, rounded: the device's (when the worker asked), else the host's. */
  #origin(): GeoPoint | undefined {
    if (this.#device) return this.#device;
    return isPosition(this.position) ? roundPosition(this.position) : undefined;
  }

  #district(): DistrictCode | undefined {
    return this.#applied.district || this.district || undefined;
  }

  #query() {
    const f = this.#applied;
    const near = this.#origin();
    const district = near ? undefined : this.#district();
    return {
      ...(near ? { near } : {}),
      ...(district ? { district } : {}),
      ...(f.type ? { types: f.type } : {}),
      ...(f.amenities.length ? { amenities: f.amenities } : {}),
      ...(f.openNow ? { openAt: new Date() } : {}),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new position or district from the host: search again (the first load is the client's).
    if (this.hasUpdated && (changed.has('position') || changed.has('district')) && this.resolvedClient) {
      void this.points.run();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#map && this.#drawn !== this._items) this.#drawMarkers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#closeMap();
  }

  /**
   * Opens a service point's detail by id (e.g. the host's deep link). Resolves `true` once shown.
   */
  async openPoint(id: string): Promise<boolean> {
    const known = this._items.find((p) => p.id === id);
    const result = known
      ? ({ ok: true, value: known } as const)
      : await this.runAction(`open:${id}`, (client) => use(client, ServicePoints).retrieve(id));
    if (!result.ok) return false;
    await this.#openDetail(result.value);
    return true;
  }

  // ——— location ———

  #locate = (): void => {
    const s = this.s;
    const geo = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geo) {
      this._locationNote = s.locationUnavailable;
      this.announce(s.locationUnavailable);
      return;
    }
    this._locating = true;
    this._locationNote = '';
    geo.getCurrentPosition(
      (pos) => {
        this._locating = false;
        const p = { lat: pos.coords.latitude, lng: pos.coords.longitude };
        if (!isPosition(p)) {
          this._locationNote = this.s.locationUnavailable;
          return;
        }
        this.#device = roundPosition(p);
        this._hasDevicePosition = true;
        this._locationNote = this.s.locationUsed;
        void this.points.run().then(() => this.announce(this.s.locationUsed));
      },
      (err) => {
        this._locating = false;
        const message = err.code === err.PERMISSION_DENIED ? this.s.locationDenied : this.s.locationUnavailable;
        this._locationNote = message;
        this.announce(message);
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  };

  // ——— filters and pages ———

  #setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this._filters = { ...this._filters, [key]: value };
  }

  #toggleAmenity(a: Amenity, on: boolean): void {
    const set = new Set(this._filters.amenities);
    if (on) set.add(a);
    else set.delete(a);
    this.#setFilter('amenities', AMENITIES.filter((x) => set.has(x)));
  }

  #filter = async (e: Event): Promise<void> => {
    e.preventDefault();
    this.#applied = { ...this._filters, amenities: [...this._filters.amenities] };
    await this.points.run();
    if (this.points.status === 'ready') this.announce(this.s.resultsShown(this._items.length));
    else if (this.points.status === 'empty') this.announce(this.s.noResults);
  };

  #loadMore = async (): Promise<void> => {
    const cursor = this._nextCursor;
    if (!cursor) return;
    const generation = this.#generation;
    const from = this._items.length;
    const query = this.#query();
    const result = await this.runAction('more', async (client) =>
      use(client, ServicePoints).list({ ...query, limit: PAGE_SIZE, cursor }),
    );
    if (generation !== this.#generation) return;
    if (!result.ok) {
      this._moreError = result.error;
      return;
    }
    this._moreError = undefined;
    this._items = [...this._items, ...result.value.data];
    this._nextCursor = result.value.nextCursor;
    this.announce(this.s.moreLoaded(result.value.data.length));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${from}"] .item-link`)?.focus();
  };

  // ——— views ———

  #openDetail = async (point: ServicePoint): Promise<void> => {
    // The detail replaces the list and its map; the map comes back with the list.
    if (this._mapStatus !== 'off') {
      this.#reopenMap = true;
      this.#closeMap();
      this._mapStatus = 'off';
    }
    this._selected = point;
    this.#returnTo = point.id;
    this._view = 'detail';
    this.emit('union-service-point-selected', { servicePointId: point.id });
    await this.focusHeading();
  };

  #backToList = async (): Promise<void> => {
    this._view = 'list';
    await this.updateComplete;
    if (this.#reopenMap) {
      this.#reopenMap = false;
      void this.#showMap();
    }
    const back = this.#returnTo && this.renderRoot.querySelector<HTMLElement>(`[data-point-id="${this.#returnTo}"] .item-link`);
    if (back) back.focus();
    else await this.focusHeading('[data-list-heading]');
  };

  #navigate(e: MouseEvent, point: ServicePoint, app: NavigationApp): void {
    const event = this.emit('union-navigate', { servicePointId: point.id, app }, { cancelable: true });
    if (event.defaultPrevented) e.preventDefault();
  }

  // ——— map ———

  #showList = (): void => {
    this.#reopenMap = false;
    this.#closeMap();
    this._mapStatus = 'off';
  };

  #showMap = async (): Promise<void> => {
    if (this._mapStatus === 'ready' || this._mapStatus === 'loading') return;
    this._mapStatus = 'loading';
    this.announce(this.s.mapLoading);
    let L: LeafletModule;
    try {
      L = await loadLeaflet();
    } catch {
      this._mapStatus = 'error';
      this.announceError(this.s.mapFailed);
      this.emit('union-error', { code: 'network_error', retryable: true });
      return;
    }
    if (this._mapStatus !== 'loading') return;
    this.#adoptCss(leafletStyles);
    await this.updateComplete;
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container || this._mapStatus !== 'loading') return;
    const s = this.s;
    const map = L.map(container, { zoomControl: false, attributionControl: false, keyboard: true });
    L.control.zoom({ zoomInTitle: s.zoomIn, zoomOutTitle: s.zoomOut, position: 'topright' }).addTo(map);
    if (this.tileUrl) L.tileLayer(this.tileUrl, { maxZoom: 19 }).addTo(map);
    const layer = L.layerGroup().addTo(map);
    this.#map = { L, map, layer };
    this.#drawMarkers();
    this._mapStatus = 'ready';
    this.announce(s.mapView);
  };

  #adoptCss(styles: CSSResult): void {
    const root = this.shadowRoot;
    if (!root || this.#leafletCss) return;
    this.#leafletCss = true;
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

  #closeMap(): void {
    this.#map?.map.remove();
    this.#map = undefined;
    this.#drawn = undefined;
  }

  #drawMarkers(): void {
    const handle = this.#map;
    if (!handle) return;
    const { L, map, layer } = handle;
    const s = this.s;
    layer.clearLayers();
    this.#drawn = this._items;
    const origin = this.#origin();
    const bounds: [number, number][] = this._items.map((p) => [p.location.lat, p.location.lng]);
    if (origin) bounds.push([origin.lat, origin.lng]);
    // The view first: Leaflet adds vector layers (and makes their elements) only once the map has one.
    if (bounds.length > 1) map.fitBounds(L.latLngBounds(bounds), { padding: [24, 24], maxZoom: 16, animate: false });
    else if (bounds.length === 1) map.setView(bounds[0]!, 15, { animate: false });
    else map.setView([31.2304, 121.4737], 11, { animate: false });
    if (origin) {
      L.circleMarker([origin.lat, origin.lng], { radius: 7, weight: 3, interactive: false, className: 'origin-marker' }).addTo(layer);
    }
    for (const point of this._items) {
      const open = point.status === 'operating' && point.openNow !== false;
      const at: [number, number] = [point.location.lat, point.location.lng];
      // What the eye sees: a small dot. What a finger or the keyboard takes: a 46 px circle around it.
      L.circleMarker(at, { radius: 9, weight: 2, interactive: false, className: `sp-dot${open ? '' : ' closed'}` }).addTo(layer);
      const marker = L.circleMarker(at, { radius: 23, weight: 3, className: 'sp-marker', bubblingMouseEvents: false }).addTo(layer);
      marker.on('click', () => void this.#openDetail(point));
      const el = marker.getElement();
      if (!el) continue;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', s.mapMarker(point.name, this.s.enums.servicePointType[point.type]));
      el.setAttribute('data-point-id', point.id);
      el.addEventListener('keydown', (e: Event) => {
        const key = (e as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          e.preventDefault();
          void this.#openDetail(point);
        }
      });
    }
  }

  // ——— rendering ———

  protected renderContent(): TemplateResult {
    const s = this.s;
    return html`<div part="header">
        <h2 part="heading">${s.title}</h2>
        <p class="muted">${s.intro}</p>
      </div>
      <div part="body">${this._view === 'detail' && this._selected ? this.#renderDetail(this._selected) : this.#renderList()}</div>`;
  }

  #renderList(): TemplateResult {
    const s = this.s;
    const origin = this.#origin();
    const district = this.#district();
    const mapOn = this._mapStatus !== 'off';
    return html`<div class="views" part="views" role="group" aria-label=${s.viewsLabel}>
        <button type="button" part="button" aria-pressed=${mapOn ? 'false' : 'true'} @click=${this.#showList}>${s.listView}</button>
        <button type="button" part="button" aria-pressed=${mapOn ? 'true' : 'false'} @click=${this.#showMap}>${s.mapView}</button>
      </div>
      ${this.useDeviceLocation
        ? html`<div class="locate" part="locate">
            <button type="button" part="button" ?disabled=${this._locating} @click=${this.#locate}>
              ${this._locating ? s.locating : s.useMyLocation}
            </button>
            <p class="muted">${s.locationNote}</p>
            ${this._locationNote ? html`<p>${this._locationNote}</p>` : nothing}
          </div>`
        : nothing}
      ${this.#renderFilters(!origin)}
      ${mapOn ? this.#renderMap() : nothing}
      <h3 data-list-heading tabindex="-1">${s.resultsHeading}</h3>
      <p class="muted">
        ${origin ? s.sortedByDistance : district ? s.sortedInDistrict(this.t.enums.district[district]) : s.chooseDistrict}
      </p>
      ${this.points.render({
        empty: () => html`<p class="state muted" part="empty">${s.noResults}</p>`,
        ready: () => html`<p class="muted">${s.resultsShown(this._items.length)}</p>
          <ul class="plain points" part="list">
            ${this._items.map((p, i) => this.#renderItem(p, i))}
          </ul>
          ${this.#renderMore()}`,
      })}`;
  }

  #renderFilters(withDistrict: boolean): TemplateResult {
    const s = this.s;
    const f = this._filters;
    const enums = { ...this.t.enums, ...this.s.enums };
    return html`<form class="filters" part="filters" novalidate aria-label=${s.filters} @submit=${this.#filter}>
      ${withDistrict
        ? selectField<DistrictCode>({
            id: 'sp-district',
            label: s.district,
            value: f.district || this.district || '',
            placeholder: s.anyDistrict,
            options: (Object.keys(enums.district) as DistrictCode[]).map((v) => ({ value: v, label: enums.district[v] })),
            onChange: (v) => this.#setFilter('district', v),
          })
        : nothing}
      ${selectField<ServicePointType>({
        id: 'sp-type',
        label: s.type,
        value: f.type,
        placeholder: s.allTypes,
        options: TYPES.map((v) => ({ value: v, label: enums.servicePointType[v] })),
        onChange: (v) => this.#setFilter('type', v),
      })}
      <details class="more" ?open=${f.amenities.length > 0}>
        <summary>${s.amenities}${f.amenities.length ? ` (${f.amenities.length})` : ''}</summary>
        <fieldset class="amenities">
          <legend class="visually-hidden">${s.amenities}</legend>
          ${AMENITIES.map((a) =>
            checkbox({
              id: `sp-amenity-${a}`,
              label: enums.amenity[a],
              checked: f.amenities.includes(a),
              onChange: (on) => this.#toggleAmenity(a, on),
            }),
          )}
        </fieldset>
      </details>
      <div class="open-now">
        ${checkbox({ id: 'sp-open-now', label: s.openNow, checked: f.openNow, onChange: (on) => this.#setFilter('openNow', on) })}
      </div>
      <button type="submit" part="button button-primary" class="primary">${s.applyFilters}</button>
    </form>`;
  }

  #renderMap(): TemplateResult {
    const s = this.s;
    return html`<div class="map-wrap">
      ${this._mapStatus === 'error'
        ? html`<div class="state state-error" part="error-state">
            <p class="message">${s.mapFailed}</p>
            <button type="button" part="button retry" class="primary" @click=${this.#retryMap}>${this.t.common.retry}</button>
          </div>`
        : html`${this._mapStatus === 'loading' ? html`<p class="muted" aria-busy="true">${s.mapLoading}</p>` : nothing}
            <div class="map" part="map" role="region" aria-label=${s.mapLabel}></div>
            <p class="muted map-note">${this.tileUrl ? (this.tileAttribution ?? '') : s.noTiles} ${s.mapListNote}</p>`}
    </div>`;
  }

  #retryMap = (): void => {
    this._mapStatus = 'off';
    void this.#showMap();
  };

  #openState(p: ServicePoint): TemplateResult {
    const s = this.s.openState;
    if (p.status === 'temporarily_closed') return html`<span class="open-state suspended">${s.temporarilyClosed}</span>`;
    if (p.openNow === undefined) return html``;
    return p.openNow
      ? html`<span class="open-state open">${s.open}</span>`
      : html`<span class="open-state closed">${s.closed}</span>`;
  }

  #renderItem(p: ServicePoint, index: number): TemplateResult {
    const s = this.s;
    return html`<li part="item" data-point-id=${p.id} data-index=${index}>
      <h4 class="item-title">
        <button type="button" class="item-link" part="button item-link" aria-label=${s.viewDetail(p.name)} @click=${() => this.#openDetail(p)}>
          ${p.name}
        </button>
      </h4>
      <p class="meta">
        <span>${this.s.enums.servicePointType[p.type]}</span>
        ${this.#openState(p)}
        ${p.distanceM !== undefined ? html`<span class="distance">${s.distance(this.fmt.distance(p.distanceM))}</span>` : nothing}
      </p>
      <p class="meta">${p.address}</p>
    </li>`;
  }

  #renderMore(): unknown {
    const s = this.s;
    const loading = this.isRunning('more');
    if (this._moreError) {
      return html`<div class="notice error" part="error-state">
        <p class="message">${this._moreError.message}</p>
        <button type="button" part="button retry" class="primary" ?disabled=${loading} @click=${this.#loadMore}>
          ${this.t.common.retry}
        </button>
      </div>`;
    }
    if (!this._nextCursor) return nothing;
    return html`<div class="actions">
      <button type="button" part="button load-more" ?disabled=${loading} aria-busy=${loading ? 'true' : 'false'} @click=${this.#loadMore}>
        ${loading ? s.loadingMore : s.loadMore}
      </button>
    </div>`;
  }

  #interval(i: { opens: string; closes: string }): string {
    return `${i.opens}–${i.closes}`;
  }

  #renderDetail(p: ServicePoint): TemplateResult {
    const s = this.s;
    const enums = { ...this.t.enums, ...this.s.enums };
    const hours = p.openingHours;
    const sep = this.t.locale === 'en' ? ', ' : '、';
    return html`<article part="detail" aria-labelledby="sp-detail-title">
      <h3 id="sp-detail-title" data-step-heading tabindex="-1">${p.name}</h3>
      <p class="meta">
        <span>${enums.servicePointType[p.type]}</span>
        ${this.#openState(p)}
        ${p.distanceM !== undefined ? html`<span class="distance">${s.distance(this.fmt.distance(p.distanceM))}</span>` : nothing}
      </p>
      ${p.status === 'temporarily_closed'
        ? html`<p class="notice error">${enums.servicePointStatus.temporarily_closed}</p>`
        : nothing}
      <section class="detail-section">
        <h4>${s.address}</h4>
        <p>${p.address} · ${enums.district[p.district]}</p>
      </section>
      <section class="detail-section" part="hours">
        <h4>${s.openingHours}</h4>
        ${hours.open24Hours
          ? html`<p>${s.open24h}</p>`
          : html`<dl class="hours">
              ${WEEKDAYS.map((day, i) => {
                const entry = hours.weekly.find((w) => w.day === i + 1);
                return html`<dt>${enums.weekday[day]}</dt>
                  <dd>${entry && entry.intervals.length ? entry.intervals.map((iv) => this.#interval(iv)).join(sep) : s.closedDay}</dd>`;
              })}
            </dl>`}
        ${hours.closures.length
          ? html`<h4>${s.closures}</h4>
              <ul>
                ${hours.closures.map(
                  (c) => html`<li>${s.closure(this.fmt.date(c.from), this.fmt.date(c.to), c.reason)}</li>`,
                )}
              </ul>`
          : nothing}
      </section>
      ${p.amenities.length
        ? html`<section class="detail-section">
            <h4>${s.amenityList}</h4>
            <ul class="amenity-list">
              ${p.amenities.map((a) => html`<li>${enums.amenity[a]}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${p.mealOffers.length
        ? html`<section class="detail-section">
            <h4>${s.mealOffers}</h4>
            <ul class="meals">
              ${p.mealOffers.map(
                (m) => html`<li>
                  ${m.title} <span class="price">${this.fmt.money(m.priceFen, { trim: true })}</span><br />
                  <span class="muted">${s.mealWindows(m.windows.map((w) => this.#interval(w)).join(sep))}</span>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${p.phone
        ? html`<p>
            <a class="link-button button call" part="call" href="tel:${p.phone.replace(/[^\d+]/g, '')}">${s.call(p.phone)}</a>
          </p>`
        : nothing}
      <section class="detail-section">
        <h4 id="sp-nav-title">${s.navigate}</h4>
        <p class="muted" id="sp-nav-hint">${s.navigateHint}</p>
        <ul class="nav" aria-labelledby="sp-nav-title">
          ${navigationLinks(p.name, p.location).map(
            (link) => html`<li>
              <a
                class="link-button button"
                part="nav-link"
                data-app=${link.app}
                href=${link.href}
                rel="noreferrer"
                referrerpolicy="no-referrer"
                aria-describedby="sp-nav-hint"
                @click=${(e: MouseEvent) => this.#navigate(e, p, link.app)}
                >${s.navigateWith[link.app]}</a
              >
            </li>`,
          )}
        </ul>
      </section>
      <div class="actions">
        <button type="button" part="button" @click=${this.#backToList}>${s.backToList}</button>
      </div>
    </article>`;
  }
}
