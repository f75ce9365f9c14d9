/**
 * What the store holds. Records keep `Date`s and internal fields; `domain/serialize.ts` turns them into
 * the contract's shapes.
 */
import type {
  Component,
  ConsentPurpose,
  DistrictCode,
  EnrolmentStatus,
  Event,
  InsurancePlan,
  JobApplicationStatus,
  JobPosting,
  Locale,
  MembershipApplicationStatus,
  MembershipStatus,
  Occupation,
  RegistrationStatus,
  ServicePoint,
  UnionOrganisation,
  WebhookEventType,
} from '@unionkit/contract';

/**
 * A seed record: the contract's shape with its text in Chinese, and `en`, the English of every text
 * field `K` (whole values, so that overlaying `en` on the record gives the English record; see
 * `../domain/localize.ts`). Nothing is left half translated: `en` has every text field.
 */
export type Bilingual<T, K extends keyof T> = T & { en: Pick<T, K> };

/** Seed data, as `src/seed/index.ts` produces it. */
export type SeedOrganisation = Bilingual<Omit<UnionOrganisation, 'suggested'>, 'name' | 'address'>;
export type SeedServicePoint = Bilingual<Omit<ServicePoint, 'distanceM' | 'openNow'>, 'name' | 'address' | 'openingHours' | 'mealOffers'>;
export type SeedPlan = Bilingual<InsurancePlan, 'name' | 'description' | 'benefits'>;
export type SeedJobPosting = Bilingual<JobPosting, 'title' | 'employer' | 'description' | 'requirements' | 'benefits'>;
/** An event without its computed counts, plus what other (imaginary) workers already hold. */
export type SeedEvent = Bilingual<Omit<Event, 'placesLeft' | 'waitlistCount'>, 'title' | 'description' | 'venue'> & {
  /** Places already confirmed to other workers. */
  takenPlaces: number;
  /** Other workers already waiting, ahead of anyone who joins the waitlist in the sandbox. */
  waitlistedOthers: number;
};
export interface SeedDataShape {
  organisations: SeedOrganisation[];
  plans: SeedPlan[];
  servicePoints: SeedServicePoint[];
  events: SeedEvent[];
  jobPostings: SeedJobPosting[];
}

export interface Partner {
  id: string;
  name: string;
  /** The platform id used in `UnionOrganisation.platformIds`. */
  platformId: string;
  secretKey: string;
  /** When set, every webhook endpoint of this partner signs with this secret (the documented test partner). */
  webhookSecret: string | null;
  /** Origin patterns, `*` standing for any port: `http://localhost:*`. */
  allowedOrigins: string[];
}

