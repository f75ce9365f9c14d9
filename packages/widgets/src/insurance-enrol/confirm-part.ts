/**
 * The part of `<union-insurance-enrol>` behind 一键参保, loaded on demand (ahead of need once the plans
 * show): the confirmation's state (made here the first time, then held by the element), its view and
 * sending it. The entry imports it only through `import()`.
 */
import type { WidgetHost } from '../internal/controllers/host.js';
import { EnrolForm } from './enrol-form.js';

export { confirmStrings } from './confirm-strings.js';
export { renderConfirm } from './confirm-view.js';
export { submitEnrolment } from './enrol-send.js';
export type { EnrolForm } from './enrol-form.js';

/** The confirmation's state: what the worker chose and typed, and the one enrolment create. */
export function createEnrolForm(host: WidgetHost): EnrolForm {
  return new EnrolForm(host);
}
