/**
 * What the <union-service-map> test files share: a rider's position, a session for the map alone, and
 * reading the widget's shadow DOM.
 */
import type { GeoPoint } from '@unionkit/sdk/types';

/** Near 徐汇 (Xujiahui), WGS-84. */
export const XUHUI: GeoPoint = { lat: 31.188, lng: 121.437 };
export const session = () => ({ workerRef: `map-${crypto.randomUUID()}`, components: ['service_map' as const] });

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const text = (el: Element) => root(el).querySelector('[part~="base"]')!.textContent!.replace(/\s+/g, ' ');
/** The ids of the points listed, in order. */
export const shownIds = (el: Element) => $$(el, 'ul.points > li').map((li) => li.dataset['pointId']!);