export interface Session {
  id: string;
  token: string;
  partnerId: string;
  workerRef: string;
  workerKey: string;
  components: Component[];
  locale: Locale;
  /** National 11 digits. */
  verifiedMobile: string | null;
  attestation: { activeOrdersLast7Days: number } | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface Worker {
  /** `partnerId/workerRef`. */
  key: string;
  partnerId: string;
  workerRef: string;
  createdAt: Date;
  /** A date of birth the worker gave on an enrolment before the union had their resident ID. */
  birthDate?: string;
}

/** A pending union-session SMS code (`../domain/union-sessions.ts`). */
export interface UnionChallengeRecord {
  id: string;
  workerKey: string;
  /** National 11 digits. */
  mobile: string;
  expiresAt: Date;
  wrongAttempts: number;
}

/** A union token (`ust_…`): one worker, the mobile that proved the code, 15 minutes. */
export interface UnionSessionRecord {
  token: string;
  workerKey: string;
  partnerId: string;
  /** The widget session it was opened from (its worker, locale and components). */
  session: Session;
  mobile: string;
  expiresAt: Date;
}

export interface SmsVerificationRecord {
  id: string;
  workerKey: string;
  sessionId: string;
  /** National 11 digits. */
  mobile: string;
  createdAt: Date;
  expiresAt: Date;
  wrongAttempts: number;
  verified: boolean;
}

export interface MembershipApplicationRecord {
  id: string;
  /** Read out on the phone: `RH-XXXX-XX` (`../domain/references.ts`). */
  reference: string;
  workerKey: string;
  status: MembershipApplicationStatus;
  occupation: Occupation;
  workDistrict: DistrictCode;
  organisationId: string;
  contactDueDate: string;
  submittedAt: Date;
  updatedAt: Date;
  decisionNote: string | null;
  applicant: {
    fullName: string;
    residentIdNumberMasked: string;
    mobileMasked: string;
    birthDate: string;
    sex: 'female' | 'male';
  };
}

export interface MembershipRecord {
  workerKey: string;
  memberNumber: string;
  organisationId: string;
  since: string;
  status: MembershipStatus;
  applicationId: string;
  /** From the approved application's resident ID (insurance age limits). */
  birthDate: string;
  occupation: Occupation;
}

export interface EnrolmentRecord {
  id: string;
  workerKey: string;
  planId: string;
  status: EnrolmentStatus;
  coverageStart: string | null;
  coverageEnd: string | null;
  workerPaysFen: number;
  /** What a paid plan asks for and by when (`../domain/payments.ts`); null for a plan the worker pays nothing for. */
  payment: { amountFen: number; dueDate: string } | null;
  certificate: { number: string; issuedAt: Date } | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RegistrationRecord {
  id: string;
  workerKey: string;
  eventId: string;
  status: RegistrationStatus;
  createdAt: Date;
  updatedAt: Date;
  /** Order of joining the waitlist (ties broken by it); 0 when never waitlisted. */
  waitlistSeq: number;
  /** Family events: who comes along (relation and birth year, no names); empty for a worker alone. */
  companions: { relation: 'child' | 'spouse' | 'parent'; birthYear: number }[];
}

export interface JobApplicationRecord {
  id: string;
  workerKey: string;
  jobPostingId: string;
  status: JobApplicationStatus;
  message: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ConsentRecord {
  id: string;
  workerKey: string;
  purpose: ConsentPurpose;
  noticeVersion: string;
  grantedAt: Date;
  withdrawnAt: Date | null;
  subjectId: string | null;
}

export interface WebhookEndpointRecord {
  id: string;
  partnerId: string;
  url: string;
  events: WebhookEventType[];
  secret: string;
  createdAt: Date;
  /** Failed attempts in a row (reset by a success); at 5 the endpoint is `failing`. */
  consecutiveFailures?: number;
  /** The first failed attempt of the current run of failures (sandbox time), while there is one. */
  failuresSince?: Date | null;
  /** Set while the endpoint is `failing` (it still gets every delivery and retry). */
  failingSince?: Date | null;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** Idempotency records themselves: `./idempotency-records.ts`. */

export interface RateWindow {
  start: number;
  count: number;
}

export interface DeliveryAttempt {
  /** When the attempt was made (sandbox clock). */
  at: string;
  /** HTTP status received, or null when the request failed. */
  statusCode: number | null;
  error: string | null;
  /** How long the request took (wall clock). */
  durationMs: number;
  /** `automatic`: the first try or a scheduled retry; `redelivery`: asked for by the partner. */
  trigger: 'automatic' | 'redelivery';
  /** When the retry after this attempt is due (sandbox clock), or null when none follows. */
  nextRetryAt: string | null;
  /** Order of the attempts across deliveries (sandbox times may be equal while the clock stands still). */
  seq: number;
}

export interface DeliveryRecord {
  id: string;
  endpointId: string;
  partnerId: string;
  url: string;
  eventId: string;
  eventType: WebhookEventType;
  /** The exact JSON body sent. */
  payload: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: DeliveryAttempt[];
  /** Why it failed without (further) attempts: the queue was full, the endpoint was deleted. */
  reason?: string;
  /** When the next automatic try is due (sandbox clock) while `pending`, else null. */
  nextAttemptAt?: Date | null;
}

/** An event sent to a partner's endpoints (`GET /webhook-events`); its deliveries say how it went. */
export interface WebhookEventRecord {
  id: string;
  partnerId: string;
  /** Whose status it tells (for the consent check before a redelivery); never listed. */
  workerKey: string;
  type: WebhookEventType;
  createdAt: Date;
  /** The exact JSON body sent. */
  payload: string;
  data: Record<string, unknown>;
  /** One per endpoint subscribed when it happened. */
  deliveries: DeliveryRecord[];
}

/** A mutable event: the seed event whose counts change as other workers come and go. */
export type EventRecord = SeedEvent;
