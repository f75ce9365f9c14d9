/**
 * The part of `<union-insurance-enrol>` behind 一键参保, loaded on demand (ahead of need once the plans
 * show): the confirmation and sending it. The entry imports it only through `import()`.
 */
export { renderConfirm } from './confirm-view.js';
export { submitEnrolment } from './enrol-send.js';
