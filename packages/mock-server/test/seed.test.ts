import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as s from '@unionkit/sdk/schemas';
import {
  AMENITIES,
  DEMO_PLATFORM_ID,
  EMPLOYMENT_TYPES,
  EVENT_CATEGORIES,
  EXPIRED_JOB_POSTING_IDS,
  FIXTURE_EVENT_IDS,
  MEAL_WINDOWS,
  MUNICIPAL_ORG_ID,
  OCCUPATIONS,
  REST_STATION_BASE,
  SERVICE_POINT_TYPES,
  createRandom,
  createSeed,
  demoDeliveryOrgId,
  districts,
  planIds,
  streets,
  type SeedData,
} from '../src/seed/index.js';
import { inDistrictOutline } from './support/outlines.js';

const NOW = new Date('2026-11-28T10:00:00+08:00');
const seed: SeedData = createSeed({ now: NOW });
const DISTRICT_CODES = districts.map((d) => d.code);
const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const ms = (iso: string): number => new Date(iso).getTime();
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('createRandom', () => {
  test('is deterministic and seed-dependent', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 20 }, () => a.next());
    assert.deepEqual(
      Array.from({ length: 20 }, () => b.next()),
      xs,
    );
    assert.notDeepEqual(
      Array.from({ length: 20 }, () => c.next()),
      xs,
    );
    assert.ok(xs.every((x) => x >= 0 && x < 1));
  });

  test('int, pick, shuffle, sample and fork', () => {
    const r = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      assert.ok(Number.isInteger(n) && n >= 3 && n <= 5);
    }
    assert.equal(r.pick(['only']), 'only');
    const items = [1, 2, 3, 4, 5, 6];
    assert.deepEqual(r.shuffle(items).sort(), items);
    assert.equal(new Set(r.sample(items, 4)).size, 4);
    assert.equal(createRandom(7).fork('x').next(), createRandom(7).fork('x').next());
    assert.notEqual(createRandom(7).fork('x').next(), createRandom(7).fork('y').next());
    assert.throws(() => r.pick([]));
  });
});

