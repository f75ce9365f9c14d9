/** English of the detail and the companions step (see ./detail-strings.ts), loaded on demand. */
import type { DetailStrings } from './detail-strings.js';

export const en: DetailStrings = {
  venue: 'Where',
  time: 'When',
  places: 'Places',
  placesSummary: (capacity, left, waiting) =>
    [
      `${capacity} places`,
      left > 0 ? `${left} left` : 'full',
      waiting > 0 ? (waiting === 1 ? '1 person waiting' : `${waiting} people waiting`) : '',
    ]
      .filter(Boolean)
      .join(', '),
  registrationWindow: 'Sign-up period',
  dateRange: (from, to) => `${from} to ${to}`,
  signUp: 'Sign up',
  joinWaitlist: 'Join the waitlist',
  waitlistExplain: (waiting) =>
    waiting > 0
      ? `The event is full and ${waiting} waiting. When someone cancels, the next in line gets the place; you will see it under “My sign-ups”.`
      : 'The event is full. Join the waitlist: when someone cancels, the next in line gets the place; you will see it under “My sign-ups”.',
  fullExplain: 'The event is full and has no waitlist, so you cannot sign up.',
  notOpenExplain: (date) => `Sign-up opens on ${date}; come back then.`,
  closedExplain: 'Sign-up has closed.',
  membersOnlyExplain: 'This event is for union members only.',
  membersOnlyError: 'This event is for union members only. Join the union to sign up.',
  membersOnlyJoinFirst: 'This event is for union members only, and you are not a member yet: join the union first, then come back to sign up.',
  registrationClosedError: 'Sign-up is not open now.',
  confirmedText: 'You have a place. If you cannot come, please cancel so another worker can go.',
  waitlistedHeading: 'You are on the waitlist',
  waitlistedText: (position) =>
    `You are number ${position} on the waitlist. When someone cancels, the next in line gets the place; you will see it under “My sign-ups”.`,
  waitlistPosition: (n) => `Waitlist position ${n}`,
  alreadyRegistered: (status) => `You have signed up: ${status}`,
  addToCalendar: 'Add to calendar',
  preparingCalendar: 'Preparing the calendar file…',
  downloadCalendar: 'Download calendar file (.ics)',
  cancel: 'Cancel sign-up',
  cancelFor: (title) => `Cancel sign-up: ${title}`,
  cancelConfirm: (title) => `Cancel your sign-up for “${title}”? Your place goes to another worker.`,
  leaveWaitlist: 'Leave the waitlist',
  leaveWaitlistFor: (title) => `Leave the waitlist: ${title}`,
  leaveWaitlistConfirm: (title, position) =>
    position > 0
      ? `Leave the waitlist for “${title}”? You are number ${position}; to go later you would join the end of the waitlist again.`
      : `Leave the waitlist for “${title}”? To go later you would join the end of the waitlist again.`,
  leaveWaitlistYes: 'Yes, leave the waitlist',
  viewMyRegistrations: 'See my sign-ups',
  eventUnavailable: 'Event details are not available right now',
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
