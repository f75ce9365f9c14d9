import { UnionCore, type ClientOptions } from './core/client.js';
import {
  Appointments,
  Consents,
  Events,
  Files,
  HelpRequests,
  Insurance,
  Jobs,
  Memberships,
  Organisations,
  Partner,
  PartnerOrigins,
  Sandbox,
  ServicePoints,
  SmsVerifications,
  UnionSessions,
  WebhookEndpoints,
  WebhookEvents,
  WidgetSessions,
  Workers,
} from './resources/index.js';

/**
 * The typed client of the UnionKit API.
 *
 * ```ts
 * // In a page, with a widget-session token fetched from the partner's server:
 * const client = new UnionClient({ baseUrl: 'http://localhost:4010/v1', getToken: fetchClientToken });
 * const page = await client.jobs.list({ district: '310104' });
 * for await (const point of client.servicePoints.list({ near: { lat: 31.23, lng: 121.47 } })) { … }
 * ```
 *
 * Every method takes a last, optional `RequestOptions` (`signal`, `idempotencyKey`, `locale`,
 * `timeoutMs`, `maxRetries`, `headers`, `sandboxScenario`). Failures are `UnionKitError`s (see
 * `./core/errors.ts`), none of which carries a credential. `setLocale()` changes the language of the
 * API's text for later requests.
 */
export class UnionClient extends UnionCore {
  /** Membership applications and the membership itself (client token). */
  readonly membership: Memberships;
  readonly organisations: Organisations;
  readonly smsVerifications: SmsVerifications;
  /** The union's own pages: a union token for confidential help requests. */
  readonly unionSessions: UnionSessions;
  readonly insurance: Insurance;
  readonly servicePoints: ServicePoints;
  readonly events: Events;
  readonly jobs: Jobs;
  readonly consents: Consents;
  /** Help requests (我要求助); the platform never learns of them. */
  readonly helpRequests: HelpRequests;
  /** Appointments at legal-aid stations, mediation rooms and health-check points. */
  readonly appointments: Appointments;
  /** Evidence and certificate scans: `upload()` with progress, `retrieve()`; the uploader's alone. */
  readonly files: Files;
  /** Secret key only. */
  readonly widgetSessions: WidgetSessions;
  /** Secret key only. */
  readonly workers: Workers;
  /** Secret key only. */
  readonly webhookEndpoints: WebhookEndpoints;
  /** Secret key only: events sent, their delivery status, redelivery. */
  readonly webhookEvents: WebhookEvents;
  /** Secret key only: the partner's aggregate impact report. */
  readonly partner: Partner;
  /** Secret key only: the origins of the partner's pages and apps (CORS, the hosted page's parent check). */
  readonly allowedOrigins: PartnerOrigins;
  /** Sandbox only. */
  readonly sandbox: Sandbox;

  constructor(options: ClientOptions) {
    super(options);
    this.membership = new Memberships(this);
    this.organisations = new Organisations(this);
    this.smsVerifications = new SmsVerifications(this);
    this.unionSessions = new UnionSessions(this);
    this.insurance = new Insurance(this);
    this.servicePoints = new ServicePoints(this);
    this.events = new Events(this);
    this.jobs = new Jobs(this);
    this.consents = new Consents(this);
    this.helpRequests = new HelpRequests(this);
    this.appointments = new Appointments(this);
    this.files = new Files(this);
    this.widgetSessions = new WidgetSessions(this);
    this.workers = new Workers(this);
    this.webhookEndpoints = new WebhookEndpoints(this);
    this.webhookEvents = new WebhookEvents(this);
    this.partner = new Partner(this);
    this.allowedOrigins = new PartnerOrigins(this);
    this.sandbox = new Sandbox(this);
  }
}
