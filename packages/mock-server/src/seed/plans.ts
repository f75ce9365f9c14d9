/**
 * The protection plans (互助保障) the sandbox sells. Their premiums, who pays them and their maximum
 * benefits are sandbox figures modelled on the kinds of cover the Shanghai Workers' Mutual-Aid
 * Association offers, not its published terms: 意外伤害 ¥50 (the union pays) up to ¥20,000 medical
 * and ¥100,000 death or disability; 住院津贴 ¥30, ¥50 a day; 重大疾病 ¥60 (half subsidised), ¥50,000;
 * the platform-paid accident cover ¥40, ¥10,000 and ¥50,000; 身故伤残 ¥20, ¥50,000.
 */
import type { BenefitKind, InsurancePlan } from '@unionkit/contract';
import { termOnSale } from '../domain/coverage.js';
import type { SeedPlan } from '../store/types.js';
import { OCCUPATIONS } from './jobs.js';
import { DEMO_PLATFORM_ID } from './organisations.js';
import { formatDate, formatDateTime, shanghaiDayAt, shanghaiParts, shanghaiTime } from './time.js';

/** Plan ids for the calendar year of `now` (Asia/Shanghai), e.g. `plan_accident_2026`. */
export function planIds(year: number) {
  return {
    /** 意外伤害互助保障: union-subsidised (worker pays 0), members only, attestation ≥ 1 order. */
    accident: `plan_accident_${year}`,
    /** 住院津贴互助保障: the worker pays ¥30, members only, no attestation. */
    inpatient: `plan_inpatient_${year}`,
    /** 重大疾病互助保障: half subsidised; not for digital content creators or `other`. */
    criticalIllness: `plan_critical_illness_${year}`,
    /** Platform-paid accident cover for Demo Delivery riders and couriers; members and non-members. */
    platformAccident: `plan_platform_accident_${year}`,
    /** 身故伤残互助保障: its enrolment window closed 30 days before `now`. */
    deathDisability: `plan_death_disability_${year}`,
  } as const;
}

/** Benefit names, Chinese and English. */
export const BENEFIT_LABELS: Readonly<Record<BenefitKind, { zh: string; en: string }>> = {
  accident: { zh: '意外伤害医疗', en: 'Accident medical expenses' },
  inpatient_day: { zh: '住院津贴（每天）', en: 'Inpatient allowance (per day)' },
  critical_illness: { zh: '重大疾病', en: 'Critical illness' },
  death_disability: { zh: '身故及伤残', en: 'Death and disability' },
};

type PlanDraft = Omit<InsurancePlan, 'nameEn'> & { nameEn: string; descriptionEn: string };

/** The plan in Chinese, with its English in `en` and a label on each benefit. */
function bilingual(draft: PlanDraft): SeedPlan {
  const { descriptionEn, ...plan } = draft;
  const benefits = (lang: 'zh' | 'en') => plan.benefits.map((b) => ({ kind: b.kind, label: BENEFIT_LABELS[b.kind as BenefitKind][lang], maximumFen: b.maximumFen }));
  return { ...plan, benefits: benefits('zh'), en: { name: plan.nameEn, description: descriptionEn, benefits: benefits('en') } };
}

