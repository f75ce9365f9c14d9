/**
 * A disclosure (show/hide) for a group of filters that looks like it opens: a full-width button with
 * `aria-expanded` and `aria-controls`, a chevron that turns when open, and how many of its filters are
 * set (so a closed group still says that it narrows the results). The panel stays in the DOM while
 * closed (`hidden`), so what the worker chose is kept.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface DisclosureOptions {
  /** Id of the panel (unique within the shadow root). */
  id: string;
  label: string;
  /** Shown after the label, e.g. "（已选 2 项）"; '' when none is set. */
  count: string;
  open: boolean;
  onToggle: () => void;
  content: TemplateResult;
  /** Part name of the wrapper (default `disclosure`). */
  part?: string;
}

export function disclosure(o: DisclosureOptions): TemplateResult {
  return html`<div class="disclosure" part=${o.part ?? 'disclosure'}>
    <button
      type="button"
      class="disclosure-toggle"
      part="button disclosure-toggle"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${o.id}
      @click=${o.onToggle}
    >
      <span class="disclosure-label">${o.label}${o.count ? html`<span class="disclosure-count">${o.count}</span>` : nothing}</span>
      <span class="disclosure-icon" aria-hidden="true"></span>
    </button>
    <div id=${o.id} class="disclosure-panel" ?hidden=${!o.open}>${o.content}</div>
  </div>`;
}

export const disclosureStyles = css`
  .disclosure {
    margin-bottom: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  button.disclosure-toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    width: 100%;
    min-height: var(--_touch-target);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_color-surface-variant);
    color: var(--_color-text);
    font-weight: 600;
    text-align: start;
  }
  .disclosure-count {
    color: var(--_color-primary);
  }
  .disclosure-icon {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.3em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true'] > .disclosure-icon {
    transform: translateY(25%) rotate(-135deg);
  }
  .disclosure-panel {
    padding: var(--_space);
  }
  .disclosure-panel[hidden] {
    display: none;
  }
`;