describe('createSeed', () => {
  test('same seed and now → identical output; another seed → different output', () => {
    assert.equal(JSON.stringify(createSeed({ now: NOW })), JSON.stringify(seed));
    assert.equal(JSON.stringify(createSeed({ seed: 20261128, now: new Date(NOW) })), JSON.stringify(seed));
    assert.notEqual(JSON.stringify(createSeed({ seed: 1, now: NOW })), JSON.stringify(seed));
  });

  test('ids are unique within each collection', () => {
    for (const [name, list] of Object.entries(seed)) {
      const ids = (list as { id: string }[]).map((x) => x.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate id in ${name}`);
    }
  });
});

describe('divisions', () => {
  test("Shanghai's 16 districts and their streets and towns", () => {
    assert.equal(districts.length, 16);
    assert.deepEqual(DISTRICT_CODES, s.zDistrictCode.options);
    assert.equal(streets.length, 234);
    for (const code of DISTRICT_CODES) assert.ok(streets.some((st) => st.district === code));
    assert.ok(streets.some((st) => st.name === '徐家汇街道' && st.district === '310104'));
  });
});

describe('organisations', () => {
  const orgs = seed.organisations;
  const byId = new Map(orgs.map((o) => [o.id, o]));

  test('validate against the contract', () => {
    for (const o of orgs) s.zUnionOrganisation.parse({ ...o, suggested: false });
  });

  test('one municipal root; every parent exists; tree is acyclic', () => {
    const roots = orgs.filter((o) => o.parentId === null);
    assert.deepEqual(
      roots.map((o) => o.id),
      [MUNICIPAL_ORG_ID],
    );
    assert.equal(byId.get(MUNICIPAL_ORG_ID)?.name, '上海市总工会');
    for (const o of orgs) {
      let depth = 0;
      for (let p = o.parentId; p !== null; p = byId.get(p)!.parentId) {
        assert.ok(byId.has(p), `${o.id}: parent ${p} missing`);
        assert.ok(++depth < 5, `${o.id}: cycle`);
      }
    }
  });

  test('districts, industries, grassroots, platform and joint unions', () => {
    for (const code of DISTRICT_CODES) {
      const d = byId.get(`org_${code}`);
      assert.equal(d?.kind, 'district');
      assert.equal(d?.parentId, MUNICIPAL_ORG_ID);
      const grassroots = orgs.filter((o) => o.district === code && ['street', 'town', 'park'].includes(o.kind));
      assert.ok(grassroots.length >= 3, `${code}: ${grassroots.length} street/town unions`);
      const platform = byId.get(demoDeliveryOrgId(code));
      assert.equal(platform?.kind, 'platform_enterprise');
      assert.deepEqual(platform?.platformIds, [DEMO_PLATFORM_ID]);
      assert.ok(platform?.name.startsWith('Demo Delivery '));
      assert.ok(orgs.some((o) => o.kind === 'joint' && o.district === code));
    }
    assert.equal(byId.get('org_310104')?.name, '徐汇区总工会');
    assert.ok(orgs.filter((o) => o.kind === 'industry').length >= 3);
    assert.ok(byId.has('org_310104_street_310104003'));
  });

  test('grassroots unions accept members, upper levels do not; all have address and phone', () => {
    for (const o of orgs) {
      assert.equal(o.acceptsMembers, !['municipal', 'district', 'industry'].includes(o.kind), o.id);
      assert.ok(o.address && o.phone, o.id);
      if (o.kind !== 'municipal' && o.kind !== 'industry') assert.ok(o.district, o.id);
    }
  });
});

describe('service points', () => {
  const points = seed.servicePoints;

  test('validate against the contract', () => {
    for (const p of points) s.zServicePoint.parse({ ...p });
  });

  test('at least 300, every type in every district', () => {
    assert.ok(points.length >= 300, `${points.length}`);
    for (const type of SERVICE_POINT_TYPES) assert.ok(points.some((p) => p.type === type), type);
    for (const code of DISTRICT_CODES) {
      const here = points.filter((p) => p.district === code);
      assert.ok(here.length >= 15, code);
      assert.ok(here.some((p) => p.type === 'rest_station'), code);
    }
    assert.deepEqual(new Set(points.flatMap((p) => p.amenities)), new Set(AMENITIES));
  });

  test('every point lies on land in its own district', () => {
    for (const p of points) {
      assert.ok(inDistrictOutline(p.location, p.district), `${p.id} ${JSON.stringify(p.location)}`);
      assert.ok(p.location.lat > 30.7 && p.location.lat < 31.9 && p.location.lng > 120.9 && p.location.lng < 122.0);
    }
    for (const p of points.filter((x) => x.district === '310151')) assert.ok(p.location.lat > 31.5, p.id);
  });

  test('every rest station has the 6+X base and at least one extra', () => {
    for (const p of points.filter((x) => x.type === 'rest_station')) {
      for (const a of REST_STATION_BASE) assert.ok(p.amenities.includes(a), `${p.id} lacks ${a}`);
      assert.ok(p.amenities.length > REST_STATION_BASE.length, p.id);
    }
    for (const p of points.filter((x) => x.type === 'driver_home')) {
      for (const a of ['truck_parking', 'shower', 'toilet'] as const) assert.ok(p.amenities.includes(a), `${p.id} lacks ${a}`);
    }
  });

  test('meal offers: canteens and community dining only, ¥10–15 or a free 爱心餐 with a daily quota, in the meal windows', () => {
    const offWindows = new Set(Object.values(MEAL_WINDOWS).map((w) => `${w.opens}-${w.closes}`));
    for (const p of points) {
      const eats = p.type === 'canteen' || p.type === 'community_dining';
      assert.equal(p.mealOffers.length > 0, eats, p.id);
      for (const m of p.mealOffers) {
        if (m.dailyQuota !== undefined) assert.ok(m.priceFen === 0 && Number.isInteger(m.dailyQuota) && m.dailyQuota > 0, `${p.id} ${m.title}`);
        else assert.ok(Number.isInteger(m.priceFen) && m.priceFen >= 1000 && m.priceFen <= 1500, `${p.id} ${m.priceFen}`);
        assert.ok(m.windows.length > 0);
        for (const w of m.windows) assert.ok(offWindows.has(`${w.opens}-${w.closes}`), `${p.id} ${w.opens}-${w.closes}`);
      }
    }
  });

  test('opening hours: split intervals, 24-hour points, weekend-closed legal aid, closures, closed points', () => {
    for (const p of points) {
      const days = p.openingHours.weekly.map((w) => w.day);
      assert.equal(new Set(days).size, days.length, p.id);
      for (const w of p.openingHours.weekly) {
        let last = -1;
        for (const i of w.intervals) {
          assert.ok(minutes(i.opens) >= last && minutes(i.closes) > minutes(i.opens), `${p.id} ${i.opens}-${i.closes}`);
          last = minutes(i.closes);
        }
      }
      if (p.openingHours.open24Hours) assert.equal(p.openingHours.weekly.length, 7, p.id);
      for (const c of p.openingHours.closures) assert.ok(c.from <= c.to && c.reason, p.id);
    }
    assert.ok(points.some((p) => p.openingHours.weekly.some((w) => w.intervals.length >= 2)));
    assert.ok(points.some((p) => p.type === 'rest_station' && p.openingHours.open24Hours));
    assert.ok(points.some((p) => p.type === 'rest_station' && !p.openingHours.open24Hours));
    for (const p of points.filter((x) => x.type === 'legal_aid')) {
      assert.ok(p.openingHours.weekly.every((w) => w.day <= 5), p.id);
    }
    assert.ok(points.filter((p) => p.openingHours.closures.length > 0).length >= 3);
    const closed = points.filter((p) => p.status === 'temporarily_closed');
    assert.ok(closed.length >= 2 && closed.length < 20);
    assert.ok(points.some((p) => p.phone === null));
  });

  test('names are unique', () => {
    assert.equal(new Set(points.map((p) => p.name)).size, points.length);
  });
});

describe('events', () => {
  const events = seed.events;
  const orgIds = new Set(seed.organisations.map((o) => o.id));
  const byId = new Map(events.map((e) => [e.id, e]));
  const now = NOW.getTime();
  const isOpen = (e: (typeof events)[number]): boolean => ms(e.registrationOpensAt) <= now && now < ms(e.registrationClosesAt);

  test('validate against the contract', () => {
    for (const e of events) {
      const { takenPlaces, waitlistedOthers, ...rest } = e;
      s.zEvent.parse({ ...rest, placesLeft: e.capacity - takenPlaces, waitlistCount: waitlistedOthers });
    }
  });

  test('at least 40, all categories, in the coming 60 days, consistent times, real organisers', () => {
    assert.ok(events.length >= 40);
    for (const c of EVENT_CATEGORIES) assert.ok(events.some((e) => e.category === c), c);
    for (const e of events) {
      for (const t of [e.startsAt, e.endsAt, e.registrationOpensAt, e.registrationClosesAt]) assert.match(t, OFFSET);
      assert.ok(ms(e.startsAt) > now && ms(e.startsAt) <= now + 61 * 86_400_000, e.id);
      assert.ok(ms(e.endsAt) > ms(e.startsAt), e.id);
      assert.ok(ms(e.registrationOpensAt) < ms(e.registrationClosesAt), e.id);
      assert.ok(ms(e.registrationClosesAt) <= ms(e.startsAt), e.id);
      assert.ok(e.takenPlaces >= 0 && e.takenPlaces <= e.capacity, e.id);
      assert.ok(e.waitlistedOthers === 0 || (e.takenPlaces === e.capacity && e.waitlistEnabled), e.id);
      assert.ok(e.organiserId && orgIds.has(e.organiserId), `${e.id} ${e.organiserId}`);
      assert.ok(inDistrictOutline(e.venue.location!, e.venue.district), e.id);
    }
    assert.ok(events.filter(isOpen).length > events.length / 2, 'most registrations open');
    assert.ok(events.filter((e) => e.membersOnly).length >= 2);
    assert.ok(events.filter((e) => e.waitlistEnabled).length > events.length / 2);
  });

  test('fixtures', () => {
    const F = FIXTURE_EVENT_IDS;
    const get = (id: string) => {
      const e = byId.get(id);
      assert.ok(e, id);
      return e;
    };
    const full = get(F.fullWithWaitlist);
    assert.ok(full.takenPlaces === full.capacity && full.waitlistEnabled && isOpen(full) && !full.membersOnly);
    const noWait = get(F.fullNoWaitlist);
    assert.ok(noWait.takenPlaces === noWait.capacity && !noWait.waitlistEnabled && isOpen(noWait));
    const notYet = get(F.registrationNotOpen);
    assert.ok(ms(notYet.registrationOpensAt) > now && notYet.takenPlaces < notYet.capacity);
    const closed = get(F.registrationClosed);
    assert.ok(ms(closed.registrationClosesAt) < now && ms(closed.startsAt) > now);
    const open = get(F.open);
    assert.ok(isOpen(open) && open.takenPlaces < open.capacity && !open.membersOnly && open.waitlistEnabled);
    const last = get(F.lastPlace);
    assert.ok(isOpen(last) && last.capacity - last.takenPlaces === 1 && last.waitlistEnabled);
    const members = get(F.membersOnly);
    assert.ok(isOpen(members) && members.membersOnly && members.takenPlaces < members.capacity);
  });
});

describe('job postings', () => {
  const jobs = seed.jobPostings;
  const now = NOW.getTime();

  test('validate against the contract', () => {
    for (const j of jobs) s.zJobPosting.parse(j);
  });

  test('at least 150, every occupation, employment type and district, both sources', () => {
    assert.ok(jobs.length >= 150);
    for (const o of OCCUPATIONS) assert.ok(jobs.some((j) => j.occupation === o), o);
    for (const t of EMPLOYMENT_TYPES) assert.ok(jobs.some((j) => j.employmentType === t), t);
    for (const d of DISTRICT_CODES) assert.ok(jobs.some((j) => j.district === d), d);
    assert.ok(jobs.filter((j) => j.source === 'huipin_shanghai').length > jobs.length / 2);
    assert.ok(jobs.some((j) => j.source === 'union_partner'));
  });

  test('salaries, lists and dates', () => {
    for (const j of jobs) {
      assert.ok(j.salaryMinFen > 0 && j.salaryMinFen < j.salaryMaxFen, j.id);
      assert.ok(j.salaryMinFen % 100 === 0 && j.salaryMaxFen % 100 === 0, j.id);
      assert.ok(j.requirements.length > 0 && j.benefits.length > 0, j.id);
      assert.match(j.postedAt, OFFSET);
      assert.match(j.expiresAt, OFFSET);
      assert.ok(ms(j.postedAt) <= now && ms(j.postedAt) > now - 30 * 86_400_000, j.id);
      assert.ok(ms(j.expiresAt) > ms(j.postedAt), j.id);
    }
    const expired = jobs.filter((j) => ms(j.expiresAt) <= now).map((j) => j.id);
    assert.deepEqual(expired, [...EXPIRED_JOB_POSTING_IDS]);
    assert.ok(expired.length >= 2);
  });
});

describe('protection plans', () => {
  const plans = seed.plans;
  const ids = planIds(2026);
  const byId = new Map(plans.map((p) => [p.id, p]));
  const now = NOW.getTime();

  test('validate against the contract', () => {
    for (const p of plans) s.zInsurancePlan.parse(p);
  });

  test('the union tiers, this calendar year, windows open around now', () => {
    assert.ok(plans.length >= 3);
    const accident = byId.get(ids.accident)!;
    assert.deepEqual(
      accident.benefits.map((b) => b.kind),
      ['accident', 'death_disability'],
    );
    assert.equal(accident.payer, 'union_subsidy');
    assert.equal(accident.workerPaysFen, 0);
    assert.deepEqual(accident.eligibility, {
      membersOnly: true,
      minAge: 16,
      maxAgeExclusive: 60,
      occupations: [...OCCUPATIONS],
      requiresActivityAttestation: true,
      minActiveOrdersLast7Days: 1,
    });
    assert.equal(byId.get(ids.inpatient)?.workerPaysFen, 3000);
    assert.equal(byId.get(ids.inpatient)?.benefits[0]?.kind, 'inpatient_day');
    const ci = byId.get(ids.criticalIllness)!;
    assert.equal(ci.benefits[0]?.kind, 'critical_illness');
    assert.ok(!ci.eligibility.occupations.includes('digital_content_creator'));
    assert.equal(byId.get(ids.platformAccident)?.payer, 'platform');
    for (const p of plans) {
      assert.deepEqual(p.term, { start: '2026-01-01', end: '2026-12-31' });
      assert.ok(p.workerPaysFen <= p.premiumFen);
      assert.match(p.enrolmentWindow.opensAt, OFFSET);
      assert.match(p.enrolmentWindow.closesAt, OFFSET);
    }
    const open = (id: string) => ms(byId.get(id)!.enrolmentWindow.opensAt) <= now && now < ms(byId.get(id)!.enrolmentWindow.closesAt);
    assert.ok(open(ids.accident) && open(ids.inpatient) && open(ids.criticalIllness) && open(ids.platformAccident));
    assert.ok(!open(ids.deathDisability));
  });

  test('a late-December now has open windows, selling the next calendar year', () => {
    const late = createSeed({ now: new Date('2026-12-31T18:00:00+08:00') });
    const p = late.plans.find((x) => x.id === 'plan_accident_2026')!;
    assert.ok(ms(p.enrolmentWindow.closesAt) > ms('2026-12-31T18:00:00+08:00'));
    assert.deepEqual(late.plans[0]?.term, { start: '2027-01-01', end: '2027-12-31' });
  });
});

describe('other values of now', () => {
  for (const iso of ['2026-01-01T00:00:30+08:00', '2026-06-15T23:59:00+08:00', '2027-02-28T08:00:00+08:00']) {
    test(`fixtures and contract hold at ${iso}`, () => {
      const now = new Date(iso);
      const data = createSeed({ now, seed: 99 });
      const t = now.getTime();
      const byId = new Map(data.events.map((e) => [e.id, e]));
      const full = byId.get(FIXTURE_EVENT_IDS.fullWithWaitlist)!;
      assert.ok(full.takenPlaces === full.capacity && ms(full.registrationOpensAt) <= t && t < ms(full.registrationClosesAt));
      assert.ok(ms(byId.get(FIXTURE_EVENT_IDS.registrationNotOpen)!.registrationOpensAt) > t);
      for (const e of data.events) {
        assert.ok(ms(e.startsAt) > t && ms(e.registrationOpensAt) < ms(e.registrationClosesAt) && ms(e.registrationClosesAt) <= ms(e.startsAt), e.id);
        s.zEvent.parse({ ...e, placesLeft: e.capacity - e.takenPlaces, waitlistCount: e.waitlistedOthers });
      }
      const year = iso.slice(0, 4);
      for (const p of data.plans) {
        s.zInsurancePlan.parse(p);
        assert.equal(p.term.start, `${year}-01-01`);
      }
      const accident = data.plans.find((p) => p.id === `plan_accident_${year}`)!;
      assert.ok(ms(accident.enrolmentWindow.opensAt) <= t && t < ms(accident.enrolmentWindow.closesAt));
      assert.equal(data.jobPostings.filter((j) => ms(j.expiresAt) <= t).length, EXPIRED_JOB_POSTING_IDS.length);
      for (const p of data.servicePoints) s.zServicePoint.parse(p);
    });
  }
});
