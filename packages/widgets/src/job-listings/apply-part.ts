/**
 * The part of `<union-job-listings>` behind 投递简历, loaded on demand (ahead of need once the list is
 * shown): the application form, its checks (the contract's resident ID and mobile checks) and sending,
 * and the "sent" view. The entry imports it only through `import()`.
 */
export { renderApplied, renderApply } from './apply-view.js';
export { applyStrings } from './apply-strings.js';
