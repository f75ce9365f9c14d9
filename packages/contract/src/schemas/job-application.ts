/**
 * The job application's request schema with its message counted as a person counts characters. In
 * its own module so that only code that sends an application (the job listings) bundles it.
 */
import * as z from 'zod/mini';
import { zJobApplicationCreate } from '../generated/zod/zJobApplicationCreate.js';
import { JOB_APPLICATION_MESSAGE_MAX } from '../generated/constants.js';
import { countCharacters } from '../characters.js';

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
