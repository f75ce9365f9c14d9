/**
 * The "are you sure?" panel before an action that cannot be undone (cancel cover, cancel a sign-up,
 * leave a waitlist): the question (focusable, `[data-cancel-question]`, so focus can move to it), the
 * error of a failed try, and yes / no buttons (`cancel-yes` busy while running, "retry" after a
 * retryable failure; `cancel-no`).
 *
 * @csspart cancel-confirm - The "are you sure?" panel before an action that cannot be undone.
 * @csspart cancel-no - Its button that keeps things as they are.
 * @csspart cancel-yes - Its button that goes ahead.
 * @csspart button-primary - The main button of a step or panel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnionErrorInfo } from '../errors.js';
import type { Translation } from '../localize/translation.js';
import { busyButton } from './busy-button.js';
import { errorMessage } from './states.js';

export interface ConfirmPanelOptions {
  t: Translation;
  question: string;
  error: UnionErrorInfo | undefined;
  running: boolean;
  /** The yes button, when not "确定取消" (e.g. "确定退出候补"); while it runs it says "正在取消…",
   *  after a retryable failure "重试", and the no button "不取消". */
  yes?: string | undefined;
  onYes: () => void;
  onNo: () => void;
}

export function confirmPanel(o: ConfirmPanelOptions): TemplateResult {
  return html`<div class="panel warn" part="cancel-confirm">
    <p data-cancel-question tabindex="-1">${o.question}</p>
    ${o.error ? errorMessage(o.error) : nothing}
    <div class="actions">
      ${busyButton({
        primary: true,
        part: 'button button-primary cancel-yes',
        label: o.error?.retryable ? o.t.common.retry : (o.yes ?? o.t.common.confirmCancel),
        busyLabel: o.t.common.cancelling,
        busy: o.running,
        onClick: o.onYes,
      })}
      <button type="button" part="button cancel-no" @click=${o.onNo}>${o.t.common.keep}</button>
    </div>
  </div>`;
}
