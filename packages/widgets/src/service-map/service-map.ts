import { ServicePoints } from '@unionkit/sdk';
import type { DistrictCode, GeoPoint, ServicePoint } from '@unionkit/sdk/types';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { ActionTask, UnionElement } from '../internal/base.js';
import { LazyPart } from '../internal/controllers/lazy-part.js';
import { PagedList } from '../internal/controllers/paged-list.js';
import type { Filters } from './filters-view.js';
import { renderList } from './list-view.js';
import type { MapStatus, MapView } from './map-view.js';
import { isPosition, roundPosition } from '../internal/location.js';
import { DeviceLocation } from './location.js';
import { serviceMapStyles } from './service-map.styles.js';
import { serviceMapStrings, type ServiceMapStrings } from './strings.js';
import { ViewHistory } from '../internal/controllers/view-history.js';
import { OpenUrlLinks } from '../internal/controllers/open-url.js';

const PAGE_SIZE = 10;
type View = 'list' | 'detail';

/**
 * @summary Service points near the worker — 户外职工爱心接力站, 司机之家, canteens, legal aid — as an
 * accessible list sorted by distance, with filters, an on-demand map and route links.
 *
 * The list (the default view) is sorted by distance from the host-given `position`, or from the device
 * when the host sets `use-device-location` and the worker presses "使用我的位置" (asked only then;
 * rounded to about 100 m before it is sent, never stored); without a position it shows the `district`
 * (or one the worker picks). Filters: type, amenities (all must be there; a disclosure that says how
 * many are ticked) and "现在营业". A search that fails (a poor signal) keeps the list the worker had
 * and shows the error with a retry. Each point shows its type, open-now state, distance and address;
 * its detail adds opening hours per weekday, closures, amenities, discounted meals, a `tel:` link and
 * links that start a cycling route in Amap (GCJ-02), Baidu (BD-09) or the phone's map app. At a legal-aid
 * station, mediation room or health-check point, 预约时段 books a 30-minute slot (loaded on demand; the
 * same slot picker as `<union-help-desk>`'s): the booked state says where, when and how to cancel. No
 * event tells the host of a booking.
 *
 * The map view loads Leaflet only when opened; it draws tiles when the host gives `tile-url`, and an
 * offline basemap of Shanghai's district outlines when it does not or the tiles fail. Every listed
 * point has a keyboard-focusable marker; markers that would overlap are spread apart. "定位到我"
 * marks the device's position on the map, on the device only.
 *
 * @event union-navigate - `{ servicePointId, app: 'amap' | 'baidu' | 'system' }`, cancelable: the worker
 *   chose a route link. Call `preventDefault()` to handle navigation yourself (the link is then not followed).
 * @event union-ready - `{ state: 'ready' | 'empty' }`: the first list loaded.
 * @event union-error - `{ code, retryable }`: a request failed.
 *
 * @csspart base - The widget's wrapper.
 * @csspart header - Title and introduction.
 * @csspart heading - The widget's title.
 * @csspart views - The list / map switch.
 * @csspart locate - "使用我的位置" and what it says.
 * @csspart filters - The filter form.
 * @csspart disclosure - The amenities disclosure; `disclosure-toggle` its button.
 * @csspart list - The list of service points.
 * @csspart item - One service point in the list.
 * @csspart detail - A service point's detail.
 * @csspart hours - Opening hours.
 * @csspart call - The `tel:` link.
 * @csspart nav-link - Each route link.
 * @csspart booking - The detail's booking section; `book` its 预约时段 button, `booking-picker` the slot picker,
 *   `slots` the day's slots (`slot` each), `booking-error` a refused booking, `cancel` 取消预约.
 * @csspart map - The map's container (Leaflet draws inside it).
 * @csspart locate-me - The map's "定位到我" button.
 * @csspart button - Every button; `button-primary` the main action; `retry` a retry.
 * @csspart field - A labelled field; `label`, `input`, `hint`, `error`, `choice` its pieces.
 * @csspart footer - The footer with the 12351 hotline (`hotline`).
 * @csspart body - The current view.
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
  static override styles = serviceMapStyles;

  static override properties = {
    ...UnionElement.properties,
    position: { attribute: false },
    district: { reflect: true },
    useDeviceLocation: { type: Boolean, attribute: 'use-device-location' },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    _view: { state: true },
    _filters: { state: true },
    _amenitiesOpen: { state: true },
    _selected: { state: true },
    _mapOn: { state: true },
  };

  /** Where the worker is, WGS-84, given by the host app (rounded to ~100 m before it is sent). */
  declare position: GeoPoint | undefined;
  /** District (GB/T 2260 code) to show when there is no position. */
  declare district: DistrictCode | undefined;
  /** Offer "使用我的位置": the device is asked for its position only when the worker presses it. */
  declare useDeviceLocation: boolean;
  /** Tile URL template for the map view, e.g. `https://tile.example.com/{z}/{x}/{y}.png`. Without it the map shows the offline district outlines. */
  declare tileUrl: string | undefined;
  /** Attribution text the tile provider requires, shown under the map. */
  declare tileAttribution: string | undefined;

  declare private _view: View;
  declare private _filters: Filters;
  declare private _amenitiesOpen: boolean;
  declare private _selected: ServicePoint | undefined;
  /** The worker chose the map (its part may still be on its way). */
  declare private _mapOn: boolean;

  /** "使用我的位置": the device's position, rounded, in memory only. */
  readonly #location = new DeviceLocation(this.controllerHost, () => this.#strings);
  /** Filters of the list on screen. */
  #applied: Filters;
  #returnTo: string | undefined;
  #reopenMap = false;

  /**
   * The map view (map-part.ts: its controller, template and words): the list does not need it, so it
   * comes in its own chunk, fetched ahead of need; its controller is made the first time it is here.
   */
  readonly #mapPart = new LazyPart(this.controllerHost, () => import('./map-part.js'));
  #map: MapView | undefined;

  /** The list, ten at a time (the widget's main load). */
  readonly #points = new PagedList<ServicePoint>(
    this.controllerHost,
    (client, signal) => use(client, ServicePoints).list({ ...this.#query(), limit: PAGE_SIZE }, { signal }),
    {
      loadedMore: (count) => this.#strings.moreLoaded(count),
      focusAfterMore: (_point, index) => `[data-index="${index}"] .item-link`,
    },
  );

  /**
   * A point's detail with its route links (detail-view.ts, navigation.ts): the list does not need it,
   * so it comes in its own chunk, fetched ahead of need. The point shown stays here.
   */
  readonly #detailView = new LazyPart(this.controllerHost, () => import('./detail-view.js'));

  /** Booking a slot at a point that takes appointments (booking-part.ts): its own chunk, when the worker asks. */
  readonly #booking = new LazyPart(this.controllerHost, () => import('./booking-part.js'), { prefetch: false });

  /** A point opened by id (the host's deep link). */
  readonly #opening = new ActionTask(this.controllerHost, (client, _options, id: string) => use(client, ServicePoints).retrieve(id), {
    key: (id) => id,
  });

  constructor() {
    super();
    this.useDeviceLocation = false;
    this._view = 'list';
    this._filters = { type: '', amenities: [], openNow: false, district: '' };
    this._amenitiesOpen = false;
    this.#applied = this._filters;
    this._selected = undefined;
    this._mapOn = false;
  }

  get #strings(): ServiceMapStrings {
    return this.localStrings(serviceMapStrings);
  }

  /** The current view: `list` or `detail`. */
  get view(): View {
    return this._view;
  }

  /** Whether the map view is shown (`off`, `loading`, `ready`, `error`). */
  get mapStatus(): MapStatus {
    return this.#map?.status ?? (this._mapOn ? 'loading' : 'off');
  }

  #mapOf(part: typeof import('./map-part.js')): MapView {
    this.#map ??= part.createMap(this, {
      strings: () => this.#strings,
      locale: () => this.t.locale,
      local: (table) => this.localStrings(table),
      tileUrl: () => this.tileUrl,
      container: () => this.renderRoot.querySelector<HTMLElement>('.map'),
      select: (point) => void this.#openDetail(point),
      announce: (m) => this.announce(m),
      announceError: (m) => this.announceError(m),
      failed: () => this.emit('union-error', { code: 'network_error', retryable: true }),
    });
    return this.#map;
  }

  /** Where distances are measured from, rounded: the device's (when the worker asked), else the host's. */
  #origin(): GeoPoint | undefined {
    if (this.#location.position) return this.#location.position;
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
      void this.#points.run();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#map?.draw(this.#points.items, this.#origin());
  }

  /**
   * Opens a service point's detail by id (e.g. the host's deep link). Resolves `true` once shown.
   */
  async openPoint(id: string): Promise<boolean> {
    const known = this.#points.items.find((p) => p.id === id);
    const result = known ? ({ ok: true, value: known } as const) : await this.#opening.run(id);
    if (!result.ok) return false;
    await this.#openDetail(result.value);
    return true;
  }

  // ——— location (for the list: sent rounded, only when the host allows and the worker asks) ———

  #locate = async (): Promise<void> => {
    if (!(await this.#location.locate())) return;
    await this.#points.run();
    this.announce(this.#strings.locationUsed);
  };

  // ——— filters and pages ———

  #filter = async (e?: Event): Promise<void> => {
    e?.preventDefault();
    this.#applied = { ...this._filters, amenities: [...this._filters.amenities] };
    const points = this.#points;
    await points.run();
    if (points.load.status === 'ready') this.announce(this.#strings.resultsShown(points.items.length));
    else if (points.load.status === 'empty') this.announce(this.#strings.noResults);
  };

  // ——— views ———

  #openDetail = async (point: ServicePoint): Promise<void> => {
    // The detail replaces the list and its map; the map comes back with the list.
    if (this._mapOn) {
      this.#showList();
      this.#reopenMap = true;
    }
    this._selected = point;
    this.#returnTo = point.id;
    this._view = 'detail';
    // The route links need gcoord, loaded now (its own chunk); they appear when it has arrived.
    const detail = this.#detailView.load();
    const links = detail.then((view) => view.loadConversions()).then(() => this.requestUpdate(), () => undefined);
    // The heading to focus is the detail's own (the part is usually here already: it is prefetched),
    // and in English its words (detail-strings.en) too, so the detail does not show in Chinese first.
    const words = detail.then((view) => {
      this.localStrings(view.detailStrings);
      return view.detailStrings.pending[this.t.locale];
    });
    await words.catch(() => undefined);
    await this.focusHeading();
    await links;
  };

  /** `tel:` and calendar links an app may open natively (`union-open-url`). */
  readonly #links = new OpenUrlLinks(this);
  readonly #views = new ViewHistory(this, { canGoBack: () => this._view === 'detail', goBack: () => void this.#backToList() });

  /** Steps back one view (a detail → its list, a form step → the one before); false at the widget's root. */
  back(): boolean {
    return this.#views.back();
  }

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

  #showList = (): void => {
    this.#reopenMap = false;
    this._mapOn = false;
    this.#map?.close();
  };

  #showMap = async (): Promise<void> => {
    this._mapOn = true;
    // Usually here already (prefetched); until it is, the part's loading state shows where the map goes.
    const part = await this.#mapPart.load().catch(() => undefined);
    if (!part || !this._mapOn) return;
    await this.#mapOf(part).open(this.#points.items, this.#origin());
  };

  #retryMap = (): void => {
    this.#map?.close();
    void this.#showMap();
  };

  // ——— rendering ———

  protected renderContent(): TemplateResult {
    const s = this.#strings;
    const selected = this._view === 'detail' ? this._selected : undefined;
    return html`<div part="header">
        <h2 part="heading">${s.title}</h2>
        <p class="muted">${s.intro}</p>
      </div>
      <div part="body">
        ${selected
          ? this.#detailView.render((view) =>
              view.renderDetail(selected, {
                s,
                t: this.t,
                fmt: this.fmt,
                local: (table) => this.localStrings(table),
                origin: this.#origin(),
                navigate: (detail) => this.emit('union-navigate', detail, { cancelable: true }),
                back: this.#backToList,
                host: this.controllerHost,
                booking: this.#booking,
              }),
            )
          : this.#renderList()}
      </div>`;
  }

  #renderList(): TemplateResult {
    const origin = this.#origin();
    return renderList({
      s: this.#strings,
      t: this.t,
      fmt: this.fmt,
      filters: this._filters,
      district: origin ? undefined : this.district || '',
      amenitiesOpen: this._amenitiesOpen,
      toggleAmenities: () => (this._amenitiesOpen = !this._amenitiesOpen),
      update: (change) => (this._filters = { ...this._filters, ...change(this._filters) }),
      submit: this.#filter,
      origin,
      searched: this.#district(),
      location: this.useDeviceLocation ? this.#location : undefined,
      locate: this.#locate,
      points: this.#points,
      map: this._mapOn ? () => this.#renderMap() : undefined,
      showView: (view) => (view === 'map' ? void this.#showMap() : this.#showList()),
      open: (point) => void this.#openDetail(point),
    });
  }

  #renderMap(): unknown {
    return this.#mapPart.render((part) =>
      part.renderMap({
        s: this.#strings,
        t: this.t,
        local: (table) => this.localStrings(table),
        map: this.#mapOf(part),
        tileAttribution: this.tileAttribution,
        retry: this.#retryMap,
      }),
    );
  }
}
