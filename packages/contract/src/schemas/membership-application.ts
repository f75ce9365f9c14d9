/**
 * The membership application's request schema with what JSON Schema cannot say: the resident ID
 * number's birth date and check digit. In its own module so that only code that sends an application
 * (the join widget) bundles it.
 */
import * as z from 'zod/mini';
import { zMembershipApplicationCreate } from '../generated/zod/zMembershipApplicationCreate.js';
import { parseResidentId } from '../validators.js';

const ID_MESSAGES = {
  format: '身份证号应为18位，最后一位可为X。 The resident ID number must be 18 characters; the last may be X.',
  region: '身份证号的地区码无效。 The region code of the resident ID number is not valid.',
  birth_date: '身份证号中的出生日期无效。 The birth date in the resident ID number is not valid.',
  checksum: '身份证号校验位不正确，请核对。 The check digit of the resident ID number is wrong; please check it.',
} as const;

/**
 * A membership application, with the resident ID number's birth date and check digit verified.
 * The ID check runs even when other fields already failed, so the worker sees every problem at once.
 */
export const membershipApplicationCreate = zMembershipApplicationCreate.check(
  z.superRefine((value, ctx) => {
    if (typeof value.residentIdNumber !== 'string') return;
    const result = parseResidentId(value.residentIdNumber);
    if (!result.valid && result.problem !== 'format') {
      ctx.addIssue({
        code: 'custom',
        path: ['residentIdNumber'],
        message: ID_MESSAGES[result.problem],
        params: { fieldCode: result.problem === 'checksum' ? 'invalid_checksum' : 'invalid_value' },
      });
    }
  }, {
    when: (payload) => {
      const v = payload.value as { residentIdNumber?: unknown } | null;
      return typeof v === 'object' && v !== null && typeof v.residentIdNumber === 'string';
    },
  }),
);
