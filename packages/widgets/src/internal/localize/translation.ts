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

/** Locales the widgets speak. */
export type UnionLocale = 'zh-CN' | 'en';

/** Codes a widget can report besides the API's own `ErrorCode`s. */
export type ClientErrorCode = 'network_error' | 'timeout' | 'unknown_error' | 'not_configured';
export type UnionErrorCode = ErrorCode | ClientErrorCode;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Translation {
  /** BCP 47 tag, also used for `lang` on the widget's root. */
  locale: UnionLocale;

  common: {
    /** The union's name, for headers and the footer. */
    unionName: string;
    loading: string;
    loaded: string;
    empty: string;
    errorTitle: string;
    retry: string;
    retrying: string;
    back: string;
    next: string;
    submit: string;
    submitting: string;
    cancel: string;
    confirm: string;
    close: string;
    edit: string;
    details: string;
    loadMore: string;
    search: string;
    filter: string;
    all: string;
    yes: string;
    no: string;
    required: string;
    optional: string;
    /** Step counter, e.g. "第 2 步，共 5 步". */
    stepOf: (step: number, total: number) => string;
    /** "职工服务热线". */
    hotlineLabel: string;
    /** Accessible name of the tel: link. */
    hotlineCall: string;
    /** Care mode (关怀模式) toggle label. */
    careMode: string;
    /** Shown with a request id when a problem persists. */
    supportReference: (requestId: string) => string;
  };

  provider: {
    /** Shown (and announced) by a widget that has neither a client nor a provider with a token. */
    notConfigured: string;
  };

  membership: {
    title: string;
    intro: string;
    benefits: string[];
    join: string;
    memberCard: string;
    memberNumber: string;
    memberSince: string;
    organisation: string;
    applicationStatus: string;
    contactPromise: (dueDate: string) => string;
    fullName: string;
    residentId: string;
    residentIdHint: string;
    mobile: string;
    mobileHint: string;
    smsCode: string;
    sendSmsCode: string;
    occupation: string;
    workDistrict: string;
    charter: string;
    review: string;
    submitted: string;
    withdraw: string;
  };

  insurance: {
    title: string;
    intro: string;
    plans: string;
    benefits: string;
    benefitUpTo: (amount: string) => string;
    premium: string;
    premiumPerYear: (amount: string) => string;
    free: string;
    term: (start: string, end: string) => string;
    eligible: string;
    notEligible: string;
    enrol: string;
    enrolConfirm: string;
    enrolled: string;
    myEnrolments: string;
    certificate: string;
    cancelEnrolment: string;
    joinFirst: string;
  };

  serviceMap: {
    title: string;
    intro: string;
    listView: string;
    mapView: string;
    nearby: string;
    openNow: string;
    closed: string;
    open24h: string;
    types: string;
    amenities: string;
    openingHours: string;
    mealOffers: string;
    call: string;
    navigate: string;
    navigateWith: { amap: string; baidu: string; tencent: string; system: string };
    distanceAway: (distance: string) => string;
    noTiles: string;
  };

  events: {
    title: string;
    intro: string;
    category: string;
    dateRange: string;
    placesLeft: (n: number) => string;
    full: string;
    signUp: string;
    joinWaitlist: string;
    waitlistPosition: (n: number) => string;
    membersOnly: string;
    addToCalendar: string;
    myRegistrations: string;
    cancelRegistration: string;
    registrationWindow: (from: string, to: string) => string;
  };

  jobs: {
    title: string;
    intro: string;
    searchLabel: string;
    searchPlaceholder: string;
    salary: string;
    salaryRange: (min: string, max: string) => string;
    employer: string;
    requirements: string;
    benefits: string;
    postedOn: (date: string) => string;
    expiresOn: (date: string) => string;
    apply: string;
    applicationMessage: string;
    myApplications: string;
    withdraw: string;
    source: { huipin_shanghai: string; union_partner: string };
  };

  enums: {
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
  };

  /** A friendly message per error code, shown to the worker (never the API's own `detail`). */
  errors: Record<UnionErrorCode, string>;
}
