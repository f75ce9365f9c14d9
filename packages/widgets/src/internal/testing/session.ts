/**
 * Test helpers that talk to the real sandbox through the test server (see web-test-runner.config.mjs):
 * `/__sandbox.js` says where the sandbox listens, `/__session` mints a widget session with the
 * secret key on the server side — the browser never sees the key.
 */
import { UnionClient, type ClientOptions } from '@unionkit/sdk';
import type { Component, WidgetSession } from '@unionkit/sdk/types';

export interface SessionParams {
  workerRef?: string;
  components?: Component[];
  verifiedMobile?: string;
  activeOrders?: number;
  locale?: 'zh-CN' | 'en';
}

let sandboxUrlPromise: Promise<string> | undefined;

/** Base URL of the sandbox, e.g. `http://127.0.0.1:43210` (without `/v1`). */
export function sandboxUrl(): Promise<string> {
  const path = '/__sandbox.js';
  sandboxUrlPromise ??= (import(/* @vite-ignore */ path) as Promise<{ sandboxUrl: string }>).then((m) => m.sandboxUrl);
  return sandboxUrlPromise;
}

/** The API base the SDK takes (`…/v1`). */
export async function apiBaseUrl(): Promise<string> {
  return `${await sandboxUrl()}/v1`;
}

let counter = 0;

/** Mints a widget session for a fresh worker (unless `workerRef` is given). */
export async function mintSession(params: SessionParams = {}): Promise<WidgetSession> {
  const q = new URLSearchParams();
  q.set('workerRef', params.workerRef ?? `test-worker-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`);
  if (params.components) q.set('components', params.components.join(','));
  if (params.verifiedMobile) q.set('verifiedMobile', params.verifiedMobile);
  if (params.activeOrders !== undefined) q.set('activeOrders', String(params.activeOrders));
  if (params.locale) q.set('locale', params.locale);
  const res = await fetch(`/__session?${q}`);
  if (!res.ok) throw new Error(`minting a session failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as WidgetSession;
}

/** A client on a fresh session; no retries and a short timeout, so failures show quickly. */
export async function createTestClient(
  options: Partial<ClientOptions> & { session?: SessionParams } = {},
): Promise<UnionClient> {
  const { session, ...rest } = options;
  let token = rest.token;
  if (!token && !rest.getToken) token = (await mintSession(session)).clientToken;
  return new UnionClient({ baseUrl: await apiBaseUrl(), maxRetries: 0, timeoutMs: 5000, ...rest, ...(token ? { token } : {}) });
}

/** A `fetch` that fails like a dead network while `failing` is true, then passes through. */
export function flakyFetch(): { fetch: NonNullable<ClientOptions['fetch']>; failing: boolean; calls: Request[] } {
  const state = {
    failing: true,
    calls: [] as Request[],
    fetch: (input: Request, init?: RequestInit): Promise<Response> => {
      state.calls.push(input);
      if (state.failing) return Promise.reject(new TypeError('Failed to fetch'));
      return globalThis.fetch(input, init);
    },
  };
  return state;
}