export function createPlans(now: Date): SeedPlan[] {
  const { year } = shanghaiParts(now);
  const ids = planIds(year);
  // The term sold at `now`: from 1 December, the next calendar year (the sandbox recomputes it as its clock moves).
  const term = termOnSale(formatDate(now));
  const yearStart = shanghaiTime(year, 1, 1);
  // Open from 1 January until 30 December of the next year: December enrolments buy next year's
  // term, and a sandbox whose clock has moved into the next year still sells cover.
  const openWindow = {
    opensAt: formatDateTime(yearStart),
    closesAt: formatDateTime(shanghaiTime(year + 1, 12, 30, 23, 59, 59)),
  };
  const closedWindow = {
    opensAt: formatDateTime(shanghaiDayAt(now, -120, 0)),
    closesAt: formatDateTime(shanghaiDayAt(now, -30, 0)),
  };
  const code = (kind: string) => `SHZGHZ-XJY-${kind}`;
  const drafts: PlanDraft[] = [
    {
      id: ids.accident,
      code: code('YW'),
      name: '新就业形态劳动者意外伤害互助保障',
      nameEn: 'Accident mutual-aid cover for new-employment-form workers',
      description:
        '上海市职工保障互助会专享保障：在岗期间及上下班途中发生意外伤害，按实际医疗费用给付，意外身故或伤残按等级给付。保费由工会全额补贴，会员一键参保，职工个人无需缴费。',
      descriptionEn:
        'Cover from the Shanghai Workers\' Mutual-Aid Association: accidental injuries at work and on the way to and from work are paid by actual medical costs, accidental death or disability by grade. The union pays the whole premium; members enrol with one tap and pay nothing.',
      benefits: [
        { kind: 'accident', maximumFen: 2_000_000 },
        { kind: 'death_disability', maximumFen: 10_000_000 },
      ],
      premiumFen: 5_000,
      workerPaysFen: 0,
      payer: 'union_subsidy',
      term,
      enrolmentWindow: { ...openWindow },
      eligibility: {
        membersOnly: true,
        minAge: 16,
        maxAgeExclusive: 60,
        occupations: [...OCCUPATIONS],
        requiresActivityAttestation: true,
        minActiveOrdersLast7Days: 1,
      },
    },
    {
      id: ids.inpatient,
      code: code('ZY'),
      name: '住院津贴互助保障',
      nameEn: 'Inpatient daily allowance mutual-aid cover',
      description: '因病或意外住院，按住院天数每天给付津贴，每次最多给付90天。职工个人缴纳互助金30元。',
      descriptionEn: 'A daily allowance for each day in hospital after an illness or accident, for up to 90 days a stay. The worker pays a contribution of ¥30.',
      benefits: [{ kind: 'inpatient_day', maximumFen: 5_000 }],
      premiumFen: 3_000,
      workerPaysFen: 3_000,
      payer: 'self',
      term,
      enrolmentWindow: { ...openWindow },
      eligibility: {
        membersOnly: true,
        minAge: 16,
        maxAgeExclusive: 60,
        occupations: [...OCCUPATIONS],
        requiresActivityAttestation: false,
      },
    },
    {
      id: ids.criticalIllness,
      code: code('ZJ'),
      name: '重大疾病互助保障',
      nameEn: 'Critical illness mutual-aid cover',
      description: '首次确诊保障范围内的重大疾病，一次性给付互助金。互助金60元，工会补贴一半，职工个人缴纳30元。',
      descriptionEn: 'A lump sum on the first diagnosis of a covered critical illness. The contribution is ¥60: the union pays half and the worker ¥30.',
      benefits: [{ kind: 'critical_illness', maximumFen: 5_000_000 }],
      premiumFen: 6_000,
      workerPaysFen: 3_000,
      payer: 'union_subsidy',
      term,
      enrolmentWindow: { ...openWindow },
      eligibility: {
        membersOnly: true,
        minAge: 16,
        maxAgeExclusive: 60,
        occupations: ['food_delivery_rider', 'ride_hailing_driver', 'courier', 'truck_driver', 'domestic_care_worker'],
        requiresActivityAttestation: false,
      },
    },
    {
      id: ids.platformAccident,
      code: code('PT'),
      name: 'Demo Delivery 骑手专享意外保障（平台出资）',
      nameEn: 'Demo Delivery rider accident cover (platform-paid)',
      description: `由平台 ${DEMO_PLATFORM_ID} 出资、工会统一组织的意外保障，近7天完成不少于5单的骑手和快递员可参保，无需是工会会员。`,
      descriptionEn: `Accident cover paid for by the platform ${DEMO_PLATFORM_ID} and organised by the union, for riders and couriers with at least 5 orders in the last 7 days; union membership is not required.`,
      benefits: [
        { kind: 'accident', maximumFen: 1_000_000 },
        { kind: 'death_disability', maximumFen: 5_000_000 },
      ],
      premiumFen: 4_000,
      workerPaysFen: 0,
      payer: 'platform',
      term,
      enrolmentWindow: { ...openWindow },
      eligibility: {
        membersOnly: false,
        minAge: 16,
        maxAgeExclusive: 60,
        occupations: ['food_delivery_rider', 'courier'],
        requiresActivityAttestation: true,
        minActiveOrdersLast7Days: 5,
      },
    },
    {
      id: ids.deathDisability,
      code: code('SC'),
      name: '身故伤残互助保障',
      nameEn: 'Death and disability mutual-aid cover',
      description: '因疾病或意外身故、伤残，按约定给付互助金。本期集中参保已结束，下一期开放时将另行通知。',
      descriptionEn: 'A benefit on death or disability from illness or accident, as agreed. Enrolment for this round has closed; the next round will be announced.',
      benefits: [{ kind: 'death_disability', maximumFen: 5_000_000 }],
      premiumFen: 2_000,
      workerPaysFen: 2_000,
      payer: 'self',
      term,
      enrolmentWindow: closedWindow,
      eligibility: {
        membersOnly: true,
        minAge: 16,
        maxAgeExclusive: 60,
        occupations: [...OCCUPATIONS],
        requiresActivityAttestation: false,
      },
    },
  ];
  return drafts.map(bilingual);
}
