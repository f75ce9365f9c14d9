/** A webhook receiver on 127.0.0.1 that answers with `statuses` in turn (then 204), for webhook tests. */
import type { TestContext } from 'node:test';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  got: ReceivedDelivery[];
  /** Statuses still to answer with, in order (then 204); push more at any time. */
  statuses: number[];
}

export async function receiver(t: TestContext, statuses: number[] = [], delayMs = 0): Promise<Receiver> {
  const got: ReceivedDelivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      setTimeout(() => res.writeHead(statuses.shift() ?? 204).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, got, statuses };
}
