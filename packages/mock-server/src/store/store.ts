/**
 * The sandbox's in-memory state. No HTTP here and no rules beyond bookkeeping: `../domain/` holds the
 * rules, `../http/` and `../handlers/` the transport. `reset()` goes back to the seed.
 */
import type { WebhookEventType } from '@unionkit/contract';
import { TEST_KEYS } from '../constants.js';
import { BoundedMap } from './bounded.js';
import type { AppointmentRecord, HelpRequestRecord } from './help-requests.js';
import type { ClaimRecord, PaymentRecord } from './claims.js';
import type { FileRecord } from './files.js';
import type { Clock } from './clock.js';
import { IdempotencyRecords } from './idempotency-records.js';
import { createIds, type IdGenerator } from './ids.js';
import { resolveLimits, type SandboxLimits } from './limits.js';
import type {
  ConsentRecord,
  DeliveryRecord,
  EnrolmentRecord,
  EventRecord,
  JobApplicationRecord,
  MembershipApplicationRecord,
  MembershipRecord,
  Partner,
  RateWindow,
  RegistrationRecord,
  SeedDataShape,
  SeedJobPosting,
  SeedOrganisation,
  SeedPlan,
  SeedServicePoint,
  Session,
  SmsVerificationRecord,
  UnionChallengeRecord,
  UnionSessionRecord,
  WebhookEndpointRecord,
  WebhookEventRecord,
  Worker,
} from './types.js';

/** The sandbox's one documented partner. */
export const DEMO_PARTNER: Readonly<Partner> = Object.freeze({
  id: TEST_KEYS.partnerId,
  name: 'Demo Delivery',
  platformId: TEST_KEYS.partnerId,
  secretKey: TEST_KEYS.secretKey,
  webhookSecret: TEST_KEYS.webhookSecret,
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
});

/** A status change the platform may hear about (if the worker consented); see `../webhooks.ts`. */
export interface DomainEvent {
  type: WebhookEventType;
  partnerId: string;
  workerKey: string;
  workerRef: string;
  data: Record<string, unknown>;
}

export interface StoreOptions {
  clock: Clock;
  seed: number;
  /** Builds fresh seed data; called at creation and on every `reset()`. */
  loadSeed: () => SeedDataShape;
  /** Caps on what traffic can grow (`./limits.ts`). */
  limits?: Partial<SandboxLimits>;
}

export class Store {
  readonly clock: Clock;
  readonly seed: number;
  private readonly loadSeed: () => SeedDataShape;
  private listeners = new Set<(event: DomainEvent) => void>();
  private resetListeners = new Set<() => void>();
  private endpointListeners = new Set<(endpoint: WebhookEndpointRecord) => void>();

  readonly limits: SandboxLimits;
  /**
   * Ids of what outlives a reset or must never repeat across one (webhook endpoints, events and
   * deliveries: receivers deduplicate by event id). Seeded, never reset.
   */
  readonly webhookIds: IdGenerator;
  ids!: IdGenerator;
  partners!: Map<string, Partner>;
  organisations!: SeedOrganisation[];
  plans!: SeedPlan[];
  servicePoints!: SeedServicePoint[];
  events!: EventRecord[];
  jobPostings!: SeedJobPosting[];

  sessions!: Map<string, Session>;
  /** Client token → session id. */
  tokens!: Map<string, string>;
  workers!: Map<string, Worker>;
  smsVerifications!: Map<string, SmsVerificationRecord>;
  /** Union-session codes and tokens (`../domain/union-sessions.ts`), at most `limits.sessions` each. */
  unionChallenges!: BoundedMap<string, UnionChallengeRecord>;
  unionSessions!: BoundedMap<string, UnionSessionRecord>;
  applications!: Map<string, MembershipApplicationRecord>;
  /** Worker key → membership. */
  memberships!: Map<string, MembershipRecord>;
  enrolments!: Map<string, EnrolmentRecord>;
  /** Add with `addRegistration()`, which also keeps them by event. */
  registrations!: Map<string, RegistrationRecord>;
  private registrationsByEvent!: Map<string, RegistrationRecord[]>;
  jobApplications!: Map<string, JobApplicationRecord>;
  consents!: Map<string, ConsentRecord>;
  /** Help requests (我要求助) and appointments: never told to the platform in any form. */
  helpRequests!: Map<string, HelpRequestRecord>;
  appointments!: Map<string, AppointmentRecord>;
  /** Uploaded files by id (metadata only), at most `limits.files`, oldest evicted first. */
  files!: BoundedMap<string, FileRecord>;
  /** Premium payments by id (`../domain/payments.ts`). */
  payments!: Map<string, PaymentRecord>;
  /** Claims by id (`../domain/claims.ts`). */
  claims!: Map<string, ClaimRecord>;
  /** The partners' webhook endpoints: their configuration, kept across `reset()`. */
  readonly webhookEndpoints = new Map<string, WebhookEndpointRecord>();
  idempotency!: IdempotencyRecords;
  /** Rate-limit windows per partner and per worker (`../http/rate-limit.ts`). */
  rateWindows!: BoundedMap<string, RateWindow>;
  /** Failed authentications per client address. */
  authFailures!: BoundedMap<string, RateWindow>;
  /** The latest webhook deliveries (at most `limits.deliveryLog`), oldest first. */
  deliveries!: DeliveryRecord[];
  /** The latest webhook events (at most `limits.webhookEvents`), oldest first. */
  webhookEvents!: BoundedMap<string, WebhookEventRecord>;

