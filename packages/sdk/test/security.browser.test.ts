// In Chromium: no SDK error carries a credential, whatever the failure (a real timeout, a refused
// connection, an API error, a failing getToken); and a secret key is refused in a page and in a Web
// Worker, where no `document` exists.
import { expect } from '@open-wc/testing';
import {
  AuthenticationError,
  ConnectionError,
  TimeoutError,
  TokenError,
  UnionClient,
  UnionKitError,
  type WidgetSession,
} from '@unionkit/sdk';

// This file's own sandbox, as every browser test file has (scripts/test-sandboxes.mjs).
import { apiBaseUrl, mintSession } from '../../widgets/src/internal/testing/session.js';

const baseUrl = await apiBaseUrl();

const mint = (): Promise<WidgetSession> => mintSession({ workerRef: `browser-${crypto.randomUUID()}`, components: ['jobs'] });

/**
 * Every string reachable from `value`: own properties (hidden ones too), the cause chain, and the
 * headers of any Request or Headers on the way, as devtools would show them on `console.error(err)`.
 */
function reachableText(value: unknown, seen = new Set<unknown>(), depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return [String(value)];
  if (seen.has(value) || depth > 10) return [];
  seen.add(value);
  const out: string[] = [];
  if (value instanceof Request) out.push(value.url, ...reachableText(value.headers, seen, depth + 1));
  if (value instanceof Headers) value.forEach((v, k) => out.push(`${k}: ${v}`));
  if (value instanceof Error) out.push(String(value), value.stack ?? '');
  for (const key of Reflect.ownKeys(value as object)) {
    out.push(String(key));
    try {
      out.push(...reachableText((value as Record<PropertyKey, unknown>)[key], seen, depth + 1));
    } catch {
      // a getter that throws
    }
  }
  return out;
}

function expectClean(err: unknown, secrets: string[]): void {
  expect(err).to.be.instanceOf(UnionKitError);
  const text = [...reachableText(err), JSON.stringify(err)].join('\n');
  for (const secret of secrets) expect(text, `leaks ${secret}`).to.not.include(secret);
  expect(text).to.not.match(/\bBearer\s+(?!\[redacted\])[\w.~+/-]{8,}/i);
}

describe('SDK errors in the browser carry no credential', () => {
  it('a real timeout (the sandbox holds the request)', async () => {
    const session = await mint();
    const client = new UnionClient({ baseUrl, token: session.clientToken, timeoutMs: 150, maxRetries: 0, sandboxScenario: 'timeout' });
    const err = await client.jobs.list().catch((e: unknown) => e);
    expect(err).to.be.instanceOf(TimeoutError);
    expectClean(err, [session.clientToken]);
  });

  it('a refused connection', async () => {
    const token = 'wst_browser_leak_5e6f7a';
    const client = new UnionClient({ baseUrl: 'http://127.0.0.1:9/v1', token, maxRetries: 0 });
    const err = await client.jobs.list().catch((e: unknown) => e);
    expect(err).to.be.instanceOf(ConnectionError);
    expectClean(err, [token]);
  });

  it('a fetch that hangs the request on its error', async () => {
    const token = 'wst_browser_leak_8b9c0d';
    const client = new UnionClient({
      baseUrl,
      token,
      maxRetries: 0,
      fetch: async (input, init) => {
        throw Object.assign(new TypeError('Failed to fetch'), { request: new Request(input, init) });
      },
    });
    const err = await client.jobs.list().catch((e: unknown) => e);
    expect(err).to.be.instanceOf(ConnectionError);
    expectClean(err, [token]);
  });

  it('an API error, and a getToken that fails', async () => {
    const token = 'wst_browser_unknown_1a2b3c';
    const err = await new UnionClient({ baseUrl, token, maxRetries: 0 }).jobs.list().catch((e: unknown) => e);
    expect(err).to.be.instanceOf(AuthenticationError);
    expectClean(err, [token]);

    const leaky = new UnionClient({
      baseUrl,
      getToken: () => {
        throw Object.assign(new Error(`refresh failed for ${token}`), { request: new Request('/__session', { headers: { authorization: `Bearer ${token}` } }) });
      },
    });
    const tokenErr = await leaky.jobs.list().catch((e: unknown) => e);
    expect(tokenErr).to.be.instanceOf(TokenError);
    expectClean(tokenErr, [token]);
  });
});

describe('the secret-key guard in the browser', () => {
  it('refuses a secret key in a page', () => {
    expect(() => new UnionClient({ baseUrl, token: 'sk_test_demo_delivery' })).to.throw(UnionKitError, /secret key/);
  });

  it('refuses a secret key in a Web Worker, where there is no document', async () => {
    const worker = new Worker(new URL('./fixtures/secret-key-worker.ts', import.meta.url), { type: 'module' });
    try {
      const report = await new Promise<{
        hasDocument: boolean;
        hasWindow: boolean;
        secretKey: { accepted: boolean; message?: string };
        clientToken: { accepted: boolean };
      }>((resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message));
      });
      expect(report.hasDocument).to.equal(false);
      expect(report.hasWindow).to.equal(false);
      expect(report.secretKey.accepted).to.equal(false);
      expect(report.secretKey.message).to.match(/secret key/);
      expect(report.clientToken.accepted).to.equal(true);
    } finally {
      worker.terminate();
    }
  });
});
