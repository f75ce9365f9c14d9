/**
 * Help requests (我要求助): legal consultation and aid, mediation, complaints, suggestions, the
 * certificate subsidy (取证补贴) and micro-wishes (微心愿). `submitted → accepted → in_progress →
 * more_info_needed → in_progress → resolved | declined`, or `withdrawn`; micro-wishes also `adopted
 * → fulfilled`. Nothing here ever reaches the platform: no domain event is emitted, and nothing
 * counts toward what the platform can read.
 */
import {
  OPEN_HELP_REQUEST_STATUSES,
  SKILL_SUBSIDY_FEN,
  WITHDRAWABLE_HELP_REQUEST_STATUSES,
  type HelpRequest,
  type HelpRequestCreate,
  type HelpRequestDecision,
  type HelpRequestMessageCreate,
  type HelpRequestStatus,
} from '@unionkit/contract';
import type { HelpRequestRecord } from '../store/help-requests.js';
import type { Store } from '../store/store.js';
import { formatDate, formatDateTime, shanghaiParts } from '../time.js';
import type { Actor, WorkerActor } from './actor.js';
import { getAppointment } from './appointments.js';
import { checkConsentGrants, recordConsents } from './consents.js';
import { requireOwnedFiles } from './files.js';
import { helpRequestFieldErrors, textErrors } from './help-request-rules.js';
import { fieldError, notFound, ProblemError, validationFailed } from './problem.js';
import { newReference } from './references.js';
import { isConfidential, reachesConfidential, unionSessionRequired } from './union-sessions.js';

/** Messages one help request keeps; past it a new one is 409 `invalid_state` (memory stays bounded). */
export const MAX_HELP_REQUEST_MESSAGES = 100;

const OPEN: ReadonlySet<HelpRequestStatus> = new Set(OPEN_HELP_REQUEST_STATUSES);
const WITHDRAWABLE: ReadonlySet<HelpRequestStatus> = new Set(WITHDRAWABLE_HELP_REQUEST_STATUSES);
/** Points where a legal matter can be met in person. */
const IN_PERSON_POINT_TYPES: ReadonlySet<string> = new Set(['legal_aid', 'mediation_room']);

export function toHelpRequest(r: HelpRequestRecord): HelpRequest {
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    reference: r.reference,
    ...structuredClone(r.fields),
    anonymous: r.anonymous,
    ...(r.subsidyFen !== undefined ? { subsidyFen: r.subsidyFen } : {}),
    evidenceFileIds: [...r.evidenceFileIds],
    timeline: r.timeline.map((t) => ({ status: t.status, at: formatDateTime(t.at), ...(t.note ? { note: t.note } : {}) })),
    messages: r.messages.map((m) => ({ id: m.id, from: m.from, body: m.body, fileIds: [...m.fileIds], createdAt: formatDateTime(m.createdAt) })),
    createdAt: formatDateTime(r.createdAt),
    updatedAt: formatDateTime(r.updatedAt),
  };
}

