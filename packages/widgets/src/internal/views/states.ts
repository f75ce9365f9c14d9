/**
 * The states every widget shows (styled by `styles/states.ts`): loading, empty, error with retry, a
 * message about what just happened, and the 12351 hotline footer.
 *
 * @csspart loading - Loading state.
 * @csspart empty - Empty state.
 * @csspart error-state - An error, with `retry` when trying again can help.
 * @csspart retry - The button that tries again.
 * @csspart button-primary - The main button of a view, step or panel (also a `button`).
 * @csspart notice - A message about what just happened, with its kind as a second part (also `success`, `info`, `error`).
 * @csspart footer - The footer with the union hotline.
 * @csspart hotline - The 12351 union hotline link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { offersRetry, type UnionErrorInfo } from '../errors.js';
import type { Translation } from '../localize/translation.js';

/** The union's service hotline (职工服务热线). */
export const HOTLINE = '12351';

/**
 * The loading state: a skeleton of grey placeholder cards in the shape of what is coming, shown from
 * the first render (also while the provider has no client or the token is on its way). The region is
 * `aria-busy`; screen readers hear "正在加载…" once — the placeholders are hidden from them. The pulse
 * runs only under `prefers-reduced-motion: no-preference`.
 */
export function loadingTemplate(t: Translation, cards = 2): TemplateResult {
  const card = html`<div class="skeleton-card" aria-hidden="true">
    <span class="skeleton-line skeleton-heading"></span><span class="skeleton-line"></span
    ><span class="skeleton-line skeleton-short"></span>
  </div>`;
  return html`<div class="state skeleton" part="loading" aria-busy="true">
    <span class="visually-hidden">${t.common.loading}</span>${Array.from({ length: Math.max(1, cards) }, () => card)}
  </div>`;
}

export function emptyTemplate(t: Translation, message?: string): TemplateResult {
  return html`<div class="state muted" part="empty">${message ?? t.common.empty}</div>`;
}

/**
 * The error with a retry button (`part="button retry"`) and, when known, the request id to quote. No
 * retry for a fault in the page's setup (`offersRetry`), which trying again cannot mend.
 */
export function errorTemplate(t: Translation, error: UnionErrorInfo, onRetry?: () => void): TemplateResult {
  return html`<div class="state state-error" part="error-state">
    <p class="message">${error.message}</p>
    ${onRetry && offersRetry(error)
      ? html`<button type="button" part="button retry" class="primary" @click=${onRetry}>${t.common.retry}</button>`
      : nothing}
    ${error.requestId ? html`<p class="muted">${t.common.supportReference(error.requestId)}</p>` : nothing}
  </div>`;
}

/** A failure in the danger colour, without a retry of its own (the button that failed is the retry). */
export function errorMessage(error: UnionErrorInfo): TemplateResult {
  return html`<div class="state state-error" part="error-state"><p class="message">${error.message}</p></div>`;
}

/**
 * A message about what just happened, in the colour of its kind: `success` (the success token, with a
 * ✓), `error` (the danger token) or `info` (the primary colour). Success and error never share a colour.
 * `part="notice <kind>"`.
 */
export function noticeTemplate(kind: 'success' | 'error' | 'info', content: unknown): TemplateResult {
  return html`<div class="notice-msg ${kind}" part="notice ${kind}">${content}</div>`;
}

/**
 * The union's one identity (统一标识) under every widget: the 上海工会 mark and name. It is not a part
 * and no subclass renders it, so partner theming recolours it (it follows `--union-color-primary`)
 * but cannot hide or replace it; the mark is decorative, the name is read out.
 */
export function identityMark(t: Translation): TemplateResult {
  return html`<p class="identity" lang="zh-CN">
    <svg class="identity-mark" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path d="M6.5 7h11M12 7v10M5.5 17h13" stroke="var(--_color-surface, #fff)" stroke-width="2.2" stroke-linecap="round" />
    </svg>
    <span class="identity-name">上海工会</span>${t.common.identityName !== '上海工会'
      ? html` <span class="identity-name-alt" lang=${t.locale}>${t.common.identityName}</span>`
      : nothing}
  </p>`;
}

/** The footer of every widget: the 12351 hotline as a `tel:` link. */
export function hotlineFooter(t: Translation): TemplateResult {
  return html`<div class="footer" part="footer">
    <a class="link-button" part="hotline" href="tel:${HOTLINE}">${t.common.hotlineLabel} ${HOTLINE}</a>
  </div>`;
}
