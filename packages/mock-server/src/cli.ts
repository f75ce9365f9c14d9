#!/usr/bin/env node
/**
 * `unionkit-mock --port 4010 [--host 127.0.0.1] [--seed N]`: runs the UnionKit sandbox on node:http.
 * `PORT` is honoured when `--port` is not given. Stops cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { TEST_KEYS } from './constants.js';
import { startMockServer } from './node.js';

const USAGE = `用法 Usage: unionkit-mock [--port 4010] [--host 127.0.0.1] [--seed N]

  --port, -p   port (default: $PORT or 4010; 0 picks a free one)
  --host       interface to listen on (default 127.0.0.1)
  --seed       seed of the sandbox data (default: the documented seed)
  --help, -h   this help`;

async function main(): Promise<void> {
  let values: { port?: string; host?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    console.error(USAGE);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const portText = values.port ?? process.env['PORT'] ?? '4010';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${portText}`);
    process.exit(2);
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    console.error(`Invalid seed: ${values.seed}`);
    process.exit(2);
  }

  const server = await startMockServer({ port, host: values.host ?? '127.0.0.1', ...(seed !== undefined ? { seed } : {}) });
  const base = `${server.url}/v1`;
  console.log(`UnionKit 沙箱已启动 sandbox listening on ${server.url}
  API base:        ${base}
  Secret key:      ${TEST_KEYS.secretKey}
  Webhook secret:  ${TEST_KEYS.webhookSecret}
  SMS code:        ${TEST_KEYS.smsCode}   notice version: ${TEST_KEYS.noticeVersion}

Mint a widget session:
  curl -s -X POST ${base}/widget-sessions \\
    -H 'Authorization: Bearer ${TEST_KEYS.secretKey}' \\
    -H 'Content-Type: application/json' \\
    -d '{"workerRef":"rider-001","components":["membership","insurance","service_map","events","jobs"]}'
`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
