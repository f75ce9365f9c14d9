/**
 * The part of Leaflet's stylesheet (leaflet/dist/leaflet.css, Leaflet 1.9, BSD-2-Clause © Volodymyr
 * Agafonkin, © CloudMade) that the service map's view uses: panes and layers, tiles, SVG vector
 * markers, the zoom control and zoom animation. Leaflet's markup lives in the widget's shadow root,
 * where the page's stylesheets do not reach, so these rules are adopted into that root (a constructable
 * stylesheet, like Lit's own styles — nothing inline, CSP-safe) when the map first opens.
 *
 * Why a curated copy rather than the whole file: the bundle has no CSS loader (rollup here takes no
 * `?inline`), the full file is 14 KB for popups, image icons, layer switchers and print rules we do not
 * use, and its image URLs would point nowhere. Keep in step with Leaflet's when upgrading it.
 * Changed on purpose: the zoom buttons are 44 px touch targets and use the widget's tokens.
 */
import { css } from 'lit';

export const leafletStyles = css`
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-marker-shadow,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-pane > canvas,
  .leaflet-zoom-box,
  .leaflet-image-layer,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
    background: var(--_color-surface-variant);
    outline-offset: 1px;
    font-size: 0.75rem;
    line-height: 1.5;
  }
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-marker-shadow {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-tile::selection {
    background: transparent;
  }
  .leaflet-container .leaflet-overlay-pane svg {
    max-width: none !important;
    max-height: none !important;
  }
  .leaflet-container .leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
  }
  .leaflet-container img.leaflet-tile {
    mix-blend-mode: plus-lighter;
  }
  .leaflet-container.leaflet-touch-zoom {
    touch-action: pan-x pan-y;
  }
  .leaflet-container.leaflet-touch-drag {
    touch-action: pinch-zoom;
  }
  .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: none;
  }
  .leaflet-container {
    -webkit-user-select: none;
    user-select: none;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-zoom-box {
    width: 0;
    height: 0;
    box-sizing: border-box;
    z-index: 800;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-overlay-pane {
    z-index: 400;
  }
  .leaflet-shadow-pane {
    z-index: 500;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-tooltip-pane {
    z-index: 650;
  }
  .leaflet-popup-pane {
    z-index: 700;
  }
  .leaflet-map-pane canvas {
    z-index: 100;
  }
  .leaflet-map-pane svg {
    z-index: 200;
  }
  .leaflet-control {
    position: relative;
    z-index: 800;
    pointer-events: auto;
    float: left;
    clear: both;
  }
  .leaflet-top,
  .leaflet-bottom {
    position: absolute;
    z-index: 1000;
    pointer-events: none;
  }
  .leaflet-top {
    top: 0;
  }
  .leaflet-right {
    right: 0;
  }
  .leaflet-bottom {
    bottom: 0;
  }
  .leaflet-left {
    left: 0;
  }
  .leaflet-right .leaflet-control {
    float: right;
  }
  .leaflet-top .leaflet-control {
    margin-top: 10px;
  }
  .leaflet-bottom .leaflet-control {
    margin-bottom: 10px;
  }
  .leaflet-left .leaflet-control {
    margin-left: 10px;
  }
  .leaflet-right .leaflet-control {
    margin-right: 10px;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
    }
  }
  .leaflet-zoom-anim .leaflet-tile,
  .leaflet-pan-anim .leaflet-tile {
    transition: none;
  }
  .leaflet-zoom-anim .leaflet-zoom-hide {
    visibility: hidden;
  }
  .leaflet-marker-icon,
  .leaflet-marker-shadow,
  .leaflet-image-layer,
  .leaflet-pane > svg path,
  .leaflet-tile-container {
    pointer-events: none;
  }
  .leaflet-marker-icon.leaflet-interactive,
  .leaflet-image-layer.leaflet-interactive,
  .leaflet-pane > svg path.leaflet-interactive {
    pointer-events: auto;
  }
  .leaflet-interactive {
    cursor: pointer;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab,
  .leaflet-dragging .leaflet-grab .leaflet-interactive {
    cursor: move;
  }
  .leaflet-bar {
    box-shadow: 0 1px 5px rgba(0, 0, 0, 0.65);
    border-radius: var(--_radius);
  }
  .leaflet-bar a {
    display: flex;
    align-items: center;
    justify-content: center;
    width: var(--_touch-target);
    height: var(--_touch-target);
    background-color: var(--_color-surface);
    border-bottom: 1px solid var(--_color-border);
    color: var(--_color-text);
    text-decoration: none;
    font: bold 1.25rem/1 system-ui, sans-serif;
  }
  .leaflet-bar a:first-child {
    border-top-left-radius: var(--_radius);
    border-top-right-radius: var(--_radius);
  }
  .leaflet-bar a:last-child {
    border-bottom-left-radius: var(--_radius);
    border-bottom-right-radius: var(--_radius);
    border-bottom: none;
  }
  .leaflet-bar a.leaflet-disabled {
    cursor: default;
    opacity: 0.5;
  }
  .leaflet-pane > svg path.leaflet-interactive:focus-visible {
    outline: none;
  }
`;
