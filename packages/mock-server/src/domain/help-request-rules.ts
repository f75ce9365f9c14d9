/**
 * Which fields each help-request type takes, and the checks on what was typed: the contract's
 * `HelpRequestCreate` is one object for every type (the generator has no discriminated unions), so
 * these rules are the sandbox's. Every problem becomes a field error on its field, all at once.
 */
import {
  countCharacters,
  HELP_REQUEST_DESCRIPTION_MAX,
  MICRO_WISH_MAX,
  type FieldError,
  type HelpRequestCreate,
  type HelpRequestType,
} from '@unionkit/contract';
import { fieldError } from './problem.js';

type TypeField = Exclude<keyof HelpRequestCreate, 'type' | 'consents'>;

const LEGAL: { required: TypeField[]; optional: TypeField[] } = {
  required: ['topic', 'counterparty', 'description', 'contactPreference'],
  optional: ['appointmentId', 'evidenceFileIds'],
};

/** Fields each type requires, and those it may also take. `anonymous: false` is always harmless. */
export const TYPE_FIELDS: Readonly<Record<HelpRequestType, { required: TypeField[]; optional: TypeField[] }>> = {
  legal_consultation: LEGAL,
  legal_aid: LEGAL,
  mediation: LEGAL,
  complaint: LEGAL,
  suggestion: { required: ['topic', 'description'], optional: ['anonymous', 'evidenceFileIds'] },
  skill_subsidy: { required: ['certificate', 'evidenceFileIds'], optional: [] },
  micro_wish: { required: ['category', 'wish', 'valueFen'], optional: [] },
};

const ALL_FIELDS: readonly TypeField[] = [
  'topic',
  'counterparty',
  'description',
  'contactPreference',
  'appointmentId',
  'anonymous',
  'certificate',
  'category',
  'wish',
  'valueFen',
  'evidenceFileIds',
];

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Checks a text a worker writes (`path`): not blank, at most `max` characters as a person counts them. */
export function textErrors(text: string, path: string, max = HELP_REQUEST_DESCRIPTION_MAX): FieldError[] {
  if (blank(text)) return [fieldError(path, 'required', '请填写内容。 Please write something.')];
  if (countCharacters(text) > max) return [fieldError(path, 'too_big', `最多 ${max} 字。 At most ${max} characters.`)];
  return [];
}

/** Every field problem of `input` for its type, in the contract's field order; `today` is `YYYY-MM-DD`. */
export function helpRequestFieldErrors(input: HelpRequestCreate, today: string): FieldError[] {
  const rule = TYPE_FIELDS[input.type];
  const errors: FieldError[] = [];
  for (const field of ALL_FIELDS) {
    const value = input[field];
    const present = value !== undefined;
    if (rule.required.includes(field)) {
      const empty = !present || (typeof value === 'string' && blank(value)) || (Array.isArray(value) && value.length === 0);
      if (empty) errors.push(fieldError(field, 'required', `请填写 ${field}。 ${field} is required for ${input.type}.`));
    } else if (present && !rule.optional.includes(field) && !(field === 'anonymous' && value === false)) {
      errors.push(
        fieldError(
          field,
          'invalid_value',
          field === 'anonymous'
            ? '只有建言献策可以匿名。 Only a suggestion may be anonymous.'
            : `${input.type} 类申请不填 ${field}。 ${field} is not a field of ${input.type}.`,
        ),
      );
    }
  }
  if (input.description !== undefined && !blank(input.description) && rule.required.includes('description')) {
    errors.push(...textErrors(input.description, 'description'));
  }
  if (input.wish !== undefined && !blank(input.wish) && rule.required.includes('wish')) {
    errors.push(...textErrors(input.wish, 'wish', MICRO_WISH_MAX));
  }
  if (input.appointmentId !== undefined && rule.optional.includes('appointmentId') && input.contactPreference !== 'in_person') {
    errors.push(fieldError('appointmentId', 'invalid_value', '只有当面咨询需要预约。 Only meeting in person takes an appointment.'));
  }
  if (input.certificate && rule.required.includes('certificate')) {
    if (input.certificate.issuedOn > today) {
      errors.push(fieldError('certificate.issuedOn', 'invalid_value', '发证日期不能晚于今天。 The issue date cannot be in the future.'));
    }
    if (blank(input.certificate.name)) errors.push(fieldError('certificate.name', 'required', '请填写证书名称。 Name the certificate.'));
  }
  return errors;
}
