/**
 * Sends a request exactly as the fuzzer wrote it — raw request target, header lines in order with
 * duplicates, any body bytes — over node:http with keep-alive, and reads the whole response. `fetch`
 * would normalise the path, merge duplicate headers and refuse odd ones, hiding what a hostile
 * client can send.
 */
import { Agent, request as httpRequest } from 'node:http';

export interface WireRequest {
  method: string;
  /** Path and query, sent as is: `/v1/events/..%2Fx?limit=0`. */
  target: string;
  /** Header lines, in order; a name may repeat. */
  headers: [string, string][];
  /** Text is sent as UTF-8; bytes as they are. */
  body?: string | Buffer;
}

export interface WireResponse {
  status: number;
  headers: Headers;
  text: string;
}

export function createWireClient(baseUrl: string): { send(req: WireRequest): Promise<WireResponse>; close(): void } {
  const { hostname, port } = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (req: WireRequest) =>
    new Promise<WireResponse>((resolve, reject) => {
      const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
      const lines = [...req.headers];
      if (!lines.some(([n]) => n.toLowerCase() === 'host')) lines.unshift(['Host', `${hostname}:${port}`]);
      if (body) lines.push(['Content-Length', String(body.length)]);
      const out = httpRequest(
        { agent, hostname, port, method: req.method, path: req.target, headers: lines.flat(), setHost: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const headers = new Headers();
            for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
            resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      out.on('error', reject);
      out.end(body);
    });
  return { send, close: () => agent.destroy() };
}
