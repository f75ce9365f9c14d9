/**
 * The part of `<union-job-listings>` behind a job in the list (or the host's deep link): the job's
 * detail, loaded on demand (ahead of need once the list is shown). The entry imports it only through
 * `import()`.
 */
export { renderDetail } from './detail-view.js';
export { detailStrings } from './detail-strings.js';
