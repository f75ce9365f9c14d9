/**
 * The tabs that switch a widget's views ("全部活动 / 我的报名", "列表 / 地图"), styled by
 * `styles/segmented.ts`. WAI-ARIA tabs with manual activation: a `tablist` of buttons with `role="tab"`
 * and `aria-selected`; only the selected tab is in the Tab order, the arrow keys (and Home / End) move
 * between tabs, Enter or Space (or a tap) selects one. Moving focus never switches the view by itself,
 * so a worker on a slow network does not start a load with every arrow press.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface Segment<V extends string> {
  value: V;
  label: string;
}

export interface SegmentedOptions<V extends string> {
  /** What the tabs choose between, for screen readers (`aria-label` of the tablist). */
  label: string;
  segments: ReadonlyArray<Segment<V>>;
  selected: V;
  onSelect: (value: V) => void;
  /** `part` of the tablist (e.g. `views`, `tabs`). */
  part: string;
  /** `part` of each tab (default `button tab`). */
  tabPart?: string;
  /** The id of the element the tabs show (`aria-controls`), when there is one. */
  controls?: string;
  /** The selected tab outlined rather than filled (the event and insurance widgets' look). */
  outline?: boolean;
}

const KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Moves focus between the tabs of a tablist on the arrow keys, Home and End. */
function onKeydown(e: KeyboardEvent): void {
  const move = KEYS[e.key];
  if (!move) return;
  const tabs = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]')];
  const from = tabs.indexOf(e.target as HTMLElement);
  if (from < 0) return;
  e.preventDefault();
  tabs[move(from, tabs.length)]!.focus();
}

export function segmented<V extends string>(o: SegmentedOptions<V>): TemplateResult {
  return html`<div class="segmented${o.outline ? ' outline' : ''}" part=${o.part} role="tablist" aria-label=${o.label} @keydown=${onKeydown}>
    ${o.segments.map((seg) => {
      const selected = seg.value === o.selected;
      return html`<button
        type="button"
        role="tab"
        part=${o.tabPart ?? 'button tab'}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls=${ifDefined(o.controls)}
        tabindex=${selected ? '0' : '-1'}
        @click=${() => o.onSelect(seg.value)}
      >
        ${seg.label}
      </button>`;
    })}
  </div>`;
}
