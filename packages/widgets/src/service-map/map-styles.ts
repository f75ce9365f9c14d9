/**
 * What the service map draws inside its frame, adopted into the widget's shadow root when the map first
 * opens (with the map engine, in its chunk; a page that only lists points never loads it): the
 * widget's markers and offline basemap coloured by its tokens, then Leaflet's own rules.
 */
import { css } from 'lit';
import { leafletStyles } from './leaflet-styles.js';

const markerStyles = css`
  /* Leaflet's vector markers, coloured by the widget's tokens (CSS wins over the SVG attributes):
     a visible dot, and around it the transparent 46 px target that takes taps and keyboard focus. */
  .sp-dot {
    stroke: var(--_color-surface);
    fill: var(--_color-primary);
    fill-opacity: 0.9;
  }
  .sp-dot.closed {
    fill: var(--_color-text-muted);
  }
  .sp-marker {
    fill: var(--_color-primary);
    fill-opacity: 0;
    stroke: var(--_color-focus);
    stroke-opacity: 0;
  }
  .sp-marker:focus-visible,
  .sp-marker:hover {
    stroke-opacity: 1;
  }
  .sp-leg {
    stroke: var(--_color-text-muted);
    stroke-opacity: 0.8;
    fill: none;
  }
  /* The offline basemap: districts as land on the map's background, their borders visible. */
  .sp-district {
    fill: var(--_color-surface);
    fill-opacity: 1;
    stroke: var(--_color-border);
    stroke-opacity: 0.9;
  }
  .here-marker {
    stroke: var(--_color-surface);
    fill: var(--_color-success);
    fill-opacity: 1;
  }
  .origin-marker {
    stroke: var(--_color-surface);
    fill: var(--_color-focus);
    fill-opacity: 1;
  }
`;

/** The markers' rules first, Leaflet's after them (the order they had in the widget's styles). */
export const mapStyles = css`${markerStyles}${leafletStyles}`;
