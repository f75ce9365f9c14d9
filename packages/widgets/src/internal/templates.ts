/** Templates every widget shares: loading, empty, error with retry, the 12351 hotline footer. */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnionErrorInfo } from './errors.js';
import type { Translation } from './localize/translation.js';

/** The union's service hotline (职工服务热线). */
export const HOTLINE = '12351';

export function loadingTemplate(t: Translation): TemplateResult {
  return html`<div class="state" part="loading" aria-busy="true">
    <span class="spinner" aria-hidden="true"></span> ${t.common.loading}
  </div>`;
}

export function emptyTemplate(t: Translation, message?: string): TemplateResult {
  return html`<div class="state muted" part="empty">${message ?? t.common.empty}</div>`;
}

/** The error with a retry button (`part="button retry"`) and, when known, the request id to quote. */
export function errorTemplate(t: Translation, error: UnionErrorInfo, onRetry?: () => void): TemplateResult {
  return html`<div class="state state-error" part="error-state">
    <p class="message">${error.message}</p>
    ${onRetry
      ? html`<button type="button" part="button retry" class="primary" @click=${onRetry}>${t.common.retry}</button>`
      : nothing}
    ${error.requestId ? html`<p class="muted">${t.common.supportReference(error.requestId)}</p>` : nothing}
  </div>`;
}

/** The footer of every widget: the 12351 hotline as a `tel:` link. */
export function hotlineFooter(t: Translation): TemplateResult {
  return html`<div class="footer" part="footer">
    <a class="link-button" part="hotline" href="tel:${HOTLINE}">${t.common.hotlineLabel} ${HOTLINE}</a>
  </div>`;
}
