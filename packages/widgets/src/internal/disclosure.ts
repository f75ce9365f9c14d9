/**
 * A disclosure (show/hide) for a group of filters that looks like it opens: a full-width button with
 * `aria-expanded` and `aria-controls`, a chevron that turns when open, and how many of its filters are
 * set (so a closed group still says that it narrows the results). The panel stays in the DOM while
 * closed (`hidden`), so what the worker chose is kept.
 *
 * @csspart disclosure - A group that shows and hides (filters).
 * @csspart disclosure-toggle - Its show/hide button.
 */
import { css, html, type TemplateResult } from 'lit';

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
      part="button disclosure-toggle"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${o.id}
      @click=${o.onToggle}
    >
      <span>${o.label}<span class="disclosure-count">${o.count}</span></span>
      <span class="disclosure-icon" aria-hidden="true"></span>
    </button>
    <div id=${o.id} ?hidden=${!o.open}>${o.content}</div>
  </div>`;
}

/** On top of the shared button styles (a touch target with rounded corners): full width, label at the start. */
export const disclosureStyles = css`
  .disclosure {
    margin-bottom: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .disclosure > button {
    display: flex;
    justify-content: space-between;
    width: 100%;
    border: 0;
    background: var(--_color-surface-variant);
    font-weight: 600;
    text-align: start;
  }
  .disclosure-count {
    color: var(--_color-primary);
  }
  /* A chevron that points down when closed and up when open. */
  .disclosure-icon {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.3em;
    border: solid;
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true'] > .disclosure-icon {
    transform: translateY(25%) rotate(-135deg);
  }
  .disclosure > div {
    padding: var(--_space);
  }
`;
