/**
 * The part of `<union-job-listings>` behind the "我的投递" tab: the worker's applications and the
 * withdraw that asks first, loaded on demand (ahead of need once the list is shown). The entry imports
 * it only through `import()`.
 */
export { renderMine } from './mine-view.js';
export { mineStrings } from './mine-strings.js';
export { Withdrawal } from './withdrawal.js';
