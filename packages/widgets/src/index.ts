/**
 * `@unionkit/widgets`: the classes, events and shared pieces. Importing this module registers no
 * tag; import `@unionkit/widgets/define.js` (all) or `@unionkit/widgets/<widget>.js` (one) for that.
 */
export { UnionProvider } from './provider/provider.js';
export { UnionMembershipJoin } from './membership-join/membership-join.js';
export { UnionJobListings } from './job-listings/job-listings.js';
export { UnionServiceMap } from './service-map/service-map.js';
export { UnionInsuranceEnrol } from './insurance-enrol/insurance-enrol.js';
export { UnionEventSignup } from './event-signup/event-signup.js';
export { UnionElement, AsyncState, type LoadStatus, type ActionResult } from './internal/base.js';
export { unionContext, type UnionContextValue, type UnionMode, type UnionTheme } from './internal/context.js';
export type { UnionErrorInfo } from './internal/errors.js';
export { getTranslation, loadTranslation, resolveLocale, type Translation, type UnionLocale } from './internal/localize/index.js';
export { formatter, type Formatter } from './internal/format.js';
export * from './events/index.js';
