/**
 * The service map's list view: the list / map switch, "使用我的位置" (when the host allows it), the
 * filters, the map (when the worker chose it), and the points — by distance or in a district — ten at
 * a time with "加载更多"; while a new search is on its way or after it failed, the last points stay. It
 * only shows what it is given; the element owns the state and passes it in with the handlers.
 */
import type { DistrictCode, GeoPoint, ServicePoint } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { PagedList } from '../internal/controllers/paged-list.js';
import type { Formatter } from '../internal/format.js';
import { enumLabel } from '../internal/labels.js';
import { busyButton } from '../internal/views/busy-button.js';
import { itemTitle, results } from '../internal/views/list.js';
import { loadMore } from '../internal/views/load-more.js';
import { segmented } from '../internal/views/segmented.js';
import { renderFilters, type FiltersContext } from './filters-view.js';
import type { DeviceLocation } from './location.js';
import { openState } from './open-state.js';

export interface ListContext extends FiltersContext {
  fmt: Formatter;
  /** Where distances are measured from, rounded (the list is then sorted by distance). */
  origin: GeoPoint | undefined;
  /** Without an origin: the district searched in, if any. */
  searched: DistrictCode | undefined;
  /** "使用我的位置", when the host allows it. */
  location: DeviceLocation | undefined;
  locate: () => void;
  points: PagedList<ServicePoint>;
  /** The map, when the worker chose it (its part's template). */
  map: (() => unknown) | undefined;
  showView: (view: 'list' | 'map') => void;
  open: (point: ServicePoint) => void;
}

export function renderList(c: ListContext): TemplateResult {
  const { s, t, origin, searched, location } = c;
  return html`${segmented({
      label: s.viewsLabel,
      part: 'views',
      tabPart: 'button',
      selected: c.map ? 'map' : 'list',
      segments: [
        { value: 'list', label: s.listView },
        { value: 'map', label: s.mapView },
      ],
      onSelect: c.showView,
    })}
    ${location
      ? html`<div class="locate" part="locate">
          ${busyButton({
            label: s.useMyLocation,
            busyLabel: s.locating,
            busy: location.locating,
            disabled: location.locating,
            onClick: c.locate,
          })}
          <p class="muted">${s.locationNote}</p>
          ${location.note ? html`<p>${location.note}</p>` : nothing}
        </div>`
      : nothing}
    ${renderFilters(c)}
    ${c.map ? c.map() : nothing}
    <h3 data-list-heading tabindex="-1">${s.resultsHeading}</h3>
    <p class="muted">
      ${origin ? s.sortedByDistance : searched ? s.sortedInDistrict(t.enums.district[searched]) : s.chooseDistrict}
    </p>
    ${results({
      t,
      load: c.points.load,
      keepLast: c.points.hasResults,
      updating: s.updating,
      stale: s.staleResults,
      empty: s.noResults,
      items: () => renderItems(c),
    })}`;
}

function renderItems(c: ListContext): TemplateResult {
  const { points } = c;
  return html`<p class="muted">${c.s.resultsShown(points.items.length)}</p>
    <ul class="plain points" part="list">
      ${points.items.map((p, i) => renderItem(c, p, i))}
    </ul>
    ${loadMore(c.t, points)}`;
}

function renderItem(c: ListContext, p: ServicePoint, index: number): TemplateResult {
  const { s } = c;
  return html`<li part="item" data-point-id=${p.id} data-index=${index}>
    ${itemTitle(p.name, s.viewDetail(p.name), () => c.open(p))}
    <p class="meta">
      <span>${enumLabel(c.t.locale, s.enums.servicePointType, p.type)}</span>
      ${openState(p, s)}
      ${p.distanceM !== undefined ? html`<span class="distance">${s.distance(c.fmt.distance(p.distanceM))}</span>` : nothing}
    </p>
    <p class="meta">${p.address}</p>
  </li>`;
}
