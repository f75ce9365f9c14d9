/**
 * A fresh sandbox per test behind a real HTTP boundary (`startMockServer({ port: 0 })` + `fetch`),
 * and a `call()` that checks every response against the contract before the test sees it.
 */
import assert from 'node:assert/strict';
import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http';
import type { TestContext } from 'node:test';
import { residentIdCheckChar } from '@unionkit/sdk/validators';
import { startMockServer, type MockServer, type MockServerOptions } from '../../src/node.js';
import { TEST_KEYS } from '../../src/constants.js';
import { problemErrors, responseErrors } from './contract.js';

/** Monday 30 November 2026, 10:00 in Shanghai: the default frozen "now" of test sandboxes. */
export const TEST_NOW = new Date('2026-11-30T10:00:00+08:00');
export const SK = TEST_KEYS.secretKey;
export const NOTICE = TEST_KEYS.noticeVersion;
export const ALL_COMPONENTS = ['membership', 'insurance', 'service_map', 'events', 'jobs', 'help'] as const;

export interface CallOptions {
  token?: string | null;
  /** JSON-serialised unless `raw` is given. */
  body?: unknown;
  /** A raw body (sent as is, with `contentType` or none; a FormData sets its own multipart type). */
  raw?: string | FormData | Uint8Array<ArrayBuffer>;
  contentType?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * How the response is checked: `operation` (default) against its contract operation, `problem` for
   * responses no operation can declare (unknown route, 405, a refused preflight), `preflight` for
   * an accepted CORS preflight (204, no body), `none` to skip (only for requests that get no response).
   */
  check?: 'operation' | 'problem' | 'preflight' | 'none';
}

export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface Harness {
  server: MockServer;
  base: string;
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<CallResult<T>>;
  /** Mints a client token (all components unless given). */
  session(options?: { workerRef?: string; components?: readonly string[]; verifiedMobile?: string; attestation?: { activeOrdersLast7Days: number } }): Promise<string>;
}

let workerCounter = 0;

export async function startHarness(t: TestContext, options: MockServerOptions = {}): Promise<Harness> {
  const server = await startMockServer({ port: 0, now: TEST_NOW, ...options });
  t.after(() => server.close());
  const base = `${server.url}/v1`;

  const call = async <T>(method: string, path: string, o: CallOptions = {}): Promise<CallResult<T>> => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers['Authorization'] = `Bearer ${o.token}`;
    let body: string | FormData | Uint8Array<ArrayBuffer> | undefined;
    if (o.raw !== undefined) body = o.raw;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    const contentType = o.contentType === undefined ? (body !== undefined && !(body instanceof FormData) ? 'application/json' : null) : o.contentType;
    if (contentType) headers['Content-Type'] = contentType;
    const url = path.startsWith('http') ? path : path.startsWith('/v1') || path === '/healthz' ? `${server.url}${path}` : `${base}${path}`;
    const res = await fetch(url, { method, headers, body, signal: o.signal });
    const text = await res.text();
    const captured = { method, path: new URL(url).pathname, status: res.status, headers: res.headers, body: text };
    const check = o.check ?? 'operation';
    if (check === 'preflight') {
      assert.equal(res.status, 204);
      assert.equal(text, '');
      assert.ok(res.headers.get('access-control-allow-origin'));
    } else if (check !== 'none') {
      const errors = check === 'operation' ? responseErrors(captured) : problemErrors(captured);
      assert.deepEqual(errors, [], `contract: ${errors.join('\n')}`);
    }
    assert.match(res.headers.get('request-id') ?? '', /^req_[A-Za-z0-9]+$/, 'every response has a Request-Id');
    let parsed: unknown = undefined;
    if (text && /json/.test(res.headers.get('content-type') ?? '')) parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'requestId' in parsed) {
      assert.equal((parsed as { requestId: string }).requestId, res.headers.get('request-id'), 'problem requestId = Request-Id');
    }
    return { status: res.status, headers: res.headers, text, body: parsed as T };
  };

  const session: Harness['session'] = async (s = {}) => {
    const res = await call<{ clientToken: string }>('POST', '/widget-sessions', {
      token: SK,
      body: {
        workerRef: s.workerRef ?? `worker-${++workerCounter}`,
        components: s.components ?? ALL_COMPONENTS,
        ...(s.verifiedMobile ? { verifiedMobile: s.verifiedMobile } : {}),
        ...(s.attestation ? { attestation: s.attestation } : {}),
      },
    });
    assert.equal(res.status, 201, res.text);
    return res.body.clientToken as string;
  };

  return { server, base, call, session };
}

export interface RawOptions {
  method?: string;
  /** Sent exactly as given (no normalisation): `//v1/x`, `/v1/a/../b`, `/v1/a%2Fb`. */
  path: string;
  headers?: Record<string, string | number>;
  body?: Buffer | string;
  /** Body sent with `Transfer-Encoding: chunked`, in pieces of this size. */
  chunked?: number;
  agent?: Agent;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  body: any;
}

