/**
 * The base layer every widget starts with: the host, the `.base` wrapper, typography, care mode (关怀模式),
 * the focus ring, buttons and links as 44 px touch targets, small layout helpers (`.stack`, `.row`,
 * `.muted`), the visually hidden text of live regions, and the footer. The host keeps clear of the
 * safe-area insets (`env(safe-area-inset-*)`), each overridable by `--union-safe-area-top|right|bottom|left`.
 */
import { css } from 'lit';

export const baseLayer = css`
  :host {
    display: block;
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
    /* Clear of notches and home indicators in an edge-to-edge webview (viewport-fit=cover; 0 elsewhere). */
    padding: var(--union-safe-area-top, env(safe-area-inset-top, 0px)) var(--union-safe-area-right, env(safe-area-inset-right, 0px))
      var(--union-safe-area-bottom, env(safe-area-inset-bottom, 0px)) var(--union-safe-area-left, env(safe-area-inset-left, 0px));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    --_size: var(--_font-size);
    color-scheme: light;
    font-family: var(--_font-family);
    font-size: var(--_size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    max-width: 100%;
    overflow-wrap: anywhere;
    word-break: normal;
  }
  @media (prefers-color-scheme: dark) {
    .base:not(.theme-light) {
      color-scheme: dark;
    }
  }
  .base.theme-dark {
    color-scheme: dark;
  }
  /* 关怀模式: text at least 1.25×, bigger targets, more space. */
  .base.care {
    --_size: calc(var(--_font-size) * 1.25);
    --_touch-target: 56px;
    --_line-height: 1.6;
  }
  img,
  svg,
  video,
  canvas,
  table,
  pre {
    max-width: 100%;
  }
  h1,
  h2,
  h3,
  h4 {
    line-height: 1.3;
    margin: 0 0 var(--_space);
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  :focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  button,
  .button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: var(--_touch-target);
    max-width: 100%;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-width: var(--_touch-target);
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
    text-align: center;
    text-decoration: none;
    white-space: normal;
  }
  button.primary,
  .button.primary {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_color-primary);
  }
  /* A link that works as a button (tel:, navigation) is a full touch target. */
  a.link-button {
    display: inline-flex;
    align-items: center;
    min-height: var(--_touch-target);
    min-width: var(--_touch-target);
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .identity {
    display: flex !important;
    align-items: center;
    gap: 0.4em;
    margin: var(--_space) 0 0;
    color: var(--_color-primary);
    font-size: 0.85em;
    font-weight: 600;
    visibility: visible !important;
    opacity: 1 !important;
  }
  .identity-mark {
    flex: none;
  }
  .footer {
    margin-top: calc(var(--_space) * 2);
    padding-top: var(--_space);
    border-top: 1px solid var(--_color-border);
    font-size: 0.9em;
  }
`;
