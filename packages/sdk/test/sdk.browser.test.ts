// The SDK in Chromium: against the sandbox over real HTTP and CORS (as a widget page meets it), and
// against the sandbox's own msw handlers running inside the page.
import { expect } from '@open-wc/testing';
import { getResponse } from 'msw';
import { createSandbox } from '@unionkit/mock-server';
import {
  UnionClient,
  UnionKitError,
  RequestValidationError,
  ServerError,
  NotFoundError,
  PermissionError,
  type Page,
} from '@unionkit/sdk';
import type { Component, JobPosting, WidgetSession } from '@unionkit/sdk/types';
// This file's own sandbox, as every browser test file has (scripts/test-sandboxes.mjs).
import { apiBaseUrl, mintSession } from '../../widgets/src/internal/testing/session.js';

const baseUrl = await apiBaseUrl();

const mint = (...components: Component[]): Promise<WidgetSession> =>
  mintSession({ workerRef: `browser-${crypto.randomUUID()}`, ...(components.length ? { components } : {}) });

/** A fetch that counts what leaves the page. */
function countingFetch() {
  const calls: Request[] = [];
  const wrapped: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    calls.push(request.clone());
    return fetch(request);
  };
  return { calls, fetch: wrapped };
}

describe('SDK in the browser, over HTTP with CORS', () => {
  it('a worker verifies a mobile and applies; a bad resident ID never leaves the page', async () => {
    const session = await mint();
    const counter = countingFetch();
    const client = new UnionClient({ baseUrl, token: session.clientToken, fetch: counter.fetch });

    const sms = await client.smsVerifications.create({ mobile: '13800138000' });
    expect((await client.smsVerifications.confirm(sms.id, { code: '000000' })).verified).to.equal(true);
    const orgs = await client.organisations.list({ district: '310104', acceptsMembers: true });
    const body = {
      fullName: '王芳',
      residentIdNumber: '310104199203150419',
      mobile: '13800138000',
      smsVerificationId: sms.id,
      occupation: 'food_delivery_rider' as const,
      workDistrict: '310104' as const,
      organisationId: orgs.data[0]!.id,
      charterAccepted: true as const,
      consents: [
        { purpose: 'membership_processing' as const, noticeVersion: '2026-11' },
        { purpose: 'sensitive_id_number' as const, noticeVersion: '2026-11' },
      ],
    };
    const sent = counter.calls.length;
    const error = await client.membership.apply(body).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(RequestValidationError);
    expect((error as RequestValidationError).errors).to.deep.include({
      path: 'residentIdNumber',
      code: 'invalid_checksum',
      message: (error as RequestValidationError).errors.find((e) => e.path === 'residentIdNumber')!.message,
    });
    expect(counter.calls.length).to.equal(sent);

    const application = await client.membership.apply({ ...body, residentIdNumber: '310104199203150418' });
    expect(application.status).to.equal('submitted');
    expect(application.applicant.residentIdNumberMasked).to.not.include('19920315');
    const post = counter.calls.at(-1)!;
    expect(post.headers.get('idempotency-key')).to.be.a('string').and.have.length.greaterThan(8);
  });

  it('lists page by cursor and iterate every item with for await', async () => {
    const session = await mint('jobs');
    const client = new UnionClient({ baseUrl, token: session.clientToken });
    const first: Page<JobPosting> = await client.jobs.list({ limit: 25 });
    expect(first.data).to.have.length(25);
    expect(first.hasNextPage()).to.equal(true);
    const ids = new Set<string>();
    for await (const job of client.jobs.list({ limit: 50 })) ids.add(job.id);
    expect(ids.size).to.be.greaterThan(100);
    expect(ids.has(first.data[0]!.id)).to.equal(true);
  });

  it('a server error is retried with the same idempotency key, then surfaces as ServerError', async () => {
    const session = await mint('events');
    const counter = countingFetch();
    const client = new UnionClient({
      baseUrl,
      token: session.clientToken,
      fetch: counter.fetch,
      maxRetries: 2,
      retryDelay: () => 1,
      sandboxScenario: 'server_error',
    });
    const error = await client.events.register('evt_open').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ServerError);
    expect((error as ServerError).code).to.equal('server_error');
    const keys = counter.calls.map((r) => r.headers.get('idempotency-key'));
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    const plain = new UnionClient({ baseUrl, token: session.clientToken });
    expect((await plain.events.listRegistrations()).data).to.have.length(0);
  });

  it('a secret key is refused by the SDK in a page, and by the API from a browser origin', async () => {
    expect(() => new UnionClient({ baseUrl, token: 'sk_test_demo_delivery' })).to.throw(UnionKitError);
    const response = await fetch(`${baseUrl}/widget-sessions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_demo_delivery', 'content-type': 'application/json' },
      body: JSON.stringify({ workerRef: 'leak', components: ['jobs'] }),
    });
    expect(response.status).to.equal(403);
    expect(response.headers.get('content-type')).to.include('application/problem+json');
    expect(((await response.json()) as { code: string }).code).to.equal('secret_key_in_browser');
  });

  it('a token for one component cannot reach another: PermissionError forbidden_scope', async () => {
    const session = await mint('jobs');
    const client = new UnionClient({ baseUrl, token: session.clientToken });
    const error = await client.events.list().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(PermissionError);
    expect((error as PermissionError).code).to.equal('forbidden_scope');
  });
});

describe('SDK against the sandbox handlers running in the page', () => {
  it('mints, verifies and registers without any network', async () => {
    const sandbox = createSandbox({ baseUrl: 'http://sandbox.invalid/v1' });
    const inPage: typeof fetch = async (input, init) =>
      (await getResponse(sandbox.handlers, new Request(input, init))) ??
      new Response('no handler', { status: 599 });
    const partner = new UnionClient({
      baseUrl: 'http://sandbox.invalid/v1',
      token: 'sk_test_demo_delivery',
      fetch: (input, init) => {
        // A partner server has no Origin header; drop the one a page would add.
        const request = new Request(input, init);
        request.headers.delete('origin');
        return inPage(request);
      },
      dangerouslyAllowSecretKeyInBrowser: true,
    });
    const session = await partner.widgetSessions.create({ workerRef: 'in-page', components: ['events'] });
    const worker = new UnionClient({ baseUrl: 'http://sandbox.invalid/v1', token: session.clientToken, fetch: inPage });
    const registration = await worker.events.register('evt_full_waitlist');
    expect(registration.status).to.equal('waitlisted');
    expect(registration.waitlistPosition).to.equal(4);
    const missing = await worker.events.retrieve('evt_nope').catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(NotFoundError);
    sandbox.dispose?.();
  });
});
