/**
 * What every view of `<union-insurance-enrol>` reads: its strings, the formatters, and the wording of
 * cover, which never says "in force" (保障已生效) before the day cover starts.
 */
import type { Eligibility, EligibilityReason, InsuranceEnrolment, InsurancePlan } from '@unionkit/sdk/types';
import { shanghaiDate, type Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import type { InsuranceEnrolStrings } from './strings.js';
import { enumLabel } from '../internal/labels.js';

/** A plan with the worker's eligibility for it. */
export interface InsurancePlanRow {
  plan: InsurancePlan;
  eligibility: Eligibility;
}

export interface InsuranceViewContext {
  s: InsuranceEnrolStrings;
  t: Translation;
  fmt: Formatter;
  /** The plan's name in the worker's language. */
  planName: (plan: InsurancePlan | undefined) => string;
}

export function money({ fmt }: InsuranceViewContext, fen: number): string {
  return fmt.money(fen, { trim: true });
}

export function dateRange({ s, fmt }: InsuranceViewContext, from: string, to: string): string {
  return s.dateRange(fmt.date(from), fmt.date(to));
}

export function benefitText(ctx: InsuranceViewContext, b: InsurancePlan['benefits'][number]): string {
  const { s } = ctx;
  const amount = money(ctx, b.maximumFen);
  return s.benefitLine(enumLabel(ctx.fmt.locale, s.enums.benefitKind, b.kind), b.kind === 'inpatient_day' ? s.perDay(amount) : s.upTo(amount));
}

/** The plan's age limits in words ("16 至 59 周岁"), from the eligibility answer or else the plan. */
export function ageRange({ s }: InsuranceViewContext, plan: InsurancePlan, eligibility?: Eligibility): string {
  const min = eligibility?.minAge ?? plan.eligibility.minAge;
  const max = eligibility?.maxAgeExclusive ?? plan.eligibility.maxAgeExclusive;
  return s.ageRange(min, max);
}

/** Whether the plan limits ages at all. */
export function hasAgeLimits(plan: InsurancePlan, eligibility?: Eligibility): boolean {
  const min = eligibility?.minAge ?? plan.eligibility.minAge;
  const max = eligibility?.maxAgeExclusive ?? plan.eligibility.maxAgeExclusive;
  return min !== undefined || (max !== undefined && Number.isFinite(max));
}

/** Whether the enrolment window is still to open (else it has closed). */
function opensLater(plan: InsurancePlan): boolean {
  return Date.now() < Date.parse(plan.enrolmentWindow.opensAt);
}

/** When enrolment opens or when it closed, in plain words. */
export function windowText(ctx: InsuranceViewContext, plan: InsurancePlan): string {
  const { s, fmt } = ctx;
  const { opensAt, closesAt } = plan.enrolmentWindow;
  return opensLater(plan) ? s.opensOn(fmt.date(opensAt), fmt.date(closesAt)) : s.closedOn(fmt.date(closesAt));
}

/** One reason in plain words; some take the plan's rule. */
export function reasonText(ctx: InsuranceViewContext, plan: InsurancePlan | undefined, reason: EligibilityReason | (string & {})): string {
  const { s } = ctx;
  switch (reason) {
    case 'not_a_member':
      return s.reasonNotMember;
    case 'age_out_of_range':
      return plan ? s.reasonAgeOutOfRange(ageRange(ctx, plan)) : s.enums.eligibilityReason.age_out_of_range;
    case 'birth_date_required':
      return plan ? s.reasonBirthDate(ageRange(ctx, plan)) : s.enums.eligibilityReason.birth_date_required;
    case 'occupation_not_covered':
      return s.reasonOccupation;
    case 'activity_not_attested':
      return s.reasonActivity(plan?.eligibility.minActiveOrdersLast7Days ?? 1);
    case 'already_enrolled':
      return s.reasonAlreadyEnrolled;
    case 'enrolment_closed':
      return plan ? windowText(ctx, plan) : s.enums.eligibilityReason.enrolment_closed;
    default:
      return enumLabel(ctx.fmt.locale, s.enums.eligibilityReason, reason);
  }
}

/** Active, but its cover starts on a later day: say "cover starts on D", never "in force". */
export function startsLater(e: InsuranceEnrolment): boolean {
  return e.status === 'active' && !!e.coverageStart && e.coverageStart > shanghaiDate();
}

/** The enrolment's status in words: "12月2日 起生效" while cover has not started, else the status. */
export function statusText(ctx: InsuranceViewContext, e: InsuranceEnrolment): string {
  return startsLater(e) ? ctx.s.startsOn(ctx.fmt.date(e.coverageStart!)) : enumLabel(ctx.fmt.locale, ctx.s.enums.enrolmentStatus, e.status, 'status');
}
