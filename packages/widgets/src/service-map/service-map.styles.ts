import { css } from 'lit';
import { disclosureStyles } from '../internal/disclosure.js';
import { baseStyles, fieldStyles, itemListLayer, segmentedLayer, widgetTokens } from '../internal/styles.js';

/**
 * What only `<union-service-map>` draws: locating, filters, opening state, hours, amenities, routes, the
 * map's frame (what the map draws inside it comes with the map engine: map-styles.ts).
 */
const own = css`
  .locate {
    margin-bottom: calc(var(--_space) * 2);
  }
  .locate p {
    font-size: 0.9em;
    margin: calc(var(--_space) / 2) 0 0;
  }
  form.filters {
    margin-bottom: calc(var(--_space) * 2);
  }
  fieldset.amenities {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr));
    column-gap: var(--_space);
  }
  fieldset.amenities legend {
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  fieldset.amenities .field,
  .open-now .field {
    margin-bottom: 0;
  }
  .open-state {
    font-weight: 600;
  }
  .open-state.open {
    color: var(--_color-success);
  }
  .open-state.closed {
    color: var(--_color-text-muted);
  }
  .open-state.suspended {
    color: var(--_color-danger);
  }
  .distance {
    color: var(--_color-text);
    font-weight: 600;
  }
  dl.hours {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  dl.hours dt {
    font-weight: 600;
  }
  dl.hours dd {
    margin: 0;
  }
  ul.amenity-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    padding: 0 !important;
    list-style: none;
  }
  ul.amenity-list li {
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0 calc(var(--_space) / 1.5);
    font-size: 0.9em;
  }
  ul.meals li {
    margin-bottom: calc(var(--_space) / 2);
  }
  .price {
    font-weight: 600;
    color: var(--_color-primary);
  }
  ul.nav {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: 0 !important;
    list-style: none;
  }
  ul.nav a,
  a.call {
    width: 100%;
    justify-content: center;
  }
  .map-wrap {
    margin-bottom: calc(var(--_space) * 2);
  }
  .map {
    position: relative;
    width: 100%;
    height: var(--union-service-map-map-height, 18rem);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .map-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .locate-note {
    flex: 1 1 12em;
    margin: 0;
    font-size: 0.9em;
  }
  .map-note {
    font-size: 0.9em;
    margin: calc(var(--_space) / 2) 0 0;
  }
`;

/** `<union-service-map>`: the shared layers, then its own. Colours come from the token layer. */
export const serviceMapStyles = [
  ...baseStyles,
  widgetTokens('service-map'),
  fieldStyles,
  disclosureStyles,
  segmentedLayer,
  itemListLayer,
  own,
];
