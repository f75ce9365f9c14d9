#!/usr/bin/env node
// `npm run bench`: the speed budgets of PRODUCT.md, checked by a script on this machine.
//   SDK overhead over a bare fetch on loopback ≤ 10 % at the median.
//   First render of a widget with cached data ≤ 100 ms in Chromium with a 4× CPU slowdown
//   (scripts/bench-render.mjs).
// Interleaves the two clients request by request so that machine noise hits both alike, and exits 1
// over budget. Run after `npm run build`.
import { performance } from 'node:perf_hooks';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient } from '@unionkit/sdk';
import { benchFirstRender } from './bench-render.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
const BUDGET = 0.10;

const sandbox = await startMockServer({ port: 0, rateLimit: { limit: 1_000_000, windowMs: 60_000 } });
try {
  const baseUrl = `${sandbox.url}/v1`;
  const partner = new UnionClient({ baseUrl, token: 'sk_test_demo_delivery' });
  const { clientToken } = await partner.widgetSessions.create({ workerRef: 'bench', components: ['service_map'] });
  const sdk = new UnionClient({ baseUrl, token: clientToken, maxRetries: 0 });
  const ids = (await sdk.servicePoints.list({ limit: 20 })).data.map((p) => p.id);
  const headers = { authorization: `Bearer ${clientToken}`, accept: 'application/json' };

  const bare = async (id) => {
    const response = await fetch(`${baseUrl}/service-points/${id}`, { headers });
    if (!response.ok) throw new Error(`bare fetch: ${response.status}`);
    return response.json();
  };
  const viaSdk = (id) => sdk.servicePoints.retrieve(id);

  const time = async (fn, id) => {
    const start = performance.now();
    await fn(id);
    return performance.now() - start;
  };
  for (let i = 0; i < 50; i++) { await bare(ids[i % ids.length]); await viaSdk(ids[i % ids.length]); }

  const bareTimes = [];
  const sdkTimes = [];
  for (let i = 0; i < ROUNDS; i++) {
    const id = ids[i % ids.length];
    if (i % 2) { bareTimes.push(await time(bare, id)); sdkTimes.push(await time(viaSdk, id)); }
    else { sdkTimes.push(await time(viaSdk, id)); bareTimes.push(await time(bare, id)); }
  }
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const b = median(bareTimes);
  const s = median(sdkTimes);
  const overhead = s / b - 1;
  console.log(`GET /v1/service-points/{id}, ${ROUNDS} rounds on loopback`);
  console.log(`  bare fetch median  ${b.toFixed(3)} ms`);
  console.log(`  SDK median         ${s.toFixed(3)} ms  (retries, auth, response validation)`);
  console.log(`  overhead           ${(overhead * 100).toFixed(1)} %  (budget ≤ ${BUDGET * 100} %)`);
  if (overhead > BUDGET) {
    console.error('Over budget.');
    process.exitCode = 1;
  } else console.log('Within budget.');
} finally {
  await sandbox.close();
}

const render = await benchFirstRender();
console.log('\nFirst render with cached data, Chromium, 4× CPU slowdown (budget ≤ 100 ms at the median)');
console.table(render);
if (render.some((r) => r.medianMs > 100)) {
  console.error('Over budget.');
  process.exitCode = 1;
} else console.log('Within budget.');
