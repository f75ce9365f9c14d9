/**
 * The sandbox as a real HTTP server on `node:http`: each request becomes a fetch `Request`, is answered
 * by the sandbox's routes (`./http/dispatch.ts`: the same answers as its msw handlers, without msw's
 * per-handler matching), and the `Response` is streamed back.
 *
 * Only `/v1/…` (exactly: `../http/routing.ts`), `GET|HEAD /healthz` and, given `hostedDir`, the union's
 * hosted page at `GET|HEAD /hosted/…` (`./node/hosted.ts`) are served; anything else is a
 * 404 problem, a method the API does not know a 405 problem with `Allow`. A body over `maxBodyBytes`
 * is 413 `payload_too_large` — answered at once, before any `100 Continue`, and the connection closed
 * cleanly once the rest of the body is drained. Slow clients meet header, request, keep-alive and
 * socket timeouts; past `maxConnections` the oldest connection not being answered makes way. Every
 * response carries `X-Content-Type-Options: nosniff`. A client that goes away mid-request is one log
 * line; no log line holds a credential (`../http/log.ts`).
 */
import { lookup } from 'node:dns/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getResponse } from 'msw';
import { compile } from 'zod/mini';
import { ProblemError } from './domain/problem.js';
import { bodyLimitOf, setRawBody } from './http/body.js';
import { setClientAddress } from './http/client-address.js';
import { setAbortSource } from './http/request-signal.js';
import { canDispatch, dispatch } from './http/dispatch.js';
import { methodNotAllowed } from './http/fallback.js';
import { early, finalise, type Runtime } from './http/pipeline.js';
import { problem } from './http/result.js';
import { compileSchemasWith } from './http/validation.js';
import { API_METHODS, belowBase } from './http/routing.js';
import { HOSTED_PREFIX, hostedFile } from './node/hosted.js';
import { clientGone, declaredLength, hasBody, originOf, parseTarget, readBody, refuseBody, writeAnswer, writeResponse } from './node/io.js';
import { createSandbox, runtimeOf, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface MockServerOptions extends SandboxOptions {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** The request's headers must arrive within this. Default 10 000 ms. */
  headersTimeoutMs?: number;
  /** The whole request, body included, must arrive within this (else 408). Default 30 000 ms. */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. Default 5 000 ms. */
  keepAliveTimeoutMs?: number;
  /** A connection with no traffic either way (a client that stopped reading) is closed after this. Default 120 000 ms. */
  socketTimeoutMs?: number;
  /** Open connections at most; past it the oldest one not being answered is closed. Default 1 000. */
  maxConnections?: number;
  /**
   * The widgets' hosted build (`packages/widgets/dist/hosted`), served at `/hosted/…` on this origin
   * (`./node/hosted.ts`); not served when omitted.
   */
  hostedDir?: string;
}

export interface MockServer {
  /** `http://127.0.0.1:4010` (without `/v1`). */
  url: string;
  port: number;
  sandbox: Sandbox;
  /** Connections open now. */
  connections(): number;
  close(): Promise<void>;
}

/** Every address DNS gives for a webhook host name (the dispatcher refuses link-local and metadata ones). */
const lookupAll = async (hostname: string): Promise<string[]> => (await lookup(hostname, { all: true })).map((a) => a.address);

/** Methods handed to the sandbox's handlers (they answer 405 for those no route takes); any other is 405 here. */
const HANDLED_METHODS = new Set<string>([...API_METHODS, 'PATCH']);
const HEALTH_ALLOW = 'GET, HEAD';
/**
 * What the adapter answers when node's HTTP parser refuses a request before it reaches the sandbox
 * (malformed request, headers over 16 KB, too slow): still a problem+json with a stable code and a
 * Request-Id, written straight to the socket, and the connection closed.
 */
function parserProblem(rt: Runtime, err: NodeJS.ErrnoException): string {
  const [reason, error] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ['Request Timeout', new ProblemError(408, 'timeout', '请求未能及时发送完毕。 The request did not arrive in time.')]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? ['Request Header Fields Too Large', new ProblemError(431, 'payload_too_large', '请求头过大。 The request headers are too large.')]
        : ['Bad Request', new ProblemError(400, 'validation_failed', '请求不是有效的 HTTP 请求。 The request is not valid HTTP.')];
  const requestId = rt.requestIds.next('req', 20);
  const { status, body } = problem(error, requestId);
  const text = typeof body === 'string' ? body : '';
  return (
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n` +
    `Content-Length: ${Buffer.byteLength(text)}\r\nRequest-Id: ${requestId}\r\nX-Content-Type-Options: nosniff\r\n\r\n${text}`
  );
}

/** A problem answered by the adapter itself, with the pipeline's headers (Request-Id, CORS, nosniff). */
function adapterProblem(rt: Runtime, req: IncomingMessage, error: ProblemError): Response {
  const origin = req.headers.origin;
  return early(rt, new Request('http://sandbox.invalid/', { headers: origin ? { origin } : {} }), error);
}

function health(rt: Runtime, req: IncomingMessage): Response {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return adapterProblem(
      rt,
      req,
      new ProblemError(405, 'method_not_allowed', `${req.method} 不适用于 /healthz；可用：GET。 ${req.method} is not allowed on /healthz; use GET.`, {
        headers: { Allow: HEALTH_ALLOW },
      }),
    );
  }
  const requestId = rt.requestIds.next('req', 20);
  return finalise(rt, new Request('http://sandbox.invalid/'), requestId, { status: 200, body: JSON.stringify({ status: 'ok' }), contentType: 'application/json' });
}

/** `GET|HEAD /hosted/<file>`: the union's hosted page and its script, or a 404/405 problem. */
async function serveHosted(rt: Runtime, dir: string, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    const error = new ProblemError(405, 'method_not_allowed', `${method} 不适用于 ${HOSTED_PREFIX}；可用：GET。 ${method} is not allowed on ${HOSTED_PREFIX}; use GET.`, {
      headers: { Allow: HEALTH_ALLOW },
    });
    return writeResponse(res, adapterProblem(rt, req, error), method === 'HEAD');
  }
  const file = await hostedFile(dir, path, rt.store.partners.values());
  if (!file) {
    const where = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    return writeResponse(res, adapterProblem(rt, req, new ProblemError(404, 'not_found', `没有 ${where} 这个文件。 No file at ${where}.`)), method === 'HEAD');
  }
  res.writeHead(file.status, { ...file.headers, 'x-content-type-options': 'nosniff' });
  res.end(method === 'HEAD' ? undefined : file.body);
}

function notFound(rt: Runtime, req: IncomingMessage, path: string): Response {
  const where = path.length > 200 ? `${path.slice(0, 200)}…` : path;
  return adapterProblem(rt, req, new ProblemError(404, 'not_found', `没有 ${where} 这个接口（接口位于 /v1 之下）。 Nothing at ${where}; the API is under /v1.`));
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const {
    port = 4010,
    host = '127.0.0.1',
    headersTimeoutMs = 10_000,
    requestTimeoutMs = 30_000,
    keepAliveTimeoutMs = 5_000,
    socketTimeoutMs = 120_000,
    maxConnections = 1_000,
    hostedDir,
    ...sandboxOptions
  } = options;
  compileSchemasWith(compile);
  const sandbox = createSandbox({ resolveHost: lookupAll, ...sandboxOptions });
  const rt = runtimeOf(sandbox);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  /** The origin of requests whose `Host` cannot be used (set once listening). */
  let fallbackHost = `${urlHost}:${port}`;

  /** Open connections, oldest first, each with the number of its requests being answered. */
  const connections = new Map<Socket, { answering: number }>();

  const handle = async (req: IncomingMessage, res: ServerResponse, expectsContinue: boolean): Promise<void> => {
    res.on('error', () => undefined);
    const method = req.method ?? 'GET';
    const target = parseTarget(req.url ?? '');
    const where = `${method} ${target?.path ?? '(unreadable path)'}`;
    try {
      if (!target) return await writeResponse(res, notFound(rt, req, (req.url ?? '').split('?')[0]!), method === 'HEAD');
      if (target.path === '/healthz') return await writeResponse(res, health(rt, req), method === 'HEAD');
      if (hostedDir !== undefined && target.path.startsWith(HOSTED_PREFIX)) return await serveHosted(rt, hostedDir, req, res, target.path);
      const below = belowBase(rt.basePath, target.path);
      if (below === null) return await writeResponse(res, notFound(rt, req, target.path), method === 'HEAD');
      if (!HANDLED_METHODS.has(method)) {
        const error =
          methodNotAllowed(rt, method, below) ??
          new ProblemError(405, 'method_not_allowed', `不支持 ${method} 方法。 The method ${method} is not supported.`, { headers: { Allow: API_METHODS.join(', ') } });
        return await writeResponse(res, adapterProblem(rt, req, error), false);
      }

      // Only POST and PUT operations take a body; any other method's is left unread (node discards it).
      const takesBody = method === 'POST' || method === 'PUT';
      let body: Buffer | null = null;
      const declared = declaredLength(req);
      const limit = bodyLimitOf(rt.routes, rt.maxBodyBytes, method, below);
      if (takesBody && declared !== null && declared > limit.bytes) {
        return await refuseBody(req, res, adapterProblem(rt, req, limit.tooLarge()), !expectsContinue);
      }
      if (expectsContinue) res.writeContinue();
      if (takesBody && hasBody(req)) {
        const read = await readBody(req, limit.bytes);
        if (read.kind === 'too_large') return await refuseBody(req, res, adapterProblem(rt, req, limit.tooLarge()), true);
        if (read.kind === 'aborted') {
          rt.log.line(`${where}: the connection closed before the whole request body arrived`);
          return;
        }
        body = read.body;
      }

      // The body goes with the request as the bytes read (`setRawBody`), not as a web stream.
      const request = new Request(`${originOf(req.headers.host, fallbackHost)}${target.path}${target.search}`, {
        method,
        headers: requestHeaders(req),
      });
      setClientAddress(request, req.socket.remoteAddress ?? 'unknown');
      if (body !== null && body.length > 0) setRawBody(request, body);
      let gone: AbortSignal | undefined;
      setAbortSource(request, () => (gone ??= clientGone(res)));
      const state = connections.get(req.socket);
      if (state) state.answering++;
      try {
        let response: Response | undefined;
        try {
          if (canDispatch(rt)) {
            const answer = await dispatch(rt, request);
            if (answer) return await writeAnswer(res, answer, method === 'HEAD');
          } else {
            response = await getResponse(sandbox.handlers, request);
          }
        } catch (e) {
          // e.g. a malformed percent-escape in the path that the router cannot decode
          if (!(e instanceof URIError)) throw e;
        }
        await writeResponse(res, response ?? notFound(rt, req, target.path), method === 'HEAD');
      } finally {
        if (state) state.answering--;
      }
    } catch (e) {
      rt.log.error(`${where}: request failed`, e);
      if (!res.headersSent) {
        await writeResponse(res, adapterProblem(rt, req, new ProblemError(500, 'server_error', '沙箱内部错误。 Unexpected sandbox error.')), false).catch(() => undefined);
      } else {
        res.destroy();
      }
    }
  };

  const headersTimeout = Math.min(headersTimeoutMs, requestTimeoutMs);
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
    (req, res) => void handle(req, res, false),
  );
  server.setTimeout(socketTimeoutMs);
  // Answer `Expect: 100-continue` ourselves: a body that is too large is refused before it is sent.
  server.on('checkContinue', (req, res) => void handle(req, res, true));
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    const pending = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (err.code !== 'ECONNRESET' && socket.writable && !pending?.headersSent) {
      socket.end(parserProblem(rt, err));
      socket.setTimeout(1000, () => socket.destroy());
    } else {
      socket.destroy();
    }
  });
  server.on('connection', (socket: Socket) => {
    if (connections.size >= maxConnections) {
      // Make way: the oldest connection not being answered (idle, or still sending) goes.
      let evicted = false;
      for (const [old, state] of connections) {
        if (state.answering > 0) continue;
        connections.delete(old);
        old.destroy();
        evicted = true;
        break;
      }
      if (!evicted) {
        socket.destroy();
        return;
      }
    }
    connections.set(socket, { answering: 0 });
    socket.on('error', () => undefined);
    socket.once('close', () => connections.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  fallbackHost = `${urlHost}:${actualPort}`;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    sandbox,
    connections: () => connections.size,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        sandbox.dispose();
        server.close((err) => (err ? reject(err) : resolve()));
        for (const socket of connections.keys()) socket.destroy();
      });
      return closed;
    },
  };
}

/**
 * The request's headers for its `Request`: node's own record of them when every value is one string
 * (the `Request` copies a record as cheaply as a `Headers`, which would be filled and then copied
 * again), else each value appended.
 */
function requestHeaders(req: IncomingMessage): HeadersInit {
  const record = req.headers;
  for (const name in record) if (typeof record[name] !== 'string') return headerList(req);
  return record as Record<string, string>;
}

function headerList(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
