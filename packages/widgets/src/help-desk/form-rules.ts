/**
 * Each type's rules, checked before anything is sent (the sandbox checks them again), and the create
 * body built from what the worker typed. The limits come from the contract: description and wish
 * lengths as a person counts characters, the wish's value, the certificate's number and age.
 */
import { HELP_REQUEST_DESCRIPTION_MAX, MICRO_WISH_MAX, MICRO_WISH_VALUE_MAX_FEN, NOTICE_VERSION } from '@unionkit/contract';
import type { CertificateLevel, ContactPreference, HelpCounterparty, HelpRequestCreate, HelpTopic, MicroWishCategory } from '@unionkit/sdk/types';
import { halfWidth, normaliseId, normaliseNumber } from '../internal/fields.js';
import { charactersOver } from '../internal/views/text-area.js';
import type { Translation } from '../internal/localize/translation.js';
import { shanghaiDate } from '../internal/format.js';
import type { HelpField, HelpValues } from './form.js';
import type { HelpFormStrings } from './form-strings.js';
import { isConfidential, type HelpRequestType } from './types.js';

export type FormKind = 'legal' | 'suggestion' | 'skill_subsidy' | 'micro_wish';

export function kindOf(type: HelpRequestType): FormKind {
  if (isConfidential(type)) return 'legal';
  return type as Exclude<FormKind, 'legal'>;
}

/** The field ids, in the order the form shows them (the first in error takes focus). */
export const FIELD_ORDER: readonly HelpField[] = [
  'topic',
  'counterparty',
  'certName',
  'certLevel',
  'certNumber',
  'certIssuedOn',
  'category',
  'description',
  'wish',
  'valueYuan',
  'contactPreference',
  'appointmentId',
  'evidence',
  'consent',
];

/** A typed amount in yuan ("200", "１９９.５", "1,200") as fen, or `undefined`. */
export function yuanToFen(value: string): number | undefined {
  const v = normaliseNumber(value);
  if (!/^\d+(\.\d{1,2})?$/.test(v)) return undefined;
  return Math.round(Number(v) * 100);
}

/** The same day a year before (29 February → 28 February). */
function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface CheckInput {
  type: HelpRequestType;
  values: HelpValues;
  consent: boolean;
  /** Files uploaded and done. */
  fileIds: readonly string[];
  /** A file still uploading or failed: the request waits for it. */
  filesPending: boolean;
}

/** What is wrong, field by field (empty when the form may be sent); `common` says a text is too long. */
export function checkForm(i: CheckInput, s: HelpFormStrings, common: Translation['common']): Partial<Record<HelpField, string>> {
  const v = i.values;
  const errors: Partial<Record<HelpField, string>> = {};
  const need = (field: keyof HelpValues) => {
    if (!String(v[field]).trim()) errors[field] = s.required;
  };
  const text = (field: 'description' | 'wish', max: number) => {
    need(field);
    const o = charactersOver(v[field], max);
    if (o) errors[field] = common.tooManyCharacters(o, max);
  };
  switch (kindOf(i.type)) {
    case 'legal':
      need('topic');
      need('counterparty');
      text('description', HELP_REQUEST_DESCRIPTION_MAX);
      need('contactPreference');
      if (v.contactPreference === 'in_person' && !v.appointmentId) errors.appointmentId = s.appointmentNeeded;
      break;
    case 'suggestion':
      need('topic');
      text('description', HELP_REQUEST_DESCRIPTION_MAX);
      break;
    case 'skill_subsidy': {
      need('certName');
      need('certLevel');
      if (!/^[A-Za-z0-9-]{4,40}$/.test(normaliseId(v.certNumber))) errors.certNumber = s.certNumberInvalid;
      const today = shanghaiDate();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.certIssuedOn)) errors.certIssuedOn = s.dateInvalid;
      else if (v.certIssuedOn > today) errors.certIssuedOn = s.dateFuture;
      else if (v.certIssuedOn < yearBefore(today)) errors.certIssuedOn = s.dateTooOld;
      if (!i.fileIds.length) errors.evidence = s.scanNeeded;
      break;
    }
    case 'micro_wish': {
      need('category');
      text('wish', MICRO_WISH_MAX);
      const fen = yuanToFen(v.valueYuan);
      if (fen === undefined || fen < 1) errors.valueYuan = v.valueYuan.trim() ? s.valueInvalid : s.required;
      else if (fen > MICRO_WISH_VALUE_MAX_FEN) errors.valueYuan = s.valueTooBig;
      break;
    }
  }
  if (i.filesPending) errors.evidence = s.filesPending;
  if (!i.consent) errors.consent = s.consentNeeded;
  return errors;
}

/** The create body of a checked form. */
export function toBody(i: CheckInput): HelpRequestCreate {
  const v = i.values;
  const consents = [{ purpose: 'help_request_processing' as const, noticeVersion: NOTICE_VERSION }];
  const files = i.fileIds.length ? { evidenceFileIds: [...i.fileIds] } : {};
  switch (kindOf(i.type)) {
    case 'legal':
      return {
        type: i.type,
        topic: v.topic as HelpTopic,
        counterparty: v.counterparty as HelpCounterparty,
        description: v.description.trim(),
        contactPreference: v.contactPreference as ContactPreference,
        ...(v.contactPreference === 'in_person' ? { appointmentId: v.appointmentId } : {}),
        ...files,
        consents,
      };
    case 'suggestion':
      return {
        type: i.type,
        topic: v.topic as HelpTopic,
        description: v.description.trim(),
        ...(v.anonymous ? { anonymous: true } : {}),
        consents,
      };
    case 'skill_subsidy':
      return {
        type: i.type,
        certificate: {
          name: halfWidth(v.certName).trim(),
          level: v.certLevel as CertificateLevel,
          number: normaliseId(v.certNumber),
          issuedOn: v.certIssuedOn,
        },
        ...files,
        consents,
      };
    case 'micro_wish':
      return {
        type: i.type,
        category: v.category as MicroWishCategory,
        wish: v.wish.trim(),
        valueFen: yuanToFen(v.valueYuan) ?? 0,
        consents,
      };
  }
}

/** The form field an API field error points at (`certificate.number` → `certNumber`). */
export function fieldOfPath(path: string): HelpField | undefined {
  const map: Record<string, HelpField> = {
    topic: 'topic',
    counterparty: 'counterparty',
    description: 'description',
    contactPreference: 'contactPreference',
    appointmentId: 'appointmentId',
    'certificate.name': 'certName',
    'certificate.level': 'certLevel',
    'certificate.number': 'certNumber',
    'certificate.issuedOn': 'certIssuedOn',
    category: 'category',
    wish: 'wish',
    valueFen: 'valueYuan',
    evidenceFileIds: 'evidence',
    consents: 'consent',
  };
  return map[path] ?? map[path.split('.')[0]!] ?? (path.startsWith('evidenceFileIds') ? 'evidence' : undefined);
}
