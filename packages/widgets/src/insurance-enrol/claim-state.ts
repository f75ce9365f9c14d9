/**
 * What the claim part of `<union-insurance-enrol>` keeps (made by the part the first time, then held by
 * the element, so nothing typed or picked is lost when the part re-renders or a request fails): the
 * form of one claim — benefit, incident date (checked as typed), description, hospital days, the
 * evidence (`UploadController`, purpose `claim_evidence`) and the two separate consents — with its one
 * idempotent create; and "我的理赔": the claim opened, more documents for `more_info_needed`, withdraw.
 */
import { CLAIM_BENEFIT_PLAN_KIND, CLAIM_DESCRIPTION_MAX, CLAIM_INCIDENT_MAX_AGE_YEARS, NOTICE_VERSION } from '@unionkit/contract';
import type { ClaimBenefit } from '@unionkit/contract';
import { InsuranceClaims } from '@unionkit/sdk';
import type { InsuranceClaim, InsuranceClaimCreate, InsuranceEnrolment, InsurancePlan } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { UnionErrorInfo } from '../internal/errors.js';
import { UploadController } from '../internal/upload/upload-controller.js';
import type { ClaimStrings } from './claim-strings.js';
import { shanghaiDate } from '../internal/format.js';
import { charactersOver } from '../internal/views/text-area.js';

export type ClaimField = 'benefit' | 'incidentDate' | 'description' | 'hospitalDays' | 'evidence' | 'consentClaim' | 'consentHealth';

/** The fields in the order the form shows them (the first in error gets focus). */
export const CLAIM_FIELDS: readonly ClaimField[] = [
  'benefit',
  'incidentDate',
  'hospitalDays',
  'description',
  'evidence',
  'consentClaim',
  'consentHealth',
];

/** The claims a plan allows, from its benefits (the contract's mapping). */
export function claimBenefits(plan: InsurancePlan | undefined): ClaimBenefit[] {
  const kinds = new Set(plan?.benefits.map((b) => b.kind));
  return (Object.keys(CLAIM_BENEFIT_PLAN_KIND) as ClaimBenefit[]).filter((c) => kinds.has(CLAIM_BENEFIT_PLAN_KIND[c]));
}

/** `YYYY-MM-DD`, `years` before `date` (29 February → 28 February). */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-');
  const back = `${String(Number(y) - years).padStart(4, '0')}-${m}-${d}`;
  return m === '02' && d === '29' ? back.replace(/-29$/, '-28') : back;
}

/** Whether `value` is a real calendar date `YYYY-MM-DD`. */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(value);
}

export class ClaimState {
  readonly host: WidgetHost;
  enrolment: InsuranceEnrolment | undefined;
  plan: InsurancePlan | undefined;
  benefit: ClaimBenefit | '' = '';
  incidentDate = '';
  description = '';
  hospitalDays = '';
  consentClaim = false;
  consentHealth = false;
  errors: Partial<Record<ClaimField, string>> = {};
  /** The evidence of the form. */
  readonly evidence: UploadController;
  /** The create, keyed by the enrolment claimed on. */
  readonly create: ActionTask<[string, InsuranceClaimCreate], InsuranceClaim>;
  /** The claim opened in "我的理赔". */
  current: InsuranceClaim | undefined;
  /** More documents for the claim opened, when the union asked for them. */
  readonly more: UploadController;
  readonly addDocuments: ActionTask<[string, string[]], InsuranceClaim>;
  readonly withdrawal: ActionTask<[string], InsuranceClaim>;
  confirmingWithdraw = false;

  constructor(host: WidgetHost) {
    this.host = host;
    this.evidence = new UploadController(host, { purpose: 'claim_evidence' });
    this.more = new UploadController(host, { purpose: 'claim_evidence' });
    this.create = new ActionTask(
      host,
      (client, options, _enrolmentId: string, body: InsuranceClaimCreate) => use(client, InsuranceClaims).create(body, options),
      { idempotent: true, key: (enrolmentId) => enrolmentId },
    );
    this.addDocuments = new ActionTask(
      host,
      (client, options, id, fileIds) => use(client, InsuranceClaims).addDocuments(id, { fileIds }, options),
      { idempotent: true, key: (id) => id },
    );
    this.withdrawal = new ActionTask(host, (client, options, id) => use(client, InsuranceClaims).withdraw(id, options), {
      key: (id) => id,
    });
  }

