/**
 * Runtime validators for every request and response of the UnionKit API.
 *
 * The object schemas are generated from `openapi/unionkit.yaml` into `../generated/zod/` (zod/mini, one module per schema,
 * so what ships to browsers stays small) and re-exported here unchanged; this file only adds the
 * rules JSON Schema cannot say, such as the resident-ID check digit. The sandbox validates requests
 * with these same schemas.
 */
import * as z from 'zod/mini';
import { zJobApplicationCreate, zMembershipApplicationCreate } from '../generated/zod/index.js';
import { countCharacters, JOB_APPLICATION_MESSAGE_MAX, parseResidentId } from '../validators.js';

export * from '../generated/zod/index.js';

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

/**
 * A job application, with its message limited to 500 characters as a person counts them (an emoji is
 * one), the same count the widget's counter shows.
 */
export const jobApplicationCreate = zJobApplicationCreate.check(
  z.superRefine((value, ctx) => {
    if (typeof value.message === 'string' && countCharacters(value.message) > JOB_APPLICATION_MESSAGE_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: ['message'],
        message: `留言不能超过 ${JOB_APPLICATION_MESSAGE_MAX} 字。 The message must have at most ${JOB_APPLICATION_MESSAGE_MAX} characters.`,
        params: { fieldCode: 'too_big' },
      });
    }
  }),
);
