/**
 * The part of `<union-insurance-enrol>` behind 一键参保, loaded on demand (ahead of need once the plans
 * show): the confirmation's state (made here the first time, then held by the element), its words, its
 * view and sending it. The entry imports it only through `import()`.
 */
import type { TemplateResult } from 'lit';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { ConfirmStrings } from './confirm-strings.js';
import { renderConfirm, type ConfirmActions } from './confirm-view.js';
import { EnrolForm } from './enrol-form.js';
import type { InsurancePlanRow, InsuranceViewContext } from './shared.js';

export { confirmStrings } from './confirm-strings.js';
export { submitEnrolment } from './enrol-send.js';
export type { EnrolForm } from './enrol-form.js';

/** The confirmation's state: what the worker chose and typed, and the one enrolment create. */
export function createEnrolForm(host: WidgetHost): EnrolForm {
  return new EnrolForm(host);
}

/** The confirmation of `row`, showing and changing what the worker chose and typed in `form`. */
export function confirmView(
  ctx: InsuranceViewContext,
  cs: ConfirmStrings,
  row: InsurancePlanRow,
  form: EnrolForm,
  actions: Omit<ConfirmActions, 'setShare' | 'setBirthDate'>,
  consentNotice: TemplateResult,
): TemplateResult {
  const formActions = { setShare: (on: boolean) => form.setShare(on), setBirthDate: (value: string) => form.setBirthDate(value) };
  return renderConfirm(ctx, cs, row, form.state, { ...actions, ...formActions }, consentNotice);
}
