/**
 * A status timeline (a help request, an insurance claim): what happened and when, oldest first, as an
 * ordered list whose last entry is the current state (`aria-current="step"`). Each entry is a label
 * the widget words (a status in the worker's language), a date-time already formatted, and an
 * optional note (a reason, a decision). Styled by the `timelineLayer` below, which a widget adds to
 * its styles.
 *
 * @csspart timeline - A status timeline, oldest first; the last entry is the current state.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface TimelineEntry {
  /** The status or step, in the worker's language. */
  label: string;
  /** When, formatted (`fmt.dateTime(at)`). */
  at: string;
  /** The machine `at`, for `<time datetime>`. */
  datetime?: string;
  note?: string | undefined;
}

export interface TimelineOptions {
  /** The list's accessible name, e.g. "办理进度". */
  label: string;
  entries: readonly TimelineEntry[];
  /** `part` of the list (default `timeline`). */
  part?: string;
}

export function timeline(o: TimelineOptions): TemplateResult {
  const last = o.entries.length - 1;
  return html`<ol class="timeline" part=${o.part ?? 'timeline'} aria-label=${o.label}>
    ${o.entries.map(
      (e, i) => html`<li class=${i === last ? 'current' : ''} aria-current=${i === last ? 'step' : 'false'}>
        <span class="timeline-label">${e.label}</span>
        <time class="muted" datetime=${e.datetime ?? nothing}>${e.at}</time>
        ${e.note ? html`<span class="timeline-note">${e.note}</span>` : nothing}
      </li>`,
    )}
  </ol>`;
}

/** The timeline's look: a line down the side, a dot per entry, the current one filled in the primary colour. */
export const timelineLayer = css`
  ol.timeline {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0 0 0 calc(var(--_space) * 2.5);
    border-left: 2px solid var(--_color-border);
  }
  ol.timeline > li {
    position: relative;
    display: flex;
    flex-direction: column;
    padding-bottom: var(--_space);
  }
  ol.timeline > li::before {
    content: '';
    position: absolute;
    left: calc(var(--_space) * -2.5 - 7px);
    top: 0.35em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 2px solid var(--_color-primary);
    background: var(--_color-surface);
  }
  ol.timeline > li.current::before {
    background: var(--_color-primary);
  }
  .timeline-label {
    font-weight: 600;
  }
  .timeline-note {
    overflow-wrap: anywhere;
  }
`;
