/**
 * The sandbox as a real HTTP server on `node:http`: each request becomes a fetch `Request`, runs
 * through the sandbox's msw handlers with `getResponse`, and the `Response` is streamed back.
 * `GET /healthz` answers `{ "status": "ok" }`; anything no handler takes is a 404 problem.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { PROBLEM_TITLES } from './domain/problem.js';
import { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface MockServerOptions extends SandboxOptions {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
}

export interface MockServer {
  /** `http://127.0.0.1:4010` (without `/v1`). */
  url: string;
  port: number;
  sandbox: Sandbox;
  close(): Promise<void>;
}

let requestCounter = 0;
/** Request ids for what the node adapter answers itself (health, 404 outside /v1). */
function newRequestId(): string {
  requestCounter = (requestCounter + 1) % 0x1000000;
  return `req_node${Date.now().toString(16)}${requestCounter.toString(16).padStart(6, '0')}`;
}

function plainProblem(status: number, code: 'not_found' | 'invalid_json' | 'server_error', detail: string): Response {
  const requestId = newRequestId();
  return new Response(
    JSON.stringify({ type: `urn:unionkit:problem:${code}`, title: PROBLEM_TITLES[code], status, detail, code, requestId }),
    { status, headers: { 'Content-Type': 'application/problem+json', 'Request-Id': requestId, 'Cache-Control': 'no-store' } },
  );
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) return 'too_large';
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer | null, signal: AbortSignal, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = body !== null && body.length > 0 && method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
    signal,
  });
}

async function writeResponse(res: ServerResponse, response: Response, head: boolean): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || head) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
  } finally {
    res.end();
  }
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = '127.0.0.1', maxBodyBytes = 1024 * 1024, ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  const sockets = new Set<import('node:net').Socket>();

  const server = createServer(async (req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const origin = `http://${req.headers.host ?? `${host}:${port}`}`;
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      if (pathname === '/healthz') {
        const ok = req.method === 'GET' || req.method === 'HEAD';
        const headers = { 'Request-Id': newRequestId(), 'Cache-Control': 'no-store' };
        await writeResponse(
          res,
          ok
            ? new Response(JSON.stringify({ status: 'ok' }), { status: 200, headers: { ...headers, 'Content-Type': 'application/json' } })
            : new Response(null, { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } }),
          req.method === 'HEAD',
        );
        return;
      }
      const body = await readBody(req, maxBodyBytes);
      if (body === 'too_large') {
        await writeResponse(res, plainProblem(400, 'invalid_json', `请求体超过 ${maxBodyBytes} 字节。 The body exceeds ${maxBodyBytes} bytes.`), false);
        return;
      }
      const request = toRequest(req, body, controller.signal, origin);
      let response: Response | undefined;
      try {
        response = await getResponse(sandbox.handlers, request);
      } catch (e) {
        // e.g. a malformed percent-escape in the path that the router cannot decode
        if (e instanceof URIError) response = plainProblem(404, 'not_found', '路径无法解析。 The path cannot be decoded.');
        else throw e;
      }
      response ??= plainProblem(404, 'not_found', `没有 ${pathname} 这个接口（接口位于 /v1 之下）。 Nothing at ${pathname}; the API is under /v1.`);
      await writeResponse(res, response, req.method === 'HEAD');
    } catch (e) {
      console.error('[unionkit-mock] request failed', e);
      if (!res.headersSent) await writeResponse(res, plainProblem(500, 'server_error', '沙箱内部错误。 Unexpected sandbox error.'), false);
      else res.destroy();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    sandbox,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        sandbox.dispose();
        server.close((err) => (err ? reject(err) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}

export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
