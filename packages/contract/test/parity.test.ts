// The SDK (before sending) and the sandbox (on receiving) judge a request body with the same contract
// schemas and the same field-error mapping: the same body gives the same `errors[]` on both sides,
// unknown keys included (request bodies are strict), and the SDK sends nothing it refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { NOTICE_VERSION, residentIdCheckChar, type FieldError } from '@unionkit/contract';
import { TEST_KEYS } from '@unionkit/mock-server';
import { startMockServer } from '@unionkit/mock-server/node';
import { RequestValidationError, UnionClient } from '@unionkit/sdk';

type Sandbox = Awaited<ReturnType<typeof startMockServer>>;
let sandbox: Sandbox;
let token = '';

before(async () => {
  sandbox = await startMockServer({ port: 0 });
  const minted = await fetch(`${sandbox.url}/v1/widget-sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_KEYS.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ workerRef: 'rider-parity', components: ['membership', 'insurance', 'jobs'] }),
  });
  assert.equal(minted.status, 201);
  token = ((await minted.json()) as { clientToken: string }).clientToken;
});

after(() => sandbox.close());

const ID_17 = '31010419920315041';
const validId = ID_17 + residentIdCheckChar(ID_17);
const wrongCheck = ID_17 + (residentIdCheckChar(ID_17) === '0' ? '1' : '0');
const consents = [
  { purpose: 'membership_processing', noticeVersion: NOTICE_VERSION },
  { purpose: 'sensitive_id_number', noticeVersion: NOTICE_VERSION },
];
const application = {
  fullName: '张伟',
  residentIdNumber: validId,
  mobile: '13800138000',
  occupation: 'food_delivery_rider',
  workDistrict: '310104',
  organisationId: 'org_1',
  charterAccepted: true,
  consents,
};

/** What the sandbox answers for `body` sent as is: its 422 `errors[]`. */
async function sandboxErrors(path: string, body: unknown): Promise<FieldError[]> {
  const res = await fetch(`${sandbox.url}/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const problem = (await res.json()) as { code: string; errors?: FieldError[] };
  assert.equal(res.status, 422, JSON.stringify(problem));
  assert.equal(problem.code, 'validation_failed');
  return problem.errors ?? [];
}

/** What the SDK refuses `send` with, having sent nothing. */
async function sdkErrors(send: (client: UnionClient) => Promise<unknown>): Promise<FieldError[]> {
  let sent = 0;
  const client = new UnionClient({
    baseUrl: `${sandbox.url}/v1`,
    token,
    fetch: (input, init) => {
      sent++;
      return fetch(input, init);
    },
  });
  const error = await send(client).then(
    () => assert.fail('the SDK sent a body the contract refuses'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof RequestValidationError, String(error));
  assert.equal(sent, 0, 'nothing is sent');
  return error.errors;
}

const cases: { what: string; path: string; body: Record<string, unknown>; send: (c: UnionClient, body: never) => Promise<unknown> }[] = [
  {
    what: 'an unknown key at the top and inside a consent',
    path: '/membership-applications',
    body: { ...application, nickname: '小张', consents: [{ ...consents[0], note: 'x' }, consents[1]] },
    send: (c, body) => c.membership.apply(body),
  },
  {
    what: 'many faults at once: too short, wrong format, not allowed, missing, wrong check digit',
    path: '/membership-applications',
    body: { ...application, fullName: '张', mobile: '12345', occupation: 'pilot', workDistrict: undefined, charterAccepted: false, residentIdNumber: wrongCheck },
    send: (c, body) => c.membership.apply(body),
  },
  {
    what: 'wrong types and an unknown key on a small body',
    path: '/sms-verifications',
    body: { mobile: 13800138000, channel: 'voice' },
    send: (c, body) => c.smsVerifications.create(body),
  },
  {
    what: 'a job application whose message is too long as a person counts it, with an unknown key',
    path: '/job-postings/job_any/applications',
    body: { message: '工'.repeat(501), consents: [{ purpose: 'job_application_sharing', noticeVersion: NOTICE_VERSION }], cv: 'x' },
    send: (c, body) => c.jobs.apply('job_any', body),
  },
  {
    what: 'a birth date that is no calendar day (the schema, not a rule of the sandbox, refuses it)',
    path: '/insurance-enrolments',
    body: { planId: 'plan_any', birthDate: '1990-02-30' },
    send: (c, body) => c.insurance.enrol(body),
  },
];

for (const { what, path, body, send } of cases) {
  test(`same errors[] from the SDK and the sandbox: ${what}`, async () => {
    const fromSdk = await sdkErrors((c) => send(c, body as never));
    const fromSandbox = await sandboxErrors(path, JSON.parse(JSON.stringify(body)));
    assert.ok(fromSdk.length > 0);
    assert.deepEqual(fromSdk, fromSandbox);
  });
}

test('an unknown key is refused by both with unknown_field at its own path, in both languages', async () => {
  const body = { ...application, nickname: '小张' };
  const fromSdk = await sdkErrors((c) => c.membership.apply(body as never));
  assert.deepEqual(fromSdk, await sandboxErrors('/membership-applications', body));
  assert.deepEqual(fromSdk.map((e) => [e.path, e.code]), [['nickname', 'unknown_field']]);
  assert.match(fromSdk[0]!.message, /^不支持该字段。 This field is not recognised\.$/);
});

test('responses stay lenient: a field the API adds later passes the generated response schema', async () => {
  const { zMembership } = await import('@unionkit/contract/schemas');
  const parsed = zMembership.safeParse({ status: 'none', addedLater: true });
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
});
