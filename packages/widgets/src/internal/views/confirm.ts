/**
 * The "are you sure?" panel before an action that cannot be undone (cancel cover, cancel a sign-up,
 * leave a waitlist): the question (focusable, `[data-cancel-question]`, so focus can move to it), the
 * error of a failed try, and yes / no buttons (`cancel-yes` busy while running, "retry" after a
 * retryable failure; `cancel-no`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnionErrorInfo } from '../errors.js';

export interface ConfirmPanelOptions {
  question: string;
  error: UnionErrorInfo | undefined;
  running: boolean;
  /** Labels: the yes button, while it runs, after a retryable failure, and the no button. */
  yes: string;
  busy: string;
  retry: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

export function confirmPanel(o: ConfirmPanelOptions): TemplateResult {
  return html`<div class="panel warn" part="cancel-confirm">
    <p data-cancel-question tabindex="-1">${o.question}</p>
    ${o.error ? html`<div class="state state-error" part="error-state"><p class="message">${o.error.message}</p></div>` : nothing}
    <div class="actions">
      <button
        type="button"
        class="primary"
        part="button button-primary cancel-yes"
        aria-busy=${o.running ? 'true' : 'false'}
        @click=${o.onYes}
      >
        ${o.running ? o.busy : o.error?.retryable ? o.retry : o.yes}
      </button>
      <button type="button" part="button cancel-no" @click=${o.onNo}>${o.no}</button>
    </div>
  </div>`;
}
