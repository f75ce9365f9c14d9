/**
 * The draft of `<union-membership-join>`'s join flow: the steps, what the worker fills in (personal
 * fields in memory only) and the part of it kept over a reload (`sessionStorage`, nothing that
 * identifies the worker). The element itself needs only `clearDraft` and the types from here, so this
 * module is small: the flow's checks and views come in the flow's own chunk (`join-flow.ts`).
 */
import type { DistrictCode, Occupation } from '@unionkit/sdk/types';
import { DraftStore } from '../internal/controllers/draft-store.js';

/** `sessionStorage` key of the (non-personal) draft. */
export const DRAFT_KEY = 'unionkit:membership-join:draft';
/** A draft older than this is not restored. */
const DRAFT_TTL_MS = 2 * 60 * 60 * 1000;
/** The five steps of the join flow, then the confirmation. */
export type JoinStep = 'benefits' | 'personal' | 'organisation' | 'consents' | 'review' | 'submitted';
export type FlowStep = Exclude<JoinStep, 'submitted'>;
export const STEPS: readonly FlowStep[] = ['benefits', 'personal', 'organisation', 'consents', 'review'];

export type ConsentKey = 'membership_processing' | 'sensitive_id_number' | 'share_status_with_platform';
export const CONSENT_KEYS: readonly ConsentKey[] = ['membership_processing', 'sensitive_id_number', 'share_status_with_platform'];
export const REQUIRED_CONSENTS: readonly ('membership_processing' | 'sensitive_id_number')[] = [
  'membership_processing',
  'sensitive_id_number',
];

/** What the worker is filling in. Personal fields live only in memory. */
export interface Draft {
  fullName: string;
  residentId: string;
  mobile: string;
  occupation: Occupation | '';
  workDistrict: DistrictCode | '';
  organisationId: string;
  consents: Record<ConsentKey, boolean>;
  charter: boolean;
}

export function emptyDraft(): Draft {
  return {
    fullName: '',
    residentId: '',
    mobile: '',
    occupation: '',
    workDistrict: '',
    organisationId: '',
    consents: { membership_processing: false, sensitive_id_number: false, share_status_with_platform: false },
    charter: false,
  };
}

// ── kept over a reload (non-personal only) ─────────────────────────────────────────────────────

/** The draft as kept: the step reached and the draft's fields but the personal ones. */
type KeptDraft = Draft & { step: FlowStep };

/** Name, ID number and mobile are never written anywhere. */
const draftStore = new DraftStore<KeptDraft>(DRAFT_KEY, {
  never: ['fullName', 'residentId', 'mobile'],
  ttlMs: DRAFT_TTL_MS,
});

export function saveDraft(step: FlowStep, d: Draft): void {
  draftStore.save({ ...d, consents: { ...d.consents }, step });
}

export function clearDraft(): void {
  draftStore.clear();
}

/**
 * The draft kept from before a reload, checked value by value, and the step to resume at: name, ID
 * number and mobile were never stored, so past step 1 the worker starts again at step 2.
 */
export function restoreDraft(
  occupations: Record<Occupation, string>,
  districts: Record<DistrictCode, string>,
): { draft: Draft; step: FlowStep; restored: boolean } | undefined {
  const stored = draftStore.load();
  if (!stored) return undefined;
  const consents = { ...emptyDraft().consents };
  const storedConsents = (stored.consents ?? {}) as Partial<Record<ConsentKey, unknown>>;
  for (const k of CONSENT_KEYS) consents[k] = storedConsents[k] === true;
  const { occupation, workDistrict, organisationId } = stored;
  const draft: Draft = {
    ...emptyDraft(),
    occupation: typeof occupation === 'string' && occupation in occupations ? (occupation as Occupation) : '',
    workDistrict: typeof workDistrict === 'string' && workDistrict in districts ? (workDistrict as DistrictCode) : '',
    organisationId: typeof organisationId === 'string' ? organisationId : '',
    consents,
    charter: stored.charter === true,
  };
  const step = STEPS.includes(stored.step as FlowStep) ? (stored.step as FlowStep) : 'benefits';
  return { draft, step: step === 'benefits' ? 'benefits' : 'personal', restored: step !== 'benefits' };
}
