/** English of the companions step (see ./companion-strings.ts), loaded on demand. */
import type { CompanionStrings } from './companion-strings.js';

export const en: CompanionStrings = {
  companionsFact: 'Family members',
  companionTerms: (max, min, maxAge) =>
    `Bring up to ${max} family member${max === 1 ? '' : 's'} (children, spouse or parents)${
      min !== undefined && maxAge !== undefined ? `; children aged ${min} to ${maxAge}` : ''
    }`,
  companionsHeading: 'Who is coming with you',
  companionsIntro: (max) =>
    `If family members come with you, add each one (up to ${max}). Only the relation and year of birth, no names. Each of them takes a place, as you do.`,
  companionLegend: (n) => `Family member ${n}`,
  relation: 'Relation',
  relationPlaceholder: 'Choose',
  relations: { child: 'Child', spouse: 'Spouse', parent: 'Parent' },
  birthYear: 'Year of birth',
  birthYearHint: 'Four digits, e.g. 2018',
  addCompanion: 'Add a family member',
  atMostCompanions: (max) => `This event takes at most ${max} family member${max === 1 ? '' : 's'}.`,
  remove: 'Remove',
  removeCompanion: (n) => `Remove family member ${n}`,
  partySize: (people) => (people === 1 ? 'Just you' : `${people} people, you included`),
  partyPlaces: (left, people, waitlist) =>
    left >= people
      ? `${left} place${left === 1 ? '' : 's'} left: enough for your party of ${people}.`
      : waitlist
      ? `${left} place${
          left === 1 ? '' : 's'
        } left, not enough for your party of ${people}: your whole party joins the waitlist together, never split.`
      : `${left} place${
          left === 1 ? '' : 's'
        } left, not enough for your party of ${people}, and this event has no waitlist. Bring fewer family members.`,
  confirmSignUp: 'Confirm sign-up',
  backToEvent: 'Back to the event',
  relationRequired: 'Choose how this family member is related to you.',
  birthYearFormat: 'Enter the year of birth as four digits, e.g. 2018.',
  birthYearFuture: (year) => `The year of birth cannot be after ${year}.`,
  childAge: (age, min, max) => `This child is ${age} in the event’s year; this event takes children aged ${min} to ${max}.`,
  tooManyCompanions: (max) => `This event takes at most ${max} family members: remove the extra ones.`,
  fixCompanions: 'Correct the marked details first, then confirm.',
  people: (n) => (n === 1 ? '1 person' : `${n} people`),
};
