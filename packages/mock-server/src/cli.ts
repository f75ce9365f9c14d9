#!/usr/bin/env node
/**
 * `unionkit-mock --port 4010 [--host 127.0.0.1] [--seed N] [--rate-limit N] [--webhook-time-scale N] [--hosted DIR]`: runs the
 * UnionKit sandbox on node:http, with the union's hosted page at `/hosted/hosted.html` when the widgets'
 * hosted build is found (`--hosted`, or `@unionkit/widgets`' `dist/hosted` beside this package). `PORT` is honoured when `--port` is not given. Stops cleanly on SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { TEST_KEYS } from './constants.js';
import { startMockServer } from './node.js';

const USAGE = `用法 Usage: unionkit-mock [--port 4010] [--host 127.0.0.1] [--seed N] [--rate-limit N] [--webhook-time-scale N] [--hosted DIR]

  --port, -p     port (default: $PORT or 4010; 0 picks a free one)
  --host         interface to listen on (default 127.0.0.1)
  --seed         seed of the sandbox data (default: the documented seed)
  --rate-limit   requests per minute per partner and per worker (default 300; 0 turns the limit off,
                 e.g. for load tests)
  --webhook-time-scale
                 runs the webhook retry schedule N times faster (default 1: 1 min, 5 min, 30 min,
                 2 h, 5 h, then every 10 h for 72 h; 60: 1 s, 5 s, 30 s … given up after 72 min)
  --hosted       folder of the widgets' hosted build, served at /hosted/ (default: @unionkit/widgets'
                 dist/hosted when it has been built)
  --help, -h     this help`;

async function main(): Promise<void> {
  let values: { port?: string; host?: string; seed?: string; 'rate-limit'?: string; 'webhook-time-scale'?: string; hosted?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        seed: { type: 'string' },
        'rate-limit': { type: 'string' },
        'webhook-time-scale': { type: 'string' },
        hosted: { type: 'string' },
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

  const rateText = values['rate-limit'];
  const perMinute = rateText === undefined ? undefined : Number(rateText);
  if (perMinute !== undefined && (rateText!.trim() === '' || !Number.isInteger(perMinute) || perMinute < 0)) {
    console.error(`Invalid --rate-limit: ${rateText} (a whole number of requests per minute; 0 turns the limit off)`);
    process.exit(2);
  }

  const scaleText = values['webhook-time-scale'];
  const timeScale = scaleText === undefined ? undefined : Number(scaleText);
  if (timeScale !== undefined && (scaleText!.trim() === '' || !Number.isFinite(timeScale) || timeScale < 1)) {
    console.error(`Invalid --webhook-time-scale: ${scaleText} (a number, 1 or more)`);
    process.exit(2);
  }

  const hostedDir = values.hosted ?? builtHostedDir();
  if (values.hosted !== undefined && !existsSync(join(values.hosted, 'hosted.html'))) {
    console.error(`--hosted: no hosted.html in ${values.hosted} (npm run build -w @unionkit/widgets)`);
    process.exit(2);
  }

  const server = await startMockServer({
    ...(hostedDir !== undefined ? { hostedDir } : {}),
    port,
    host: values.host ?? '127.0.0.1',
    ...(seed !== undefined ? { seed } : {}),
    ...(perMinute !== undefined ? { rateLimit: { limit: perMinute, windowMs: 60_000 } } : {}),
    ...(timeScale !== undefined ? { webhookRetry: { timeScale } } : {}),
  });
  const base = `${server.url}/v1`;
  console.log(`UnionKit 沙箱已启动 sandbox listening on ${server.url}
  API base:        ${base}
  Hosted page:     ${hostedDir !== undefined ? `${server.url}/hosted/hosted.html?widget=…&origin=…#token=wst_…` : 'not served (build @unionkit/widgets, or --hosted DIR)'}
  Rate limit:      ${perMinute === 0 ? 'off' : `${perMinute ?? 300} requests a minute per partner and per worker`}
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

/** `@unionkit/widgets`' hosted build, when that package is installed beside this one and built. */
function builtHostedDir(): string | undefined {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@unionkit/widgets/package.json')), 'dist', 'hosted');
    return existsSync(join(dir, 'hosted.html')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
