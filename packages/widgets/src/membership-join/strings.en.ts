/** English strings of the membership-join widget, loaded on demand (see ./strings.ts). */
import type { MembershipJoinStrings } from './strings.js';

export const en: MembershipJoinStrings = {
  title: 'Join the union',
  applicationNumber: 'Application number',
  submittedOn: 'Submitted',
  statusLabel: 'Status',
  statusHeading: 'Your application is being handled',
  needsInfo: 'The union needs more information: watch for their call, or call 12351.',
  decisionNote: 'Note from the union',
  withdraw: 'Withdraw application',
  withdrawQuestion: 'Withdraw your membership application? You can apply again later.',
  withdrawYes: 'Yes, withdraw',
  withdrawNo: 'Keep it',
  withdrawn: 'Application withdrawn',
  cardHeading: 'Union member card',
  cardPrivate: 'This card is for your eyes only.',
  memberStatus: 'Membership status',
  rejoin: 'Apply to join again',
  record: {
    memberNumber: 'Member number',
    memberSince: 'Member since',
    organisation: 'Union',
    contactPromise: (dueDate) => `The union will contact you within 15 working days (by ${dueDate}).`,
    occupation: 'Occupation',
    workDistrict: 'District you work in',
  },
  enums: {
    membershipStatus: { active: 'Active', transfer_pending: 'Transfer pending', lapsed: 'Lapsed', left: 'Left' },
    membershipApplicationStatus: {
      submitted: 'Submitted',
      under_review: 'Under review',
      approved: 'Approved',
      rejected: 'Not approved',
      needs_info: 'More information needed',
      withdrawn: 'Withdrawn',
    },
  },
};