  /** Opens the form on an enrolment; the same enrolment again keeps what was typed and picked. */
  start(enrolment: InsuranceEnrolment, plan: InsurancePlan | undefined): void {
    if (this.enrolment?.id !== enrolment.id) {
      this.#reset();
      const benefits = claimBenefits(plan);
      if (benefits.length === 1) this.benefit = benefits[0]!;
    }
    this.enrolment = enrolment;
    this.plan = plan;
  }

  /** A change to what will be sent: the next send is a new create, not a replay. */
  set<K extends 'benefit' | 'incidentDate' | 'description' | 'hospitalDays' | 'consentClaim' | 'consentHealth'>(
    key: K,
    value: ClaimState[K],
    s: ClaimStrings,
    fmtDate: (d: string) => string,
  ): void {
    (this as Record<K, ClaimState[K]>)[key] = value;
    if (this.enrolment) this.create.forget(this.enrolment.id);
    this.create.clear();
    if (key === 'incidentDate') this.errors.incidentDate = this.incidentDateProblem(s, fmtDate, false);
    else if (this.errors[key]) this.errors[key] = this.#problem(key, s, fmtDate);
    this.host.requestUpdate();
  }

  /** The incident date's problem, or ''. `submitting`: an empty date is a problem too. */
  incidentDateProblem(s: ClaimStrings, fmtDate: (d: string) => string, submitting = true): string {
    const v = this.incidentDate;
    if (!v) return submitting ? s.incidentDateMissing : '';
    if (!isDate(v)) return s.incidentDateInvalid;
    const today = shanghaiDate();
    if (v > today) return s.incidentDateFuture;
    if (v < yearsBefore(today, CLAIM_INCIDENT_MAX_AGE_YEARS)) return s.incidentDateTooOld(CLAIM_INCIDENT_MAX_AGE_YEARS);
    const e = this.enrolment;
    if (e?.coverageStart && e.coverageEnd && (v < e.coverageStart || v > e.coverageEnd)) {
      return s.incidentDateOutsideCover(fmtDate(e.coverageStart), fmtDate(e.coverageEnd));
    }
    return '';
  }

