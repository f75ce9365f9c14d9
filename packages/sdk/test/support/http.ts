// A scripted `fetch` for SDK tests: each test builds its own, so no mock state is shared. Steps answer
// in order (the last one repeats); every request is recorded as it left the SDK.

export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}
export type Step = (req: Request, seen: Seen) => Response | Promise<Response>;

export function scriptedFetch(steps: Step[]) {
  const seen: Seen[] = [];
  const fetch = async (input: Request, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const s: Seen = { method: req.method, url: new URL(req.url), headers: req.headers, body: await req.text() };
    seen.push(s);
    const step = steps[Math.min(seen.length - 1, steps.length - 1)];
    if (!step) throw new Error('no step');
    return step(req, s);
  };
  return { fetch, seen };
}

let requestCounter = 0;

/** A problem+json answer, shaped as the contract says. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): () => Response {
  const requestId = `req_${(++requestCounter).toString().padStart(6, '0')}`;
  return () =>
    new Response(
      JSON.stringify({
        type: `urn:unionkit:problem:${code}`,
        title: '请求未能完成。 The request could not be completed.',
        status,
        detail: `Problem ${code}.`,
        code,
        requestId,
        ...extra,
      }),
      {
        status,
        headers: {
          'Content-Type': 'application/problem+json',
          'Request-Id': requestId,
          'RateLimit-Limit': '300',
          'RateLimit-Remaining': '299',
          'RateLimit-Reset': '60',
          ...headers,
        },
      },
    );
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): () => Response {
  return () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', 'Request-Id': `req_${++requestCounter}`, ...headers },
    });
}

export const connectionRefused: Step = () => {
  throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4010'), { code: 'ECONNREFUSED' }) });
};

/** Never answers; rejects when the request is aborted (by the timeout or the caller). */
export const hang: Step = (req) =>
  new Promise<Response>((_, reject) => {
    req.signal.addEventListener('abort', () => reject(req.signal.reason ?? new DOMException('aborted', 'AbortError')), { once: true });
  });
