// The hosted help desk's union token kept alive (./union-session.ts), on a clock of the test's own and
// a `fetch` that plays the API: nothing here goes to the network.
import { expect } from '@open-wc/testing';
import { TokenError } from '@unionkit/sdk';
import { heldSession, MARGIN_MS, UNION_SESSION_MS, UnionSessionClient, UnionSessionKeeper, type HeldSession } from './union-session.js';

const MOBILE = '13800138000';
const MINUTE = 60 * 1000;

/** The API: a token is good until its end on the API's clock (`apiNow`), then 401 `token_expired`. */
function fakeApi(log: string[], ends: Map<string, number>, apiNow: () => number) {
  return async (request: Request): Promise<Response> => {
    const token = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
    log.push(`send ${token} ${request.headers.get('idempotency-key') ?? ''}`.trim());
    if (apiNow() >= (ends.get(token) ?? 0)) {
      const problem = { type: 'about:blank', title: 'token expired', status: 401, code: 'token_expired', detail: 'The union session has expired.' };
      return new Response(JSON.stringify(problem), { status: 401, headers: { 'content-type': 'application/problem+json' } });
    }
    return new Response('ok', { status: 200, headers: { 'content-type': 'text/plain' } });
  };
}

function setup(o: { now: () => number; apiNow: () => number; closed?: boolean }) {
  const log: string[] = [];
  const ends = new Map<string, number>([['ust_first', UNION_SESSION_MS]]);
  let n = 0;
  const ask = async (mobile: string): Promise<HeldSession> => {
    log.push(`ask ${mobile}`);
    if (o.closed) throw new Error('closed');
    const token = `ust_renewed${++n}`;
    ends.set(token, o.apiNow() + UNION_SESSION_MS);
    return { token, mobile, endsAt: o.now() + UNION_SESSION_MS };
  };
  const keeper = new UnionSessionKeeper({ token: 'ust_first', mobile: MOBILE, endsAt: UNION_SESSION_MS }, ask, o.now);
  const client = new UnionSessionClient({ baseUrl: 'http://127.0.0.1:9/v1', maxRetries: 0, fetch: fakeApi(log, ends, o.apiNow) }, keeper);
  const send = (method: 'GET' | 'POST' = 'GET') => client.requestText({ method, path: '/help-requests', accept: 'text/plain' });
  return { log, send };
}

describe('hosted page: the union token kept alive', () => {
  it('a token the page knows is over is renewed before the request: the worker is asked first, and the request succeeds on the new token', async () => {
    let now = 0;
    const { log, send } = setup({ now: () => now, apiNow: () => now });
    expect(await send()).to.equal('ok');
    expect(log).to.deep.equal(['send ust_first']);
    log.length = 0;

    now = UNION_SESSION_MS + MINUTE;
    expect(await send()).to.equal('ok');
    // Asked before anything went out, and nothing sent with the token that is over.
    expect(log).to.deep.equal([`ask ${MOBILE}`, 'send ust_renewed1']);
    expect(await send()).to.equal('ok');
    expect(log.at(-1)).to.equal('send ust_renewed1');
  });

  it('asks again shortly before the end, not only after it', async () => {
    let now = 0;
    const { log, send } = setup({ now: () => now, apiNow: () => now });
    await send();
    now = UNION_SESSION_MS - MARGIN_MS + 1;
    await send();
    expect(log).to.include(`ask ${MOBILE}`);
  });

  it('a token the API refuses (its clock moved on) gets the worker asked, and the same create goes again with its idempotency key', async () => {
    let apiNow = 0;
    const { log, send } = setup({ now: () => 0, apiNow: () => apiNow });
    await send();
    log.length = 0;
    apiNow = UNION_SESSION_MS + 16 * MINUTE;
    expect(await send('POST')).to.equal('ok');
    const [first, ask, second] = log;
    expect(first).to.match(/^send ust_first \S+$/);
    expect(ask).to.equal(`ask ${MOBILE}`);
    expect(second).to.match(/^send ust_renewed1 \S+$/);
    expect(second!.split(' ')[2]).to.equal(first!.split(' ')[2]);
    expect(log).to.have.length(3);
  });

  it('closing the step fails that request clearly, and the next one asks again', async () => {
    let apiNow = 0;
    const o = { now: () => 0, apiNow: () => apiNow, closed: true };
    const { log, send } = setup(o);
    await send();
    apiNow = UNION_SESSION_MS;
    const error = await send().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TokenError);
    o.closed = false;
    expect(await send()).to.equal('ok');
    expect(log.filter((l) => l.startsWith('ask'))).to.have.length(2);
  });

  it('counts the token’s life on the page’s clock, at most 15 minutes, whatever the API’s clock says', () => {
    const now = Date.parse('2026-12-01T08:00:00Z');
    const ahead = heldSession({ token: 'ust_a', expiresAt: '2026-12-01T09:00:00Z' }, MOBILE, now);
    expect(ahead.endsAt - now).to.equal(UNION_SESSION_MS);
    const behind = heldSession({ token: 'ust_b', expiresAt: '2026-12-01T08:05:00Z' }, MOBILE, now);
    expect(behind.endsAt - now).to.equal(5 * MINUTE);
  });
});
