/**
 * The shape of every locale's strings. Each locale file is `const xx: Translation = {…}`, so a string
 * missing from a locale is a compile error. Enum tables are `Record<EnumOfTheContract, string>`, so a
 * value the contract adds is a compile error too, until every locale names it.
 *
 * Widget sections (`membership`, `insurance`, …) hold what that widget alone says; `common` what
 * every widget says. Messages that take values are functions: `placesLeft: (n) => …`.
 */
import type {
  Amenity,
  BenefitKind,
  ConsentPurpose,
  DistrictCode,
  EligibilityReason,
  EmploymentType,
  EnrolmentStatus,
  ErrorCode,
  EventCategory,
  FieldError,
  JobApplicationStatus,
  MembershipApplicationStatus,
  MembershipStatus,
  Occupation,
  PremiumPayer,
  RegistrationStatus,
  ServicePointStatus,
  ServicePointType,
} from '@unionkit/sdk/types';

/** The locales written by hand: Simplified Chinese (the default) and English. */
export type BaseLocale = 'zh-CN' | 'en';

/**
 * A locale a widget speaks: the hand-written ones, Traditional Chinese generated from zh-CN at build
 * time (`zh-TW` with Taiwan phrasing, `zh-HK` with Hong Kong's), or one a platform registered with
 * `registerLocale()` (any BCP 47 tag, e.g. `fr`).
 */
export type UnionLocale = BaseLocale | 'zh-TW' | 'zh-HK' | (string & {});

/**
 * Codes a widget can report besides the API's own `ErrorCode`s: `provider_missing` (neither a
 * `<union-provider>` around it nor a `client`), `token_fetch_failed` (the provider's `fetchToken`
 * failed or gave no `wst_…` client token), `not_configured` (a provider without its client yet).
 */
export type ClientErrorCode = 'network_error' | 'timeout' | 'unknown_error' | 'not_configured' | 'provider_missing' | 'token_fetch_failed';
export type UnionErrorCode = ErrorCode | ClientErrorCode;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Translation {
  /** BCP 47 tag, also used for `lang` on the widget's root. */
  locale: UnionLocale;

  common: {
    loading: string;
    loaded: string;
    empty: string;
    retry: string;
    back: string;
    next: string;
    submit: string;
    submitting: string;
    close: string;
    details: string;
    loadMore: string;
    /** The load-more button while the next page is on its way. */
    loadingMore: string;
    /** The way in for a worker who is not a member yet (asks the host for the join flow). */
    joinUnion: string;
    /** The confirm panel before cancelling something: yes, while it runs, and no. */
    confirmCancel: string;
    cancelling: string;
    keep: string;
    optional: string;
    /** A text box's counter, e.g. "16/2000 字". */
    characterCount: (count: number, max: number) => string;
    /** A text box over its limit, e.g. "最多 100 字，已超出 1 字". */
    tooManyCharacters: (over: number, max: number) => string;
    /** Step counter, e.g. "第 2 步，共 5 步". */
    stepOf: (step: number, total: number) => string;
    /** "职工服务热线". */
    hotlineLabel: string;
    /** The union's name in this language, said beside the 上海工会 mark when it differs ("上海工会" in zh-CN). */
    identityName: string;
    /** The button beside a consent that opens its privacy notice (or the charter) in full. */
    readNotice: string;
    /** The version a notice (and so a consent) names, e.g. "告知书版本 2026-11". */
    noticeVersion: (version: string) => string;
    /** Shown with a request id when a problem persists. */
    supportReference: (requestId: string) => string;
  };

  provider: {
    /** Shown (and announced) by a widget that has neither a client nor a provider with a token. */
  };

  enums: Pick<
    WidgetEnums,
    'occupation' | 'district' | 'fieldError'
  >;

  /** A friendly message per error code, shown to the worker (never the API's own `detail`). */
  errors: Record<UnionErrorCode, string>;
}

/**
 * Labels of every enum of the contract. The shared table (`Translation.enums`) holds those several
 * widgets use; a widget keeps the ones only it uses in its own strings (`Pick<WidgetEnums, …>`), so
 * they ship with that widget.
 */
export interface WidgetEnums {
  occupation: Record<Occupation, string>;
  district: Record<DistrictCode, string>;
  servicePointType: Record<ServicePointType, string>;
  servicePointStatus: Record<ServicePointStatus, string>;
  amenity: Record<Amenity, string>;
  eventCategory: Record<EventCategory, string>;
  employmentType: Record<EmploymentType, string>;
  membershipStatus: Record<MembershipStatus, string>;
  membershipApplicationStatus: Record<MembershipApplicationStatus, string>;
  enrolmentStatus: Record<EnrolmentStatus, string>;
  registrationStatus: Record<RegistrationStatus, string>;
  jobApplicationStatus: Record<JobApplicationStatus, string>;
  eligibilityReason: Record<EligibilityReason, string>;
  benefitKind: Record<BenefitKind, string>;
  premiumPayer: Record<PremiumPayer, string>;
  consentPurpose: Record<ConsentPurpose, string>;
  fieldError: Record<FieldError['code'], string>;
  weekday: Record<Weekday, string>;
}
