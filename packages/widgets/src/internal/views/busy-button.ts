/**
 * A button for something that takes a moment (send, confirm, load more): while it runs it says so in
 * its label ("正在提交…") and is `aria-busy`, so a screen reader hears the wait and a second tap does
 * not look like it was lost. Whether it is also disabled meanwhile is the caller's choice: a disabled
 * button drops keyboard focus, so buttons that keep the worker's place stay enabled (the action itself
 * ignores a second press while one runs).
 *
 * @csspart button - Every button.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface BusyButtonOptions {
  label: string;
  /** The label while it runs. */
  busyLabel: string;
  busy: boolean;
  onClick: () => void;
  /** `part` names (default `button`; add `button-primary` for the primary action). */
  part?: string;
  /** The primary action of its view (filled). */
  primary?: boolean;
  /** Another look, e.g. `danger`. */
  className?: string;
  id?: string;
  disabled?: boolean;
  /** The id of text that explains the button (why it is disabled, what happens). */
  describedBy?: string | undefined;
  /** A label for screen readers that names what the button acts on. */
  ariaLabel?: string | undefined;
}

export function busyButton(o: BusyButtonOptions): TemplateResult {
  const cls = [o.primary ? 'primary' : '', o.className ?? ''].filter(Boolean).join(' ');
  return html`<button
    type="button"
    id=${ifDefined(o.id)}
    class=${ifDefined(cls || undefined)}
    part=${o.part ?? 'button'}
    ?disabled=${!!o.disabled}
    aria-busy=${o.busy ? 'true' : 'false'}
    aria-describedby=${ifDefined(o.describedBy)}
    aria-label=${ifDefined(o.ariaLabel)}
    @click=${o.onClick}
  >
    ${o.busy ? o.busyLabel : o.label}
  </button>`;
}
