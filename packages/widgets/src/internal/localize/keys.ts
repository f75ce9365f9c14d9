/**
 * The keys of every string a platform can replace (`<union-provider>.strings`, `setStringOverrides`) or
 * give in a registered locale (`registerLocale`), typed from the tables themselves, so a key that does
 * not exist is a compile error. A key is the table's id, then the path inside it:
 *
 * - the shared table (`./translation.ts`): `common.retry`, `errors.network_error`, `enums.district.310104`;
 * - a widget's own table, by the id its `localStrings('id', …)` declares: `membershipFlow.submitApplication`,
 *   `serviceMap.title`, `membershipFlow.benefits.0.title`.
 *
 * A message that takes values is a function in the tables and in an override:
 * `'common.stepOf': (step, total) => …`.
 */
import type { EventSignupStrings } from '../../event-signup/strings.js';
import type { DetailStrings as EventDetailStrings } from '../../event-signup/detail-strings.js';
import type { HelpDeskStrings } from '../../help-desk/strings.js';
import type { HelpFormStrings } from '../../help-desk/form-strings.js';
import type { HelpMineStrings } from '../../help-desk/mine-strings.js';
import type { MembershipJoinStrings } from '../../membership-join/strings.js';
import type { JoinFlowStrings } from '../../membership-join/flow-strings.js';
import type { InsuranceEnrolStrings } from '../../insurance-enrol/strings.js';
import type { ClaimStrings } from '../../insurance-enrol/claim-strings.js';
import type { PaymentStrings } from '../../insurance-enrol/payment-strings.js';
import type { ConfirmStrings } from '../../insurance-enrol/confirm-strings.js';
import type { JobListingsStrings } from '../../job-listings/strings.js';
import type { ApplyStrings } from '../../job-listings/apply-strings.js';
import type { MineStrings } from '../../job-listings/mine-strings.js';
import type { DetailStrings as JobDetailStrings } from '../../job-listings/detail-strings.js';
import type { UploadStrings } from '../upload/strings.js';
import type { SlotStrings } from '../views/slot-strings.js';
import type { MapStrings } from '../../service-map/map-strings.js';
import type { ServiceMapStrings } from '../../service-map/strings.js';
import type { DetailStrings as PointDetailStrings } from '../../service-map/detail-strings.js';
import type { Translation, UnionLocale } from './translation.js';

/** The widgets' own tables by id (the first argument of their `localStrings(…)`). */
export interface WidgetStringTables {
  membership: MembershipJoinStrings;
  membershipFlow: JoinFlowStrings;
  insurance: InsuranceEnrolStrings;
  insuranceClaim: ClaimStrings;
  insurancePayment: PaymentStrings;
  insuranceConfirm: ConfirmStrings;
  serviceMap: ServiceMapStrings;
  serviceMapMap: MapStrings;
  serviceMapDetail: PointDetailStrings;
  events: EventSignupStrings;
  eventsDetail: EventDetailStrings;
  jobs: JobListingsStrings;
  jobsApply: ApplyStrings;
  jobsMine: MineStrings;
  jobsDetail: JobDetailStrings;
  helpDesk: HelpDeskStrings;
  helpDeskForm: HelpFormStrings;
  helpDeskMine: HelpMineStrings;
  upload: UploadStrings;
  slots: SlotStrings;
}

/** Every table a key can name: the shared one's sections and the widgets' tables. */
export type StringTables = Omit<Translation, 'locale'> & WidgetStringTables;

type Message = string | ((...args: never[]) => string);

/** The dotted keys of a table's strings (arrays by index: `benefits.0.title`). */
export type KeysOf<T> = {
  [K in keyof T & (string | number)]: T[K] extends Message
    ? `${K}`
    : T[K] extends readonly (infer E)[]
      ? E extends Message
        ? `${K}.${number}`
        : `${K}.${number}.${KeysOf<E>}`
      : `${K}.${KeysOf<T[K]>}`;
}[keyof T & (string | number)];

/** The type of the string (or message function) at a dotted key. */
export type ValueAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? T extends readonly (infer E)[]
    ? ValueAt<E, Rest>
    : Head extends keyof T
      ? ValueAt<T[Head], Rest>
      : never
  : T extends readonly (infer E)[]
    ? E
    : K extends keyof T
      ? T[K]
      : never;

/** Every key a platform can override, e.g. `'membershipFlow.submitApplication'` or `'common.retry'`. */
export type StringKey = KeysOf<StringTables>;

/** One locale's overrides: any of the keys, each with its own type. */
export type LocaleStringOverrides = { [K in StringKey]?: ValueAt<StringTables, K> };

/**
 * Overrides per locale: `{ 'zh-CN': { 'membershipFlow.submitApplication': '立即入会' }, en: { … } }`. A tag
 * is resolved like the `locale` attribute (`zh-Hant-TW` → `zh-TW`).
 */
export type StringOverrides = Partial<Record<UnionLocale, LocaleStringOverrides>>;

/** A table with every string optional, at any depth: what a registered locale gives. */
export type PartialTable<T> = T extends Message ? T : T extends readonly (infer E)[] ? readonly PartialTable<E>[] : { [K in keyof T]?: PartialTable<T[K]> };
