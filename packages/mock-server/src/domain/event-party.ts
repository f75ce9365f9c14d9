/**
 * Family events: who may come along with the worker. A registration is a party, the worker plus
 * their companions (relation and birth year, never names); places and the waitlist count people.
 * Every rule here only reads: a refused party changes nothing.
 */
import type { Companion, FieldError } from '@unionkit/contract';
import type { EventRecord } from '../store/types.js';
import { shanghaiParts } from '../time.js';
import { fieldError, validationFailed } from './problem.js';

/** A child's age at a family event: the event's year (Shanghai) minus the birth year. */
export function ageAtEvent(ev: Pick<EventRecord, 'startsAt'>, birthYear: number): number {
  return Number(ev.startsAt.slice(0, 4)) - birthYear;
}

/**
 * The companions as stored, after every rule: only an event with `maxCompanions` takes any, at most
 * that many; children within `childAgeRange`; no birth year after this year. All problems at once,
 * each at its field, as one 422 `validation_failed`; their code is `invalid_value` (the event's rule),
 * never a shape code such as `too_big`, since the contract's own bounds are met.
 */
export function checkCompanions(ev: EventRecord, companions: readonly Companion[] | undefined, now: Date): Companion[] {
  const list = companions ?? [];
  if (list.length === 0) return [];
  const max = ev.maxCompanions;
  if (max === undefined || max === 0) {
    throw validationFailed(
      [fieldError('companions', 'invalid_value', '该活动不接受同行家属，请只为本人报名。 This event takes no companions: register yourself only.')],
      '该活动不接受同行家属。 This event takes no companions.',
    );
  }
  const errors: FieldError[] = [];
  if (list.length > max) {
    errors.push(fieldError('companions', 'invalid_value', `该活动最多可带 ${max} 位家属。 This event takes at most ${max} companions.`));
  }
  const thisYear = shanghaiParts(now).year;
  const range = ev.childAgeRange;
  list.forEach((c, i) => {
    const path = `companions.${i}.birthYear`;
    if (c.birthYear > thisYear) {
      errors.push(fieldError(path, 'invalid_value', `出生年份不能晚于 ${thisYear} 年。 The year of birth cannot be after ${thisYear}.`));
      return;
    }
    if (c.relation !== 'child' || !range) return;
    const age = ageAtEvent(ev, c.birthYear);
    if (age < range.min || age > range.max) {
      errors.push(
        fieldError(
          path,
          'invalid_value',
          `该活动接受 ${range.min}–${range.max} 岁的儿童，这位孩子活动当年 ${age} 岁。 This event takes children aged ${range.min} to ${range.max}; this child is ${age} in the event's year.`,
        ),
      );
    }
  });
  if (errors.length > 0) throw validationFailed(errors, '同行家属信息不符合活动要求。 The companions do not meet the event\'s terms.');
  return list.map((c) => ({ relation: c.relation, birthYear: c.birthYear }));
}
