/**
 * The token layer. Hosts theme with public custom properties; widgets read private `--_…` copies:
 *
 *   --union-<token>                    global, e.g. `--union-color-primary: #0a7`
 *   --union-<widget>-<token>           one widget, e.g. `--union-service-map-color-primary`
 *
 * A widget adds `widgetTokens('service-map')` to its styles so its own tokens win over the global
 * ones, which win over our defaults (light or dark). Everything is set on the `.base` wrapper that
 * `UnionElement` renders, not on `:host`, so inherited global tokens are never shadowed.
 */
import { unsafeCSS, type CSSResult } from 'lit';

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
export function tokenCss(widget?: string): CSSResult {
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
