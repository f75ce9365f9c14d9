/**
 * The part of `<union-insurance-enrol>` with the worker's cover — the result of an enrolment, "我的保障"
 * and the certificate — loaded on demand (ahead of need once the plans show). The entry imports it only
 * through `import()`.
 */
export { renderEnrolment, renderEnrolmentFacts, resultText } from './enrolment-view.js';