  #problem(field: ClaimField, s: ClaimStrings, fmtDate: (d: string) => string): string {
    switch (field) {
      case 'benefit':
        return this.benefit ? '' : s.benefitMissing;
      case 'incidentDate':
        return this.incidentDateProblem(s, fmtDate);
      case 'description': {
        if (!this.description.trim()) return s.descriptionMissing;
        const over = charactersOver(this.description, CLAIM_DESCRIPTION_MAX);
        return over ? this.host.t.common.tooManyCharacters(over, CLAIM_DESCRIPTION_MAX) : '';
      }
      case 'hospitalDays': {
        if (this.benefit !== 'inpatient') return '';
        const n = Number(this.hospitalDays);
        return /^\d+$/.test(this.hospitalDays) && n >= 1 && n <= 365 ? '' : s.hospitalDaysInvalid;
      }
      case 'evidence':
        return this.evidence.busy ? s.evidenceBusy : this.evidence.fileIds.length ? '' : s.evidenceMissing;
      case 'consentClaim':
        return this.consentClaim ? '' : s.consentMissing;
      case 'consentHealth':
        return this.consentHealth ? '' : s.consentMissing;
    }
  }

  /**
   * Sends the claim once (a retry replays it under the same key). Resolves with the claim, or with the
   * field to focus (a check failed here or the API refused a field), or with nothing (a failure shown
   * with a retry). What the worker entered stays in every case but success.
   */
  async submit(s: ClaimStrings, fmtDate: (d: string) => string): Promise<InsuranceClaim | ClaimField | undefined> {
    const e = this.enrolment;
    if (!e) return undefined;
    this.errors = {};
    for (const f of CLAIM_FIELDS) {
      const p = this.#problem(f, s, fmtDate);
      if (p) this.errors[f] = p;
    }
    const first = CLAIM_FIELDS.find((f) => this.errors[f]);
    if (first) {
      this.host.announceError(s.fixErrors);
      this.host.requestUpdate();
      return first;
    }
    const body: InsuranceClaimCreate = {
      enrolmentId: e.id,
      benefit: this.benefit as ClaimBenefit,
      incidentDate: this.incidentDate,
      description: this.description.trim(),
      evidenceFileIds: this.evidence.fileIds,
      consents: [
        { purpose: 'claim_processing', noticeVersion: NOTICE_VERSION },
        { purpose: 'sensitive_health_data', noticeVersion: NOTICE_VERSION },
      ],
    };
    if (this.benefit === 'inpatient') body.hospitalDays = Number(this.hospitalDays);
    const result = await this.create.run(e.id, body);
    if (result.ok) {
      this.evidence.clear();
      this.#reset();
      this.enrolment = undefined;
      return result.value;
    }
    const field = this.#refusedField(result.error, s, fmtDate);
    this.host.requestUpdate();
    return field;
  }

  /** What an API refusal says about one field, said there (the panel's error is then not needed). */
  #refusedField(error: UnionErrorInfo, s: ClaimStrings, fmtDate: (d: string) => string): ClaimField | undefined {
    const e = this.enrolment;
    let field: ClaimField | undefined;
    if (error.code === 'incident_outside_cover') {
      field = 'incidentDate';
      this.errors.incidentDate =
        e?.coverageStart && e.coverageEnd ? s.incidentDateOutsideCover(fmtDate(e.coverageStart), fmtDate(e.coverageEnd)) : error.message;
    } else if (error.code === 'benefit_not_covered') {
      field = 'benefit';
      this.errors.benefit = s.benefitNotCovered;
    } else if (error.code === 'consent_required') {
      field = !this.consentClaim ? 'consentClaim' : 'consentHealth';
      this.errors[field] = s.consentMissing;
    } else if (error.code === 'validation_failed') {
      const said: Partial<Record<string, [ClaimField, string]>> = {
        incidentDate: ['incidentDate', s.incidentDateInvalid],
        description: ['description', s.descriptionMissing],
        hospitalDays: ['hospitalDays', s.hospitalDaysInvalid],
        benefit: ['benefit', s.benefitMissing],
        evidenceFileIds: ['evidence', s.evidenceMissing],
      };
      for (const f of error.fieldErrors) {
        const hit = said[f.path.split('.')[0] ?? ''];
        if (hit) this.errors[hit[0]] = hit[1];
      }
      field = CLAIM_FIELDS.find((f) => this.errors[f]);
    }
    if (field) this.create.clear();
    return field;
  }

  #reset(): void {
    this.benefit = '';
    this.incidentDate = '';
    this.description = '';
    this.hospitalDays = '';
    this.consentClaim = false;
    this.consentHealth = false;
    this.errors = {};
  }

  /** Opens a claim in "我的理赔" (or closes it with `undefined`). */
  open(claim: InsuranceClaim | undefined): void {
    if (this.current?.id !== claim?.id) {
      this.more.clear();
      this.confirmingWithdraw = false;
      this.withdrawal.clear();
      this.addDocuments.clear();
    }
    this.current = claim;
    this.host.requestUpdate();
  }

  /** Sends the more documents picked; the claim goes back to review. */
  async sendDocuments(s: ClaimStrings): Promise<boolean> {
    const c = this.current;
    if (!c) return false;
    const ids = this.more.fileIds;
    if (this.more.busy || !ids.length) {
      this.host.announceError(this.more.busy ? s.evidenceBusy : s.evidenceMissing);
      return false;
    }
    const result = await this.addDocuments.run(c.id, ids);
    if (!result.ok) return false;
    this.more.clear();
    this.current = result.value;
    return true;
  }

  async withdraw(): Promise<InsuranceClaim | undefined> {
    const c = this.current;
    if (!c) return undefined;
    const result = await this.withdrawal.run(c.id);
    if (!result.ok) return undefined;
    this.confirmingWithdraw = false;
    this.current = result.value;
    return result.value;
  }
}
