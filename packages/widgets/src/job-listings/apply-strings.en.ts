/** English strings of the application form in the job-listings widget, loaded on demand (see ./apply-strings.ts). */
import type { ApplyStrings } from './apply-strings.js';

export const en: ApplyStrings = {
  alreadyApplied: 'You have already applied for this job. See “My applications” for its progress.',
  appliedBody: (employer) => `Your application was sent to “${employer}”. Follow it under “My applications”.`,
  applyHeading: (title) => `Apply: ${title}`,
  consentExplain: (employer) =>
    `If you tick this, the union sends your application (with your message) to “${employer}”. The platform does not learn what you sent. Saying no does not affect any other service, and you can withdraw the application at any time.`,
  consentHeading: 'Separate consent',
  consentLabel: 'I agree that my application is sent to this employer',
  consentNeeded: 'To apply, you need to agree separately that your application is sent to the employer. Tick the consent above, then apply.',
  editMessage: 'Edit the message',
  message: 'Message to the employer',
  messageHint: 'You may mention your experience or when you can attend an interview. Do not enter your ID number or other sensitive details.',
  postingExpired: 'This job has closed and no longer takes applications. Have a look at other jobs.',
  sendAnyway: 'Send anyway',
  sendApplication: 'Send application',
  sending: 'Sending…',
  sensitiveBody: (what) =>
    `Your message seems to contain ${what}. The employer will see it. We suggest removing it before you apply: the employer can reach you through the union.`,
  sensitiveHeading: 'Your message has a personal number. Send it to the employer?',
  sensitiveKinds: { residentId: 'a resident ID number', mobile: 'a mobile number', both: 'a resident ID number and a mobile number' },
};
