// A property-based fuzzer over every operation of the contract, against a real sandbox over HTTP.
// For each operation (read from openapi/unionkit.yaml at test time) it sends valid and hostile
// requests and checks every answer: no 5xx, every error a problem with its code, every response as
// the contract declares, invalid requests refused, refused requests change nothing.
//
// Deterministic: FUZZ_SEED (default below) and FUZZ_RUNS (requests per operation) change it;
// FUZZ_SHRINK=1 shrinks a failure (slower). A failure prints the seed and the request. Each
// operation gets a fresh sandbox, so one reproduces alone:
//   FUZZ_SEED=… node --conditions=source --import tsx --test --test-name-pattern=<operationId> packages/mock-server/test/fuzz.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { problemErrors } from './support/contract.js';
import { SK, snapshot } from './support/harness.js';
import { createWireClient } from './support/fuzz-client.js';
import { contractOperations, declaredMethods, type FuzzOperation } from './support/fuzz-contract.js';
import { describeExchange, exchangeErrors, prototypeDigest, replayErrors } from './support/fuzz-check.js';
import { materialise } from './support/fuzz-materialise.js';
import { OPERATIONS } from './support/fuzz-operations.js';
import { planArb } from './support/fuzz-requests.js';
import { buildWorld, refreshTokens, startFuzzSandbox, type World } from './support/fuzz-world.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 30);
const operations = contractOperations();

test('every operation of the contract has a generator, and every generator an operation', () => {
  const ids = operations.map((op) => op.operationId);
  assert.deepEqual(ids.filter((id) => !OPERATIONS[id]), [], 'operations without an entry in test/support/fuzz-operations.ts');
  assert.deepEqual(Object.keys(OPERATIONS).filter((id) => !ids.includes(id)), [], 'fuzz-operations.ts entries the contract no longer has');
  for (const op of operations) assert.doesNotThrow(() => planArb(op), `a generator for ${op.operationId}`);
});

/** Fuzzes one operation; returns how its answers were spread (for the report: did the fuzzer reach the domain?). */
async function fuzz(op: FuzzOperation, world: World): Promise<Record<string, number>> {
  const client = createWireClient(world.h.server.url);
  const seen: Record<string, number> = {};
  const count = (key: string) => (seen[key] = (seen[key] ?? 0) + 1);
  const cleanPrototypes = prototypeDigest();
  let before = snapshot(world.h);
  try {
    await fc.assert(
      fc.asyncProperty(planArb(op), async (plan) => {
        const req = materialise(op, plan, world);
        const res = await client.send(req);
        const after = snapshot(world.h);
        count(String(res.status));
        const errors = exchangeErrors({ op, req, res, before, after });
        if (prototypeDigest() !== cleanPrototypes) errors.push('a prototype was polluted');
        if (errors.length > 0) throw new Error(`${op.operationId}, FUZZ_SEED=${SEED}:\n${describeExchange({ req, res }, errors)}`);
        const revokes = OPERATIONS[op.operationId]?.revokesSessions;
        if (req.keyed && res.status < 300 && !revokes) {
          const again = await client.send(req);
          count('replayed');
          const replay = replayErrors(res, { op, req, res: again, before: after, after: snapshot(world.h) });
          if (replay.length > 0) throw new Error(`${op.operationId} replayed, FUZZ_SEED=${SEED}:\n${describeExchange({ req, res: again }, replay)}`);
        }
        if (revokes && res.status < 300) await refreshTokens(world);
        // Only requests change the sandbox, and they come one at a time: this state is the next one's "before".
        before = snapshot(world.h);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: !process.env['FUZZ_SHRINK'] },
    );
  } finally {
    client.close();
  }
  return seen;
}

for (const op of operations) {
  test(`fuzz ${op.method} ${op.base}${op.template} (${op.operationId}), FUZZ_SEED=${SEED}, ${RUNS} requests`, async (t) => {
    const seen = await fuzz(op, await buildWorld(await startFuzzSandbox(t)));
    t.diagnostic(Object.entries(seen).map(([k, n]) => `${k}×${n}`).join(' '));
  });
}

test(`fuzz methods the contract does not declare at each path: 405 problems with Allow, nothing changed, FUZZ_SEED=${SEED}`, async (t) => {
  const world = await buildWorld(await startFuzzSandbox(t));
  const client = createWireClient(world.h.server.url);
  t.after(() => client.close());
  const paths = [...declaredMethods()];
  const arb = fc.record({
    at: fc.constantFrom(...paths),
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'LOCK'),
    who: fc.constantFrom('sk' as const, 'A' as const),
    index: fc.nat(),
  });
  await fc.assert(
    fc.asyncProperty(arb, async ({ at: [template, { base, methods }], method, who, index }) => {
      fc.pre(!methods.includes(method));
      const op = operations.find((o) => o.template === template)!;
      const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        const pool = world.ids[OPERATIONS[op.operationId]?.ids?.[name] ?? 'event'];
        return encodeURIComponent(pool[index % pool.length] ?? 'x');
      });
      const req = { method, target: `${base}${path}`, headers: [['Authorization', `Bearer ${who === 'sk' ? SK : world.tokens.A}`]] as [string, string][] };
      const before = snapshot(world.h);
      const res = await client.send(req);
      const errors = problemErrors({ method, path: `${base}${path}`, status: res.status, headers: res.headers, body: res.text });
      if (res.status !== 405) errors.push(`answered ${res.status}, not 405`);
      const allow = (res.headers.get('allow') ?? '').split(',').map((m) => m.trim());
      const missing = methods.filter((m) => !allow.includes(m));
      if (missing.length) errors.push(`Allow: ${res.headers.get('allow')} lacks ${missing.join(', ')}`);
      if (res.headers.get('x-content-type-options') !== 'nosniff') errors.push('no X-Content-Type-Options: nosniff');
      if (snapshot(world.h) !== before) errors.push("a refused method changed the sandbox's state");
      if (errors.length > 0) throw new Error(`${method} ${base}${path}, FUZZ_SEED=${SEED}:\n${errors.join('\n')}\n${res.text.slice(0, 500)}`);
    }),
    { seed: SEED, numRuns: RUNS * 2, endOnFailure: !process.env['FUZZ_SHRINK'] },
  );
});