/** `YYYY-MM-DD` twelve months before `today` (29 February falls back to the 28th). */
function yearBefore(today: string): string {
  const [y, m, d] = today.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${Number(y) - 1}-${m}-${day}`;
}

function checkAppointment(store: Store, actor: WorkerActor, id: string): void {
  const invalid = (why: string) => new ProblemError(422, 'appointment_invalid', why);
  let appointment;
  try {
    appointment = getAppointment(store, actor, id);
  } catch {
    throw invalid('找不到您的这项预约。 No such appointment of yours.');
  }
  if (appointment.status !== 'booked') {
    throw invalid(`该预约状态为 ${appointment.status}。 The appointment is ${appointment.status}.`);
  }
  if (!IN_PERSON_POINT_TYPES.has(appointment.servicePointType)) {
    throw invalid('当面咨询须预约法律援助站或调解室。 Meeting in person needs a slot at a legal-aid station or mediation room.');
  }
  for (const r of store.helpRequests.values()) {
    if (r.fields.appointmentId === id && OPEN.has(r.status)) {
      throw invalid(`该预约已用于求助 ${r.reference}。 The appointment is already used by request ${r.reference}.`);
    }
  }
}

function checkSubsidy(store: Store, actor: WorkerActor, input: HelpRequestCreate, today: string): void {
  const cert = input.certificate!;
  if (cert.issuedOn < yearBefore(today)) {
    throw new ProblemError(422, 'certificate_too_old', '取证补贴须在发证后 12 个月内申请。 The subsidy must be claimed within 12 months of the issue date.');
  }
  const m = store.memberships.get(actor.workerKey);
  if (!m || m.status !== 'active' || m.since > cert.issuedOn) {
    throw new ProblemError(
      422,
      'not_member_on_issue_date',
      '取证补贴只发给发证当日已是工会会员的劳动者。 The subsidy is for workers who were union members on the issue date.',
    );
  }
  const number = cert.number.toUpperCase();
  for (const r of store.helpRequests.values()) {
    if (r.type === 'skill_subsidy' && r.fields.certificate?.number.toUpperCase() === number && r.status !== 'withdrawn' && r.status !== 'declined') {
      const mine = r.workerKey === actor.workerKey ? `（${r.reference}）` : '';
      throw new ProblemError(
        409,
        'subsidy_already_claimed',
        `该证书已申请过取证补贴${mine}。 A subsidy was already claimed for this certificate${mine ? ` (${r.reference})` : ''}.`,
      );
    }
  }
}

function checkWish(store: Store, actor: WorkerActor): void {
  const year = shanghaiParts(store.now()).year;
  for (const r of store.helpRequests.values()) {
    if (r.workerKey === actor.workerKey && r.type === 'micro_wish' && OPEN.has(r.status) && shanghaiParts(r.createdAt).year === year) {
      throw new ProblemError(409, 'wish_already_open', `您今年已有一个未完成的微心愿（${r.reference}）。 A micro-wish of yours is already open this year (${r.reference}).`);
    }
  }
}

/** `POST /help-requests`: every check first, then one write. */
export function createHelpRequest(store: Store, actor: WorkerActor, input: HelpRequestCreate): HelpRequestRecord {
  const confidential = isConfidential(input.type);
  if (confidential && !actor.union) throw unionSessionRequired();
  const now = store.now();
  const today = formatDate(now);
  const errors = helpRequestFieldErrors(input, today);
  if (errors.length > 0) throw validationFailed(errors);
  checkConsentGrants(input.consents, ['help_request_processing']);
  const fileIds = input.evidenceFileIds ?? [];
  requireOwnedFiles(store, actor, fileIds, input.type === 'skill_subsidy' ? 'certificate' : 'legal_evidence');
  if (input.contactPreference === 'in_person') {
    if (input.appointmentId === undefined) {
      throw new ProblemError(
        422,
        'appointment_required',
        '选择当面咨询时，请先在法律援助站或调解室预约时段。 To meet in person, first book a slot at a legal-aid station or mediation room.',
        { errors: [fieldError('appointmentId', 'required', '请先预约时段。 Book a slot first.')] },
      );
    }
    checkAppointment(store, actor, input.appointmentId);
  }
  if (input.type === 'skill_subsidy') checkSubsidy(store, actor, input, today);
  if (input.type === 'micro_wish') checkWish(store, actor);
  if (store.helpRequests.size >= store.limits.helpRequests) {
    throw new ProblemError(409, 'invalid_state', '沙箱保存的求助已达上限，请重置沙箱。 The sandbox holds as many help requests as it keeps; reset it.');
  }

  const { type, consents, evidenceFileIds: _files, anonymous, ...fields } = input;
  const record: HelpRequestRecord = {
    id: store.ids.next('help'),
    reference: newReference(store, 'QZ'),
    workerKey: actor.workerKey,
    partnerId: actor.partner.id,
    type,
    status: 'submitted',
    anonymous: type === 'suggestion' && anonymous === true,
    fields: structuredClone(fields),
    ...(confidential && actor.union ? { unionMobile: actor.union.mobile } : {}),
    evidenceFileIds: [...fileIds],
    ...(input.certificate ? { subsidyFen: SKILL_SUBSIDY_FEN[input.certificate.level] } : {}),
    timeline: [{ status: 'submitted', at: now }],
    messages: [],
    createdAt: now,
    updatedAt: now,
  };
  store.helpRequests.set(record.id, record);
  recordConsents(store, actor.workerKey, consents, record.id);
  return record;
}

export function listHelpRequests(store: Store, actor: WorkerActor): HelpRequestRecord[] {
  return [...store.helpRequests.values()].filter((r) => r.workerKey === actor.workerKey && reachesConfidential(actor, r.unionMobile)).reverse();
}

/** The worker's own request; a confidential one is 404 to anything but its union session, like a missing id. */
export function getHelpRequest(store: Store, actor: WorkerActor, id: string): HelpRequestRecord {
  const r = store.helpRequests.get(id);
  if (!r || r.workerKey !== actor.workerKey || !reachesConfidential(actor, r.unionMobile)) throw notFound('求助', 'help request');
  return r;
}

function move(store: Store, r: HelpRequestRecord, status: HelpRequestStatus): void {
  const now = store.now();
  r.status = status;
  r.updatedAt = now;
  r.timeline.push({ status, at: now });
}

function invalidState(r: HelpRequestRecord, action: string): ProblemError {
  return new ProblemError(409, 'invalid_state', `求助状态为 ${r.status}，不能${action}。 A help request in status ${r.status} cannot be ${action === '撤回' ? 'withdrawn' : 'changed so'}.`);
}

/** `POST /help-requests/{id}/messages`: the worker writes; `more_info_needed` goes back to `in_progress`. */
export function addWorkerMessage(store: Store, actor: WorkerActor, id: string, input: HelpRequestMessageCreate): HelpRequestRecord {
  const r = getHelpRequest(store, actor, id);
  const errors = textErrors(input.body, 'body');
  if (errors.length > 0) throw validationFailed(errors);
  const fileIds = input.fileIds ?? [];
  requireOwnedFiles(store, actor, fileIds, ['legal_evidence', 'certificate'], 'fileIds');
  if (!OPEN.has(r.status)) throw invalidState(r, '留言');
  if (r.messages.length >= MAX_HELP_REQUEST_MESSAGES) {
    throw new ProblemError(409, 'invalid_state', `每条求助最多保存 ${MAX_HELP_REQUEST_MESSAGES} 条消息，请致电 12351。 A help request keeps at most ${MAX_HELP_REQUEST_MESSAGES} messages: call 12351.`);
  }
  const now = store.now();
  r.messages.push({ id: store.ids.next('hmsg'), from: 'worker', body: input.body, fileIds: [...fileIds], createdAt: now });
  r.updatedAt = now;
  if (r.status === 'more_info_needed') move(store, r, 'in_progress');
  return r;
}

/** `POST /help-requests/{id}/withdraw`. */
export function withdrawHelpRequest(store: Store, actor: WorkerActor, id: string): HelpRequestRecord {
  const r = getHelpRequest(store, actor, id);
  if (!WITHDRAWABLE.has(r.status)) throw invalidState(r, '撤回');
  move(store, r, 'withdrawn');
  return r;
}

/** What each decision moves from, and to; `only` limits it to micro-wishes (or excludes them). */
const DECISIONS: Readonly<Record<HelpRequestDecision['decision'], { from: HelpRequestStatus[]; to: HelpRequestStatus; wish?: boolean }>> = {
  accept: { from: ['submitted'], to: 'accepted' },
  start: { from: ['accepted', 'more_info_needed'], to: 'in_progress' },
  needs_info: { from: ['accepted', 'in_progress'], to: 'more_info_needed' },
  resolve: { from: ['in_progress'], to: 'resolved', wish: false },
  decline: { from: ['submitted', 'accepted', 'in_progress', 'more_info_needed'], to: 'declined' },
  adopt: { from: ['submitted', 'accepted'], to: 'adopted', wish: true },
  fulfil: { from: ['adopted'], to: 'fulfilled', wish: true },
};

/** `POST /sandbox/help-requests/{id}/decision`: the social worker's move; `message` lands in `messages`. */
export function decideHelpRequest(store: Store, actor: Actor, id: string, input: HelpRequestDecision): HelpRequestRecord {
  const r = store.helpRequests.get(id);
  // The secret key plays the union's social worker here (a sandbox-only operation); a client token
  // reaches a confidential request only through its union session.
  const allowed =
    r !== undefined &&
    (actor.kind === 'sk' ? r.partnerId === actor.partner.id : r.workerKey === actor.workerKey && reachesConfidential(actor, r.unionMobile));
  if (!allowed || !r) throw notFound('求助', 'help request');
  const rule = DECISIONS[input.decision];
  if (rule.wish !== undefined && rule.wish !== (r.type === 'micro_wish')) {
    throw new ProblemError(
      409,
      'invalid_state',
      rule.wish
        ? `只有微心愿可以 ${input.decision}。 Only a micro-wish can be ${input.decision === 'adopt' ? 'adopted' : 'fulfilled'}.`
        : '微心愿以认领和实现结束，不能 resolve。 A micro-wish ends adopted and fulfilled, not resolved.',
    );
  }
  if (input.message !== undefined) {
    const errors = textErrors(input.message, 'message');
    if (errors.length > 0) throw validationFailed(errors);
  }
  if (!rule.from.includes(r.status)) {
    throw new ProblemError(409, 'invalid_state', `求助状态为 ${r.status}，不能 ${input.decision}。 A help request in status ${r.status} cannot take ${input.decision}.`);
  }
  if (input.message !== undefined && r.messages.length >= MAX_HELP_REQUEST_MESSAGES) {
    throw new ProblemError(409, 'invalid_state', `每条求助最多保存 ${MAX_HELP_REQUEST_MESSAGES} 条消息。 A help request keeps at most ${MAX_HELP_REQUEST_MESSAGES} messages.`);
  }
  move(store, r, rule.to);
  if (input.message !== undefined) {
    r.messages.push({ id: store.ids.next('hmsg'), from: 'social_worker', body: input.message, fileIds: [], createdAt: store.now() });
  }
  return r;
}
