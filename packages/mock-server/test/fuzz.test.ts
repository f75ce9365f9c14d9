// A property-based fuzzer over every operation of the contract, against a real sandbox over HTTP.
// For each operation (read from openapi/unionkit.yaml at test time) it sends valid and hostile
// requests and checks every answer: no 5xx, every error a problem with its code, every response as
// the contract declares, invalid requests refused, refused requests change nothing.
//
// Deterministic: FUZZ_SEED (default below) and FUZZ_RUNS (requests per operation) change it;
// FUZZ_SHRINK=1 shrinks a failure (slower). A failure prints the seed and the request. Each
// operation gets a fresh sandbox, so one reproduces alone: --test-name-pattern with its operationId.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { snapshot } from './support/harness.js';
import { createWireClient } from './support/fuzz-client.js';
import { contractOperations, type FuzzOperation } from './support/fuzz-contract.js';
import { describeExchange, exchangeErrors, prototypeDigest } from './support/fuzz-check.js';
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

async function fuzz(op: FuzzOperation, world: World): Promise<void> {
  const client = createWireClient(world.h.server.url);
  const cleanPrototypes = prototypeDigest();
  let before = snapshot(world.h);
  try {
    await fc.assert(
      fc.asyncProperty(planArb(op), async (plan) => {
        const req = materialise(op, plan, world);
        const res = await client.send(req);
        const after = snapshot(world.h);
        const errors = exchangeErrors({ op, req, res, before, after });
        if (prototypeDigest() !== cleanPrototypes) errors.push('a prototype was polluted');
        if (errors.length > 0) throw new Error(`${op.operationId}, FUZZ_SEED=${SEED}:\n${describeExchange({ req, res }, errors)}`);
        if (OPERATIONS[op.operationId]?.revokesSessions && res.status < 300) await refreshTokens(world);
        // Only requests change the sandbox, and they come one at a time: this state is the next one's "before".
        before = snapshot(world.h);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: !process.env['FUZZ_SHRINK'] },
    );
  } finally {
    client.close();
  }
}

for (const op of operations) {
  test(`fuzz ${op.method} ${op.base}${op.template} (${op.operationId}), FUZZ_SEED=${SEED}, ${RUNS} requests`, async (t) => {
    await fuzz(op, await buildWorld(await startFuzzSandbox(t)));
  });
}
