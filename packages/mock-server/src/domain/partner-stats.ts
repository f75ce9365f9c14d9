/**
 * `GET /partner/stats`: the partner's impact among its riders, by district and month — members who
 * joined, enrolments, and help given. Built for PIPL:
 *
 * - Help given counts only non-confidential help actually given (a skill subsidy granted, a micro-wish
 *   fulfilled). Legal consultation, legal aid, mediation and complaints may be about the platform
 *   itself; it must not learn they exist, so they are left out — not even folded into a total, which
 *   would tell their number by subtracting the rest.
 * - Any count under 10, zero included, is suppressed (`count: null, suppressed: true`). No totals
 *   are given (per district, per month or overall), so no suppressed cell can be recovered from one;
 *   the cells share no sums.
 * - Only months that have ended (the last 12): a count that changed from one day to the next would
 *   tell the platform that one more of its riders joined today.
 * - Never a `workerRef`, name or anything about a person.
 */
import type { DistrictCode, HelpRequestType, PartnerStats, StatCount } from '@unionkit/contract';
import { districts } from '../seed/divisions.js';
import { historicalCounts, type StatCounts } from '../seed/partner-stats.js';
import type { Store } from '../store/store.js';
import { formatDateTime, shanghaiParts } from '../time.js';
import type { PartnerActor } from './actor.js';

export const MINIMUM_COUNT = 10;

/** Help that counts as given: non-confidential types in the status that means it was given. */
const HELP_GIVEN: Partial<Record<HelpRequestType, string>> = { skill_subsidy: 'resolved', micro_wish: 'fulfilled' };

/** Up to when the seeded history runs (the month before the sandbox started), per store. */
const historyEnds = new WeakMap<Store, string>();

/** The seeded history covers the months before `start`'s (called once by `createSandbox`). */
export function setStatsHistoryStart(store: Store, start: Date): void {
  historyEnds.set(store, monthOf(start));
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(date: Date): string {
  const p = shanghaiParts(date);
  return `${p.year}-${pad(p.month)}`;
}

function monthOfDateString(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The 12 months before `now`'s, oldest first. */
function lastMonths(now: Date): string[] {
  const p = shanghaiParts(now);
  const out: string[] = [];
  for (let back = 12; back >= 1; back--) {
    const index = p.year * 12 + (p.month - 1) - back;
    out.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  }
  return out;
}

function cell(count: number): StatCount {
  return count < MINIMUM_COUNT ? { count: null, suppressed: true } : { count, suppressed: false };
}

/** Live counts from the sandbox's own records, keyed `month|district`. */
function liveCounts(store: Store, partnerId: string): Map<string, StatCounts> {
  const out = new Map<string, StatCounts>();
  const add = (month: string, district: DistrictCode | undefined, key: keyof StatCounts) => {
    if (!district) return;
    const k = `${month}|${district}`;
    const c = out.get(k) ?? { membersJoined: 0, enrolments: 0, helpGiven: 0 };
    c[key]++;
    out.set(k, c);
  };
  const districtOf = new Map<string, DistrictCode>();
  for (const m of store.memberships.values()) {
    const worker = store.workers.get(m.workerKey);
    if (worker?.partnerId !== partnerId) continue;
    const district = store.applications.get(m.applicationId)?.workDistrict;
    if (district) districtOf.set(m.workerKey, district);
    add(monthOfDateString(m.since), district, 'membersJoined');
  }
  for (const e of store.enrolments.values()) {
    if (store.workers.get(e.workerKey)?.partnerId !== partnerId || e.status === 'cancelled') continue;
    add(monthOf(e.createdAt), districtOf.get(e.workerKey), 'enrolments');
  }
  for (const h of store.helpRequests.values()) {
    const given = HELP_GIVEN[h.type];
    if (!given || h.partnerId !== partnerId) continue;
    const at = h.timeline.find((t) => t.status === given)?.at;
    if (at) add(monthOf(at), districtOf.get(h.workerKey), 'helpGiven');
  }
  return out;
}

export function partnerStats(store: Store, actor: PartnerActor): PartnerStats {
  const now = store.now();
  const months = lastMonths(now);
  const historyEnd = historyEnds.get(store) ?? monthOf(now);
  const live = liveCounts(store, actor.partner.id);
  const data: PartnerStats['data'] = [];
  for (const month of months) {
    for (const { code } of districts) {
      const seeded = month < historyEnd ? historicalCounts(store.seed, actor.partner.id, month, code) : null;
      const own = live.get(`${month}|${code}`);
      const sum = (key: keyof StatCounts) => (seeded?.[key] ?? 0) + (own?.[key] ?? 0);
      data.push({ month, district: code, membersJoined: cell(sum('membersJoined')), enrolments: cell(sum('enrolments')), helpGiven: cell(sum('helpGiven')) });
    }
  }
  return {
    generatedAt: formatDateTime(now),
    from: months[0]!,
    to: months.at(-1)!,
    minimumCount: MINIMUM_COUNT,
    helpCounted: 'non_confidential',
    data,
  };
}