  constructor(options: StoreOptions) {
    this.clock = options.clock;
    this.seed = options.seed;
    this.loadSeed = options.loadSeed;
    this.limits = resolveLimits(options.limits);
    this.webhookIds = createIds(options.seed ^ 0x3eb400c);
    this.init();
  }

  now(): Date {
    return this.clock.now();
  }

  /**
   * Back to the seed: every session (so every client token), worker, application, idempotency key
   * and rate-limit window is gone, and pending webhook deliveries are dropped. The partners' webhook
   * endpoints stay: they are the partner's configuration, registered once by its server.
   */
  reset(): void {
    for (const listener of this.resetListeners) listener();
    this.init();
  }

  private init(): void {
    const data = structuredClone(this.loadSeed());
    this.ids = createIds(this.seed);
    this.partners = new Map([[DEMO_PARTNER.id, { ...DEMO_PARTNER, allowedOrigins: [...DEMO_PARTNER.allowedOrigins] }]]);
    this.organisations = data.organisations;
    this.plans = data.plans;
    this.servicePoints = data.servicePoints;
    this.events = data.events;
    this.jobPostings = data.jobPostings;
    this.sessions = new Map();
    this.tokens = new Map();
    this.workers = new Map();
    this.smsVerifications = new Map();
    this.unionChallenges = new BoundedMap(this.limits.sessions);
    this.unionSessions = new BoundedMap(this.limits.sessions);
    this.applications = new Map();
    this.memberships = new Map();
    this.enrolments = new Map();
    this.registrations = new Map();
    this.registrationsByEvent = new Map();
    this.jobApplications = new Map();
    this.consents = new Map();
    this.helpRequests = new Map();
    this.appointments = new Map();
    this.files = new BoundedMap(this.limits.files);
    this.payments = new Map();
    this.claims = new Map();
    this.idempotency = new IdempotencyRecords(this.limits.idempotencyRecords, this.limits.idempotencyBytes);
    this.rateWindows = new BoundedMap(this.limits.rateLimitBuckets);
    this.authFailures = new BoundedMap(this.limits.rateLimitBuckets);
    this.deliveries = [];
    this.webhookEvents = new BoundedMap(this.limits.webhookEvents);
  }

  addRegistration(record: RegistrationRecord): void {
    this.registrations.set(record.id, record);
    const list = this.registrationsByEvent.get(record.eventId);
    if (list) list.push(record);
    else this.registrationsByEvent.set(record.eventId, [record]);
  }

  /** The registrations of one event (every status), oldest first. */
  registrationsOf(eventId: string): readonly RegistrationRecord[] {
    return this.registrationsByEvent.get(eventId) ?? [];
  }

  /** Adds to the delivery log, dropping the oldest fifth once it is past its cap (amortised O(1)). */
  logDelivery(record: DeliveryRecord): void {
    this.deliveries.push(record);
    const max = this.limits.deliveryLog;
    if (this.deliveries.length > max) this.deliveries.splice(0, this.deliveries.length - max + Math.floor(max / 5));
  }

  /** Removes an endpoint; its pending deliveries stop (`../webhooks.ts` listens). */
  deleteWebhookEndpoint(id: string): void {
    const endpoint = this.webhookEndpoints.get(id);
    if (!endpoint) return;
    this.webhookEndpoints.delete(id);
    for (const listener of this.endpointListeners) listener(endpoint);
  }

  /** Called after an endpoint is deleted. Returns an unsubscribe function. */
  onWebhookEndpointDeleted(listener: (endpoint: WebhookEndpointRecord) => void): () => void {
    this.endpointListeners.add(listener);
    return () => this.endpointListeners.delete(listener);
  }

  /** Subscribes to status changes (webhooks). Returns an unsubscribe function. */
  onEvent(listener: (event: DomainEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called before every reset (to cancel pending webhook retries). */
  onReset(listener: () => void): () => void {
    this.resetListeners.add(listener);
    return () => this.resetListeners.delete(listener);
  }

  emit(event: DomainEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  partnerBySecretKey(key: string): Partner | undefined {
    for (const partner of this.partners.values()) if (partner.secretKey === key) return partner;
    return undefined;
  }

  sessionByToken(token: string): Session | undefined {
    const id = this.tokens.get(token);
    return id === undefined ? undefined : this.sessions.get(id);
  }

  /** The worker of `partnerId`, created on first sight. */
  ensureWorker(partnerId: string, workerRef: string): Worker {
    const key = workerKey(partnerId, workerRef);
    let worker = this.workers.get(key);
    if (!worker) {
      worker = { key, partnerId, workerRef, createdAt: this.now() };
      this.workers.set(key, worker);
    }
    return worker;
  }
}

export function workerKey(partnerId: string, workerRef: string): string {
  return `${partnerId}/${workerRef}`;
}
