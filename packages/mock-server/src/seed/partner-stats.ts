/**
 * The demo partner's history for `GET /partner/stats`: how many of its riders joined the union,
 * enrolled in the mutual-aid plan and were given help (non-confidential only) in each district and
 * month before the sandbox started. Counts, never people — there is no person behind them to leak.
 * Central districts, where most riders work, have counts that show (10 or more) in most months;
 * outer districts mostly small ones that the report suppresses. Deterministic per seed, district
 * and month (a pure function, so it costs no memory).
 */
import type { DistrictCode } from '@unionkit/contract';
import { TEST_KEYS } from '../constants.js';
import { createRandom, hashString } from './random.js';

export interface StatCounts {
  membersJoined: number;
  enrolments: number;
  helpGiven: number;
}

/** Where most riders work: larger numbers. */
const CENTRAL = new Set<DistrictCode>(['310101', '310104', '310105', '310106', '310107', '310109', '310110', '310112', '310115']);

/** The seeded counts of `partnerId` for `month` (`YYYY-MM`) in `district`; zero for other partners. */
export function historicalCounts(seed: number, partnerId: string, month: string, district: DistrictCode): StatCounts {
  if (partnerId !== TEST_KEYS.partnerId) return { membersJoined: 0, enrolments: 0, helpGiven: 0 };
  const rng = createRandom((seed ^ hashString(`partner-stats|${month}|${district}`)) >>> 0);
  return CENTRAL.has(district)
    ? { membersJoined: rng.int(4, 40), enrolments: rng.int(2, 24), helpGiven: rng.int(0, 14) }
    : { membersJoined: rng.int(0, 12), enrolments: rng.int(0, 8), helpGiven: rng.int(0, 3) };
}
