/**
 * What the `<union-help-desk>` test files share: a fresh worker's session (zh-CN), mounting, opening a
 * type's form from the first view and waiting for its part, and filling the common consent — as the
 * worker would (reading and driving the shadow DOM is `./dom.ts`).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { UnionClient, type ClientOptions } from '@unionkit/sdk';
import '../../define/help-desk.js';
import type { UnionHelpDesk } from '../../help-desk/help-desk.js';
import { mountWidget, settled } from './common-suite.js';
import { $, waitFor, waitUntil } from './dom.js';
import { apiBaseUrl, createTestClient, mintSession, type SessionParams } from './session.js';

export const TAG = 'union-help-desk';

/** A fresh worker on a session for the help desk alone (its booking lists service points with it too). */
export const session = (extra: SessionParams = {}): SessionParams => ({
  workerRef: `help-${crypto.randomUUID()}`,
  components: ['help'],
  locale: 'zh-CN',
  ...extra,
});

export const helpClient = (options: Partial<ClientOptions> & { session?: SessionParams } = {}): Promise<UnionClient> =>
  createTestClient({ session: session(), locale: 'zh-CN', ...options });

interface Relayed {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * A `fetch` as the union's hosted page makes it on the API's own origin: the test server sends it
 * (scripts/test-sandboxes.mjs), since the test page's origin is a partner's, which a union token refuses.
 */
export const unionFetch = async (input: Request, init?: RequestInit): Promise<Response> => {
  const request = new Request(input, init);
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
  const answer = await executeServerCommand<Relayed, { method: string; path: string; headers: [string, string][]; body: string | null }>(
    'unionkit-union-fetch',
    { method: request.method, path: request.url, headers: [...request.headers], body },
  );
  const empty = answer.status === 204 || answer.status === 304;
  return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
};

/**
 * One worker seen twice: `client` on the platform's client token, and `union` on the union token the
 * hosted page gets for it after the SMS step — the only one that files and sees confidential types.
 */
export async function helpClients(extra: SessionParams = {}): Promise<{ client: UnionClient; union: UnionClient }> {
  const { clientToken } = await mintSession(session(extra));
  const client = await helpClient({ token: clientToken });
  const token = await executeServerCommand<string, { clientToken: string }>('unionkit-union-token', { clientToken });
  const union = new UnionClient({ baseUrl: await apiBaseUrl(), maxRetries: 0, timeoutMs: 8000, locale: 'zh-CN', token, fetch: unionFetch });
  return { client, union };
}

export async function mount(client: UnionClient, setup?: (el: UnionHelpDesk) => void): Promise<UnionHelpDesk> {
  const el = (await mountWidget(TAG, client, (w) => setup?.(w as UnionHelpDesk))) as UnionHelpDesk;
  await settled(el);
  return el;
}

/** Presses a type's button on the first view and waits for its form (a part loaded on demand). */
export async function openForm(el: UnionHelpDesk, type: string): Promise<HTMLFormElement> {
  (await waitFor(el, `button[data-type="${type}"]`)).click();
  await waitUntil(() => el.view === 'form', 'the form did not open');
  return (await waitFor(el, '[part~="help-form"]')) as HTMLFormElement;
}

/** Presses the form's send button and waits until the request is sent or refused. */
export async function send(el: UnionHelpDesk): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="help-form"] button[part~="send"]')!.click();
  await waitUntil(() => !el.form.create.running(el.form.type!), 'the send did not settle', { timeout: 8000 });
  await el.updateComplete;
}
