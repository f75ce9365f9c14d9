// The sandbox against Stoplight Prism mocking the same contract, at 10 connections with autocannon:
// GET /events, GET /service-points?near=…, and a write (POST /widget-sessions, a fresh
// Idempotency-Key on every request). Rounds alternate which server goes first, so that a busy
// moment of the machine falls on both; the ratio of each round is sandbox req/s ÷ Prism req/s.
import autocannon from 'autocannon';
import { prismVersion, startPrism, startSandboxCli } from './servers.mjs';
import { median, quantile, spread } from './stats.mjs';

const CONNECTIONS = 10;
export const RATIO_BUDGET = 3;
export const P99_BUDGET_MS = 20;
const SECRET_KEY = 'sk_test_demo_delivery';

/** One load run: req/s over the run and latency percentiles (ms); any error or non-2xx is reported. */
function load({ server, url, method = 'GET', headers, setupRequest, seconds }) {
  const cpuBefore = server.cpuSeconds();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method,
        headers,
        connections: CONNECTIONS,
        duration: seconds,
        ...(setupRequest ? { requests: [{ setupRequest }] } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        const cpuAfter = server.cpuSeconds();
        resolve({
          cpuMsPerRequest: cpuBefore === null || cpuAfter === null ? NaN : ((cpuAfter - cpuBefore) * 1000) / Math.max(1, result.requests.total),
          rps: result.requests.total / result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          failed: result.errors + result.timeouts + result.non2xx,
          total: result.requests.total,
        });
      },
    );
  });
}

/** The three operations, as each server takes them (Prism serves the paths without `/v1`). */
function cases(clientToken) {
  const read = { authorization: `Bearer ${clientToken}`, accept: 'application/json' };
  let sequence = 0;
  const write = (req) => {
    sequence++;
    return {
      ...req,
      headers: { ...req.headers, 'idempotency-key': `bench-${process.pid}-${sequence}` },
      body: JSON.stringify({ workerRef: `bench-rider-${sequence % 1000}`, components: ['events', 'service_map'] }),
    };
  };
  return [
    { name: 'GET /events', path: '/events', headers: read },
    { name: 'GET /service-points?near=…', path: '/service-points?near=31.2304,121.4737', headers: read },
    {
      name: 'POST /widget-sessions + Idempotency-Key',
      path: '/widget-sessions',
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json', accept: 'application/json' },
      setupRequest: write,
    },
  ];
}

