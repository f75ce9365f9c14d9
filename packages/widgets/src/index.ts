/**
 * `@unionkit/widgets`: the element classes and the events they dispatch — what the package's README
 * ("Exports") describes, and nothing else. Importing this module registers no tag; import
 * `@unionkit/widgets/define.js` (all) or `@unionkit/widgets/<widget>.js` (one) for that. The shared
 * machinery (base class, context, localisation, formatting) stays under `internal/`.
 */
export { UnionProvider } from './provider/provider.js';
export { UnionMembershipJoin } from './membership-join/membership-join.js';
export { UnionJobListings } from './job-listings/job-listings.js';
export { UnionServiceMap } from './service-map/service-map.js';
export { UnionInsuranceEnrol } from './insurance-enrol/insurance-enrol.js';
export { UnionEventSignup } from './event-signup/event-signup.js';
export { UnionHelpDesk } from './help-desk/help-desk.js';
export type { UnionMode, UnionTheme } from './internal/context.js';
export type { UnionLocale } from './internal/localize/translation.js';
export { loadTranslation, resolveLocale } from './internal/localize/index.js';
export { registerLocale, type LocaleSource, type LocaleTables } from './internal/localize/register.js';
export { setStringOverrides } from './internal/localize/overrides.js';
export type { StringKey, StringOverrides, LocaleStringOverrides, WidgetStringTables } from './internal/localize/keys.js';
export * from './events/index.js';
