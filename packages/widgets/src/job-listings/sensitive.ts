/**
 * Finds a resident ID number or a mobile number in what the worker wrote to an employer, so the widget
 * can ask before sending it. The checks are the join form's own (the SDK's GB 11643 check digit and
 * mobile pattern), so a number counts only if it really is one; it may be written the way people
 * write numbers: with spaces or dashes between groups, in full-width digits, with +86.
 *
 * Only groups of digits are put together (never digits inside a longer run), so an order number that
 * happens to contain eleven digits starting with 1 is not taken for a mobile.
 */
import { isValidMobile, parseResidentId } from '@unionkit/sdk/validators';
import { halfWidth } from '../internal/fields.js';

export interface PersonalNumbers {
  residentId: boolean;
  mobile: boolean;
}

/** Digits (and an ID's final X) in groups joined by a space or a dash of any kind. */
const RUN = /\+?\d[\dXx]*(?:[\s\u00a0\-\u2010-\u2015][\dXx]+)*/g;
const SEPARATORS = /[\s\u00a0\-\u2010-\u2015]+/;

export function findPersonalNumbers(text: string): PersonalNumbers {
  const found: PersonalNumbers = { residentId: false, mobile: false };
  for (const [run] of halfWidth(text).matchAll(RUN)) {
    const groups = run.split(SEPARATORS);
    for (let i = 0; i < groups.length; i++) {
      let candidate = '';
      for (let j = i; j < groups.length && candidate.length < 21; j++) {
        candidate += groups[j];
        if (candidate.length === 18 && parseResidentId(candidate).valid) found.residentId = true;
        if (isValidMobile(candidate) || (/^86\d{11}$/.test(candidate) && isValidMobile(candidate.slice(2)))) found.mobile = true;
      }
    }
  }
  return found;
}