async function mintToken(apiBase) {
  const response = await fetch(`${apiBase}/widget-sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ workerRef: 'bench', components: ['events', 'service_map'] }),
  });
  if (response.status !== 201) throw new Error(`sandbox: minting a session answered ${response.status}`);
  return (await response.json()).clientToken;
}

/**
 * Runs the comparison; resolves with one row per operation, or `{ skipped }` when Prism cannot run
 * here (say so, never a made-up number).
 */
export async function benchSandboxVsPrism({ rounds = 5, seconds = 2 } = {}) {
  if (!prismVersion()) return { skipped: 'Stoplight Prism is not installed (npm ci installs @stoplight/prism-cli).' };
  let prism;
  try {
    prism = await startPrism();
  } catch (error) {
    return { skipped: `Stoplight Prism ${prismVersion()} does not run under Node ${process.version}: ${error.message.split('\n')[0]}` };
  }
  const sandbox = await startSandboxCli().catch(async (error) => {
    await prism.stop();
    throw error;
  });
  try {
    const clientToken = await mintToken(sandbox.apiBase);
    const rows = [];
    for (const c of cases(clientToken)) {
      const on = (server, s) => load({ ...c, server, url: `${server.apiBase}${c.path}`, seconds: s });
      // Warm up both (JIT, connection pools) before anything counts.
      await on(sandbox, 1);
      await on(prism, 1);
      const ratios = [];
      const sandboxRuns = [];
      const prismRuns = [];
      for (let round = 0; round < rounds; round++) {
        const first = round % 2 === 0 ? sandbox : prism;
        const second = first === sandbox ? prism : sandbox;
        const a = await on(first, seconds);
        const b = await on(second, seconds);
        const [mine, theirs] = first === sandbox ? [a, b] : [b, a];
        sandboxRuns.push(mine);
        prismRuns.push(theirs);
        ratios.push(mine.rps / theirs.rps);
      }
      rows.push({
        operation: c.name,
        ratios,
        ratio: median(ratios),
        sandboxRps: median(sandboxRuns.map((r) => r.rps)),
        prismRps: median(prismRuns.map((r) => r.rps)),
        sandboxP50: median(sandboxRuns.map((r) => r.p50)),
        sandboxP99: median(sandboxRuns.map((r) => r.p99)),
        sandboxP99Worst: Math.max(...sandboxRuns.map((r) => r.p99)),
        prismP99: median(prismRuns.map((r) => r.p99)),
        sandboxCpuMs: median(sandboxRuns.map((r) => r.cpuMsPerRequest)),
        prismCpuMs: median(prismRuns.map((r) => r.cpuMsPerRequest)),
        sandboxFailed: sandboxRuns.reduce((n, r) => n + r.failed, 0),
        prismFailed: prismRuns.reduce((n, r) => n + r.failed, 0),
        requests: sandboxRuns.reduce((n, r) => n + r.total, 0),
      });
    }
    return { sandbox: sandbox.name, prism: prism.name, rounds, seconds, rows };
  } finally {
    await Promise.all([sandbox.stop(), prism.stop()]);
  }
}

/** Prints the comparison; returns the budgets it missed. */
export function reportSandboxVsPrism(result) {
  console.log(`\nSandbox vs Stoplight Prism, same contract, ${CONNECTIONS} connections (budget: ≥ ${RATIO_BUDGET}× Prism's req/s at the median, sandbox p99 ≤ ${P99_BUDGET_MS} ms)`);
  if (result.skipped) {
    console.log(`  Not measured: ${result.skipped}`);
    return [`sandbox vs Prism: not measured (${result.skipped})`];
  }
  console.log(`  ${result.sandbox} vs ${result.prism}; ${result.rounds} rounds of ${result.seconds} s each side, alternating who goes first`);
  console.table(
    result.rows.map((r) => ({
      operation: r.operation,
      'sandbox req/s': Math.round(r.sandboxRps),
      'Prism req/s': Math.round(r.prismRps),
      'ratio (median, p10–p90)': `${r.ratio.toFixed(2)}× (${quantile(r.ratios, 0.1).toFixed(2)}–${quantile(r.ratios, 0.9).toFixed(2)}×)`,
      'sandbox p50 / p99 ms': `${r.sandboxP50} / ${r.sandboxP99} (worst ${r.sandboxP99Worst})`,
      'Prism p99 ms': r.prismP99,
      'CPU ms/request (sandbox / Prism)': `${r.sandboxCpuMs.toFixed(2)} / ${r.prismCpuMs.toFixed(2)}`,
      'failed (sandbox / Prism)': `${r.sandboxFailed} / ${r.prismFailed}`,
    })),
  );
  const missed = [];
  for (const r of result.rows) {
    console.log(`  ${r.operation}: ${spread(r.ratios)}`);
    if (r.ratio < RATIO_BUDGET) missed.push(`sandbox vs Prism, ${r.operation}: ${r.ratio.toFixed(2)}× < ${RATIO_BUDGET}×`);
    if (r.sandboxP99 > P99_BUDGET_MS) missed.push(`sandbox p99, ${r.operation}: ${r.sandboxP99} ms > ${P99_BUDGET_MS} ms`);
    if (r.sandboxFailed > 0) missed.push(`sandbox, ${r.operation}: ${r.sandboxFailed} failed or non-2xx responses`);
  }
  return missed;
}