/**
 * One request through `node:http` with the path sent verbatim (fetch would normalise it). Resolves with
 * the whole response; rejects on a network error (ECONNRESET …).
 */
export function raw(server: MockServer, o: RawOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method: o.method ?? 'GET', path: o.path, headers: o.headers, agent: o.agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          if (/json/.test(String(res.headers['content-type'] ?? '')) && text) body = JSON.parse(text);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
        });
      },
    );
    req.on('error', reject);
    if (o.body === undefined) {
      req.end();
    } else if (o.chunked) {
      const buf = Buffer.isBuffer(o.body) ? o.body : Buffer.from(o.body);
      for (let i = 0; i < buf.length; i += o.chunked) req.write(buf.subarray(i, i + o.chunked));
      req.end();
    } else {
      req.end(o.body);
    }
  });
}

/** A valid 18-character resident ID for a birth date `YYYYMMDD`. */
export function residentId(birth: string, region = '310104', sequence = '123'): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
}

/** A resident ID of someone aged `age` on TEST_NOW (birthday earlier in the year). */
export function residentIdAged(age: number, sequence = '123'): string {
  return residentId(`${2026 - age}0315`, '310104', sequence);
}

export interface ApplyOptions {
  mobile?: string;
  occupation?: string;
  workDistrict?: string;
  organisationId?: string;
  residentIdNumber?: string;
  share?: boolean;
  consents?: { purpose: string; noticeVersion: string }[];
}

export function applicationBody(o: ApplyOptions & { smsVerificationId?: string } = {}): Record<string, unknown> {
  return {
    fullName: '张伟',
    residentIdNumber: o.residentIdNumber ?? residentIdAged(30),
    mobile: o.mobile ?? '13800138000',
    ...(o.smsVerificationId ? { smsVerificationId: o.smsVerificationId } : {}),
    occupation: o.occupation ?? 'food_delivery_rider',
    workDistrict: o.workDistrict ?? '310104',
    organisationId: o.organisationId ?? 'org_310104_platform_demo_delivery',
    charterAccepted: true,
    consents: o.consents ?? [
      { purpose: 'membership_processing', noticeVersion: NOTICE },
      { purpose: 'sensitive_id_number', noticeVersion: NOTICE },
      ...(o.share ? [{ purpose: 'share_status_with_platform', noticeVersion: NOTICE }] : []),
    ],
  };
}

/** Verifies the mobile by SMS and submits an application; returns its id. */
export async function apply(h: Harness, token: string, o: ApplyOptions = {}): Promise<string> {
  const mobile = o.mobile ?? '13800138000';
  const sms = await h.call('POST', '/sms-verifications', { token, body: { mobile } });
  assert.equal(sms.status, 201, sms.text);
  const confirmed = await h.call('POST', `/sms-verifications/${sms.body.id}/confirm`, { token, body: { code: '000000' } });
  assert.equal(confirmed.body.verified, true);
  const res = await h.call('POST', '/membership-applications', { token, body: applicationBody({ ...o, mobile, smsVerificationId: sms.body.id }) });
  assert.equal(res.status, 201, res.text);
  return res.body.id as string;
}

/** Applies and gets approved by the sandbox decision endpoint. */
export async function becomeMember(h: Harness, token: string, o: ApplyOptions = {}): Promise<string> {
  const id = await apply(h, token, o);
  const decided = await h.call('POST', `/sandbox/membership-applications/${id}/decision`, { token: SK, body: { decision: 'approve' } });
  assert.equal(decided.status, 200, decided.text);
  return id;
}

/** A deep snapshot of the store's mutable state, to prove a rejected request changed nothing. */
export function snapshot(h: Harness): string {
  const s = h.server.sandbox.store;
  const maps = {
    sessions: [...s.sessions.values()],
    workers: [...s.workers.values()],
    sms: [...s.smsVerifications.values()],
    applications: [...s.applications.values()],
    memberships: [...s.memberships.values()],
    enrolments: [...s.enrolments.values()],
    registrations: [...s.registrations.values()],
    jobApplications: [...s.jobApplications.values()],
    consents: [...s.consents.values()],
    files: [...s.files.values()],
    payments: [...s.payments.values()],
    claims: [...s.claims.values()],
    helpRequests: [...s.helpRequests.values()],
    unionChallenges: [...s.unionChallenges.values()],
    unionSessions: [...s.unionSessions.values()].map((u) => [u.token, u.mobile]),
    appointments: [...s.appointments.values()],
    endpoints: [...s.webhookEndpoints.values()],
    events: s.events.map((e) => [e.id, e.takenPlaces, e.waitlistedOthers]),
  };
  return JSON.stringify(maps);
}
