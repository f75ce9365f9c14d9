#!/usr/bin/env node
// `npm run bench`: the speed budgets of PRODUCT.md ("Budgets"), each measured side by side with what
// it is compared to, in repeated interleaved rounds so that machine noise falls on both sides, and
// printed as a ratio with its spread:
//   1. the SDK against a bare fetch on loopback (≤ 1.10× at the median)           scripts/bench/sdk-vs-fetch.mjs
//   2. the sandbox CLI (--rate-limit 0) against Stoplight Prism mocking the same
//      contract, 10 connections (≥ 3× Prism's req/s, sandbox p99 ≤ 20 ms)         scripts/bench/sandbox-vs-prism.mjs
//   3. a widget embedded against the same widget in a cross-site iframe, cold
//      cache, 4× CPU slowdown (embedded ≤ 500 ms and ≥ 1.5× sooner)               scripts/bench/embed-vs-frame.mjs
// and then the first render of each widget with cached data (≤ 100 ms, scripts/bench-render.mjs).
// Exits 1 when a budget is missed, naming each. Run after `npm run build` (it measures the builds:
// the sandbox's dist and CLI, the widget bundle). Not part of `npm test`: budgets are scripts.
//
// BENCH_ONLY=sdk,sandbox,embed,render runs only those; BENCH_ROUNDS sets the rounds of each.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchFirstRender } from './bench-render.mjs';
import { benchEmbedVsFrame, reportEmbedVsFrame } from './bench/embed-vs-frame.mjs';
import { benchSandboxVsPrism, reportSandboxVsPrism } from './bench/sandbox-vs-prism.mjs';
import { benchSdkVsFetch, reportSdkVsFetch } from './bench/sdk-vs-fetch.mjs';
import { ROOT } from './bench/servers.mjs';
import { WIDGETS_DIR } from './bench/widget-pages.mjs';

const only = new Set((process.env.BENCH_ONLY ?? 'sdk,sandbox,embed,render').split(',').map((s) => s.trim()));
const rounds = process.env.BENCH_ROUNDS === undefined ? undefined : Number(process.env.BENCH_ROUNDS);
const RENDER_BUDGET_MS = 100;

for (const [what, path, sections] of [
  ['the sandbox', join(ROOT, 'packages/mock-server/dist/cli.js'), ['sdk', 'sandbox', 'embed', 'render']],
  ['the widget bundle', join(WIDGETS_DIR, 'chunks.json'), ['embed', 'render']],
]) {
  if (sections.some((s) => only.has(s)) && !existsSync(path)) {
    console.error(`${what} is not built (${path} is missing): run \`npm run build\` first.`);
    process.exit(1);
  }
}

const started = Date.now();
const missed = [];
const section = async (name, run) => {
  if (!only.has(name)) return;
  try {
    missed.push(...(await run()));
  } catch (error) {
    console.error(`\n${name}: failed: ${error instanceof Error ? error.stack : error}`);
    missed.push(`${name}: the measurement failed (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
};

await section('sdk', async () => reportSdkVsFetch(await benchSdkVsFetch(rounds ? { rounds } : {})));
await section('sandbox', async () => reportSandboxVsPrism(await benchSandboxVsPrism(rounds ? { rounds } : {})));
await section('embed', async () => reportEmbedVsFrame(await benchEmbedVsFrame(rounds ? { rounds } : {})));
await section('render', async () => {
  const render = await benchFirstRender();
  console.log(`\nFirst render with cached data, Chromium, 4× CPU slowdown (budget ≤ ${RENDER_BUDGET_MS} ms at the median)`);
  console.table(render);
  return render.filter((r) => r.medianMs > RENDER_BUDGET_MS).map((r) => `first render of ${r.widget}: ${r.medianMs} ms > ${RENDER_BUDGET_MS} ms`);
});

console.log(`\nBench took ${Math.round((Date.now() - started) / 1000)} s.`);
if (missed.length > 0) {
  console.error('Over budget:');
  for (const line of missed) console.error(`  - ${line}`);
  process.exitCode = 1;
} else {
  console.log('Every budget holds.');
}
