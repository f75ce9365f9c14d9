/**
 * The part of `<union-insurance-enrol>` with the worker's cover — the result of an enrolment, "我的保障"
 * (and cancelling), the certificate and the premium due — loaded on demand (ahead of need once the plans show). The entry imports it only
 * through `import()`.
 */
export { renderCertificate, renderEnrolments, renderResult } from './enrolment-view.js';
export { renderPayment } from './payment-view.js';
export { paymentStrings } from './payment-strings.js';
export { coverStrings } from './cover-strings.js';
export { PaymentHandoff } from './payment.js';
export { EnrolmentCancellation } from './cancellation.js';
