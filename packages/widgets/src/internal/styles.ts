/**
 * Shared styles: design tokens, light/dark, care mode, focus ring, touch targets, form fields.
 *
 * Tokens. Hosts theme with public custom properties; widgets read private `--_…` copies:
 *
 *   --union-<token>                    global, e.g. `--union-color-primary: #0a7`
 *   --union-<widget>-<token>           one widget, e.g. `--union-service-map-color-primary`
 *
 * A widget adds `widgetTokens('service-map')` to its styles so its own tokens win over the global
 * ones, which win over our defaults (light or dark). Everything is set on the `.base` wrapper that
 * `UnionElement` renders, not on `:host`, so inherited global tokens are never shadowed.
 *
 * Parts (`::part`): `base`, `header`, `heading`, `body`, `footer`, `button` (plus `button-primary`),
 * `field`, `label`, `input`, `hint`, `error`, `loading`, `empty`, `retry`, `hotline`. Widgets add
 * their own with the same words (`card`, `list`, `item`, …).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

interface Token {
  name: string;
  light: string;
  dark?: string;
}

/** Every token: name (without `--union-`), light default, dark default when it differs. */
export const TOKENS: readonly Token[] = [
  { name: 'color-primary', light: '#c8102e', dark: '#ff6b6b' },
  { name: 'color-on-primary', light: '#ffffff', dark: '#1a0004' },
  { name: 'color-surface', light: '#ffffff', dark: '#1c1c1e' },
  { name: 'color-surface-variant', light: '#f6f3f2', dark: '#2c2c2e' },
  { name: 'color-text', light: '#1d1b1b', dark: '#f2f0ef' },
  { name: 'color-text-muted', light: '#5c5554', dark: '#c4bfbe' },
  { name: 'color-border', light: '#8a8180', dark: '#8e8787' },
  { name: 'color-danger', light: '#b00020', dark: '#ff8a80' },
  { name: 'color-success', light: '#1b6e3a', dark: '#7ddc9a' },
  { name: 'color-focus', light: '#005fcc', dark: '#8ab4ff' },
  { name: 'radius', light: '8px' },
  { name: 'font-family', light: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' },
  { name: 'font-size', light: '1rem' },
  { name: 'line-height', light: '1.5' },
  { name: 'space', light: '0.5rem' },
  { name: 'touch-target', light: '44px' },
];

function chain(name: string, fallback: string, widget?: string): string {
  const global = `var(--union-${name}, ${fallback})`;
  return widget ? `var(--union-${widget}-${name}, ${global})` : global;
}

function block(widget: string | undefined, theme: 'light' | 'dark'): string {
  return TOKENS.filter((t) => theme === 'light' || t.dark)
    .map((t) => `--_${t.name}: ${chain(t.name, theme === 'dark' ? t.dark! : t.light, widget)};`)
    .join('');
}

/** Light values, then dark ones under `prefers-color-scheme: dark` (unless `theme=light`) and `theme=dark`. */
function tokenCss(widget?: string): CSSResult {
  const dark = block(widget, 'dark');
  return unsafeCSS(
    `.base{${block(widget, 'light')}}` +
      `@media (prefers-color-scheme: dark){.base:not(.theme-light){${dark}}}` +
      `.base.theme-dark{${dark}}`,
  );
}

/**
 * The per-widget token layer: `--union-<widget>-<token>` falling back to `--union-<token>`.
 * `widget` is the tag without `union-`, e.g. `widgetTokens('membership-join')`.
 */
export function widgetTokens(widget: string): CSSResult {
  return tokenCss(widget);
}

/** Host, wrapper, typography, buttons, links, states, live regions, footer. Every widget starts with it. */
export const baseStyles: CSSResult[] = [
  tokenCss(),
  css`
    :host {
      display: block;
      min-width: 0;
      max-width: 100%;
      box-sizing: border-box;
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
    .state {
      padding: calc(var(--_space) * 2) 0;
    }
    .state-error {
      border-left: 4px solid var(--_color-danger);
      padding-left: calc(var(--_space) * 1.5);
    }
    .state-error .message {
      color: var(--_color-danger);
      font-weight: 600;
    }
    .notice-msg {
      margin: var(--_space) 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-left: 4px solid var(--_color-primary);
      border-radius: var(--_radius);
      background: var(--_color-surface-variant);
    }
    .notice-msg.success {
      border-left-color: var(--_color-success);
    }
    .notice-msg.success::before {
      content: '✓ ';
      color: var(--_color-success);
      font-weight: 600;
    }
    .notice-msg.error {
      border-left-color: var(--_color-danger);
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
    .footer {
      margin-top: calc(var(--_space) * 2);
      padding-top: var(--_space);
      border-top: 1px solid var(--_color-border);
      font-size: 0.9em;
    }
    /* The loading skeleton (loadingTemplate): grey placeholder cards; they pulse only where motion is welcome. */
    .skeleton {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
    }
    .skeleton-card {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_color-surface-variant);
      border-radius: var(--_radius);
    }
    .skeleton-line {
      display: block;
      width: 100%;
      height: 0.875em;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-surface-variant);
      background: color-mix(in srgb, var(--_color-border) 28%, var(--_color-surface));
    }
    .skeleton-heading {
      width: 55%;
      height: 1.25em;
    }
    .skeleton-short {
      width: 35%;
    }
    @media (prefers-reduced-motion: no-preference) {
      .skeleton-line {
        animation: union-skeleton 1.2s ease-in-out infinite alternate;
      }
    }
    @keyframes union-skeleton {
      to {
        opacity: 0.45;
      }
    }
  `,
];

/** Labelled fields (see `field()` in `fields.ts`). */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) * 2);
    min-width: 0;
  }
  .field label,
  .field .label {
    font-weight: 600;
  }
  .field input,
  .field select,
  .field textarea {
    width: 100%;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .field textarea {
    padding: var(--_space);
    min-height: calc(var(--_touch-target) * 2);
  }
  .field [aria-invalid='true'] {
    border: 2px solid var(--_color-danger);
  }
  .field .hint {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .field .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .field .error:empty {
    display: none;
  }
  /* A checkbox or radio sits inside its label; the label is the 44 px target. */
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    min-height: var(--_touch-target);
    padding: calc(var(--_space) / 2) 0;
    cursor: pointer;
  }
  /* Opens the notice a consent agrees to: a link-looking button, still a 44 px target. */
  .notice-link {
    align-self: flex-start;
    min-height: var(--_touch-target);
    margin-inline-start: calc(1.25em + var(--_space));
    padding: 0 calc(var(--_space) / 2);
    border: 0;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
  }
  .choice input {
    min-height: 0;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
  }
`;
