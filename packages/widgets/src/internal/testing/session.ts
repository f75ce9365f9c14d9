/**
 * Test helpers that talk to this test file's own sandbox through the test server
 * (scripts/test-sandboxes.mjs): the `unionkit-sandbox` command says where it listens, and
 * `unionkit-session` mints a widget session there with the secret key on the server side — the
 * browser never sees the key. Every file (and each rerun of it) starts from the seed, whatever ran
 * before or beside it.
 */
import { executeServerCommand } from '@web/test-runner-commands';
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

/** Base URL of this file's sandbox, e.g. `http://127.0.0.1:43210` (without `/v1`). */
export function sandboxUrl(): Promise<string> {
  sandboxUrlPromise ??= executeServerCommand<string, undefined>('unionkit-sandbox');
  return sandboxUrlPromise;
}

/** The API base the SDK takes (`…/v1`). */
export async function apiBaseUrl(): Promise<string> {
  return `${await sandboxUrl()}/v1`;
}

/** Mints a widget session for a fresh worker (unless `workerRef` is given). */
export async function mintSession(params: SessionParams = {}): Promise<WidgetSession> {
  const { status, body } = await executeServerCommand<{ status: number; body: string }, SessionParams>('unionkit-session', {
    ...params,
    workerRef: params.workerRef ?? `test-worker-${crypto.randomUUID()}`,
  });
  if (status < 200 || status > 299) throw new Error(`minting a session failed: ${status} ${body}`);
  return JSON.parse(body) as WidgetSession;
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

/**
 * A dropped mobile connection: every `POST` to a path that `path` matches reaches the sandbox, but the
 * first one's answer is lost on the way back (the widget sees a network error). `keys` are the
 * idempotency keys those requests carried, in order.
 */
export function losesFirstAnswer(path: RegExp): { fetch: NonNullable<ClientOptions['fetch']>; keys: (string | null)[] } {
  let lose = true;
  const state = {
    keys: [] as (string | null)[],
    fetch: async (input: Request, init?: RequestInit): Promise<Response> => {
      const hit = input.method === 'POST' && path.test(new URL(input.url).pathname);
      if (hit) state.keys.push(input.headers.get('idempotency-key'));
      const response = await globalThis.fetch(input, init);
      if (hit && lose) {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    },
  };
  return state;
}

/** A `fetch` that holds every request until `release()`: the widget's loading state, for certain. */
export function heldFetch(): { fetch: NonNullable<ClientOptions['fetch']>; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    release,
    fetch: async (input: Request, init?: RequestInit): Promise<Response> => {
      await gate;
      return globalThis.fetch(input, init);
    },
  };
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
