/**
 * A service point's detail: type, open-now state, distance, address, opening hours per weekday and
 * closures, amenities, discounted meals, a `tel:` link and the route links (navigation.ts), with its
 * words (detail-strings.ts); at a point that takes appointments, 预约时段, which brings the booking's
 * own part (booking-part.ts). The list does not need it, so `<union-service-map>` loads it on demand
 * (a `LazyPart`, fetched ahead of need); the point shown and the worker's position stay in the element.
 *
 * @csspart book - The 预约时段 button of a point that takes appointments.
 */
import { APPOINTMENT_POINT_TYPES, BOOKING_HORIZON_DAYS } from '@unionkit/contract';
import type { GeoPoint, ServicePoint } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { UnionNavigateDetail } from '../events/service-map.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { LazyPart } from '../internal/controllers/lazy-part.js';
import { offerOpenUrl } from '../internal/controllers/open-url.js';
import type { Formatter } from '../internal/format.js';
import type { LocalStrings } from '../internal/localize/local.js';
import type { Translation, Weekday } from '../internal/localize/translation.js';
import { mapDestination, navigationLinks, type NavigationApp } from './navigation.js';
import { detailStrings, type DetailStrings } from './detail-strings.js';
import { openState } from './open-state.js';
import type { ServiceMapStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface DetailContext {
  s: ServiceMapStrings;
  t: Translation;
  fmt: Formatter;
  /** The element's reader of a part's own words (detail-strings.ts). */
  local: <T>(table: LocalStrings<T>) => T;
  /** Where routes start, rounded (the position the list is sorted from), if any. */
  origin: GeoPoint | undefined;
  /** Sends `union-navigate` (cancelable: the host may navigate itself). */
  navigate: (detail: UnionNavigateDetail) => CustomEvent;
  back: () => void;
  /** The element, for the booking's controllers. */
  host: WidgetHost;
  /** The booking of a slot (./booking-part.ts), loaded when the worker presses 预约时段. */
  booking: LazyPart<typeof import('./booking-part.js')>;
}

/** The point whose booking each widget opened (the detail shows its slots instead of the button). */
const bookingOpen = new WeakMap<WidgetHost, string>();

const takesAppointments = (p: ServicePoint): boolean =>
  p.status === 'operating' && (APPOINTMENT_POINT_TYPES as readonly string[]).includes(p.type);

/** 预约时段: the part comes (with its words), the slots show and focus moves to the booking's heading. */
async function openBooking(p: ServicePoint, c: DetailContext): Promise<void> {
  bookingOpen.set(c.host, p.id);
  c.host.requestUpdate();
  const part = await c.booking.load().catch(() => undefined);
  if (part && c.t.locale !== 'zh-CN') {
    c.local(part.slotStrings);
    await part.slotStrings.pending[c.t.locale]?.catch(() => undefined);
  }
  await c.host.focusHeading('[data-booking-heading]');
}

function renderBooking(p: ServicePoint, c: DetailContext, s: DetailStrings): TemplateResult {
  const open = bookingOpen.get(c.host) === p.id;
  return html`<section class="detail-section" part="booking" aria-labelledby="sp-book-title">
    <h4 id="sp-book-title" data-booking-heading tabindex="-1">${s.bookHeading}</h4>
    ${open
      ? c.booking.render((part) => part.renderMapBooking(c.host, p, { t: c.t, fmt: c.fmt, local: c.local }))
      : html`<p class="muted">${s.bookIntro(BOOKING_HORIZON_DAYS)}</p>
          <button type="button" class="primary" part="button button-primary book" @click=${() => void openBooking(p, c)}>
            ${s.bookButton}
          </button>`}
  </section>`;
}

/**
 * A route link: the host may take it over (`union-navigate`); else an app may open the route in the map app
 * itself, with the coordinates that app needs (`union-open-url`); else the link is followed.
 */
function followRoute(e: MouseEvent, point: ServicePoint, app: NavigationApp, c: DetailContext): void {
  if (c.navigate({ servicePointId: point.id, app }).defaultPrevented) return e.preventDefault();
  const link = e.currentTarget instanceof HTMLAnchorElement ? e.currentTarget : null;
  const destination = point.location ? mapDestination(point.name, point.address, point.location) : undefined;
  if (link && destination && offerOpenUrl(c.host.element, { kind: 'map', url: link.href, app, ...destination })) e.preventDefault();
}

const interval = (i: { opens: string; closes: string }): string => `${i.opens}–${i.closes}`;

export { loadConversions } from './navigation.js';
export { detailStrings };

export function renderDetail(p: ServicePoint, c: DetailContext): TemplateResult {
  const { t, fmt } = c;
  const s = { ...c.s, ...c.local(detailStrings) };
  const enums = { ...t.enums, ...s.enums };
  const hours = p.openingHours;
  const sep = t.locale === 'en' ? ', ' : '、';
  // None until gcoord has loaded (the widget loads it as the detail opens, and renders again).
  const links = navigationLinks(p.name, p.location, { origin: c.origin });
  return html`<article part="detail" aria-labelledby="sp-detail-title">
    <h3 id="sp-detail-title" data-step-heading tabindex="-1">${p.name}</h3>
    <p class="meta">
      <span>${enumLabel(t.locale, enums.servicePointType, p.type)}</span>
      ${openState(p, s)}
      ${p.distanceM !== undefined ? html`<span class="distance">${s.distance(fmt.distance(p.distanceM))}</span>` : nothing}
    </p>
    ${p.status === 'temporarily_closed' ? html`<p class="notice error">${enums.servicePointStatus.temporarily_closed}</p>` : nothing}
    <section class="detail-section">
      <h4>${s.address}</h4>
      <p>${p.address} · ${enumLabel(t.locale, enums.district, p.district)}</p>
      ${p.beds !== undefined && p.monthlyRentFen !== undefined ? html`<p>${s.housing(p.beds, fmt.money(p.monthlyRentFen, { trim: true }))}</p>` : nothing}
    </section>
    <section class="detail-section" part="hours">
      <h4>${s.openingHours}</h4>
      ${hours.open24Hours
        ? html`<p>${s.open24h}</p>`
        : html`<dl class="hours">
            ${WEEKDAYS.map((day, i) => {
              const entry = hours.weekly.find((w) => w.day === i + 1);
              return html`<dt>${enums.weekday[day]}</dt>
                <dd>${entry && entry.intervals.length ? entry.intervals.map(interval).join(sep) : s.closedDay}</dd>`;
            })}
          </dl>`}
      ${hours.closures.length
        ? html`<h4>${s.closures}</h4>
            <ul>
              ${hours.closures.map((cl) => html`<li>${s.closure(fmt.date(cl.from), fmt.date(cl.to), cl.reason)}</li>`)}
            </ul>`
        : nothing}
    </section>
    ${takesAppointments(p) ? renderBooking(p, c, s) : nothing}
    ${p.amenities.length
      ? html`<section class="detail-section">
          <h4>${s.amenityList}</h4>
          <ul class="amenity-list">
            ${p.amenities.map((a) => html`<li>${enumLabel(t.locale, enums.amenity, a)}</li>`)}
          </ul>
        </section>`
      : nothing}
    ${p.mealOffers.length
      ? html`<section class="detail-section">
          <h4>${s.mealOffers}</h4>
          <ul class="meals">
            ${p.mealOffers.map(
              (m) => html`<li>
                ${m.title}
                <span class="price">${m.dailyQuota !== undefined ? s.freeMeal(m.dailyQuota) : fmt.money(m.priceFen, { trim: true })}</span><br />
                <span class="muted">${s.mealWindows(m.windows.map(interval).join(sep))}</span>
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
    ${links.length
      ? html`<section class="detail-section">
          <h4 id="sp-nav-title">${s.navigate}</h4>
          <p class="muted" id="sp-nav-hint">${s.navigateHint}</p>
          <ul class="nav" aria-labelledby="sp-nav-title">
            ${links.map(
              (link) => html`<li>
                <a
                  class="link-button button"
                  part="nav-link"
                  data-app=${link.app}
                  href=${link.href}
                  rel="noreferrer"
                  referrerpolicy="no-referrer"
                  aria-describedby="sp-nav-hint"
                  @click=${(e: MouseEvent) => followRoute(e, p, link.app, c)}
                  >${s.navigateWith[link.app]}</a
                >
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    <div class="actions">
      <button type="button" part="button" @click=${c.back}>${s.backToList}</button>
    </div>
  </article>`;
}
