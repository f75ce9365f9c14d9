// The SDK against a bare `fetch` on loopback: GET /v1/service-points/{id} against the sandbox, the two
// clients interleaved request by request (who goes first alternates), so machine noise hits both
// alike. Each round gives the ratio of the two medians; the budget holds at the median round.
import { performance } from 'node:perf_hooks';
import { startMockServer } from '@unionkit/mock-server/node';
import { UnionClient } from '@unionkit/sdk';
import { median, spread } from './stats.mjs';

export const SDK_BUDGET = 1.1;

export async function benchSdkVsFetch({ rounds = 9, perRound = 60 } = {}) {
  const sandbox = await startMockServer({ port: 0, rateLimit: { limit: 0 } });
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
    // Warm up both (JIT, keep-alive connections).
    for (let i = 0; i < 100; i++) {
      await bare(ids[i % ids.length]);
      await viaSdk(ids[i % ids.length]);
    }
    const ratios = [];
    const bareMedians = [];
    const sdkMedians = [];
    for (let round = 0; round < rounds; round++) {
      const bareTimes = [];
      const sdkTimes = [];
      for (let i = 0; i < perRound; i++) {
        const id = ids[i % ids.length];
        if ((i + round) % 2) {
          bareTimes.push(await time(bare, id));
          sdkTimes.push(await time(viaSdk, id));
        } else {
          sdkTimes.push(await time(viaSdk, id));
          bareTimes.push(await time(bare, id));
        }
      }
      bareMedians.push(median(bareTimes));
      sdkMedians.push(median(sdkTimes));
      ratios.push(median(sdkTimes) / median(bareTimes));
    }
    return { rounds, perRound, ratios, ratio: median(ratios), bareMs: median(bareMedians), sdkMs: median(sdkMedians) };
  } finally {
    await sandbox.close();
  }
}

/** Prints the comparison; returns the budgets it missed. */
export function reportSdkVsFetch(result) {
  console.log(`\nSDK vs bare fetch, GET /v1/service-points/{id} on loopback (budget: ≤ ${SDK_BUDGET.toFixed(2)}× at the median)`);
  console.log(`  ${result.rounds} rounds of ${result.perRound} requests each, interleaved one by one`);
  console.log(`  bare fetch median ${result.bareMs.toFixed(3)} ms, SDK median ${result.sdkMs.toFixed(3)} ms (retries, auth, response validation)`);
  console.log(`  SDK ÷ bare fetch: ${spread(result.ratios, 3)}`);
  return result.ratio > SDK_BUDGET ? [`SDK vs bare fetch: ${result.ratio.toFixed(3)}× > ${SDK_BUDGET.toFixed(2)}×`] : [];
}
